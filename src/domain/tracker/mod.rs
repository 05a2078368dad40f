//! Tracker records and queries: opportunities, contacts, activity, follow-ups (see issue "Keep the door open").

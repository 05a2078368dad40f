//! Notice windows, decline-by deadlines, follow-up dates and calendar files (see issue "Time it").

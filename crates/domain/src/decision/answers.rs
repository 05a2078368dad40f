//! The answers a person can give, one closed set per question.
//!
//! Every question whose answer a person may not know yet has an honest
//! "don't know" option, and that is its default. The few questions where
//! not knowing makes no sense (another offer, the hiring manager) default
//! to the answer that assumes nothing has happened.

answer_enum! {
    /// Whether they are already committed or far along elsewhere.
    OtherOffer {
        #[default]
        None = "none", "No, nothing is settled elsewhere";
        FarAlong = "far_along", "I'm in late rounds or expecting an offer elsewhere";
        Accepted = "accepted", "I have accepted another offer";
        Staying = "staying", "I've decided to stay in my current job (or took a counter-offer)";
    }
}

answer_enum! {
    /// How the role fits their career goals, core skills and wanted work.
    RoleFit {
        Fits = "fits", "It fits my goals and uses my core skills";
        Partly = "partly", "Partly: some of it fits";
        WrongWork = "wrong_work", "It centres on work I don't want to do";
        WrongLevel = "wrong_level", "The level is wrong for me (say, junior when I want senior work)";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// Whether another open role at the same company suits them better.
    OtherRole {
        Yes = "yes", "Yes, I've seen one";
        No = "no", "No";
        #[default]
        Unknown = "unknown", "I haven't looked yet";
    }
}

answer_enum! {
    /// Pay against their needs.
    Pay {
        Meets = "meets", "Yes, it meets my needs";
        Below = "below", "No, it's below what I need";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// Company culture and values against their own.
    Culture {
        Fits = "fits", "They seem to fit me";
        Clashes = "clashes", "They clash with my values or way of working";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// Travel and hours against personal and family commitments.
    Balance {
        Fits = "fits", "Yes, they fit my life";
        Clashes = "clashes", "No: the travel would clash with my commitments";
        HoursClash = "hours_clash", "No: the hours would clash with my commitments";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// The job's location, including any move it would need.
    Location {
        Works = "works", "Yes, the location works";
        DoesNotWork = "does_not_work", "No: it would mean a move I can't make";
        Commute = "commute", "No: the commute or the office days don't work for me";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// The length of the hiring process against their own timeline.
    Timeline {
        Fits = "fits", "Yes, I can wait that long";
        TooSlow = "too_slow", "No, I need to settle sooner";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// What weighs on them most: the interview itself or the job.
    Worry {
        Nothing = "nothing", "Nothing in particular";
        TheInterview = "the_interview", "The interview itself: being judged, awkward questions";
        TheJob = "the_job", "Something about the job itself";
        WouldntGetIt = "wouldnt_get_it", "I probably wouldn't get it anyway";
        #[default]
        Unknown = "unknown", "I can't tell";
    }
}

answer_enum! {
    /// Whether they would want the job once the interview is behind them.
    WantJob {
        Yes = "yes", "Yes";
        No = "no", "No";
        #[default]
        Unsure = "unsure", "I'm not sure";
    }
}

answer_enum! {
    /// What the interview itself is worth to them, job or no job.
    InterviewValue {
        ALot = "a_lot", "A lot: insight, a pay benchmark, contacts or practice";
        ALittle = "a_little", "Not much";
        #[default]
        Unknown = "unknown", "Don't know";
    }
}

answer_enum! {
    /// Whether interviews are still new to them.
    Experience {
        Early = "early", "Yes, early in my career or few interviews lately";
        Seasoned = "seasoned", "No, I've interviewed plenty";
        #[default]
        Unknown = "unknown", "Not sure";
    }
}

answer_enum! {
    /// Whether the proposed time works.
    Schedule {
        Works = "works", "Yes, the time works";
        Clash = "clash", "No, it clashes with something I can't move";
        Emergency = "emergency", "No: an emergency means I can't be there";
        #[default]
        Unknown = "unknown", "No time set yet";
    }
}

answer_enum! {
    /// How much travel the interview itself needs.
    InterviewTravel {
        Light = "light", "Little or none";
        Heavy = "heavy", "A long or costly trip";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// Whether they have already spoken with the hiring manager.
    HiringManager {
        Yes = "yes", "Yes";
        #[default]
        No = "no", "No";
    }
}

answer_enum! {
    /// How soon the interview is.
    Notice {
        ThreeDaysOrMore = "three_days_or_more", "Three days or more away";
        OneToThreeDays = "one_to_three_days", "One to three days away";
        UnderADay = "under_a_day", "Less than a day away";
        Past = "past", "It has already passed: I missed it";
        #[default]
        Unknown = "unknown", "No date yet";
    }
}

answer_enum! {
    /// Whether the role would help them grow the way they want.
    Growth {
        Good = "good", "Yes, it would be a real step forward";
        Limited = "limited", "No, it would leave me where I am or set me back";
        #[default]
        Unknown = "unknown", "Don't know yet";
    }
}

answer_enum! {
    /// Far along elsewhere: whether they would hold the other offer off
    /// for this process if it cannot move faster.
    WouldWait {
        Yes = "yes", "Yes, I'd wait for this one";
        No = "no", "No, I'll take the other offer if this one can't keep up";
        #[default]
        Unsure = "unsure", "I'm not sure";
    }
}

answer_enum! {
    /// Whether they have already interviewed with this employer for the
    /// role: saying no then is withdrawing, not declining an invitation.
    Interviewed {
        #[default]
        No = "no", "No, this would be the first interview";
        Yes = "yes", "Yes, I've already had at least one interview there";
    }
}

//! The notice owed before an interview, per stage, and the bands used to
//! classify the notice that is actually left.
//!
//! These numbers are the advice; they live here and nowhere else.

use chrono::TimeDelta;
use serde::{Deserialize, Serialize};

use crate::domain::InterviewStage;

/// Recommended notice before a phone or video screening, in hours.
///
/// The seed says 24 to 48 hours' notice is generally acceptable for an
/// initial screening. We recommend the generous end (48 h) so the recruiter
/// can offer the slot to someone else.
pub const SCREENING_RECOMMENDED_HOURS: i64 = 48;

/// The least notice that is still acceptable before a screening, in hours:
/// the short end of the seed's 24 to 48 hour window.
pub const SCREENING_MINIMUM_HOURS: i64 = 24;

/// Notice before a later-stage or in-person interview, in hours.
///
/// The seed asks for at least 72 hours here because these rounds take more
/// preparation from the hiring team (rooms, panels, travel). It gives no
/// softer window, so the recommended and the minimum notice are the same.
pub const LATER_STAGE_HOURS: i64 = 72;

/// Extra time before the recommended deadline that counts as "ample".
///
/// One day lets someone sleep on the decision and still send the message
/// before the recommended deadline; the seed stresses that giving more
/// notice than the minimum is what shows respect for their time.
pub const COMFORTABLE_MARGIN_HOURS: i64 = 24;

/// Below this much notice a cancellation is "last minute".
///
/// Four hours is roughly half a working day: too little for the team to
/// fill the slot, often too little for an interviewer to be told before
/// they set off. The seed's answer to such unavoidable cases is to contact
/// the employer promptly, apologise sincerely and explain briefly.
pub const LAST_MINUTE_HOURS: i64 = 4;

/// How much notice a stage calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRule {
    /// The notice we recommend, in hours.
    pub recommended_hours: i64,
    /// The least notice that is still acceptable, in hours.
    pub minimum_hours: i64,
}

impl NoticeRule {
    /// The recommended notice as a duration.
    pub fn recommended(&self) -> TimeDelta {
        TimeDelta::hours(self.recommended_hours)
    }

    /// The minimum acceptable notice as a duration.
    pub fn minimum(&self) -> TimeDelta {
        TimeDelta::hours(self.minimum_hours)
    }

    /// From this much notice upwards the timing is "ample".
    pub fn ample_from(&self) -> TimeDelta {
        TimeDelta::hours(self.recommended_hours + COMFORTABLE_MARGIN_HOURS)
    }

    /// Below this much notice the timing is "last minute".
    pub fn last_minute_below(&self) -> TimeDelta {
        TimeDelta::hours(LAST_MINUTE_HOURS)
    }
}

/// The notice the seed asks for before an interview at this stage.
pub const fn notice_rule(stage: InterviewStage) -> NoticeRule {
    if stage.is_screening() {
        NoticeRule {
            recommended_hours: SCREENING_RECOMMENDED_HOURS,
            minimum_hours: SCREENING_MINIMUM_HOURS,
        }
    } else {
        NoticeRule {
            recommended_hours: LATER_STAGE_HOURS,
            minimum_hours: LATER_STAGE_HOURS,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_ordered_bands() {
        for stage in InterviewStage::ALL {
            let rule = notice_rule(*stage);
            assert!(rule.last_minute_below() < rule.minimum(), "{stage}");
            assert!(rule.minimum() <= rule.recommended(), "{stage}");
            assert!(rule.recommended() < rule.ample_from(), "{stage}");
        }
    }

    #[test]
    fn screenings_and_later_rounds_follow_the_seed() {
        let check = |stage, recommended, minimum| {
            let rule = notice_rule(stage);
            assert_eq!(
                (rule.recommended_hours, rule.minimum_hours),
                (recommended, minimum)
            );
        };
        check(InterviewStage::PhoneScreen, 48, 24);
        check(InterviewStage::Video, 48, 24);
        check(InterviewStage::InPerson, 72, 72);
        check(InterviewStage::Final, 72, 72);
    }
}

//! What a pasted invitation starts, once the person has checked and
//! corrected the values read from it: the decision wizard with the stage
//! and the notice already answered, the timing page with the time and the
//! stage filled, or a tracked opportunity with its first contact.

use chrono::{DateTime, TimeDelta, Utc};

use super::{Capture, InterviewFormat};
use crate::domain::decision::{Draft, Notice, QuestionId};
use crate::domain::messages::short_date_time;
use crate::domain::tracker::{Contact, ContactKind, InterviewTime, Opportunity};
use crate::InterviewStage;

/// The values as the person confirmed them (blank text is "not known").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Confirmed {
    pub company: String,
    pub role: String,
    pub contact_name: String,
    pub contact_title: String,
    pub contact_email: String,
    pub agency: String,
    /// When the interview starts.
    pub interview: Option<DateTime<Utc>>,
    pub duration_minutes: Option<u32>,
    pub stage: Option<InterviewStage>,
    pub format: Option<InterviewFormat>,
    pub meeting_service: String,
    pub location: String,
    pub reply_by: Option<DateTime<Utc>>,
}

impl Confirmed {
    /// The values as read, before any correction.
    pub fn from_capture(c: &Capture) -> Self {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        Confirmed {
            company: text(&c.company),
            role: text(&c.role),
            contact_name: text(&c.contact_name),
            contact_title: text(&c.contact_title),
            contact_email: text(&c.contact_email),
            agency: text(&c.agency),
            interview: c.interview_at.map(|at| at.to_utc()),
            duration_minutes: c.duration_minutes,
            stage: c.stage,
            format: c.format,
            meeting_service: text(&c.meeting_service),
            location: text(&c.location),
            reply_by: c.reply_by.map(|at| at.to_utc()),
        }
    }

    /// A fresh wizard with what the invitation settles already answered:
    /// the stage, and the notice left when the time is known.
    pub fn wizard_draft(&self, now: DateTime<Utc>) -> Draft {
        let mut draft = Draft::default();
        if let Some(stage) = self.stage {
            draft.answer(QuestionId::Stage, stage.as_str());
        }
        if let Some(at) = self.interview {
            draft.answer(QuestionId::Notice, notice_for(at, now).as_str());
            draft.interview = Some(at);
        }
        draft.at = None;
        draft.settled()
    }

    /// "Company — Role", or the company alone.
    pub fn title(&self) -> String {
        crate::domain::tracker::title(self.company.trim(), self.role.trim())
    }

    /// A new tracked opportunity (status Invited) and, when a name is
    /// known, its first contact, a recruiter unless the title says
    /// otherwise. `kept_text` is the pasted invitation, kept in the notes
    /// only when the person chose to.
    pub fn records(
        &self,
        opportunity_id: &str,
        contact_id: &str,
        zone: &str,
        kept_text: Option<&str>,
        now: DateTime<Utc>,
    ) -> (Opportunity, Option<Contact>) {
        let mut opp = Opportunity::new(opportunity_id, self.company.trim(), now);
        opp.role = self.role.trim().to_string();
        opp.stage = self.stage;
        opp.interview = self.interview.map(|at| InterviewTime {
            at,
            zone: zone.to_string(),
        });
        opp.source = match self.agency.trim() {
            "" => "Invitation".to_string(),
            agency => format!("Via {agency}"),
        };
        let mut notes = self.details();
        if let Some(text) = kept_text.map(str::trim).filter(|t| !t.is_empty()) {
            if !notes.is_empty() {
                notes.push_str("\n\n");
            }
            notes.push_str("The invitation as received:\n");
            notes.push_str(text);
        }
        opp.notes = notes;
        let contact = (!self.contact_name.trim().is_empty()).then(|| {
            let title = self.contact_title.trim();
            let mut c = Contact::new(
                contact_id,
                self.contact_name.trim(),
                contact_kind(title),
                now,
            );
            c.title = title.to_string();
            c.email = self.contact_email.trim().to_string();
            c.opportunity_ids.push(opportunity_id.to_string());
            c
        });
        (opp, contact)
    }

    /// The practical details the tracker has no field of its own for, one
    /// line each: "Video call on Zoom, 45 minutes." "At 1 Main St."
    /// "Answer requested by Tue 3 Dec 2026, 17:00 (UTC)."
    pub fn details(&self) -> String {
        let mut lines = Vec::new();
        let how = match self.format {
            Some(InterviewFormat::Phone) => Some("Phone call"),
            Some(InterviewFormat::Video) => Some("Video call"),
            Some(InterviewFormat::InPerson) => Some("In person"),
            None => None,
        };
        let service = self.meeting_service.trim();
        let length = self.duration_minutes.map(|m| format!("{m} minutes"));
        let first = match (how, service.is_empty(), length) {
            (Some(how), false, Some(l)) => Some(format!("{how} on {service}, {l}.")),
            (Some(how), false, None) => Some(format!("{how} on {service}.")),
            (Some(how), true, Some(l)) => Some(format!("{how}, {l}.")),
            (Some(how), true, None) => Some(format!("{how}.")),
            (None, false, Some(l)) => Some(format!("On {service}, {l}.")),
            (None, false, None) => Some(format!("On {service}.")),
            (None, true, Some(l)) => Some(format!("Lasts {l}.")),
            (None, true, None) => None,
        };
        lines.extend(first);
        if !self.location.trim().is_empty() {
            lines.push(format!(
                "At {}.",
                self.location.trim().trim_end_matches('.')
            ));
        }
        if let Some(by) = self.reply_by {
            lines.push(format!(
                "Answer requested by {} (UTC).",
                short_date_time(&by)
            ));
        }
        lines.join("\n")
    }

    /// The timing page's query for these values: `stage`, `at` (RFC 3339)
    /// and `title`, each only when known, percent-encoded.
    pub fn timing_query(&self) -> String {
        let mut query = String::new();
        let mut add = |name: &str, value: &str| {
            query.push(if query.is_empty() { '?' } else { '&' });
            query.push_str(name);
            query.push('=');
            crate::domain::messages::mailto::encode_into(&mut query, value);
        };
        if let Some(stage) = self.stage {
            add("stage", stage.as_str());
        }
        if let Some(at) = self.interview {
            add("at", &at.to_rfc3339());
        }
        let title = self.title();
        if !title.is_empty() {
            add("title", &title);
        }
        query
    }
}

/// Whose title it is: recruiting words first ("Lead Recruiter" recruits),
/// then a manager's; no title is most often a recruiter writing.
fn contact_kind(title: &str) -> ContactKind {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.iter().any(|x| x.starts_with(w));
    if title.is_empty()
        || has("recruit")
        || has("talent")
        || has("people")
        || words.contains(&"hr")
        || has("sourc")
    {
        ContactKind::Recruiter
    } else if has("manager")
        || has("head")
        || has("director")
        || has("lead")
        || has("vp")
        || has("founder")
    {
        ContactKind::HiringManager
    } else {
        ContactKind::Other
    }
}

/// The wizard's notice answer for an interview at `at`: three days or
/// more, one to three days, under a day, or already past.
pub fn notice_for(at: DateTime<Utc>, now: DateTime<Utc>) -> Notice {
    let left = at - now;
    if left < TimeDelta::zero() {
        Notice::Past
    } else if left < TimeDelta::hours(24) {
        Notice::UnderADay
    } else if left < TimeDelta::hours(72) {
        Notice::OneToThreeDays
    } else {
        Notice::ThreeDaysOrMore
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::domain::capture::capture;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
    }

    const INVITE: &str = "Hi Sam,\n\nThanks for applying for the Data Analyst role at Northwind Traders. We'd like to invite you to a final round video interview on Thursday 3 December at 14:00 GMT on Zoom (45 minutes).\n\nCould you confirm by Tuesday?\n\nBest,\nPriya Haddad\nTalent Partner, Northwind Traders\npriya.haddad@northwind.example";

    #[test]
    fn the_notice_bands_follow_the_hours_left() {
        let at = |h| now() + TimeDelta::hours(h);
        assert_eq!(notice_for(at(-1), now()), Notice::Past);
        assert_eq!(notice_for(at(5), now()), Notice::UnderADay);
        assert_eq!(notice_for(at(24), now()), Notice::OneToThreeDays);
        assert_eq!(notice_for(at(71), now()), Notice::OneToThreeDays);
        assert_eq!(notice_for(at(72), now()), Notice::ThreeDaysOrMore);
    }

    #[test]
    fn a_pasted_invitation_starts_the_wizard_past_the_stage_and_the_notice() {
        let c = Confirmed::from_capture(&capture(INVITE, now(), "Europe/London"));
        assert_eq!(c.company, "Northwind Traders");
        assert_eq!(c.stage, Some(InterviewStage::Final));
        let draft = c.wizard_draft(now());
        assert_eq!(draft.situation.stage, Some(InterviewStage::Final));
        assert_eq!(draft.situation.notice, Notice::ThreeDaysOrMore);
        assert!(draft.has_answered(QuestionId::Stage) && draft.has_answered(QuestionId::Notice));
        assert!(draft
            .at
            .is_some_and(|q| q != QuestionId::Stage && q != QuestionId::Notice));
        assert_eq!(draft.interview, c.interview);
    }

    #[test]
    fn a_correction_is_what_the_wizard_and_the_tracker_get() {
        let mut c = Confirmed::from_capture(&capture(INVITE, now(), "Europe/London"));
        c.stage = Some(InterviewStage::Video);
        c.company = "Northwind".into();
        assert_eq!(
            c.wizard_draft(now()).situation.stage,
            Some(InterviewStage::Video)
        );
        let (opp, contact) = c.records("o-1", "c-1", "Europe/London", None, now());
        assert_eq!(opp.company, "Northwind");
        assert_eq!(opp.stage, Some(InterviewStage::Video));
        assert_eq!(
            opp.interview.as_ref().map(|i| i.zone.as_str()),
            Some("Europe/London")
        );
        let contact = contact.unwrap();
        assert_eq!(contact.name, "Priya Haddad");
        assert_eq!(contact.kind, ContactKind::Recruiter);
        assert_eq!(contact.email, "priya.haddad@northwind.example");
        assert_eq!(contact.opportunity_ids, ["o-1"]);
        assert!(
            opp.notes.contains("Video call on Zoom, 45 minutes."),
            "{}",
            opp.notes
        );
        assert!(
            !opp.notes.contains("Thanks for applying"),
            "the text is not kept unless asked"
        );
        let (kept, _) = c.records("o-1", "c-1", "UTC", Some(INVITE), now());
        assert!(
            kept.notes.contains("The invitation as received:\nHi Sam,"),
            "{}",
            kept.notes
        );
    }

    #[test]
    fn the_contact_kind_follows_the_title() {
        assert_eq!(contact_kind("Lead Recruiter"), ContactKind::Recruiter);
        assert_eq!(contact_kind("HR Business Partner"), ContactKind::Recruiter);
        assert_eq!(
            contact_kind("Engineering Manager"),
            ContactKind::HiringManager
        );
        assert_eq!(contact_kind("Head of Data"), ContactKind::HiringManager);
        assert_eq!(contact_kind("Senior Engineer"), ContactKind::Other);
        assert_eq!(
            contact_kind("Three Rivers liaison"),
            ContactKind::Other,
            "'hr' only as a word"
        );
        assert_eq!(contact_kind(""), ContactKind::Recruiter);
    }

    #[test]
    fn the_timing_query_carries_what_is_known_encoded() {
        let c = Confirmed {
            company: "Smith & Co".into(),
            role: "Analyst".into(),
            stage: Some(InterviewStage::InPerson),
            interview: Some(Utc.with_ymd_and_hms(2026, 12, 3, 14, 0, 0).unwrap()),
            ..Confirmed::default()
        };
        assert_eq!(
            c.timing_query(),
            "?stage=in_person&at=2026-12-03T14%3A00%3A00%2B00%3A00&title=Smith%20%26%20Co%20%E2%80%94%20Analyst"
        );
        assert_eq!(Confirmed::default().timing_query(), "");
    }
}

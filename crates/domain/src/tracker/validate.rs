//! Field checks for the tracker's forms, each error naming its field so
//! the form can show it beside the input.

use std::fmt;

use super::records::{Activity, ActivityEntry, Contact, FollowUp, Opportunity};

/// Longest short text (company, role, name, title, source), in characters.
pub const MAX_SHORT_TEXT: usize = 200;
/// Longest free text (notes, pay notes, follow-up action), in characters.
pub const MAX_NOTES: usize = 10_000;
/// Longest message text kept in the activity log, in characters.
pub const MAX_MESSAGE: usize = 20_000;
/// Longest email address allowed by the mail standards.
pub const MAX_EMAIL: usize = 254;
/// Longest URL we keep.
pub const MAX_URL: usize = 2_000;
/// Longest IANA zone name we accept.
pub const MAX_ZONE: usize = 64;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's name as in the record ("company", "email", ...).
    pub field: &'static str,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Every problem found on one record, in field order.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    /// The message for one field, if it has a problem.
    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl Opportunity {
    /// Checks the fields a user can type.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::default();
        c.id("id", &self.id);
        c.required("company", &self.company, "Enter the company's name.");
        c.max("company", &self.company, MAX_SHORT_TEXT);
        c.max("role", &self.role, MAX_SHORT_TEXT);
        c.max("source", &self.source, MAX_SHORT_TEXT);
        c.max("pay_notes", &self.pay_notes, MAX_NOTES);
        c.max("notes", &self.notes, MAX_NOTES);
        if let Some(interview) = &self.interview {
            if !looks_like_zone(&interview.zone) {
                c.push(
                    "interview_zone",
                    "Choose a time zone such as Europe/London or UTC.",
                );
            }
        }
        c.finish()
    }
}

impl Contact {
    /// Checks the fields a user can type.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::default();
        c.id("id", &self.id);
        c.required("name", &self.name, "Enter the person's name.");
        c.max("name", &self.name, MAX_SHORT_TEXT);
        c.max("title", &self.title, MAX_SHORT_TEXT);
        c.max("phone", &self.phone, MAX_SHORT_TEXT);
        if !self.email.is_empty() && !looks_like_email(&self.email) {
            c.push(
                "email",
                "This does not look like an email address (name@example.com).",
            );
        }
        c.max("email", &self.email, MAX_EMAIL);
        if !self.linkedin_url.is_empty() && !looks_like_url(&self.linkedin_url) {
            c.push(
                "linkedin_url",
                "Paste the full address, starting with https://",
            );
        }
        c.max("linkedin_url", &self.linkedin_url, MAX_URL);
        c.finish()
    }
}

impl Activity {
    /// Checks the entry's text.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::default();
        c.id("id", &self.id);
        match &self.entry {
            ActivityEntry::Message { text, .. } => c.max("text", text, MAX_MESSAGE),
            ActivityEntry::Call { summary } => c.max("summary", summary, MAX_NOTES),
            ActivityEntry::Note { text } => {
                c.required("text", text, "Write the note first.");
                c.max("text", text, MAX_NOTES);
            }
            ActivityEntry::StatusChange { .. } => {}
        }
        c.finish()
    }
}

impl FollowUp {
    /// Checks the fields a user can type.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Checker::default();
        c.id("id", &self.id);
        c.required("action", &self.action, "Say what to do.");
        c.max("action", &self.action, MAX_NOTES);
        c.finish()
    }
}

/// Rough check that text is an email address: something, an @, a domain
/// with a dot, and no spaces. The mail server is the real judge; this only
/// catches slips such as a name typed into the wrong box.
pub fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// Rough check that text is a web address we would be willing to link to:
/// http or https, a host, no spaces. Other schemes (javascript:, data:) are
/// refused because the UI turns this into a link.
pub fn looks_like_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            host.contains('.') && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Rough check of an IANA zone name ("UTC", "Europe/London",
/// "America/Argentina/Buenos_Aires"); the UI offers a list, so this only
/// guards against damaged or hand-edited data.
pub fn looks_like_zone(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ZONE
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+'))
}

#[derive(Default)]
struct Checker(Vec<FieldError>);

impl Checker {
    fn push(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FieldError {
            field,
            message: message.into(),
        });
    }

    fn required(&mut self, field: &'static str, value: &str, message: &str) {
        if value.trim().is_empty() {
            self.push(field, message);
        }
    }

    fn max(&mut self, field: &'static str, value: &str, max: usize) {
        let n = value.chars().count();
        if n > max {
            self.push(
                field,
                format!("Keep this under {max} characters (it has {n})."),
            );
        }
    }

    fn id(&mut self, field: &'static str, value: &str) {
        if value.is_empty() || value.len() > 64 {
            self.push(field, "The record id is missing or damaged.");
        }
    }

    fn finish(self) -> Result<(), ValidationErrors> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(self.0))
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::tracker::records::ContactKind;
    use chrono::{TimeZone, Utc};

    fn check<T>(ok: bool, got: bool, what: T)
    where
        T: fmt::Debug,
    {
        assert_eq!(got, ok, "{what:?}");
    }

    #[test]
    fn email_shapes() {
        for (s, ok) in [
            ("a@b.co", true),
            ("first.last+tag@example.org", true),
            ("no-at.example.com", false),
            ("@example.com", false),
            ("a@localhost", false),
            ("a b@example.com", false),
            ("a@example.", false),
        ] {
            check(ok, looks_like_email(s), s);
        }
    }

    #[test]
    fn url_shapes() {
        for (s, ok) in [
            ("https://www.linkedin.com/in/someone", true),
            ("http://example.com", true),
            ("linkedin.com/in/someone", false),
            ("javascript:alert(1)", false),
            ("https://nohost", false),
            ("https://exa mple.com", false),
        ] {
            check(ok, looks_like_url(s), s);
        }
    }

    #[test]
    fn opportunity_errors_name_their_fields() {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut o = Opportunity::new("o-1", "  ", now);
        o.role = "x".repeat(MAX_SHORT_TEXT + 1);
        let errs = o.validate().unwrap_err();
        assert_eq!(
            errs.0.iter().map(|e| e.field).collect::<Vec<_>>(),
            ["company", "role"]
        );
        assert!(errs.for_field("role").unwrap().contains("201"));
        o.company = "Acme".into();
        o.role = "Engineer".into();
        assert_eq!(o.validate(), Ok(()));
    }

    #[test]
    fn contact_errors_name_their_fields() {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut c = Contact::new("c-1", "Sam", ContactKind::Recruiter, now);
        c.email = "sam at example".into();
        c.linkedin_url = "linkedin.com/in/sam".into();
        let errs = c.validate().unwrap_err();
        assert_eq!(
            errs.0.iter().map(|e| e.field).collect::<Vec<_>>(),
            ["email", "linkedin_url"]
        );
    }
}

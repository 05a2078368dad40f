//! The user's own message templates: text saved from the composer under a
//! name, with `{field}` tokens that are filled in the same way as in the
//! built-in templates when the template is applied again.
//!
//! They are kept in the tracker data (so backups include them) and merged
//! across tabs by id and `updated_at`, like the tracker's records.

use std::collections::HashMap;

use chrono::serde::ts_seconds;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::request::{Field, MessageFields};
use crate::domain::tracker::{FieldError, ValidationErrors};
use crate::domain::{Channel, MessageKind};

/// Longest template name, in characters.
pub const MAX_TEMPLATE_NAME: usize = 80;
/// Longest template subject, in characters.
pub const MAX_TEMPLATE_SUBJECT: usize = 500;
/// Longest template body, in characters (the activity log's message limit).
pub const MAX_TEMPLATE_BODY: usize = crate::domain::tracker::validate::MAX_MESSAGE;

/// A message the user saved to start from next time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserTemplate {
    /// Stable id (see [`user_template_id`]).
    pub id: String,
    /// The name the user gave it.
    pub name: String,
    /// The kind of message it was written for.
    pub kind: MessageKind,
    /// The channel it was written for.
    pub channel: Channel,
    /// Email subject, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The text, possibly with `{field}` tokens.
    pub body: String,
    /// When it was saved.
    #[serde(with = "ts_seconds")]
    pub updated_at: DateTime<Utc>,
}

impl UserTemplate {
    /// Checks what the user typed: a name, and lengths within bounds.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = Vec::new();
        let mut error = |field: &'static str, message: &str| {
            errors.push(FieldError {
                field,
                message: message.to_string(),
            })
        };
        if self.id.trim().is_empty() {
            error("id", "The template has no id.");
        }
        if self.name.trim().is_empty() {
            error("name", "Give the template a name.");
        }
        if self.name.chars().count() > MAX_TEMPLATE_NAME {
            error("name", "Use a shorter name (80 characters at most).");
        }
        let subject = self.subject.as_deref().unwrap_or_default();
        if subject.chars().count() > MAX_TEMPLATE_SUBJECT {
            error("subject", "The subject is too long to keep.");
        }
        if self.body.trim().is_empty() {
            error("body", "There is no text to save yet.");
        }
        if self.body.chars().count() > MAX_TEMPLATE_BODY {
            error("body", "The text is too long to keep.");
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(errors))
        }
    }
}

/// A new template id: the tracker's id scheme with a `t` prefix.
pub fn user_template_id(now: DateTime<Utc>, entropy: u64) -> String {
    use crate::domain::tracker::{new_id, RecordKind};
    // `new_id` gives "a-<time>-<entropy>"; only the prefix differs.
    let id = new_id(RecordKind::Activity, now, entropy);
    let mut out = String::with_capacity(id.len());
    out.push('t');
    out.push_str(id.get(1..).unwrap_or_default());
    out
}

/// Fills `{key}` tokens with the user's values, by the built-in templates'
/// rules: a value is inserted as is (never read again as a template), a
/// blank required field becomes a visible `[Label]` gap, a blank optional
/// field leaves nothing, and a `{word}` that names no field stays as typed
/// (so the checker can point at it).
pub fn fill_user_template(text: &str, fields: &MessageFields) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after
            .split_once('}')
            .and_then(|(key, tail)| Some((Field::from_key(key)?, tail)));
        match known {
            Some((field, tail)) => {
                let value = fields.get(field);
                if !value.is_empty() {
                    out.push_str(value);
                } else if !field.is_optional() {
                    out.push('[');
                    out.push_str(field.label());
                    out.push(']');
                }
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Merges two tabs' template lists. With `base` (what this tab last
/// loaded), a template missing on one side that the other side did not
/// change since `base` was deleted there and stays deleted; without it,
/// the lists are joined. Changed on both sides: the newer one wins.
pub fn merge_user_templates(
    base: Option<&[UserTemplate]>,
    local: &[UserTemplate],
    remote: &[UserTemplate],
) -> Vec<UserTemplate> {
    let base: HashMap<&str, &UserTemplate> = base
        .unwrap_or_default()
        .iter()
        .map(|t| (t.id.as_str(), t))
        .collect();
    let remote_by_id: HashMap<&str, &UserTemplate> =
        remote.iter().map(|t| (t.id.as_str(), t)).collect();
    let local_ids: HashMap<&str, ()> = local.iter().map(|t| (t.id.as_str(), ())).collect();
    let unchanged_since_base = |t: &UserTemplate| base.get(t.id.as_str()) == Some(&t);
    let mut out = Vec::with_capacity(local.len().max(remote.len()));
    for l in local {
        match remote_by_id.get(l.id.as_str()) {
            Some(r) if unchanged_since_base(l) => out.push((*r).clone()),
            Some(r) if unchanged_since_base(r) || l.updated_at >= r.updated_at => {
                out.push(l.clone())
            }
            Some(r) => out.push((*r).clone()),
            None if unchanged_since_base(l) => {} // deleted in the other tab
            None => out.push(l.clone()),
        }
    }
    for r in remote {
        if !local_ids.contains_key(r.id.as_str()) && !unchanged_since_base(r) {
            out.push(r.clone());
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(secs: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_800_000_000 + secs, 0).unwrap()
    }

    fn template(id: &str, body: &str, secs: i64) -> UserTemplate {
        UserTemplate {
            id: id.into(),
            name: "Mine".into(),
            kind: MessageKind::Decline,
            channel: Channel::Email,
            subject: None,
            body: body.into(),
            updated_at: at(secs),
        }
    }

    fn fill(text: &str, expected: &str) {
        let fields = MessageFields {
            company: "Acme & Co".into(),
            user_name: "Zoë".into(),
            contact_name: "{company}".into(),
            ..MessageFields::default()
        };
        assert_eq!(fill_user_template(text, &fields), expected, "{text}");
    }

    #[test]
    fn tokens_are_filled_like_the_built_in_templates() {
        fill("Thanks, {company}.", "Thanks, Acme & Co.");
        fill("{user_name}{signature}", "Zoë");
        fill("About the {role} role", "About the [Role] role");
        fill("Hi {contact_name}", "Hi {company}");
        fill("{nope} {company", "{nope} {company");
        fill("{{company}}", "{Acme & Co}");
        fill("", "");
        fill(
            "<script>alert(1)</script> {company}",
            "<script>alert(1)</script> Acme & Co",
        );
    }

    #[test]
    fn names_and_text_are_required_and_bounded() {
        assert_eq!(template("t-1", "Hello", 0).validate(), Ok(()));
        let mut t = template("t-1", " ", 0);
        t.name = String::new();
        let errors = t.validate().unwrap_err();
        assert!(errors.for_field("name").is_some());
        assert!(errors.for_field("body").is_some());
        t = template("t-1", "Hi", 0);
        t.name = "n".repeat(MAX_TEMPLATE_NAME + 1);
        assert!(t.validate().unwrap_err().for_field("name").is_some());
    }

    #[test]
    fn ids_carry_the_template_prefix() {
        let id = user_template_id(at(0), 35);
        assert!(id.starts_with("t-") && id.ends_with("-z"), "{id}");
        assert_ne!(id, user_template_id(at(0), 36));
    }

    #[test]
    fn merging_keeps_new_templates_and_remembers_deletions() {
        let base = vec![template("t-a", "A", 0), template("t-b", "B", 0)];
        // This tab edited a; the other tab deleted b and added c.
        let local = vec![template("t-a", "A2", 5), template("t-b", "B", 0)];
        let remote = vec![template("t-a", "A", 0), template("t-c", "C", 3)];
        let merged = merge_user_templates(Some(&base), &local, &remote);
        let bodies: Vec<&str> = merged.iter().map(|t| t.body.as_str()).collect();
        assert_eq!(bodies, ["A2", "C"]);
        // Both edited a: the newer wins, from either side.
        let remote = vec![template("t-a", "A3", 9)];
        let merged = merge_user_templates(Some(&base), &local, &remote);
        assert_eq!(merged[0].body, "A3");
        // No common base: everything is kept.
        let merged = merge_user_templates(None, &local, &[template("t-c", "C", 3)]);
        assert_eq!(merged.len(), 3);
    }

    #[test]
    fn templates_live_in_the_tracker() {
        // Their round trip through saves and backups is tested in
        // `storage::tests`.
        use crate::domain::tracker::TrackerData;
        let mut data = TrackerData::default();
        data.add_user_template(template("t-1", "Hi {contact_name}", 0))
            .unwrap();
        data.add_user_template(template("t-1", "Hello {contact_name}", 1))
            .unwrap();
        assert!(data.add_user_template(template("t-2", "", 0)).is_err());
        assert_eq!(data.user_templates.len(), 1);
        assert_eq!(data.user_templates[0].body, "Hello {contact_name}");
        data.delete_user_template("t-1").unwrap();
        assert!(data.user_templates.is_empty());
    }
}

//! The checks an imported backup must pass before the preview is shown:
//! it is ours, each collection is within bounds, ids are unique, every
//! reference resolves inside the file, and every record passes the same
//! field checks as the forms.

use std::collections::HashSet;

use serde::Deserialize;

use super::backup::{ImportError, APP_MARKER, MAX_RECORDS_PER_COLLECTION};
use super::envelope::DecodeError;
use crate::domain::settings::Settings;
use crate::domain::tracker::{RecordKind, TrackerData, ValidationErrors};

/// Refuses files without our `app` marker, and reads the settings the
/// file carries in the same pass. Settings that do not read (a theme a
/// newer version added, say) are left out rather than failing the import
/// of the records.
pub(crate) fn check_marker(raw: &str) -> Result<Option<Settings>, ImportError> {
    #[derive(Deserialize)]
    struct Marker {
        app: Option<String>,
        #[serde(default)]
        settings: Option<serde_json::Value>,
    }
    match serde_json::from_slice::<Marker>(raw.as_bytes()) {
        Ok(Marker {
            app: Some(app),
            settings,
        }) if app == APP_MARKER => {
            Ok(settings.and_then(|value| serde_json::from_value(value).ok()))
        }
        Ok(_) => Err(ImportError::NotABackup),
        Err(e) if e.classify() == serde_json::error::Category::Data => Err(ImportError::NotABackup),
        Err(e) => Err(ImportError::Decode(DecodeError::NotJson(e.to_string()))),
    }
}

/// Counts, unique ids, references and field checks, in that order, so the
/// first problem reported is the most basic one.
pub(crate) fn check_data(d: &TrackerData) -> Result<(), ImportError> {
    let sizes = [
        (RecordKind::Opportunity, d.opportunities.len()),
        (RecordKind::Contact, d.contacts.len()),
        (RecordKind::Activity, d.activities.len()),
        (RecordKind::FollowUp, d.follow_ups.len()),
    ];
    for (kind, count) in sizes {
        if count > MAX_RECORDS_PER_COLLECTION {
            return Err(ImportError::TooManyRecords {
                kind,
                count,
                max: MAX_RECORDS_PER_COLLECTION,
            });
        }
    }
    check_user_templates(d)?;
    let opportunity_ids = unique_ids(
        RecordKind::Opportunity,
        d.opportunities.iter().map(|o| o.id.as_str()),
    )?;
    unique_ids(
        RecordKind::Contact,
        d.contacts.iter().map(|c| c.id.as_str()),
    )?;
    unique_ids(
        RecordKind::Activity,
        d.activities.iter().map(|a| a.id.as_str()),
    )?;
    unique_ids(
        RecordKind::FollowUp,
        d.follow_ups.iter().map(|f| f.id.as_str()),
    )?;

    let refs = d
        .contacts
        .iter()
        .flat_map(|c| {
            c.opportunity_ids
                .iter()
                .map(move |t| (RecordKind::Contact, &c.id, t))
        })
        .chain(
            d.activities
                .iter()
                .map(|a| (RecordKind::Activity, &a.id, &a.opportunity_id)),
        )
        .chain(
            d.follow_ups
                .iter()
                .map(|f| (RecordKind::FollowUp, &f.id, &f.opportunity_id)),
        );
    for (kind, id, target) in refs {
        if !opportunity_ids.contains(target.as_str()) {
            return Err(ImportError::DanglingReference {
                kind,
                id: id.clone(),
                target: target.clone(),
            });
        }
    }

    let invalid =
        |kind: RecordKind, id: &str, errors: ValidationErrors| ImportError::InvalidRecord {
            kind,
            id: id.to_string(),
            errors,
        };
    for o in &d.opportunities {
        o.validate()
            .map_err(|e| invalid(RecordKind::Opportunity, &o.id, e))?;
    }
    for c in &d.contacts {
        c.validate()
            .map_err(|e| invalid(RecordKind::Contact, &c.id, e))?;
    }
    for a in &d.activities {
        a.validate()
            .map_err(|e| invalid(RecordKind::Activity, &a.id, e))?;
    }
    for f in &d.follow_ups {
        f.validate()
            .map_err(|e| invalid(RecordKind::FollowUp, &f.id, e))?;
    }
    Ok(())
}

/// Templates are not records with a `RecordKind`, so their problems are
/// reported as damage to the file, naming the template.
fn check_user_templates(d: &TrackerData) -> Result<(), ImportError> {
    let damaged = |detail: String| ImportError::Decode(DecodeError::Damaged(detail));
    if d.user_templates.len() > MAX_RECORDS_PER_COLLECTION {
        return Err(damaged(format!(
            "it has {} message templates; at most {MAX_RECORDS_PER_COLLECTION} are allowed",
            d.user_templates.len()
        )));
    }
    let mut seen = HashSet::new();
    for t in &d.user_templates {
        if !seen.insert(t.id.as_str()) {
            return Err(damaged(format!(
                "two message templates have the id {}",
                t.id
            )));
        }
        t.validate().map_err(|e| {
            damaged(format!(
                "the message template \"{}\" is not valid: {e}",
                t.name
            ))
        })?;
    }
    Ok(())
}

fn unique_ids<'a>(
    kind: RecordKind,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, ImportError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(ImportError::DuplicateId {
                kind,
                id: id.to_string(),
            });
        }
    }
    Ok(seen)
}

//! When a device merge brings back an opportunity that the other device
//! deleted (because it was changed here after the deletion), the
//! deletion's side effects must be undone too: deleting an opportunity
//! also deleted its activity and follow-ups and unlinked its contacts in
//! the same instant, and without this the opportunity would come back
//! with no history and no people.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::records::RecordKind;
use super::TrackerData;

/// Opportunities deleted on one side and changed on the other after
/// that, which the merge brings back, with the time of the deletion.
pub(super) fn revived_opportunities(
    a: &TrackerData,
    b: &TrackerData,
) -> HashMap<String, DateTime<Utc>> {
    let mut revived = HashMap::new();
    for (deleter, keeper) in [(a, b), (b, a)] {
        for t in &deleter.tombstones {
            let newer = keeper
                .opportunity(&t.id)
                .is_some_and(|o| o.updated_at > t.deleted_at);
            if t.kind == RecordKind::Opportunity && newer {
                revived.insert(t.id.clone(), t.deleted_at);
            }
        }
    }
    revived
}

/// Deleting an opportunity deletes its activity and follow-ups in the
/// same instant. When the opportunity comes back, so do they: `copy`
/// forgets those tombstones for the entries `other` still has.
pub(super) fn keep_revived_history<'a>(
    copy: &'a TrackerData,
    other: &TrackerData,
    revived: &HashMap<String, DateTime<Utc>>,
) -> Cow<'a, TrackerData> {
    if revived.is_empty() {
        return Cow::Borrowed(copy);
    }
    let mut copy = copy.clone();
    let children: HashMap<(RecordKind, &str), DateTime<Utc>> = other
        .activities
        .iter()
        .map(|a| ((RecordKind::Activity, a.id.as_str()), &a.opportunity_id))
        .chain(
            other
                .follow_ups
                .iter()
                .map(|f| ((RecordKind::FollowUp, f.id.as_str()), &f.opportunity_id)),
        )
        .filter_map(|(key, opportunity)| revived.get(opportunity).map(|at| (key, *at)))
        .collect();
    copy.tombstones
        .retain(|t| children.get(&(t.kind, t.id.as_str())) != Some(&t.deleted_at));
    Cow::Owned(copy)
}

/// The same for contacts: the deletion unlinked them, so a revived
/// opportunity is linked again to every contact either copy links it to.
/// The contact takes the opportunity's change time, which is after the
/// unlinking, so the next merge keeps the link too.
pub(super) fn relink_revived(
    merged: &mut TrackerData,
    a: &TrackerData,
    b: &TrackerData,
    revived: &HashMap<String, DateTime<Utc>>,
) {
    let changed_at: HashMap<&str, DateTime<Utc>> = merged
        .opportunities
        .iter()
        .filter(|o| revived.contains_key(&o.id))
        .map(|o| (o.id.as_str(), o.updated_at))
        .collect();
    for contact in &mut merged.contacts {
        for copy in [a.contact(&contact.id), b.contact(&contact.id)]
            .into_iter()
            .flatten()
        {
            for id in &copy.opportunity_ids {
                let Some(&at) = changed_at.get(id.as_str()) else {
                    continue;
                };
                if !contact.opportunity_ids.contains(id) {
                    contact.opportunity_ids.push(id.clone());
                    contact.updated_at = contact.updated_at.max(at);
                }
            }
        }
    }
}

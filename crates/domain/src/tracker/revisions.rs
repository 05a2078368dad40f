//! Revisions per opportunity: how the UI lets a page that shows one
//! opportunity (its record, contacts, activity and follow-ups) re-render
//! for changes to those records only, while the tracker itself stays one
//! value of up to 10,000 records.
//!
//! Every successful edit says which opportunities it touched
//! ([`TrackerData::edit_touching`](super::TrackerData::edit_touching));
//! their revisions move, no other's does. A page compares the revision of
//! its own opportunity, an O(1) look-up, instead of rescanning the whole
//! tracker on every edit. A change to everything at once (another tab's
//! merge, an import, deleting all) moves every revision.

use std::collections::HashMap;

/// Where one opportunity's records stand: equal revisions mean nothing
/// it shows has changed in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Revision {
    /// How many times everything changed at once.
    epoch: u64,
    /// How many edits touched this opportunity since.
    own: u64,
}

/// The revision of every opportunity, kept only for those edited since
/// the last change to everything (the others are at revision zero).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Revisions {
    epoch: u64,
    edited: HashMap<String, u64>,
}

impl Revisions {
    /// The revision of the opportunity `id` (known or not: an id that
    /// appears later moves from zero like any other).
    pub fn of(&self, id: &str) -> Revision {
        Revision {
            epoch: self.epoch,
            own: self.edited.get(id).copied().unwrap_or(0),
        }
    }

    /// An edit touched these opportunities.
    pub fn touched<'a>(&mut self, ids: impl IntoIterator<Item = &'a String>) {
        for id in ids {
            *self.edited.entry(id.clone()).or_insert(0) += 1;
        }
    }

    /// Everything may have changed (the whole tracker was replaced).
    pub fn everything_changed(&mut self) {
        self.epoch += 1;
        self.edited.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_edit_moves_only_the_revisions_it_touched() {
        let mut r = Revisions::default();
        let (a, b, c) = (r.of("a"), r.of("b"), r.of("c"));
        r.touched(&ids(&["a", "b"]));
        assert_ne!(r.of("a"), a);
        assert_ne!(r.of("b"), b);
        assert_eq!(r.of("c"), c, "an untouched opportunity keeps its revision");
        let a1 = r.of("a");
        r.touched(&ids(&["b"]));
        assert_eq!(r.of("a"), a1);
        assert_ne!(r.of("b"), b);
    }

    #[test]
    fn replacing_everything_moves_every_revision_and_never_repeats_one() {
        let mut r = Revisions::default();
        r.touched(&ids(&["a"]));
        let (a, b) = (r.of("a"), r.of("b"));
        r.everything_changed();
        assert_ne!(r.of("a"), a);
        assert_ne!(r.of("b"), b);
        // After the reset "a" counts from zero again, in a new epoch: it
        // can never come back to a revision a page saw before.
        r.touched(&ids(&["a"]));
        assert_ne!(r.of("a"), a);
        assert!(r.edited.len() == 1, "only edited ids are kept");
    }
}

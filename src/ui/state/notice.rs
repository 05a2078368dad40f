//! The storage notices the banner shows, and their words for what the
//! repository (`storage::repo`) reports.

use crate::domain::settings::Settings;
use crate::domain::tracker::{Conflict, ConflictResolution};
use crate::storage::{LoadProblem, Loaded};
use notice_ids::*;

/// How serious a storage notice is (drives colour and live-region politeness).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Worth knowing.
    Info,
    /// Something needs the user's attention soon.
    Warning,
    /// Data is at risk until the user acts.
    Error,
}

/// A message about storage shown in the banner until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Stable id so the same problem is not listed twice.
    pub id: &'static str,
    /// Severity.
    pub level: NoticeLevel,
    /// What happened and what to do, in plain words.
    pub text: String,
}

/// Notice ids the banner treats specially.
pub mod notice_ids {
    /// Storage is unavailable: shown for the whole visit, not dismissible.
    pub const UNAVAILABLE: &str = "unavailable";
    /// The saved tracker could not be read.
    pub const TRACKER_CORRUPT: &str = "tracker-corrupt";
    /// The last tracker save failed.
    pub const TRACKER_SAVE: &str = "tracker-save";
    /// Another tab's save was merged and some records clashed.
    pub const TAB_CONFLICTS: &str = "tab-conflicts";
    /// Data from a newer version of the app: this tab stopped saving.
    pub const NEWER_VERSION: &str = "newer-version";
    /// Another tab changed or deleted the data.
    pub const TAB_CHANGE: &str = "tab-change";
}

/// The notice for a saved tracker that was not loaded.
pub(super) fn load_notice(problem: LoadProblem) -> Notice {
    let text = match problem {
        // Mount loads the codec before the app whenever anything is
        // stored, so this is a safety net.
        LoadProblem::CodecMissing => "Your saved tracker is not loaded yet. Reload the page; until then, changes stay in this tab only.".into(),
        LoadProblem::Newer(e) => {
            return Notice {
                id: NEWER_VERSION,
                level: NoticeLevel::Error,
                text: format!("{e} Until then, changes here stay in this tab only."),
            }
        }
        LoadProblem::Unreadable { error, kept: true } => format!("Your saved tracker could not be read. {error} A copy is kept as it was. Until you decide in Settings and data (download the copy, then start fresh or import a backup), new changes stay in this tab only."),
        LoadProblem::Unreadable { error, kept: false } => format!("Your saved tracker could not be read. {error} There was no room to copy it aside, so it is left untouched. New changes stay in this tab only until you decide in Settings and data."),
    };
    Notice {
        id: TRACKER_CORRUPT,
        level: NoticeLevel::Error,
        text,
    }
}

pub(super) fn settings_or_default(loaded: Loaded<Settings>, notices: &mut Vec<Notice>) -> Settings {
    match loaded {
        Loaded::Value(v) => v,
        Loaded::Missing => Settings::default(),
        Loaded::Corrupt { backup_key, .. } => {
            notices.push(Notice {
                id: "settings-corrupt",
                level: NoticeLevel::Warning,
                text: format!("Saved settings could not be read and were kept under \"{backup_key}\"; defaults are in use."),
            });
            Settings::default()
        }
    }
}

/// One sentence per clash, naming the record and whose edit was kept.
pub(super) fn conflict_text(conflicts: &[Conflict]) -> String {
    let mut text = String::from(if conflicts.len() == 1 {
        "A record was changed in two tabs; the newer edit was kept:"
    } else {
        "Some records were changed in two tabs; the newer edit of each was kept:"
    });
    for c in conflicts {
        text.push(' ');
        text.push_str(c.kind.label());
        text.push_str(" “");
        text.push_str(&c.label);
        text.push_str("” (");
        text.push_str(match c.resolution {
            ConflictResolution::KeptLocal => "this tab's edit kept",
            ConflictResolution::KeptRemote => "the other tab's edit kept",
            ConflictResolution::RestoredAfterDelete => {
                "kept: changed after it was deleted elsewhere"
            }
        });
        text.push_str(").");
    }
    text
}

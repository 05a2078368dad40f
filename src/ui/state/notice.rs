//! The storage notices the banner shows.

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

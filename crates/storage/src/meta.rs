//! A small record of backups: when the last export was
//! made and how many changes were saved since, so the app can remind the
//! user gently before a browser clears the site's data.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::envelope::KEY_PREFIX;

/// Where the backup record is kept.
pub const META_KEY: &str = "graceful-decline:v1:meta";

/// Changes since the last export before the reminder shows. One is
/// enough: Safari may clear a site's storage after seven days without a
/// visit, so any unsaved work is worth a nudge.
pub const REMIND_AFTER_CHANGES: u32 = 1;

/// When the user last exported, and what changed since.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupMeta {
    /// The time of the last backup download.
    pub last_export: Option<DateTime<Utc>>,
    /// Tracker saves since that backup.
    pub changes_since_export: u32,
}

impl BackupMeta {
    /// Whether to show the back-up reminder.
    pub fn needs_reminder(&self) -> bool {
        self.changes_since_export >= REMIND_AFTER_CHANGES
    }
}

/// The key an unreadable copy of `key` is kept under.
pub fn unreadable_key(key: &str) -> String {
    let mut k = String::with_capacity(key.len() + 11);
    k.push_str(key);
    k.push_str(".unreadable");
    k
}

/// Whether `key` holds an unreadable copy kept aside by this app.
pub fn is_unreadable_key(key: &str) -> bool {
    key.starts_with(KEY_PREFIX) && key.ends_with(".unreadable")
}

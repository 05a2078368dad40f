//! The repository's small values: settings, the backup record, the
//! wizard's draft, the theme copy, and the unreadable copies kept aside.
//! Each is read with a check (an unreadable value is kept aside, never
//! silently replaced) and written with a read-back check, and none is
//! written once a newer version of the app owns the data.

use chrono::{DateTime, Utc};

use super::{Loaded, Repository, Written};
use crate::codec::Codec;
use crate::domain::decision::Draft;
use crate::domain::settings::{Settings, ThemeChoice};
use crate::draft::{draft_key, StoredDraft};
use crate::envelope::{KEY_PREFIX, SETTINGS_KEY, THEME_KEY};
use crate::kv::{set_checked, KeyValue, StoreError};
use crate::meta::{is_unreadable_key, unreadable_key, BackupMeta, META_KEY};

impl<S: KeyValue> Repository<S> {
    /// Reads the settings; unreadable ones are kept aside.
    pub fn load_settings(&mut self, codec: &Codec) -> Loaded<Settings> {
        self.load_value(SETTINGS_KEY, codec.parse_settings)
    }

    /// Reads the backup record (defaults when missing or unreadable).
    pub fn load_meta(&mut self, codec: &Codec) {
        if let Loaded::Value(meta) = self.load_value(META_KEY, codec.parse_meta) {
            self.meta = meta;
        }
    }

    /// Writes the settings with a read-back check.
    pub fn save_settings(&self, codec: &Codec, settings: &Settings) -> Result<Written, StoreError> {
        let text = (codec.settings_text)(settings).map_err(StoreError::Other)?;
        self.write(SETTINGS_KEY, &text)
    }

    /// Settings another tab saved (`None` if unreadable).
    pub fn settings_from_other_tab(&self, codec: &Codec, raw: &str) -> Option<Settings> {
        (codec.parse_settings)(raw).ok()
    }

    /// Takes the backup record another tab saved; returns whether it was
    /// readable.
    pub fn meta_from_other_tab(&mut self, codec: &Codec, raw: &str) -> bool {
        match (codec.parse_meta)(raw) {
            Ok(meta) => {
                self.meta = meta;
                true
            }
            Err(_) => false,
        }
    }

    /// Notes a backup download at `at`, so the reminder rests.
    pub fn note_export(&mut self, codec: &Codec, at: DateTime<Utc>) {
        self.meta = BackupMeta {
            last_export: Some(at),
            changes_since_export: 0,
        };
        let _ = self.save_meta(codec);
    }

    /// Writes the backup record.
    pub fn save_meta(&self, codec: &Codec) -> Result<Written, StoreError> {
        let text = (codec.meta_text)(&self.meta).map_err(StoreError::Other)?;
        self.write(META_KEY, &text)
    }

    /// The wizard's draft, if one is stored and readable (an unreadable one
    /// is kept aside).
    pub fn load_draft(&mut self) -> Option<Draft> {
        let loaded = self.load_value(&draft_key(), |raw| {
            serde_json::from_str::<StoredDraft>(raw).map_err(|e| e.to_string())
        });
        match loaded {
            Loaded::Value(stored) => Some(Draft::from(stored)),
            Loaded::Missing | Loaded::Corrupt { .. } => None,
        }
    }

    /// Saves the wizard's draft; an empty one is removed instead.
    pub fn save_draft(&self, draft: &Draft) -> Result<Written, StoreError> {
        if draft.is_empty() {
            return self.remove_draft();
        }
        let text = serde_json::to_string(&StoredDraft::from(draft))
            .map_err(|e| StoreError::Other(e.to_string()))?;
        self.write(&draft_key(), &text)
    }

    /// Forgets the wizard's draft.
    pub fn remove_draft(&self) -> Result<Written, StoreError> {
        if self.newer {
            return Ok(Written::Held);
        }
        self.store.remove(&draft_key())?;
        Ok(Written::Saved)
    }

    /// Keeps the plain copy of the theme choice (see [`THEME_KEY`]) in step.
    pub fn remember_theme(&self, theme: ThemeChoice) {
        remember_theme(&self.store, theme);
    }

    /// The text kept under an unreadable-copy key, for download.
    pub fn unreadable_text(&self, key: &str) -> Option<String> {
        if !is_unreadable_key(key) {
            return None;
        }
        self.store.get(key).ok().flatten()
    }

    /// Forgets an unreadable copy (after the user downloaded it).
    pub fn discard_unreadable(&mut self, key: &str) {
        if is_unreadable_key(key) {
            let _ = self.store.remove(key);
            self.unreadable.retain(|k| k != key);
        }
    }

    /// Reads and parses a value; an unreadable one is kept under its
    /// `.unreadable` key and reported, never silently replaced.
    fn load_value<T>(&mut self, key: &str, parse: impl Fn(&str) -> Result<T, String>) -> Loaded<T> {
        let raw = match self.store.get(key) {
            Ok(Some(raw)) => raw,
            Ok(None) | Err(StoreError::Unavailable) => return Loaded::Missing,
            Err(e) => {
                return Loaded::Corrupt {
                    backup_key: unreadable_key(key),
                    reason: e.to_string(),
                }
            }
        };
        match parse(&raw) {
            Ok(v) => Loaded::Value(v),
            Err(reason) => Loaded::Corrupt {
                backup_key: self
                    .keep_aside(key, &raw)
                    .unwrap_or_else(|| unreadable_key(key)),
                reason,
            },
        }
    }

    /// Copies an unreadable value to `<key>.unreadable` (unless an
    /// identical copy is already there); `None` if it could not be kept.
    pub(super) fn keep_aside(&mut self, key: &str, raw: &str) -> Option<String> {
        let backup_key = unreadable_key(key);
        let holds = |s: &S| s.get(&backup_key).ok().flatten().as_deref() == Some(raw);
        if !holds(&self.store) {
            let _ = set_checked(&self.store, &backup_key, raw);
        }
        if !holds(&self.store) {
            return None;
        }
        if !self.unreadable.contains(&backup_key) {
            self.unreadable.push(backup_key.clone());
        }
        Some(backup_key)
    }
}

/// Keeps the plain copy of the theme choice (see [`THEME_KEY`]) in step,
/// writing only when it differs. Failures are ignored: the copy only
/// saves a flash of the other theme while the app loads.
pub fn remember_theme<S: KeyValue + ?Sized>(store: &S, theme: ThemeChoice) {
    let want = match theme {
        ThemeChoice::System => None,
        other => Some(other.as_str()),
    };
    let Ok(have) = store.get(THEME_KEY) else {
        return;
    };
    if have.as_deref() == want {
        return;
    }
    let _ = match want {
        Some(v) => store.set(THEME_KEY, v),
        None => store.remove(THEME_KEY),
    };
}

/// Every key of this app in `store`.
pub fn app_keys<S: KeyValue + ?Sized>(store: &S) -> Vec<String> {
    store
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(KEY_PREFIX))
        .collect()
}

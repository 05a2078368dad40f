//! The settings a backup carries (name, signature, theme, spelling,
//! call-back number), and how they combine with the ones here.
//!
//! Settings have no change times, so "newest wins" cannot decide them.
//! A merge therefore never overwrites a choice made on this device: it
//! fills only what is unset here (a blank name, "match my device", the
//! browser's spelling) and lists every other difference as kept. Replacing
//! everything takes the file's settings whole. A backup from before
//! settings were carried leaves them as they are.

use crate::domain::messages::Spelling;
use crate::domain::settings::{Settings, ThemeChoice};

use super::backup::{ImportMode, ImportPreview};

/// One setting the file and this device disagree on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingDifference {
    /// The setting's name as the settings page shows it.
    pub setting: &'static str,
    /// Its value here, as the settings page words it.
    pub here: String,
    /// Its value in the file.
    pub file: String,
    /// Whether the import takes the file's value.
    pub taken: bool,
}

impl ImportPreview {
    /// How the file's settings differ from `current`, and which the import
    /// takes. Empty when the file carries no settings or they agree.
    pub fn settings_differences(&self, current: &Settings) -> Vec<SettingDifference> {
        let Some(file) = &self.settings else {
            return Vec::new();
        };
        fields(current)
            .into_iter()
            .zip(fields(file))
            .filter(|(here, there)| here.value != there.value)
            .map(|(here, there)| SettingDifference {
                setting: here.name,
                taken: self.mode == ImportMode::ReplaceAll || here.unset,
                here: here.value,
                file: there.value,
            })
            .collect()
    }

    /// The settings after the import (see the module documentation).
    pub fn apply_settings(&self, current: &Settings) -> Settings {
        let Some(file) = &self.settings else {
            return current.clone();
        };
        if self.mode == ImportMode::ReplaceAll {
            return file.clone();
        }
        let fill = |here: &String, there: &String| {
            if here.trim().is_empty() {
                there.clone()
            } else {
                here.clone()
            }
        };
        Settings {
            user_name: fill(&current.user_name, &file.user_name),
            signature: fill(&current.signature, &file.signature),
            theme: match current.theme {
                ThemeChoice::System => file.theme,
                chosen => chosen,
            },
            spelling: current.spelling.or(file.spelling),
            phone: fill(&current.phone, &file.phone),
        }
    }
}

struct Field {
    name: &'static str,
    value: String,
    unset: bool,
}

fn fields(s: &Settings) -> [Field; 5] {
    let text = |name, value: &String| Field {
        name,
        value: value.trim().to_string(),
        unset: value.trim().is_empty(),
    };
    [
        text("Your name", &s.user_name),
        text("Signature", &s.signature),
        Field {
            name: "Theme",
            value: s.theme.label().to_string(),
            unset: s.theme == ThemeChoice::System,
        },
        Field {
            name: "Spelling in messages",
            value: match s.spelling {
                Some(Spelling::Us) => "US".to_string(),
                Some(Spelling::Uk) => "UK".to_string(),
                None => "Follow my browser's language".to_string(),
            },
            unset: s.spelling.is_none(),
        },
        text("Your phone number", &s.phone),
    ]
}

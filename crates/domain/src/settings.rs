//! The user's own defaults: name and signature for messages, theme.

use serde::{Deserialize, Serialize};

use crate::messages::Spelling;

/// Light, dark, or whatever the device prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in display order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// The stable name, also used as the `data-theme` attribute value.
    pub const fn as_str(self) -> &'static str {
        match self {
            ThemeChoice::System => "system",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// A label for people.
    pub const fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "Match my device",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
        }
    }

    /// Parses a stable name; anything else is the device default.
    pub fn from_name(name: &str) -> ThemeChoice {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == name)
            .unwrap_or_default()
    }
}

/// Defaults the composer fills in, and display preferences.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The user's name, used to sign messages.
    pub user_name: String,
    /// An optional signature block (title, phone, profile link).
    pub signature: String,
    /// Light, dark or device theme.
    pub theme: ThemeChoice,
    /// US or UK spelling in messages; `None` follows the browser's
    /// language (en-US gives US).
    pub spelling: Option<Spelling>,
    /// The number a voicemail asks them to call back on (optional).
    pub phone: String,
}

impl Settings {
    /// The spelling to write in: the user's choice, else the one the
    /// browser's language implies.
    pub fn spelling_for(&self, browser_language: &str) -> Spelling {
        self.spelling
            .unwrap_or_else(|| Spelling::from_language(browser_language))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn theme_names_round_trip_and_unknown_names_follow_the_device() {
        for t in ThemeChoice::ALL {
            assert_eq!(ThemeChoice::from_name(t.as_str()), t);
        }
        assert_eq!(ThemeChoice::from_name("sepia"), ThemeChoice::System);
    }

    #[test]
    fn partial_settings_json_keeps_defaults() {
        let s: Settings = serde_json::from_str(r#"{"user_name":"Sam"}"#).unwrap();
        assert_eq!(s.user_name, "Sam");
        assert_eq!(s.theme, ThemeChoice::System);
    }
}

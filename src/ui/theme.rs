//! Applies the chosen theme to the document.

use leptos::prelude::document;

use crate::domain::settings::ThemeChoice;

/// Sets `data-theme` on `<html>` ("system" removes it so CSS follows
/// `prefers-color-scheme`).
pub fn apply_theme(theme: ThemeChoice) {
    if let Some(html) = document().document_element() {
        let _ = match theme {
            ThemeChoice::System => html.remove_attribute("data-theme"),
            other => html.set_attribute("data-theme", other.as_str()),
        };
    }
}

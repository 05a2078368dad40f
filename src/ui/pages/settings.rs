//! Settings and data: defaults, theme, backup, import, delete.

use leptos::prelude::*;

/// Settings and data: defaults, theme, backup, import, delete.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! { <h1>"Settings and data"</h1> }
}

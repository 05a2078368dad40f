//! The message composer.

use leptos::prelude::*;

/// The message composer.
#[component]
pub fn ComposePage() -> impl IntoView {
    view! { <h1>"Compose"</h1> }
}

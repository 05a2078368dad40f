//! The decision wizard and its result.

use leptos::prelude::*;

/// The decision wizard and its result.
#[component]
pub fn DecidePage() -> impl IntoView {
    view! { <h1>"Decide"</h1> }
}

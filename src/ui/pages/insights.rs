//! Insights drawn from the tracker.

use leptos::prelude::*;

/// Insights drawn from the tracker.
#[component]
pub fn InsightsPage() -> impl IntoView {
    view! { <h1>"Insights"</h1> }
}

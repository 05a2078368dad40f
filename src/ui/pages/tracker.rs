//! The tracker: list, detail, and the add/edit form.

use leptos::prelude::*;

/// The tracker list.
#[component]
pub fn TrackerPage() -> impl IntoView {
    view! { <h1>"Tracker"</h1> }
}

/// One opportunity with its contacts, activity and follow-ups.
#[component]
pub fn OpportunityDetailPage() -> impl IntoView {
    view! { <h1>"Opportunity"</h1> }
}

/// Add or edit an opportunity.
#[component]
pub fn OpportunityFormPage() -> impl IntoView {
    view! { <h1>"Add an opportunity"</h1> }
}

//! Shown for any path the router does not know.

use leptos::prelude::*;

use crate::ui::app_path;

/// A helpful page for unknown paths, with ways back into the app.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">"This page does not exist"</h1>
            <p>
                "The link may be old or mistyped. Your saved data is safe: it lives on this device, "
                "not on this page."
            </p>
            <p>
                <a href=app_path("/") class="button primary">"Go to the home page"</a>
            </p>
        </section>
    }
}

//! The app frame: router, skip link, header, navigation and pages.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use super::banner::StorageBanner;
use super::nav::MainNav;
use super::pages::{
    ComposePage, DecidePage, HomePage, InsightsPage, NotFoundPage, OpportunityDetailPage,
    OpportunityFormPage, SettingsPage, TimingPage, TrackerPage,
};
use super::paths::{app_path, base};
use super::state::AppState;
use super::theme::apply_theme;

/// The whole application: skip link, header, navigation and routed pages.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::provide();
    // Effects only push state outward: here, the theme onto <html>.
    Effect::new(move |_| apply_theme(state.settings.with(|s| s.theme)));
    view! {
        <Router base=base()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="app-header">
                <A href=app_path("/") attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"◐"</span>
                    "Graceful Decline"
                </A>
            </header>
            <StorageBanner/>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/decide") view=DecidePage/>
                    <Route path=path!("/compose") view=ComposePage/>
                    <Route path=path!("/tracker") view=TrackerPage/>
                    <Route path=path!("/tracker/new") view=OpportunityFormPage/>
                    <Route path=path!("/tracker/:id") view=OpportunityDetailPage/>
                    <Route path=path!("/tracker/:id/edit") view=OpportunityFormPage/>
                    <Route path=path!("/insights") view=InsightsPage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                    <Route path=path!("/timing") view=TimingPage/>
                </Routes>
            </main>
            <MainNav/>
        </Router>
    }
}

//! The app frame: router, skip link, header, navigation and pages.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::banner::StorageBanner;
use super::nav::MainNav;
use super::pages::{
    ComposePage, DecidePage, HomePage, InsightsPage, NotFoundPage, OpportunityDetailPage,
    OpportunityFormPage, PastePage, ReportPage, SettingsPage, TimingPage, TrackerPage,
};
use super::paths::{app_path, base};
use super::perf;
use super::state::AppState;
use super::theme::apply_theme;

/// A routed page. In the split release build (`--cfg gd_split`) each page
/// is a lazy route: its code is in the split module named by `$chunk`,
/// fetched when the route is first visited. A page marked `codec` also
/// waits for the storage codec (Settings, whose backup download needs it
/// at once); the others render without it: whatever was stored is already
/// decoded (`ui::mount` loads the codec first when anything is), and their
/// first save loads it (`ui::state::slot`). So a first visit to Decide or
/// the tracker downloads the page's code only.
/// Pages share a few modules, `advice` (decide, compose, timing: the
/// advice engines and the timing panel), `data` (tracker, insights,
/// report, settings) and `paste`: the splitter makes a chunk file for
/// every combination of split points that share code, and each costs a
/// request and a compile. With one module per page a deep link to Decide
/// downloads less (345 KiB gzip against 487) but fetches 78 files, and
/// compiling them kept the main thread busy: Lighthouse's blocking time
/// on Decide rose to about 1.1 s (docs/size.md). Other builds route
/// straight to the component.
#[cfg(gd_split)]
macro_rules! page {
    ($route:ident, $page:ident, $chunk:ident, $view:ident) => {
        page!(@lazy $route, $page, $chunk, $view, async {})
    };
    ($route:ident, $page:ident, $chunk:ident, $view:ident, codec) => {
        page!(@lazy $route, $page, $chunk, $view, async {
            super::codec::load().await;
        })
    };
    (@lazy $route:ident, $page:ident, $chunk:ident, $view:ident, $codec:expr) => {{
        #[derive(Debug)]
        struct $route;

        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_this: Self) -> AnyView {
                #[leptos::lazy($chunk)]
                fn $view() -> AnyView {
                    view! { <$page/> }.into_any()
                }
                // With `codec`, the page's chunk and the codec's arrive side by side.
                let ((), view) = futures::future::join($codec, $view()).await;
                view
            }
        }

        leptos_router::Lazy::<$route>::new()
    }};
}

#[cfg(not(gd_split))]
macro_rules! page {
    ($route:ident, $page:ident, $chunk:ident, $view:ident $(, codec)?) => {
        $page
    };
}

/// The whole application: skip link, header, navigation and routed pages.
#[component]
pub fn App(
    /// Render the routed page one task after the frame (state, header,
    /// navigation), then show the app in place of `index.html`'s static
    /// shell; how `ui::mount` starts it. The first render is the longest
    /// task of a visit, and in two halves neither keeps a tap waiting as
    /// long. Without it (tests) everything renders at once.
    #[prop(optional)]
    page_later: bool,
) -> impl IntoView {
    let state = perf::measure(perf::STATE, AppState::provide);
    // Effects only push state outward: here, the theme onto <html>, and
    // its copy for the next load's first paint.
    Effect::new(move |_| {
        let theme = state.settings.with(|s| s.theme);
        apply_theme(theme);
        state.remember_theme(theme);
    });
    let page_ready = RwSignal::new(!page_later);
    if page_later {
        set_timeout(move || page_ready.set(true), std::time::Duration::ZERO);
    }
    let routes = move || {
        page_ready.get().then(|| {
            // The swap happens in this same run, before the browser can
            // paint: never an empty page between the shell and the app.
            if page_later {
                super::reveal_app();
            }
            view! {
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/decide") view=page!(Decide, DecidePage, advice, decide_view)/>
                    <Route path=path!("/compose") view=page!(Compose, ComposePage, advice, compose_view)/>
                    <Route path=path!("/tracker") view=page!(Tracker, TrackerPage, data, tracker_view)/>
                    <Route path=path!("/tracker/new") view=page!(NewOpportunity, OpportunityFormPage, data, new_view)/>
                    <Route path=path!("/tracker/:id") view=page!(Opportunity, OpportunityDetailPage, data, detail_view)/>
                    <Route path=path!("/tracker/:id/edit") view=page!(EditOpportunity, OpportunityFormPage, data, edit_view)/>
                    <Route path=path!("/insights") view=page!(Insights, InsightsPage, data, insights_view)/>
                    <Route path=path!("/report") view=page!(Report, ReportPage, data, report_view)/>
                    <Route path=path!("/paste") view=page!(Paste, PastePage, paste, paste_view)/>
                    <Route path=path!("/settings") view=page!(Settings, SettingsPage, data, settings_view, codec)/>
                    <Route path=path!("/timing") view=page!(Timing, TimingPage, advice, timing_view)/>
                </Routes>
            }
        })
    };
    view! {
        <Router base=base()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="app-header">
                <a href=app_path("/") class="brand">
                    <span class="brand-mark" aria-hidden="true">"◐"</span>
                    "Graceful Decline"
                </a>
            </header>
            <StorageBanner/>
            <main id="main" tabindex="-1">{routes}</main>
            <MainNav/>
        </Router>
    }
}

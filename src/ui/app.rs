//! The app frame: router, skip link, header, navigation and pages.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::nav::MainNav;
use super::pages::{HomePage, NotFoundPage};

/// The router base, taken from the `<base href>` that trunk writes at build
/// time (`--public-url`), so the same code serves `/` locally and
/// `/graceful-decline/` on GitHub Pages.
fn router_base() -> String {
    let href = document().base_uri().ok().flatten().unwrap_or_default();
    base_path_of(&href)
}

/// The path part of a base URL, without its trailing slash ("" for the root).
fn base_path_of(href: &str) -> String {
    let after_scheme = href.split_once("//").map_or(href, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    path.trim_end_matches('/').to_string()
}

/// The whole application: skip link, header, navigation and routed pages.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=router_base()>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="app-header">
                <a class="brand" href="./">
                    <span class="brand-mark" aria-hidden="true">"◐"</span>
                    "Graceful Decline"
                </a>
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                </Routes>
            </main>
            <MainNav/>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::base_path_of;

    #[test]
    fn base_path_is_the_path_without_trailing_slash() {
        for (href, want) in [
            ("http://127.0.0.1:8080/", ""),
            (
                "https://me.github.io/graceful-decline/",
                "/graceful-decline",
            ),
            (
                "https://me.github.io/graceful-decline/?x=1",
                "/graceful-decline",
            ),
            ("", ""),
        ] {
            assert_eq!(base_path_of(href), want, "{href}");
        }
    }
}

//! In-app paths under the build's base.
//!
//! leptos_router 0.8 resolves relative links against the router base but
//! leaves absolute ones (`/decide`) untouched, which would escape the
//! GitHub Pages subpath. Every link and navigation therefore goes through
//! `app_path`.

use std::sync::OnceLock;

use leptos::prelude::document;
use leptos_router::NavigateOptions;

static BASE: OnceLock<String> = OnceLock::new();

/// The router base: the path of the `<base href>` trunk writes at build
/// time (`--public-url`), without its trailing slash ("" at the root).
pub fn base() -> &'static str {
    BASE.get_or_init(|| {
        let href = document().base_uri().ok().flatten().unwrap_or_default();
        base_path_of(&href)
    })
}

/// An absolute in-app path (`/tracker/o-1`) as a URL path under the base.
pub fn app_path(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// Options for `use_navigate()` with a path already made by `app_path`:
/// with the default `resolve: true` the router would put its base in
/// front a second time.
pub fn already_under_base() -> NavigateOptions {
    NavigateOptions {
        resolve: false,
        ..Default::default()
    }
}

/// The path part of a base URL, without its trailing slash.
pub(crate) fn base_path_of(href: &str) -> String {
    let after_scheme = href.split_once("//").map_or(href, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    path.trim_end_matches('/').to_string()
}

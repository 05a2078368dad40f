//! Leptos components and pages. They hold signals and call the domain and
//! storage layers; they contain no advice rules and no storage calls of
//! their own.

mod app;
mod banner;
mod codec;
pub mod compose;
mod confirm;
pub mod decide;
pub mod download;
pub mod format;
mod nav;
pub mod pages;
mod paths;
pub mod perf;
pub mod state;
mod theme;
pub mod timing;

pub use app::App;
pub use nav::{MainNav, NavItem, NAV_ITEMS};
pub use paths::{already_under_base, app_path, base};

use leptos::prelude::*;

/// Replaces the static loading shell from `index.html` with the app, once
/// the browser has painted the shell: the name and purpose are on screen
/// at once, and the app's first render never holds up that first paint.
/// In the split release build, anything stored needs the storage codec's
/// chunk first (see `codec`); a first visit starts at once.
pub fn mount() {
    // A timeout set in an animation frame runs after that frame's paint.
    request_animation_frame(|| set_timeout(mount_after_paint, std::time::Duration::ZERO));
}

fn mount_after_paint() {
    #[cfg(gd_split)]
    if codec::loaded().is_none() && crate::storage::local::LocalStore::has_app_data() {
        // Before mount Leptos has no executor yet: use the browser's.
        perf::start(perf::CODEC_LOAD);
        wasm_bindgen_futures::spawn_local(async {
            codec::load().await;
            perf::end(perf::CODEC_LOAD);
            mount_now();
        });
        return;
    }
    mount_now();
}

fn mount_now() {
    let Some(root) = document().get_element_by_id("app") else {
        leptos::logging::error!("index.html has no #app element to mount into");
        return;
    };
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    // The shell stays on screen and the app hidden until the routed page
    // is in (`reveal_app`, one task later): one swap, no empty frame.
    root.set_hidden(true);
    // The handle is forgotten on purpose: the app lives as long as the page.
    perf::measure(perf::MOUNT, || {
        mount_to(root, || view! { <App page_later=true/> })
    })
    .forget();
}

/// Shows the mounted app and removes `index.html`'s static shell.
fn reveal_app() {
    let document = document();
    if let Some(shell) = document.get_element_by_id("shell") {
        shell.remove();
    }
    if let Some(root) = document.get_element_by_id("app") {
        let _ = root.remove_attribute("hidden");
    }
}

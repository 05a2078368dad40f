//! Browser tier: the app frame and home page mounted for real in headless
//! Chromium.
#![cfg(target_arch = "wasm32")]

use graceful_decline::ui::{pages::HomePage, MainNav, NAV_ITEMS};
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

#[wasm_bindgen_test]
async fn home_page_offers_the_decision_and_the_tools() {
    let root = container();
    let _app = mount_to(root.clone(), || view! { <Router><HomePage/></Router> });
    tick().await;
    let cta = root.query_selector("a.button.primary").unwrap().unwrap();
    assert_eq!(cta.get_attribute("href").as_deref(), Some("/decide"));
    assert!(cta.text_content().unwrap().contains("help me decide"));
    assert_eq!(root.query_selector_all(".tool-card").unwrap().length(), 5);
}

#[wasm_bindgen_test]
async fn main_nav_lists_every_page_and_marks_the_current_one() {
    let root = container();
    let _app = mount_to(root.clone(), || view! { <Router><MainNav/></Router> });
    tick().await;
    let links = root.query_selector_all("nav[aria-label=Main] a").unwrap();
    assert_eq!(links.length() as usize, NAV_ITEMS.len());
    let current = root.query_selector("a[aria-current=page]").unwrap();
    // The test page is served at "/", which is Home.
    assert_eq!(
        current
            .and_then(|a| a.text_content())
            .as_deref()
            .map(str::trim),
        Some("Home")
    );
}

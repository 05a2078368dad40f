//! Browser tier: the Settings and data page and the Insights page mounted
//! for real, with the real localStorage.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use graceful_decline::domain::settings::{Settings, ThemeChoice};
use graceful_decline::domain::tracker::sample;
use graceful_decline::storage::local::LocalStore;
use graceful_decline::storage::{SETTINGS_KEY, TRACKER_KEY};
use graceful_decline::ui::pages::InsightsPage;
use graceful_decline::ui::state::AppState;
use graceful_decline::ui::App;
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

fn clear_app_keys() {
    let store = LocalStore::open();
    for key in store.app_keys() {
        store.remove(&key);
    }
}

fn go_to(path: &str) {
    window()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
}

fn element<T: JsCast>(root: &web_sys::HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn button(root: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text}"))
        .unchecked_into()
}

fn stored_settings() -> Settings {
    let raw = LocalStore::open().get_raw(SETTINGS_KEY).unwrap();
    serde_json::from_str(&raw).unwrap()
}

fn html_theme() -> Option<String> {
    document()
        .document_element()
        .unwrap()
        .get_attribute("data-theme")
}

#[wasm_bindgen_test]
async fn settings_are_saved_and_the_theme_is_applied() {
    clear_app_keys();
    // The router base is read once from the page's URL: fix it before
    // moving to the settings path.
    let _ = graceful_decline::ui::base();
    go_to("/settings");
    let root = container();
    let _app = mount_to(root.clone(), || view! { <App/> });
    tick().await;

    let name: web_sys::HtmlInputElement = element(&root, "#user-name");
    name.set_value("Sam Rivera");
    name.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    button(&root, "Save my details").click();
    tick().await;
    assert_eq!(stored_settings().user_name, "Sam Rivera");
    assert!(root.text_content().unwrap().contains("Saved."));

    element::<web_sys::HtmlElement>(&root, "input#dark").click();
    tick().await;
    assert_eq!(html_theme().as_deref(), Some("dark"));
    assert_eq!(stored_settings().theme, ThemeChoice::Dark);
    assert_eq!(stored_settings().user_name, "Sam Rivera");

    element::<web_sys::HtmlElement>(&root, "input#system").click();
    tick().await;
    assert_eq!(html_theme(), None);
    assert_eq!(stored_settings().theme, ThemeChoice::System);

    // Delete all data asks first, then removes every key of the app.
    button(&root, "Delete all data…").click();
    tick().await;
    button(&root, "Yes, delete everything").click();
    tick().await;
    assert!(LocalStore::open().app_keys().is_empty());
    let name: web_sys::HtmlInputElement = element(&root, "#user-name");
    assert_eq!(name.value(), "Sam Rivera", "the form keeps what was typed");
    assert!(root
        .text_content()
        .unwrap()
        .contains("All data was deleted"));
    go_to("/");
    clear_app_keys();
}

#[wasm_bindgen_test]
async fn insights_draw_named_charts_with_tables_and_an_empty_state() {
    clear_app_keys();
    let root = container();
    let state_slot = StoredValue::new_local(None::<AppState>);
    let _app = mount_to(root.clone(), move || {
        state_slot.set_value(Some(AppState::provide()));
        view! { <Router><InsightsPage/></Router> }
    });
    tick().await;
    assert!(root.text_content().unwrap().contains("Nothing to show yet"));
    assert_eq!(root.query_selector_all("svg").unwrap().length(), 0);

    let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
    let state = state_slot.get_value().unwrap();
    state.set_tracker(sample::generate(40, now));
    tick().await;
    let charts = root.query_selector_all("svg[role=img]").unwrap();
    assert!(charts.length() >= 3, "{} charts", charts.length());
    let first: web_sys::Element = charts.item(0).unwrap().unchecked_into();
    let name = first.get_attribute("aria-label").unwrap();
    assert!(name.starts_with("Why you declined."), "{name}");
    let captions = root.query_selector_all("table caption").unwrap();
    assert_eq!(captions.length(), charts.length());
    assert_eq!(root.query_selector_all("h1").unwrap().length(), 1);
    assert!(LocalStore::open().get_raw(TRACKER_KEY).is_none());
    clear_app_keys();
}

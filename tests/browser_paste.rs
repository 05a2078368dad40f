//! Browser tier: the "Paste the invitation" page mounted for real. Pasting
//! fills every value with the words it came from, names an earlier record
//! at the same company, stores nothing until asked, and tracks the
//! corrected values as an opportunity with its contact.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use graceful_decline::domain::tracker::{Opportunity, Status, TrackerData};
use graceful_decline::storage::TRACKER_KEY;
use graceful_decline::ui::pages::PastePage;
use graceful_decline::ui::state::{now, AppState};
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const INVITATION: &str = "Hi Sam,\n\nThanks for applying for the Data Analyst role at \
Northwind Traders. We'd like to invite you to a video interview on Zoom. It will last \
45 minutes.\n\nBest wishes,\nPriya Shah\nTalent Partner, Northwind Traders\n\
priya.shah@northwind.example";

fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn fresh() {
    if document().query_selector("base").unwrap().is_none() {
        let base = document().create_element("base").unwrap();
        base.set_attribute("href", "/").unwrap();
        document().head().unwrap().append_child(&base).unwrap();
    }
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(TRACKER_KEY).unwrap();
    js_sys::eval("history.replaceState(null, '', '/paste')").unwrap();
}

/// An earlier, declined opportunity at "Northwind Traders Ltd".
fn earlier() -> TrackerData {
    let mut data = TrackerData::default();
    let mut opp = Opportunity::new("o-old", "Northwind Traders Ltd", now());
    opp.role = "Junior Analyst".to_string();
    opp.status = Status::DeclinedKeepWarm;
    data.opportunities.push(opp);
    data
}

fn mount_paste(
    root: &web_sys::HtmlElement,
    data: TrackerData,
) -> (Box<dyn std::any::Any>, AppState) {
    let cell = Rc::new(Cell::new(None));
    let out = cell.clone();
    let handle = mount_to(root.clone(), move || {
        let state = AppState::provide();
        state.set_tracker(data);
        out.set(Some(state));
        view! { <Router><PastePage/></Router> }
    });
    (Box::new(handle), cell.get().unwrap())
}

fn set_value(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let el = root.query_selector(selector).unwrap().unwrap();
    js_sys::Reflect::set(&el, &"value".into(), &value.into()).unwrap();
    el.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn value(root: &web_sys::HtmlElement, selector: &str) -> String {
    let el = root.query_selector(selector).unwrap().unwrap();
    js_sys::Reflect::get(&el, &"value".into())
        .unwrap()
        .as_string()
        .unwrap()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The text of every element `selector` matches, one per line.
fn all_text(root: &web_sys::HtmlElement, selector: &str) -> String {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect::<Vec<_>>()
        .join("\n")
}

fn click_button(root: &web_sys::HtmlElement, label: &str) {
    let all = root.query_selector_all("button").unwrap();
    let button = (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"));
    button.unchecked_into::<web_sys::HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn pasting_fills_each_value_with_its_source_and_names_the_earlier_record() {
    fresh();
    let root = container();
    let (_app, _) = mount_paste(&root, earlier());
    tick().await;
    let hidden = root.query_selector("div[hidden]").unwrap();
    assert!(hidden.is_some(), "nothing to check before a paste");

    set_value(&root, "#paste-text", INVITATION);
    tick().await;
    assert_eq!(value(&root, "#paste-company"), "Northwind Traders");
    assert_eq!(value(&root, "#paste-role"), "Data Analyst");
    assert_eq!(value(&root, "#paste-contact"), "Priya Shah");
    assert_eq!(value(&root, "#paste-email"), "priya.shah@northwind.example");
    assert_eq!(value(&root, "#paste-duration"), "45");
    let company = root
        .query_selector("#paste-company")
        .unwrap()
        .unwrap()
        .parent_element()
        .unwrap();
    let from = company
        .query_selector(".paste-from")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        from.starts_with("From \u{201c}") && from.contains("Northwind Traders"),
        "{from}"
    );
    let marks = root
        .query_selector_all(".paste-marked mark")
        .unwrap()
        .length();
    assert!(marks >= 5, "{marks} marked ranges");
    // The same company with a legal suffix, from an earlier record.
    let before = text(&root, ".been-here");
    assert!(before.contains("You have been here before"), "{before}");
    assert!(before.contains("Northwind Traders Ltd"), "{before}");
    // Reading stores nothing.
    let stored = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(TRACKER_KEY)
        .unwrap()
        .unwrap_or_default();
    assert!(!stored.contains("Priya"), "nothing saved by reading");
    root.remove();
}

#[wasm_bindgen_test]
async fn tracking_needs_a_company_then_saves_the_corrected_values_and_the_contact() {
    fresh();
    let root = container();
    let (_app, state) = mount_paste(&root, TrackerData::default());
    tick().await;
    set_value(&root, "#paste-text", INVITATION);
    tick().await;

    set_value(&root, "#paste-company", "  ");
    tick().await;
    click_button(&root, "Track this opportunity");
    tick().await;
    let alerts = all_text(&root, "[role=alert]");
    assert!(alerts.contains("Add the company's name first"), "{alerts}");
    assert!(state.tracker.with_untracked(|d| d.opportunities.is_empty()));

    set_value(&root, "#paste-company", "Northwind");
    set_value(&root, "#paste-role", "Senior Data Analyst");
    tick().await;
    click_button(&root, "Track this opportunity");
    tick().await;
    state.tracker.with_untracked(|d| {
        assert_eq!(d.opportunities.len(), 1);
        let opp = &d.opportunities[0];
        assert_eq!(opp.company, "Northwind");
        assert_eq!(opp.role, "Senior Data Analyst");
        assert!(
            opp.notes.contains("Video call on Zoom, 45 minutes."),
            "{}",
            opp.notes
        );
        assert!(
            !opp.notes.contains("We'd like to invite you"),
            "text not kept"
        );
        assert_eq!(d.contacts.len(), 1);
        assert_eq!(d.contacts[0].name, "Priya Shah");
        assert_eq!(d.contacts[0].opportunity_ids, vec![opp.id.clone()]);
    });
    root.remove();
}

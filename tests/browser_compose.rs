//! Browser tier: the composer mounted for real in headless Chromium.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use chrono::{TimeZone, Utc};
use graceful_decline::domain::tracker::{
    ActivityEntry, Contact, ContactKind, InterviewTime, Opportunity,
};
use graceful_decline::domain::InterviewStage;
use graceful_decline::storage::TRACKER_KEY;
use graceful_decline::ui::pages::ComposePage;
use graceful_decline::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: [&str; 3] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
];

fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

/// Sets the page's query string, as a link from the decision would.
fn set_query(query: &str) {
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("/{query}")))
        .unwrap();
}

fn clear_storage() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(TRACKER_KEY).unwrap();
}

/// Mounts the composer; returns the root and the app state it uses.
fn mount(setup: impl FnOnce(&AppState) + 'static) -> (web_sys::HtmlElement, AppState, impl Sized) {
    let root = container();
    let slot: Rc<Cell<Option<AppState>>> = Rc::new(Cell::new(None));
    let out = slot.clone();
    let handle = mount_to(root.clone(), move || {
        let state = AppState::provide();
        setup(&state);
        out.set(Some(state));
        view! { <Router><ComposePage/></Router> }
    });
    (root, slot.get().unwrap(), handle)
}

fn el<T: JsCast>(root: &web_sys::HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    el::<web_sys::Element>(root, selector)
        .text_content()
        .unwrap_or_default()
}

fn body(root: &web_sys::HtmlElement) -> String {
    el::<web_sys::HtmlTextAreaElement>(root, "#compose-body").value()
}

/// Types a value into an input, textarea or select and fires the event
/// the page listens to.
async fn put(root: &web_sys::HtmlElement, selector: &str, value: &str) {
    let target: web_sys::Element = el(root, selector);
    let event = match target.tag_name().as_str() {
        "SELECT" => {
            target
                .unchecked_ref::<web_sys::HtmlSelectElement>()
                .set_value(value);
            "change"
        }
        "TEXTAREA" => {
            target
                .unchecked_ref::<web_sys::HtmlTextAreaElement>()
                .set_value(value);
            "input"
        }
        _ => {
            target
                .unchecked_ref::<web_sys::HtmlInputElement>()
                .set_value(value);
            "input"
        }
    };
    // A bubbling event, as a user's typing makes (web-sys's EventInit is
    // not among the enabled features).
    js_sys::Function::new_with_args(
        "el, type",
        "el.dispatchEvent(new Event(type, { bubbles: true }))",
    )
    .call2(&wasm_bindgen::JsValue::NULL, &target, &event.into())
    .unwrap();
    settle().await;
}

/// Lets the reactive graph and the render effects catch up.
async fn settle() {
    for _ in 0..3 {
        tick().await;
    }
}

fn option_values(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let options = root
        .query_selector_all(&format!("{selector} option"))
        .unwrap();
    (0..options.length())
        .map(|i| {
            options
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("value")
                .unwrap_or_default()
        })
        .collect()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    el::<web_sys::HtmlElement>(root, selector).click();
}

#[wasm_bindgen_test]
async fn changing_the_kind_updates_the_channels_and_the_reason_picker() {
    set_query("");
    clear_storage();
    let (root, _state, _app) = mount(|_| {});
    tick().await;
    assert_eq!(
        option_values(&root, "#compose-channel"),
        ["email", "phone", "linkedin"]
    );
    assert!(root.query_selector("#compose-reason").unwrap().is_some());
    put(&root, "#compose-kind", "linkedin_note").await;
    assert_eq!(option_values(&root, "#compose-channel"), ["linkedin"]);
    assert!(root.query_selector("#compose-reason").unwrap().is_none());
    assert!(root.query_selector("#compose-subject").unwrap().is_none());
    put(&root, "#compose-kind", "late_cancellation").await;
    assert_eq!(option_values(&root, "#compose-channel"), ["phone", "email"]);
    let channel: web_sys::HtmlSelectElement = el(&root, "#compose-channel");
    // The email picked before is still allowed, so it stays.
    assert_eq!(channel.value(), "email");
    put(&root, "#compose-channel", "phone").await;
    assert!(root.query_selector("#compose-subject").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn typing_into_a_decline_adds_and_removes_findings_live() {
    set_query("?kind=decline&channel=linkedin&reason=location");
    clear_storage();
    let (root, _state, _app) = mount(|_| {});
    tick().await;
    let original = body(&root);
    assert!(!text(&root, ".compose-checks").contains("enthusiasm"));
    assert!(root
        .query_selector(".compose-reset button")
        .unwrap()
        .is_none());

    put(
        &root,
        "#compose-body",
        &format!("{original} I was thrilled!"),
    )
    .await;
    let checks = text(&root, ".compose-checks");
    assert!(checks.contains("Strong enthusiasm"), "{checks}");
    assert!(checks.contains("exclamation mark"), "{checks}");
    let marks: Vec<String> = {
        let list = root.query_selector_all(".composed-body mark").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    assert!(marks.iter().any(|m| m == "thrilled!"), "{marks:?}");

    // Editing by hand stops the text following the options until reset.
    put(&root, "#compose-tone", "formal").await;
    assert!(body(&root).ends_with("thrilled!"));
    click(&root, ".compose-reset button");
    tick().await;
    assert_ne!(body(&root), original, "formal now");
    assert!(!text(&root, ".compose-checks").contains("enthusiasm"));
}

#[wasm_bindgen_test]
async fn a_filled_field_replaces_its_visible_placeholder() {
    set_query("?kind=decline&channel=email");
    clear_storage();
    let (root, _state, _app) = mount(|_| {});
    tick().await;
    assert!(body(&root).contains("[Company]"));
    assert!(text(&root, ".composed-body").contains("[Company]"));
    let company_mark = || {
        let list = root
            .query_selector_all(".composed-body button.gap")
            .unwrap();
        (0..list.length())
            .any(|i| list.item(i).unwrap().text_content().as_deref() == Some("[Company]"))
    };
    assert!(company_mark());
    assert!(el::<web_sys::Element>(&root, "#compose-field-company")
        .closest(".needs-fill")
        .unwrap()
        .is_some());

    put(&root, "#compose-field-company", "Acme ").await;
    assert!(body(&root).contains("Acme"), "{}", body(&root));
    assert!(!body(&root).contains("[Company]"));
    assert!(!company_mark());
    let subject: web_sys::HtmlInputElement = el(&root, "#compose-subject");
    assert!(
        !subject.value().contains("[Company]"),
        "{}",
        subject.value()
    );
    // The typed trailing space stays in the input while typing.
    let input: web_sys::HtmlInputElement = el(&root, "#compose-field-company");
    assert_eq!(input.value(), "Acme ");
}

#[wasm_bindgen_test]
async fn hostile_text_in_every_input_shows_literally_and_creates_no_elements() {
    set_query("?kind=decline&channel=email");
    clear_storage();
    let (root, _state, _app) = mount(|_| {});
    tick().await;
    // Every field the message uses (the others are hidden, not asked).
    let inputs = root
        .query_selector_all(".compose-field:not([hidden]) input")
        .unwrap();
    assert!(inputs.length() >= 6, "{}", inputs.length());
    for i in 0..inputs.length() {
        let id = inputs
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .id();
        put(&root, &format!("#{id}"), HOSTILE[i as usize % 3]).await;
    }
    // Markup typed into a field never reaches the message (its tags are
    // dropped, its text kept); other hostile text shows literally.
    let rendered = body(&root);
    assert!(rendered.contains(HOSTILE[2]), "{rendered}");
    assert!(
        !rendered.contains("<script") && !rendered.contains("<img"),
        "{rendered}"
    );
    put(&root, "#compose-subject", HOSTILE[1]).await;
    put(&root, "#compose-template-name", HOSTILE[0]).await;
    click(&root, ".compose-templates-save");
    tick().await;
    let preview = text(&root, ".composed-message");
    assert!(
        preview.contains(HOSTILE[1]),
        "the typed subject shows literally"
    );
    assert_eq!(root.query_selector_all("script, img").unwrap().length(), 0);
    assert!(text(&root, ".my-templates").contains(HOSTILE[0]));
    let mail: web_sys::Element = el(&root, ".compose-actions a");
    assert!(mail
        .get_attribute("href")
        .unwrap()
        .starts_with("mailto:?subject=%3Cimg"));
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_tracked_opportunity_fills_the_details_and_takes_the_record() {
    set_query("?kind=decline&channel=email&opportunity=o-1");
    clear_storage();
    let (root, state, _app) = mount(|state| {
        let t = Utc.with_ymd_and_hms(2026, 3, 2, 14, 30, 0).unwrap();
        let mut opp = Opportunity::new("o-1", "Globex", t);
        opp.role = "Data Analyst".into();
        opp.stage = Some(InterviewStage::Video);
        opp.interview = Some(InterviewTime {
            at: t,
            zone: "UTC".into(),
        });
        let mut contact = Contact::new("c-1", "Priya Haddad", ContactKind::Recruiter, t);
        contact.title = "Talent Partner".into();
        contact.email = "priya@globex.example".into();
        contact.opportunity_ids.push("o-1".into());
        state
            .edit_tracker(|d| {
                d.add_opportunity(opp)?;
                d.add_contact(contact)
            })
            .unwrap();
    });
    tick().await;
    let value = |sel: &str| el::<web_sys::HtmlInputElement>(&root, sel).value();
    assert_eq!(value("#compose-field-company"), "Globex");
    assert_eq!(value("#compose-field-role"), "Data Analyst");
    assert_eq!(value("#compose-field-contact_name"), "Priya Haddad");
    assert_eq!(value("#compose-field-contact_title"), "Talent Partner");
    // In English, whatever the browser's language.
    assert!(
        value("#compose-field-interview_when").contains("March 2")
            || value("#compose-field-interview_when").contains("2 March"),
        "{}",
        value("#compose-field-interview_when")
    );
    assert!(
        body(&root).contains("Hi Priya,"),
        "greets by first name: {}",
        body(&root)
    );
    let mail: web_sys::Element = el(&root, ".compose-actions a");
    assert!(mail
        .get_attribute("href")
        .unwrap()
        .starts_with("mailto:priya@globex.example?subject="));
    assert!(root
        .query_selector("details.compose-timing")
        .unwrap()
        .is_some());

    el::<web_sys::HtmlInputElement>(&root, "#compose-sent").click();
    tick().await;
    click(&root, ".compose-record-button");
    tick().await;
    // The sent decline is in the history, and it moved the opportunity
    // on: declined, keeping in touch, with its follow-ups planned.
    let (entries, status, follow_ups) = state.tracker.with_untracked(|d| {
        (
            d.activities.clone(),
            d.opportunity("o-1").map(|o| o.status),
            d.follow_ups.len(),
        )
    });
    assert_eq!(entries.len(), 2, "the message and the status change");
    assert_eq!(
        status,
        Some(graceful_decline::domain::tracker::Status::DeclinedKeepWarm)
    );
    assert_eq!(follow_ups, 2);
    match &entries[0].entry {
        ActivityEntry::Message { sent, text, .. } => {
            assert!(*sent);
            assert!(text.starts_with("Subject: "));
        }
        other => panic!("not a message: {other:?}"),
    }
    assert!(text(&root, ".compose-record-status").contains("as sent"));
    assert!(text(&root, ".compose-record-status").contains("Declined, keeping in touch"));
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_saved_template_keeps_its_tokens_and_fills_them_when_used() {
    set_query("?kind=follow_up&channel=linkedin");
    clear_storage();
    let (root, state, _app) = mount(|_| {});
    tick().await;
    put(
        &root,
        "#compose-body",
        "Hello {contact_name}, thanks again. {user_name}",
    )
    .await;
    put(&root, "#compose-template-name", "Quick thanks").await;
    click(&root, ".compose-templates-save");
    tick().await;
    assert_eq!(state.tracker.with_untracked(|d| d.user_templates.len()), 1);
    assert!(text(&root, ".my-templates").contains("Quick thanks"));

    click(&root, ".compose-reset button");
    put(&root, "#compose-field-contact_name", "Sam").await;
    put(&root, "#compose-kind", "decline").await;
    click(&root, ".my-template button");
    tick().await;
    assert_eq!(body(&root), "Hello Sam, thanks again. [Your name]");
    let kind: web_sys::HtmlSelectElement = el(&root, "#compose-kind");
    assert_eq!(kind.value(), "follow_up");
    put(&root, "#compose-field-user_name", "Zoë").await;
    assert_eq!(body(&root), "Hello Sam, thanks again. Zoë");

    click(&root, ".my-template button + button");
    tick().await;
    assert_eq!(state.tracker.with_untracked(|d| d.user_templates.len()), 0);
    assert!(root.query_selector(".my-templates").unwrap().is_none());
    clear_storage();
}

//! Browser tier: the tracker's pages and Home's "What needs you now"
//! mounted for real in headless Chromium, with the app state in context
//! and records put straight into `state.tracker`.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use chrono::Duration;
use graceful_decline::domain::tracker::{FollowUp, Opportunity, Status, TrackerData};
use graceful_decline::storage::TRACKER_KEY;
use graceful_decline::ui::pages::{
    HomePage, OpportunityDetailPage, OpportunityFormPage, TrackerPage,
};
use graceful_decline::ui::perf;
use graceful_decline::ui::state::{now, AppState};
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

/// Starts from an empty tracker in storage, at the given path. The test
/// page has no `<base>`, so one is added as trunk adds it to index.html;
/// otherwise the router base would be the first test's path.
fn fresh(path: &str) {
    if document().query_selector("base").unwrap().is_none() {
        let base = document().create_element("base").unwrap();
        base.set_attribute("href", "/").unwrap();
        document().head().unwrap().append_child(&base).unwrap();
    }
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(TRACKER_KEY).unwrap();
    js_sys::eval(&format!("history.replaceState(null, '', '{path}')")).unwrap();
}

/// `n` opportunities; the first is Acme, the rest Company N. Opportunity
/// "o-0" has one follow-up that is overdue.
fn sample(n: usize) -> TrackerData {
    let now = now();
    let mut data = TrackerData::default();
    for i in 0..n {
        let company = if i == 0 {
            "Acme Robotics".to_string()
        } else {
            format!("Company {i}")
        };
        let mut opp = Opportunity::new(format!("o-{i}"), company, now);
        opp.role = "Engineer".to_string();
        // Pushed directly: the ids are unique by construction, and
        // add_opportunity's duplicate check would make 10,000 quadratic.
        data.opportunities.push(opp);
    }
    if n > 0 {
        data.add_follow_up(FollowUp {
            id: "f-0".to_string(),
            opportunity_id: "o-0".to_string(),
            due: now - Duration::days(1),
            action: "Send a friendly note".to_string(),
            suggested: None,
            done_at: None,
            updated_at: now,
        })
        .unwrap();
    }
    data
}

/// Mounts `view` with the app state holding `data`; returns the state.
fn mount_with<V: IntoView + 'static>(
    root: &web_sys::HtmlElement,
    data: TrackerData,
    view: impl FnOnce() -> V + 'static,
) -> (Box<dyn std::any::Any>, AppState) {
    let cell = Rc::new(Cell::new(None));
    let out = cell.clone();
    let handle = mount_to(root.clone(), move || {
        let state = AppState::provide();
        state.set_tracker(data);
        out.set(Some(state));
        view()
    });
    (Box::new(handle), cell.get().unwrap())
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn type_into(root: &web_sys::HtmlElement, selector: &str, value: &str, event: &str) {
    let el = root.query_selector(selector).unwrap().unwrap();
    js_sys::Reflect::set(&el, &"value".into(), &value.into()).unwrap();
    el.dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn search_narrows_the_list_per_keystroke() {
    fresh("/tracker");
    let root = container();
    let (_app, _) = mount_with(&root, sample(3), list_page);
    tick().await;
    assert_eq!(all(&root, ".opportunity-list li").len(), 3);
    assert_eq!(text(&root, ".list-count"), "Showing all 3");
    type_into(&root, "#tracker-search", "acme", "input");
    tick().await;
    let rows = all(&root, ".opportunity-list li");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].text_content().unwrap().contains("Acme Robotics"));
    let link = root.query_selector(".opportunity-list a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/tracker/o-0"));
    type_into(&root, "#tracker-search", "nobody", "input");
    tick().await;
    assert!(all(&root, ".opportunity-list li").is_empty());
    assert!(text(&root, ".list-count").contains("No opportunities match"));
}

#[wasm_bindgen_test]
async fn each_search_leaves_one_measure_for_the_browser_bench() {
    fresh("/tracker");
    let root = container();
    let (_app, _) = mount_with(&root, sample(3), list_page);
    tick().await;
    let measures = || {
        window()
            .performance()
            .unwrap()
            .get_entries_by_name(perf::TRACKER_QUERY)
            .length()
    };
    let before = measures();
    type_into(&root, "#tracker-search", "a", "input");
    tick().await;
    type_into(&root, "#tracker-search", "ac", "input");
    tick().await;
    assert_eq!(measures(), before + 2);
    assert_eq!(text(&root, ".list-count"), "Showing 1 opportunity");
}

#[wasm_bindgen_test]
async fn filters_keep_only_what_is_asked_for() {
    fresh("/tracker");
    let root = container();
    let mut data = sample(4);
    data.opportunities[2].status = Status::DeclinedKeepWarm;
    let (_app, _) = mount_with(&root, data, list_page);
    tick().await;
    let declined = Status::ALL
        .iter()
        .position(|s| *s == Status::DeclinedKeepWarm)
        .unwrap();
    type_into(&root, "#tracker-status", &declined.to_string(), "change");
    tick().await;
    let rows = all(&root, ".opportunity-list li");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].text_content().unwrap().contains("Company 2"));
    type_into(&root, "#tracker-status", "", "change");
    click(&root, "#tracker-due");
    tick().await;
    let rows = all(&root, ".opportunity-list li");
    assert_eq!(rows.len(), 1, "only o-0 has a follow-up due");
    assert!(rows[0].text_content().unwrap().contains("Next follow-up"));
}

#[wasm_bindgen_test]
async fn ten_thousand_records_are_paged() {
    fresh("/tracker");
    let root = container();
    let (_app, _) = mount_with(&root, sample(10_000), list_page);
    tick().await;
    assert_eq!(all(&root, ".opportunity-list li").len(), 50);
    assert_eq!(text(&root, ".list-count"), "Showing 50 of 10,000");
    click(&root, ".opportunity-list + .button-row button");
    tick().await;
    assert_eq!(all(&root, ".opportunity-list li").len(), 100);
    // A new question starts again at the first page: 3,439 of the numbers
    // 1 to 9,999 have a digit 1.
    type_into(&root, "#tracker-search", "company 1", "input");
    tick().await;
    assert_eq!(text(&root, ".list-count"), "Showing 50 of 3,439");
    assert_eq!(all(&root, ".opportunity-list li").len(), 50);
    type_into(&root, "#tracker-search", "company 1234", "input");
    tick().await;
    assert_eq!(text(&root, ".list-count"), "Showing 1 opportunity");
}

#[wasm_bindgen_test]
async fn an_empty_tracker_invites_the_first_opportunity() {
    fresh("/tracker");
    let root = container();
    let (_app, _) = mount_with(&root, TrackerData::default(), list_page);
    tick().await;
    let links: Vec<String> = all(&root, ".empty-state a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(links, ["/tracker/new", "/decide"]);
}

/// The tracker list, as the app routes it.
fn list_page() -> impl IntoView {
    view! { <Router><TrackerPage/></Router> }
}

fn detail_routes() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=|| "nothing">
                <Route path=path!("/tracker/new") view=OpportunityFormPage/>
                <Route path=path!("/tracker/:id") view=OpportunityDetailPage/>
                <Route path=path!("/tracker/:id/edit") view=OpportunityFormPage/>
            </Routes>
        </Router>
    }
}

#[wasm_bindgen_test]
async fn the_detail_page_shows_follow_ups_and_a_decline_plans_more() {
    fresh("/tracker/o-0");
    let root = container();
    let (_app, state) = mount_with(&root, sample(2), detail_routes);
    tick().await;
    assert_eq!(text(&root, "h1"), "Acme Robotics");
    let items = all(&root, ".follow-up");
    assert_eq!(items.len(), 1);
    let item = items[0].text_content().unwrap();
    assert!(
        item.contains("Send a friendly note") && item.contains("Overdue"),
        "{item}"
    );
    assert!(
        item.contains("Add to calendar"),
        "an open follow-up can go to the calendar: {item}"
    );

    click(&root, ".follow-up button:not(.danger)");
    tick().await;
    assert!(state
        .tracker
        .with_untracked(|d| d.follow_ups[0].done_at.is_some()));
    assert!(text(&root, ".follow-up").contains("Done"));

    let declined = Status::ALL
        .iter()
        .position(|s| *s == Status::DeclinedKeepWarm)
        .unwrap();
    type_into(&root, "#status-choice", &declined.to_string(), "change");
    tick().await;
    assert!(root.query_selector("#status-reason").unwrap().is_some());
    type_into(&root, "#status-reason", "0", "change");
    click(&root, ".status-form button[type=submit]");
    tick().await;
    assert_eq!(
        all(&root, ".follow-up").len(),
        3,
        "LinkedIn step and follow-up"
    );
    assert!(text(&root, ".status-form [role=status]").contains("2 follow-ups"));
    let (status, reason) = state.tracker.with_untracked(|d| {
        let o = d.opportunity("o-0").unwrap();
        (o.status, o.decline_reason)
    });
    assert_eq!(status, Status::DeclinedKeepWarm);
    assert!(reason.is_some());
    assert!(text(&root, ".timeline").contains("Declined, keeping in touch"));
}

#[wasm_bindgen_test]
async fn a_contact_is_added_inline_with_messages_beside_the_fields() {
    fresh("/tracker/o-1");
    let root = container();
    let (_app, state) = mount_with(&root, sample(2), detail_routes);
    tick().await;
    type_into(&root, "#contact-email", "not an address", "input");
    click(&root, ".add-contact button[type=submit]");
    tick().await;
    assert!(text(&root, "#contact-name-error").contains("name"));
    assert!(text(&root, "#contact-email-error").contains("email"));
    let name = root.query_selector("#contact-name").unwrap().unwrap();
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(state.tracker.with_untracked(|d| d.contacts.is_empty()));

    type_into(&root, "#contact-name", "Dana Reyes", "input");
    type_into(&root, "#contact-email", "dana@example.com", "input");
    click(&root, ".add-contact button[type=submit]");
    tick().await;
    assert_eq!(all(&root, ".contact-list > li").len(), 1);
    assert!(text(&root, ".contact-list").contains("Dana Reyes"));
    assert_eq!(
        state
            .tracker
            .with_untracked(|d| d.contacts_for("o-1").len()),
        1
    );
}

#[wasm_bindgen_test]
async fn an_unknown_id_leads_back_to_the_list() {
    fresh("/tracker/o-missing");
    let root = container();
    let (_app, _) = mount_with(&root, sample(1), detail_routes);
    tick().await;
    assert!(text(&root, "h1").contains("could not find"));
    let back = root.query_selector(".not-found a").unwrap().unwrap();
    assert_eq!(back.get_attribute("href").as_deref(), Some("/tracker"));
}

#[wasm_bindgen_test]
async fn the_form_needs_a_company_then_saves_and_opens_the_detail_page() {
    fresh("/tracker/new");
    let root = container();
    let (_app, state) = mount_with(&root, TrackerData::default(), detail_routes);
    tick().await;
    click(&root, ".tracker-form button[type=submit]");
    tick().await;
    assert!(text(&root, "#opp-company-error").contains("company"));
    let company = root.query_selector("#opp-company").unwrap().unwrap();
    assert_eq!(
        company.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        company.get_attribute("aria-describedby").as_deref(),
        Some("opp-company-error")
    );
    assert!(state.tracker.with_untracked(|d| d.opportunities.is_empty()));

    type_into(&root, "#opp-company", "Globex", "input");
    type_into(&root, "#opp-role", "Analyst", "input");
    type_into(&root, "#first-contact-name", "Sam Lee", "input");
    click(&root, ".tracker-form button[type=submit]");
    // The router renders the new route a few tasks after navigating.
    for _ in 0..200 {
        if text(&root, "h1") == "Globex" {
            break;
        }
        tick().await;
    }
    let (id, contacts) = state.tracker.with_untracked(|d| {
        let o = &d.opportunities[0];
        assert_eq!((o.company.as_str(), o.role.as_str()), ("Globex", "Analyst"));
        (o.id.clone(), d.contacts_for(&o.id).len())
    });
    assert_eq!(contacts, 1);
    assert_eq!(
        window().location().pathname().unwrap(),
        format!("/tracker/{id}")
    );
    assert_eq!(text(&root, "h1"), "Globex");
}

#[wasm_bindgen_test]
async fn the_edit_form_is_filled_in_and_saves_changes() {
    fresh("/tracker/o-1/edit");
    let root = container();
    let (_app, state) = mount_with(&root, sample(2), detail_routes);
    tick().await;
    assert_eq!(text(&root, "h1"), "Edit the opportunity");
    let company = root.query_selector("#opp-company").unwrap().unwrap();
    let value = js_sys::Reflect::get(&company, &"value".into()).unwrap();
    assert_eq!(value.as_string().as_deref(), Some("Company 1"));
    assert!(root
        .query_selector("#first-contact-name")
        .unwrap()
        .is_none());
    type_into(&root, "#opp-role", "Lead engineer", "input");
    click(&root, ".tracker-form button[type=submit]");
    for _ in 0..200 {
        if text(&root, "h1") == "Company 1" {
            break;
        }
        tick().await;
    }
    assert_eq!(text(&root, "h1"), "Company 1");
    assert_eq!(
        state
            .tracker
            .with_untracked(|d| d.opportunity("o-1").unwrap().role.clone()),
        "Lead engineer"
    );
}

#[wasm_bindgen_test]
async fn home_lists_what_is_due_and_marks_it_done() {
    fresh("/");
    let root = container();
    let (_app, state) = mount_with(&root, sample(1), || view! { <Router><HomePage/></Router> });
    tick().await;
    let items = all(&root, ".attention-item");
    assert_eq!(items.len(), 1);
    assert!(items[0]
        .text_content()
        .unwrap()
        .contains("Acme Robotics — Engineer"));
    click(&root, ".attention-item button");
    tick().await;
    assert!(all(&root, ".attention-item").is_empty());
    assert!(text(&root, ".calm").contains("Nothing needs you"));
    assert!(state
        .tracker
        .with_untracked(|d| d.follow_ups[0].done_at.is_some()));
    assert_eq!(root.query_selector_all(".tool-card").unwrap().length(), 5);
}

/// The detail page reads its opportunity's records with `records_of`: an
/// edit of another opportunity re-runs none of those reads and leaves the
/// page's nodes as they were, while a read of the whole tracker (what the
/// page did before) re-runs on every edit. Its own edit re-renders it.
#[wasm_bindgen_test]
async fn an_edit_re_renders_only_the_page_of_the_records_it_touched() {
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::sync::Arc;

    fresh("/tracker/o-0");
    let root = container();
    let own_reads = Arc::new(AtomicUsize::new(0));
    let whole_reads = Arc::new(AtomicUsize::new(0));
    let (own, whole) = (own_reads.clone(), whole_reads.clone());
    let (_app, state) = mount_with(&root, sample(3), move || {
        let state = expect_context::<AppState>();
        // The same read as the page's follow-ups section, counted.
        let keyed = state.records_of("o-0".to_string(), move |d, id| {
            own.fetch_add(1, SeqCst);
            d.follow_ups_for(id).len()
        });
        let unkeyed = Memo::new(move |_| {
            whole.fetch_add(1, SeqCst);
            state.tracker.with(|d| d.follow_ups_for("o-0").len())
        });
        // Read as a view reads them: tracking a memo does not run it.
        Effect::new(move || {
            keyed.get();
            unkeyed.get();
        });
        detail_routes()
    });
    tick().await;
    let node = |selector: &str| root.query_selector(selector).unwrap().unwrap();
    let (title, facts, follow_up) = (node("h1"), node(".facts"), node(".follow-up"));
    let (own_before, whole_before) = (own_reads.load(SeqCst), whole_reads.load(SeqCst));
    assert!(own_before >= 1 && whole_before >= 1);

    state
        .edit_tracker(|e| e.set_status("o-1", Status::Withdrawn, None, now(), "a-other"))
        .unwrap();
    tick().await;
    assert_eq!(
        whole_reads.load(SeqCst),
        whole_before + 1,
        "a read of the whole tracker re-runs on any edit"
    );
    assert_eq!(
        own_reads.load(SeqCst),
        own_before,
        "another opportunity's edit re-runs no read of this one's records"
    );
    for (before, selector) in [
        (&title, "h1"),
        (&facts, ".facts"),
        (&follow_up, ".follow-up"),
    ] {
        assert!(
            node(selector).is_same_node(Some(before)),
            "{selector} was rendered again"
        );
    }
    assert!(text(&root, ".facts").contains(Status::Invited.label()));

    state
        .edit_tracker(|e| e.complete_follow_up("f-0", true, now()))
        .unwrap();
    tick().await;
    assert_eq!(own_reads.load(SeqCst), own_before + 1);
    assert!(
        !node(".follow-up").is_same_node(Some(&follow_up)),
        "its own follow-up, done, is shown anew"
    );
    assert!(text(&root, ".follow-up").contains("Done"));
    assert!(node("h1").is_same_node(Some(&title)));
}

/// The list keys its rows by what they show: an edit of one opportunity
/// renders its row again and leaves every other row's nodes in place.
#[wasm_bindgen_test]
async fn an_edit_re_renders_only_the_list_row_it_touched() {
    fresh("/tracker");
    let root = container();
    let (_app, state) = mount_with(&root, sample(3), list_page);
    tick().await;
    let row = |id: &str| {
        root.query_selector(&format!("a.opportunity-row[href='/tracker/{id}']"))
            .unwrap()
            .unwrap()
    };
    let (first, second, third) = (row("o-0"), row("o-1"), row("o-2"));
    state
        .edit_tracker(|e| e.set_status("o-1", Status::Withdrawn, None, now(), "a-other"))
        .unwrap();
    tick().await;
    assert!(row("o-0").is_same_node(Some(&first)));
    assert!(row("o-2").is_same_node(Some(&third)));
    let edited = row("o-1");
    assert!(!edited.is_same_node(Some(&second)));
    assert!(edited
        .text_content()
        .unwrap()
        .contains(Status::Withdrawn.label()));
}

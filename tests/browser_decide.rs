//! Browser tier: the decision wizard mounted for real in headless Chromium,
//! with its draft in the real localStorage.
#![cfg(target_arch = "wasm32")]

use graceful_decline::domain::decision::{advise, QuestionId, Situation};
use graceful_decline::ui::decide::{answers_json, draft_key, Draft, StoredDraft};
use graceful_decline::ui::pages::DecidePage;
use graceful_decline::ui::state::AppState;
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

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

fn clear_draft() {
    storage().remove_item(&draft_key()).unwrap();
}

/// Mounts the page with fresh app state; drop the handle to unmount.
fn mount(root: &web_sys::HtmlElement) -> impl Sized {
    mount_to(root.clone(), || {
        AppState::provide();
        view! { <Router><DecidePage/></Router> }.into_any()
    })
}

fn legend(root: &web_sys::HtmlElement) -> String {
    root.query_selector("legend")
        .unwrap()
        .and_then(|l| l.text_content())
        .unwrap_or_default()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn button(root: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .find(|b| b.text_content().is_some_and(|t| t.trim() == text))
        .unwrap_or_else(|| panic!("no button {text}"))
        .unchecked_into()
}

fn saved() -> Option<Draft> {
    storage()
        .get_item(&draft_key())
        .unwrap()
        .and_then(|raw| serde_json::from_str::<StoredDraft>(&raw).ok())
        .map(Draft::from)
}

fn store(draft: &Draft) {
    storage()
        .set_item(
            &draft_key(),
            &serde_json::to_string(&StoredDraft::from(draft)).unwrap(),
        )
        .unwrap();
}

/// Writes a finished draft for `answers` as the wizard would.
fn finished(answers: &[(QuestionId, &str)]) -> Draft {
    let mut d = Draft::default();
    for (q, a) in answers {
        d.answer(*q, a);
    }
    d.at = Some(answers[0].0);
    let mut d = d.settled();
    while let Some(q) = d.at {
        if !d.has_answered(q) {
            d.answer(q, q.question().options.last().unwrap().id);
        }
        d.forward(q);
    }
    d
}

#[wasm_bindgen_test]
async fn answering_a_question_shows_the_next_and_saves_the_draft() {
    clear_draft();
    let root = container();
    let _app = mount(&root);
    tick().await;
    assert_eq!(legend(&root), QuestionId::Stage.question().text);
    assert!(root.text_content().unwrap().contains("Question 1 of about"));
    assert!(root
        .query_selector("progress[aria-labelledby]")
        .unwrap()
        .is_some());

    // Next without an answer explains what is missing.
    button(&root, "Next").click();
    tick().await;
    assert!(root
        .query_selector("#answer-error")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Choose an answer"));

    click(&root, "input[value=phone_screen]");
    button(&root, "Next").click();
    tick().await;
    assert_eq!(legend(&root), QuestionId::Notice.question().text);
    assert!(root
        .text_content()
        .unwrap()
        .contains(QuestionId::Notice.question().why));

    let d = saved().expect("the draft is saved");
    assert_eq!(d.answered, [QuestionId::Stage]);
    assert_eq!(d.at, Some(QuestionId::Notice));

    // Back returns to the answered question with its answer still chosen.
    button(&root, "Back").click();
    tick().await;
    assert_eq!(legend(&root), QuestionId::Stage.question().text);
    let none: web_sys::HtmlInputElement = root
        .query_selector("input[value=phone_screen]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(none.checked());
    clear_draft();
}

#[wasm_bindgen_test]
async fn a_reload_resumes_from_the_saved_draft() {
    clear_draft();
    let root = container();
    let app = mount(&root);
    tick().await;
    click(&root, "input[value=final]");
    button(&root, "Next").click();
    tick().await;
    assert_eq!(legend(&root), QuestionId::Notice.question().text);
    drop(app);

    let again = container();
    let _app = mount(&again);
    tick().await;
    assert_eq!(legend(&again), QuestionId::Notice.question().text);
    assert!(again
        .text_content()
        .unwrap()
        .contains("Question 2 of about"));
    clear_draft();
}

/// Waits until the browser has run the next animation frame's callbacks
/// (or 200 ms, if it runs no frames).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let _ = window.request_animation_frame(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 200);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn focused_text() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_over_asks_first_then_clears_the_answers() {
    clear_draft();
    let root = container();
    let _app = mount(&root);
    tick().await;
    click(&root, "input[value=final]");
    button(&root, "Next").click();
    tick().await;
    assert!(saved().is_some());

    button(&root, "Start over").click();
    tick().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Your answers will be cleared."));
    // The question is a labelled group, and focus moves to its safe
    // button, then back to "Start over" when cancelled.
    let group = root.query_selector("[role=group]").unwrap().unwrap();
    let label = group.get_attribute("aria-labelledby").unwrap();
    let question = root.query_selector(&format!("#{label}")).unwrap().unwrap();
    assert_eq!(
        question.text_content().unwrap(),
        "Start over? Your answers will be cleared."
    );
    next_frame().await;
    assert_eq!(focused_text(), "Cancel");
    button(&root, "Cancel").click();
    tick().await;
    assert!(saved().is_some(), "cancel keeps the answers");
    next_frame().await;
    assert_eq!(focused_text(), "Start over");

    button(&root, "Start over").click();
    tick().await;
    button(&root, "Confirm").click();
    tick().await;
    assert_eq!(legend(&root), QuestionId::Stage.question().text);
    assert!(saved().is_none());
}

#[wasm_bindgen_test]
async fn the_result_shows_the_headline_the_tree_and_the_path() {
    clear_draft();
    let answers = [
        (QuestionId::OtherOffer, "none"),
        (QuestionId::RoleFit, "fits"),
        (QuestionId::Pay, "below"),
        (QuestionId::Stage, "phone_screen"),
        (QuestionId::Interviewed, "no"),
    ];
    let draft = finished(&answers);
    assert_eq!(draft.at, None, "nothing left to ask");
    store(&draft);
    let mut expected = Situation::default();
    for (q, a) in answers {
        expected.set_answer(q, a).unwrap();
    }
    let advice = advise(&expected);
    assert_eq!(
        advice.headline,
        "Say no politely: the pay does not meet your needs."
    );

    let root = container();
    let _app = mount(&root);
    tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains(advice.headline), "{text}");
    assert!(text.contains("Other options we considered"));

    let svg = root
        .query_selector("svg.path-diagram[role=img]")
        .unwrap()
        .expect("the path drawn");
    let name_id = svg.get_attribute("aria-labelledby").unwrap();
    assert!(root
        .query_selector(&format!("#{name_id}"))
        .unwrap()
        .is_some());
    let lit = root
        .query_selector_all("svg.path-diagram .node.on-path")
        .unwrap()
        .length() as usize;
    assert_eq!(lit, advice.path.len() + 1, "every path node and the result");
    assert!(
        root.query_selector_all("svg.path-diagram .edge.on-path")
            .unwrap()
            .length() as usize
            >= advice.path.len()
    );
    assert!(
        root.query_selector_all("details svg .node:not(.on-path)")
            .unwrap()
            .length()
            > 0,
        "the whole tree is one tap away"
    );

    let steps = root.query_selector_all("#tree-path li").unwrap();
    assert_eq!(steps.length() as usize, advice.path.len() + 1);
    assert!(steps
        .item(0)
        .unwrap()
        .text_content()
        .unwrap()
        .contains(" → "));

    let write = root.query_selector("a.button.primary").unwrap().unwrap();
    assert_eq!(
        write.get_attribute("href").as_deref(),
        Some("/compose?kind=decline&reason=pay&channel=email")
    );

    // "Change my answers" goes back to the last question.
    button(&root, "Change my answers").click();
    tick().await;
    assert!(root.query_selector("legend").unwrap().is_some());
    clear_draft();
}

#[wasm_bindgen_test]
async fn saving_to_the_tracker_needs_a_company() {
    clear_draft();
    let draft = finished(&[(QuestionId::OtherOffer, "accepted")]);
    store(&draft);
    let root = container();
    let _app = mount(&root);
    tick().await;
    button(&root, "Save to tracker").click();
    tick().await;
    button(&root, "Save").click();
    tick().await;
    let error = root.query_selector("#save-company-error").unwrap().unwrap();
    assert!(!error.text_content().unwrap().is_empty());
    let company = root.query_selector("#save-company").unwrap().unwrap();
    assert_eq!(
        company.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    clear_draft();
}

#[wasm_bindgen_test]
fn the_stored_draft_round_trips_and_skips_what_it_no_longer_knows() {
    let mut d = Draft::default();
    d.answer(QuestionId::OtherOffer, "far_along");
    d.answer(QuestionId::WouldWait, "no");
    d.at = None;
    let d = d.settled();
    let stored = StoredDraft::from(&d);
    assert_eq!(stored.answers, ["other_offer=far_along", "would_wait=no"]);
    assert_eq!(Draft::from(stored.clone()), d);

    let mut odd = stored;
    odd.answers.push("salary=lots".into());
    odd.answers.push("pay=lots".into());
    odd.at = Some("no_such_question".into());
    let read = Draft::from(odd);
    assert_eq!(read.answered, d.answered);
    assert_eq!(read.at, d.at, "resumes at the next question that matters");
}

#[wasm_bindgen_test]
fn saved_answers_are_the_same_json_the_engine_reads() {
    let mut s = Situation::default();
    s.set_answer(QuestionId::Pay, "below").unwrap();
    s.set_answer(QuestionId::Stage, "final").unwrap();
    assert_eq!(answers_json(&s), serde_json::to_value(s).unwrap());
}

//! The decision page: one question at a time, then the advice. The draft
//! is saved after every change so a reload resumes where the person was.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::decide::{AnswerSummary, DecisionResult, Draft, QuestionStep, StartOver};
use crate::ui::state::AppState;

/// The decision wizard and its result.
#[component]
pub fn DecidePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = RwSignal::new(
        state
            .load_draft()
            .unwrap_or_else(|| Draft::default().settled()),
    );
    // Effects only push outward: here, the draft into storage (an empty
    // one is forgotten).
    Effect::new(move |_| draft.with(|d| state.save_draft(d)));
    let at = Memo::new(move |_| draft.with(|d| d.at));
    // When the screen changes, move focus to its start so keyboard and
    // screen reader users continue from the new question or the result
    // (not on first load, where focus belongs to the page).
    Effect::new(move |first_done: Option<()>| {
        let id = match at.get() {
            Some(_) => "decide-progress-label",
            None => "result-title",
        };
        if first_done.is_some() {
            if let Some(el) = document().get_element_by_id(id) {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    });
    let start_over = Callback::new(move |()| draft.set(Draft::default().settled()));

    let screen = move || match at.get() {
        Some(question) => view! {
            <div class="decide-layout">
                <div class="decide-main">
                    <QuestionStep question=question draft=draft/>
                </div>
                <aside class="decide-aside">
                    <AnswerSummary draft=draft/>
                </aside>
            </div>
        }
        .into_any(),
        None => view! {
            <DecisionResult draft=draft/>
            <AnswerSummary draft=draft/>
        }
        .into_any(),
    };
    view! {
        <div class="decide-page">
            <h1>"Should you go to this interview?"</h1>
            <p class="lede">
                "A few questions, one at a time. \"Don't know\" is always a fair answer; "
                "your answers stay on this device."
            </p>
            {screen}
            <StartOver on_confirm=start_over/>
        </div>
    }
}

//! The decision page: one question at a time, then the advice. The draft
//! is saved after every change so a reload resumes where the person was.

use leptos::prelude::*;

use crate::ui::decide::{draft_key, AnswerSummary, DecisionResult, Draft, QuestionStep, StartOver};
use crate::ui::state::AppState;

/// The decision wizard and its result.
#[component]
pub fn DecidePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let key = draft_key();
    let draft = RwSignal::new(state.load::<Draft>(&key).unwrap_or_default().settled());
    // Effects only push outward: here, the draft into storage.
    Effect::new(move |_| {
        draft.with(|d| {
            if d.is_empty() {
                state.remove(&key);
            } else {
                state.save(&key, d);
            }
        })
    });
    let at = Memo::new(move |_| draft.with(|d| d.at));
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

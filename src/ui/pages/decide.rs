//! The decision page: one question at a time, then the advice. The draft
//! is saved after every change so a reload resumes where the person was.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::JsCast;

use crate::domain::decision::QuestionId;

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
    // Arriving from "Paste the invitation": say which answers the
    // invitation gave, so question 3 of 15 is not a surprise.
    let from_invitation = use_query_map()
        .with_untracked(|q| q.get("from").as_deref() == Some("invitation"))
        .then(|| {
            draft.with_untracked(|d| {
                [QuestionId::Stage, QuestionId::Notice]
                    .into_iter()
                    .filter(|q| d.has_answered(*q))
                    .map(|q| {
                        let answer = d.situation.answer_label(q);
                        match q {
                            QuestionId::Stage => format!("the stage ({answer})"),
                            _ => format!("how soon it is ({})", answer.to_lowercase()),
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
        .filter(|answers| !answers.is_empty())
        .map(|answers| {
            let what = match answers.as_slice() {
                [one] => format!("One answer came from the invitation you pasted: {one}."),
                _ => format!(
                    "Two answers came from the invitation you pasted: {}.",
                    answers.join(" and ")
                ),
            };
            view! {
                <p class="notice info from-invitation" role="status">
                    {what} " Use Back to check or change them."
                </p>
            }
        });

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
                "A few questions, one at a time. \"Don't know\" is a fair answer wherever it is offered; "
                "your answers stay on this device."
            </p>
            {from_invitation}
            {screen}
            <StartOver on_confirm=start_over/>
        </div>
    }
}

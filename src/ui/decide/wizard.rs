//! One question per screen, the list of answers given so far, and the
//! "start over" step.

use leptos::prelude::*;

use super::Draft;
use crate::domain::decision::{relevant_questions, QuestionId};
use crate::ui::confirm::{ConfirmInline, ConfirmText};

/// The question on screen as a radio group, with why it matters, progress,
/// and back / next buttons. Choosing an answer records it at once.
#[component]
pub fn QuestionStep(
    /// The question to ask.
    question: QuestionId,
    /// The decision in progress.
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let q = question.question();
    let order = Memo::new(move |_| draft.with(|d| relevant_questions(&d.situation)));
    let number = move || order.with(|o| o.iter().position(|x| *x == question).unwrap_or(0) + 1);
    let total = move || order.with(Vec::len);
    let (missing, set_missing) = signal(false);
    let name = question.as_str();
    let options = q
        .options
        .iter()
        .map(|option| {
            let id = option.id;
            let checked = move || {
                draft.with(|d| d.has_answered(question) && d.situation.answer(question) == id)
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        value=id
                        prop:checked=checked
                        on:change=move |_| {
                            set_missing.set(false);
                            draft.update(|d| d.answer(question, id));
                        }
                    />
                    <span>{option.label}</span>
                </label>
            }
        })
        .collect_view();
    let next = move |_| {
        if draft.with_untracked(|d| d.has_answered(question)) {
            draft.update(|d| d.forward(question));
        } else {
            set_missing.set(true);
        }
    };
    let first = move || number() == 1;
    view! {
        <div class="question-step">
            <p id="decide-progress-label" class="progress-label" tabindex="-1">
                "Question " {number} " of about " {total}
            </p>
            <progress
                aria-labelledby="decide-progress-label"
                max=move || total().to_string()
                value=move || number().to_string()
            ></progress>
            <fieldset aria-describedby="question-why answer-error">
                <legend>{q.text}</legend>
                <p id="question-why" class="hint">
                    <span class="why-label">"Why this matters: "</span>
                    {q.why}
                </p>
                {options}
                <p id="answer-error" class="field-error" aria-live="polite">
                    {move || missing.get().then_some("Choose an answer to go on. \"Don't know\" is fine where it is offered.")}
                </p>
            </fieldset>
            <div class="button-row">
                <button type="button" on:click=move |_| draft.update(Draft::back) disabled=first>
                    "Back"
                </button>
                <button type="button" class="primary" on:click=next>
                    "Next"
                </button>
            </div>
        </div>
    }
}

/// The questions answered so far on the current path, each with its answer
/// and a button to change it.
#[component]
pub fn AnswerSummary(
    /// The decision in progress.
    draft: RwSignal<Draft>,
) -> impl IntoView {
    let rows = Memo::new(move |_| {
        draft.with(|d| {
            relevant_questions(&d.situation)
                .into_iter()
                .filter(|q| d.has_answered(*q))
                .map(|q| (q, d.situation.answer_label(q)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="answer-summary" aria-labelledby="answers-title">
            <h2 id="answers-title">"Your answers"</h2>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! { <p class="hint">"Nothing answered yet."</p> }
            >
                <dl>
                    <For
                        each=move || rows.get()
                        key=|(q, answer)| (*q, *answer)
                        children=move |(q, answer)| {
                            view! {
                                <div class="answer-row">
                                    <dt>{q.question().text}</dt>
                                    <dd>
                                        <span>{answer}</span>
                                        <button
                                            type="button"
                                            class="link-button"
                                            aria-label=format!("Change: {}", q.question().text)
                                            on:click=move |_| draft.update(|d| d.at = Some(q))
                                        >
                                            "Change"
                                        </button>
                                    </dd>
                                </div>
                            }
                        }
                    />
                </dl>
            </Show>
        </section>
    }
}

/// "Start over", with an inline confirmation before the answers are cleared.
#[component]
pub fn StartOver(
    /// Called once the person confirms.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let text = ConfirmText {
        id: "start-over-q",
        ask: "Start over",
        question: "Start over? Your answers will be cleared.",
        confirm: "Confirm",
        cancel: "Cancel",
    };
    view! {
        <div class="start-over">
            <ConfirmInline text on_confirm/>
        </div>
    }
}

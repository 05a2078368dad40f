//! The advice: the headline, why, what would change it, the other options,
//! what to find out, the tree with the path taken, and what to do next.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{Draft, PathDiagram, SaveToTracker, TreeDiagram};
use crate::domain::decision::{advise, Advice, QuestionId, THEN_NOTE};
use crate::ui::app_path;
use crate::ui::timing::{InterviewTimeInput, TimingPanel};

/// The link to the message composer, pre-filled for the advice: the
/// message kind, its reason, channel, whether it is late and the
/// questions riding along.
fn compose_href(advice: &Advice) -> Option<String> {
    let step = &advice.next_step;
    let kind = step.message?;
    let mut query = String::from("/compose?kind=");
    query.push_str(kind.as_str());
    if step.late {
        query.push_str("&late=1");
    }
    if !step.ask.is_empty() {
        query.push_str("&ask=");
        let topics: Vec<&str> = step.ask.iter().map(|t| t.as_str()).collect();
        query.push_str(&topics.join(","));
    }
    if let Some(reason) = step.decline_reason {
        query.push_str("&reason=");
        query.push_str(reason.as_str());
    }
    if let Some(channel) = step.channel {
        query.push_str("&channel=");
        query.push_str(channel.channel.as_str());
    }
    Some(app_path(&query))
}

/// The result of the decision for the answers in `draft`.
#[component]
pub fn DecisionResult(
    /// The decision in progress (read for the answers; written by "change
    /// answers" and the interview time).
    draft: RwSignal<Draft>,
) -> impl IntoView {
    // The answers cannot change while the result is on screen (changing
    // one shows its question instead), so the result is built once rather
    // than as one large reactive view, which would cost much more code.
    let (situation, asked_stage) =
        draft.with_untracked(|d| (d.situation, d.has_answered(QuestionId::Stage)));
    let a = advise(&situation);
    let interview = Signal::derive(move || draft.with(|d| d.interview));
    let stage = situation.stage;
    {
        let reasons = a
            .reasons
            .iter()
            .map(|r| {
                view! {
                    <li>
                        <strong>{r.question}</strong>
                        " "
                        <span class="answer">{r.answer}</span>
                        <p>{r.why}</p>
                    </li>
                }
            })
            .collect_view();
        let path_text = a
            .reasons
            .iter()
            .map(|r| view! { <li>{r.question} " → " {r.answer}</li> })
            .collect_view();
        let changes = (!a.what_would_change.is_empty()).then(|| {
            let items = a
                .what_would_change
                .iter()
                .map(|c| {
                    view! {
                        <li>
                            "If your answer to “" {c.question_text} "” were “" {c.answer_label}
                            "”: " <strong>{c.headline}</strong>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="change-title">
                    <h2 id="change-title">"What would change this"</h2>
                    <ul>{items}</ul>
                </section>
            }
        });
        let alternatives = a
            .alternatives
            .iter()
            .map(|alt| {
                let how = match alt.reached_by {
                    Some(c) => view! {
                        "If your answer to “" {c.question_text} "” were “" {c.answer_label} "”."
                    }
                    .into_any(),
                    None => view! { "None of your answers points here on its own." }.into_any(),
                };
                view! {
                    <li>
                        <strong>{alt.label}</strong>
                        ": "
                        {how}
                    </li>
                }
            })
            .collect_view();
        let open = (!a.open_questions.is_empty()).then(|| {
            let items = a
                .open_questions
                .iter()
                .map(|o| view! { <li><strong>{o.text}</strong> " " {o.look_up}</li> })
                .collect_view();
            view! {
                <section aria-labelledby="open-title">
                    <h2 id="open-title">"Still worth finding out"</h2>
                    <ul>{items}</ul>
                </section>
            }
        });
        let write = compose_href(&a).map(|href| {
            view! { <A href=href attr:class="button primary">"Write this message"</A> }
        });
        let ask = (!a.ask.is_empty()).then(|| {
            let items = a
                .ask
                .iter()
                .map(|q| view! { <li>{q.text}</li> })
                .collect_view();
            view! {
                <div class="ask-list">
                    <h3 id="ask-title">"Questions to ask"</h3>
                    <ul aria-labelledby="ask-title">{items}</ul>
                </div>
            }
        });
        let tip = a.next_step.tip.map(|t| view! { <p class="tip">{t}</p> });
        let then = a.next_step.then.map(|kind| {
            let href = app_path(&format!("/compose?kind={}&channel=email", kind.as_str()));
            view! {
                <p>
                    {THEN_NOTE} " "
                    <A href=href>"Write the follow-up note"</A>
                </p>
            }
        });
        let channel_why = a.next_step.channel_why;
        view! {
            <section class="decision-result" aria-labelledby="result-title">
                <h2 id="result-title" tabindex="-1">"Our suggestion"</h2>
                <p class="headline" role="status">{a.headline}</p>
                <p>{a.next_step.action}</p>
                {tip}
                {ask}
                {channel_why.map(|w| view! { <p class="hint">{w}</p> })}
                {then}
                <div class="button-row">
                    {write}
                    <button type="button" on:click=move |_| draft.update(Draft::back)>
                        "Change my answers"
                    </button>
                </div>
                <SaveToTracker situation=situation outcome=a.outcome headline=a.headline/>
            </section>
            <section aria-labelledby="why-title">
                <h2 id="why-title">"Why"</h2>
                <ol class="reasons">{reasons}</ol>
            </section>
            {changes}
            <section aria-labelledby="alt-title">
                <h2 id="alt-title">"Other options we considered"</h2>
                <ul class="alternatives">{alternatives}</ul>
            </section>
            {open}
            <section aria-labelledby="tree-title">
                <h2 id="tree-title">"The path your answers took"</h2>
                <figure class="tree-figure">
                    <PathDiagram
                        path=a.path.clone()
                        outcome=a.outcome
                        labelled_by="tree-name"
                        described_by="tree-path"
                    />
                    <figcaption id="tree-name">
                        "Decision tree: the path your answers took, with the answers you did not give beside it"
                    </figcaption>
                </figure>
                <details class="whole-tree">
                    <summary>"Show the whole tree"</summary>
                    <figure class="tree-figure">
                        <TreeDiagram
                            path=a.path.clone()
                            outcome=a.outcome
                            labelled_by="whole-tree-name"
                            described_by="tree-path"
                        />
                        <figcaption id="whole-tree-name">
                            "The whole tree of questions, with your path highlighted"
                        </figcaption>
                    </figure>
                </details>
                <h3 id="tree-path-title">"The same path in words"</h3>
                <ol id="tree-path" class="tree-path" aria-labelledby="tree-path-title">
                    {path_text}
                    <li>{a.outcome.label()}</li>
                </ol>
            </section>
            {asked_stage.then(|| view! {
                <section class="decide-timing" aria-labelledby="timing-title">
                    <h2 id="timing-title">"When is the interview?"</h2>
                    <p class="hint">
                        "Optional: add the date and time to see how long you have to reply."
                    </p>
                    <InterviewTimeInput
                        value=interview
                        on_change=Callback::new(move |t| draft.update(|d| d.interview = t))
                        id="decide-interview"
                    />
                    <TimingPanel
                        interview=interview
                        stage=Signal::stored(stage)
                        title="Interview".to_string()
                        reply=a.outcome.reply()
                        hide_compose_link=true
                    />
                </section>
            })}
        }
    }
}

//! The composer's choices (opportunity, kind, reason, channel, tone,
//! length) and the labelled inputs for every field.

use leptos::prelude::*;

use super::draft::Draft;
use crate::domain::decision::ask_text;
use crate::domain::messages::{
    asks_apply, channels_for, late_applies, reasons_apply, AskTopic, Field, Length, Tone,
};
use crate::domain::{Channel, DeclineReason, MessageKind};
use crate::ui::state::AppState;

/// Pickers for what to write and how.
#[component]
pub fn MessageOptions(
    /// The draft these options shape.
    draft: Draft,
) -> impl IntoView {
    view! {
        <div class="compose-options">
            <p class="compose-option">
                <label for="compose-kind">"Kind of message"</label>
                <select
                    id="compose-kind"
                    on:change=move |ev| {
                        if let Ok(kind) = event_target_value(&ev).parse::<MessageKind>() {
                            draft.choose(|| draft.kind.set(kind));
                        }
                    }
                >
                    {MessageKind::ALL
                        .iter()
                        .map(|k| {
                            let k = *k;
                            view! {
                                <option value=k.as_str() prop:selected=move || draft.kind.get() == k>
                                    {k.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </p>
            <Show when=move || reasons_apply(draft.kind.get())>
                <p class="compose-option">
                    <label for="compose-reason">"Reason"</label>
                    <select
                        id="compose-reason"
                        on:change=move |ev| {
                            let reason = event_target_value(&ev).parse::<DeclineReason>().ok();
                            draft.choose(|| draft.reason.set(reason));
                        }
                    >
                        {DeclineReason::ALL
                            .iter()
                            .map(|r| {
                                let r = *r;
                                view! {
                                    <option
                                        value=r.as_str()
                                        prop:selected=move || {
                                            draft.reason.get().unwrap_or(DeclineReason::NoReason) == r
                                        }
                                    >
                                        {r.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </p>
            </Show>
            <Show when=move || late_applies(draft.kind.get())>
                <p class="compose-option compose-check">
                    <label>
                        <input
                            type="checkbox"
                            id="compose-late"
                            prop:checked=move || draft.late.get()
                            on:change=move |ev| {
                                let late = event_target_checked(&ev);
                                draft.choose(|| draft.late.set(late));
                            }
                        />
                        " The interview is soon: apologise for the short notice"
                    </label>
                </p>
            </Show>
            <Show when=move || asks_apply(draft.kind.get())>
                <fieldset class="compose-ask">
                    <legend>"Questions to ask"</legend>
                    {AskTopic::ALL
                        .iter()
                        .map(|t| {
                            let t = *t;
                            let id = format!("compose-ask-{}", t.as_str());
                                    let for_id = id.clone();
                            view! {
                                <label class="choice" for=for_id>
                                    <input
                                        type="checkbox"
                                        id=id
                                        prop:checked=move || draft.ask.with(|a| a.contains(&t))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            draft.choose(|| draft.ask.update(|a| {
                                                a.retain(|x| *x != t);
                                                if on {
                                                    a.push(t);
                                                    a.sort_by_key(|x| AskTopic::ALL.iter().position(|y| y == x));
                                                }
                                            }));
                                        }
                                    />
                                    {ask_text(t)}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </Show>
            <div class="compose-option-row">
            <p class="compose-option">
                <label for="compose-channel">"Channel"</label>
                <select
                    id="compose-channel"
                    on:change=move |ev| {
                        if let Ok(channel) = event_target_value(&ev).parse::<Channel>() {
                            draft.choose(|| draft.channel_choice.set(channel));
                        }
                    }
                >
                    {move || {
                        channels_for(draft.kind.get())
                            .iter()
                            .map(|c| {
                                let c = *c;
                                view! {
                                    <option value=c.as_str() prop:selected=move || draft.channel.get() == c>
                                        {c.label()}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </p>
            <p class="compose-option">
                <label for="compose-tone">"Tone"</label>
                <select
                    id="compose-tone"
                    on:change=move |ev| {
                        let tone = if event_target_value(&ev) == "formal" { Tone::Formal } else { Tone::Warm };
                        draft.choose(|| draft.tone.set(tone));
                    }
                >
                    <option value="warm" prop:selected=move || draft.tone.get() == Tone::Warm>
                        "Warm"
                    </option>
                    <option value="formal" prop:selected=move || draft.tone.get() == Tone::Formal>
                        "Formal"
                    </option>
                </select>
            </p>
            <p class="compose-option">
                <label for="compose-length">"Length"</label>
                <select
                    id="compose-length"
                    on:change=move |ev| {
                        let length = if event_target_value(&ev) == "brief" {
                            Length::Brief
                        } else {
                            Length::Standard
                        };
                        draft.choose(|| draft.length.set(length));
                    }
                >
                    <option value="brief" prop:selected=move || draft.length.get() == Length::Brief>
                        "Brief"
                    </option>
                    <option value="standard" prop:selected=move || draft.length.get() == Length::Standard>
                        "Standard"
                    </option>
                </select>
            </p>
            </div>
        </div>
    }
}

/// Picks the tracked opportunity the message is about (shown only when
/// there is one), which fills the fields it knows.
#[component]
pub fn OpportunityPicker(
    /// The draft to fill.
    draft: Draft,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_opportunity = move |ev| {
        let id = event_target_value(&ev);
        let id = (!id.is_empty()).then_some(id);
        state
            .tracker
            .with_untracked(|data| draft.select_opportunity(data, id));
    };
    let opportunities = move || {
        state.tracker.with(|d| {
            d.opportunities
                .iter()
                .map(|o| (o.id.clone(), o.title()))
                .collect::<Vec<_>>()
        })
    };
    view! {
            <Show when=move || state.tracker.with(|d| !d.opportunities.is_empty())>
                <p class="compose-option">
                    <label for="compose-opportunity">"About a tracked opportunity"</label>
                    <select id="compose-opportunity" on:change=on_opportunity>
                        <option value="" prop:selected=move || draft.opportunity.with(Option::is_none)>
                            "None"
                        </option>
                        {move || {
                            opportunities()
                                .into_iter()
                                .map(|(id, label)| {
                                    let selected = id.clone();
                                    view! {
                                        <option
                                            value=id
                                            prop:selected=move || {
                                                draft.opportunity.with(|o| o.as_deref() == Some(selected.as_str()))
                                            }
                                        >
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </p>
            </Show>
    }
}

/// A labelled text input for every field; fields the message still needs
/// are marked.
#[component]
pub fn FieldInputs(
    /// The draft whose fields these edit.
    draft: Draft,
) -> impl IntoView {
    // A required field whose "[Label]" gap is in the text still needs filling.
    let missing = move |field: Field| {
        !field.is_optional()
            && draft.text.with(|t| {
                let gap = format!("[{}]", field.label());
                t.body.contains(&gap) || t.subject.as_deref().is_some_and(|s| s.contains(&gap))
            })
    };
    // Only the fields this message uses: the rest would only be noise.
    let used = move |f: Field| draft.used.with(|u| u.contains(&f));
    view! {
        <div class="compose-fields">
            {Field::ALL
                .iter()
                .map(|f| {
                    let f = *f;
                    let hint = (f == Field::LateExplanation).then_some(view! {
                        <span class="hint field-example">
                            " One true line, e.g. “my daughter was taken to hospital this morning” or “my train was cancelled and there is no other way there in time”."
                        </span>
                    });
                    let id = format!("compose-field-{}", f.key());
                    view! {
                        <p class="compose-field" class:needs-fill=move || missing(f) hidden=move || !used(f)>
                            <label for=id.clone()>
                                {f.label()}
                                {f.is_optional().then_some(view! { <span class="hint">" (optional)"</span> })}
                                {hint}
                                <span class="needs-fill-note" hidden=move || !missing(f)>
                                    " – still to fill in"
                                </span>
                            </label>
                            <input
                                id=id
                                type="text"
                                autocomplete="off"
                                placeholder=format!("e.g. {}", f.example())
                                prop:value=move || draft.fields.with(|x| x.raw(f).clone())
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    draft.fields.update(|x| x.set(f, value));
                                }
                            />
                        </p>
                    }
                })
                .collect_view()}
        </div>
    }
}

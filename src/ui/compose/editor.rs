//! The editable text, its live checks and the highlighted preview.

use leptos::prelude::*;

use super::actions::SendActions;
use super::draft::{Draft, DraftText};
use crate::domain::messages::{highlight_segments, Field, Part, Severity, Span};
use crate::domain::Channel;

/// Subject and body inputs, "Reset to template", and a read-only preview
/// with every finding and gap highlighted.
#[component]
pub fn Editor(
    /// The draft being edited.
    draft: Draft,
) -> impl IntoView {
    let edit = move |change: &dyn Fn(&mut DraftText)| {
        let mut text = draft.text.get_untracked();
        change(&mut text);
        draft.edited.set(Some(text));
    };
    let is_email = move || draft.channel.get() == Channel::Email;
    let body_label = move || {
        if draft.channel.get() == Channel::Phone {
            "Call script"
        } else {
            "Message"
        }
    };
    view! {
        <div class="compose-editor">
            <Show when=is_email>
                <p>
                    <label for="compose-subject">"Subject"</label>
                    <input
                        id="compose-subject"
                        type="text"
                        prop:value=move || draft.text.with(|t| t.subject.clone().unwrap_or_default())
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            edit(&|t| t.subject = Some(value.clone()));
                        }
                    />
                </p>
            </Show>
            <p>
                <label for="compose-body">{body_label}</label>
                <textarea
                    id="compose-body"
                    rows="14"
                    prop:value=move || draft.text.with(|t| t.body.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        edit(&|t| t.body = value.clone());
                    }
                ></textarea>
            </p>
            <SendActions draft=draft/>
            <Show when=move || draft.channel.get() == Channel::Phone && draft.phone.with(|p| !p.trim().is_empty())>
                <p class="compose-call">
                    <a class="button" href=move || format!("tel:{}", draft.phone.with(|p| tel_digits(p)))>
                        {move || format!("Call {}", draft.phone.get().trim())}
                    </a>
                </p>
            </Show>
            <Show when=move || draft.edited.with(Option::is_some)>
                <p class="compose-reset">
                    <span class="hint">"You edited the text, so it no longer follows your choices. "</span>
                    <button type="button" class="button" on:click=move |_| draft.edited.set(None)>
                        "Reset to template"
                    </button>
                </p>
            </Show>
            {move || {
                draft.text.with(|t| t.voicemail.clone()).filter(|_| draft.channel.get() == Channel::Phone).map(|v| {
                    view! {
                        <section class="voicemail" aria-labelledby="compose-voicemail-heading">
                            <h3 id="compose-voicemail-heading">"If you get voicemail"</h3>
                            <p class="voicemail-text">{v}</p>
                        </section>
                    }
                })
            }}
            <section class="composed-message" aria-labelledby="compose-preview-heading">
                <h3 id="compose-preview-heading" class="compose-preview-heading">
                    "Preview with highlights"
                </h3>
                <Show when=is_email>
                    <p class="composed-subject">
                        <span class="composed-subject-label">"Subject: "</span>
                        <Highlighted draft=draft part=Part::Subject/>
                    </p>
                </Show>
                <div class="composed-body">
                    <Highlighted draft=draft part=Part::Body/>
                </div>
            </section>
        </div>
    }
}

/// A phone number as a `tel:` link wants it: digits and a leading plus.
fn tel_digits(phone: &str) -> String {
    phone
        .trim()
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}

/// One part of the text as plain runs and `<mark>`ed runs, all text nodes.
/// A gap such as "[Contact name]" is a button that moves to its field.
#[component]
fn Highlighted(
    /// The draft to show.
    draft: Draft,
    /// Subject or body.
    part: Part,
) -> impl IntoView {
    let segments = Memo::new(move |_| {
        let spans: Vec<Span> = draft.findings.with(|list| {
            list.iter()
                .filter(|f| f.part == part)
                .filter_map(|f| f.span)
                .collect()
        });
        draft.text.with(|t| {
            let text = match part {
                Part::Subject => t.subject.as_deref().unwrap_or_default(),
                Part::Body => &t.body,
            };
            highlight_segments(text, &spans)
        })
    });
    move || {
        segments
            .get()
            .into_iter()
            .map(|s| {
                let gap = Field::ALL
                    .iter()
                    .find(|f| {
                        s.marked
                            && s.text.len() == f.label().len() + 2
                            && s.text.starts_with('[')
                            && s.text.ends_with(']')
                            && s.text[1..s.text.len() - 1] == *f.label()
                    })
                    .copied();
                if let Some(field) = gap {
                    let focus = move |_| {
                        let id = format!("compose-field-{}", field.key());
                        if let Some(input) = document().get_element_by_id(&id) {
                            input.scroll_into_view();
                            if let Ok(input) =
                                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(input)
                            {
                                let _ = input.focus();
                            }
                        }
                    };
                    view! {
                        <button type="button" class="gap" on:click=focus
                            aria-label=format!("Fill in {}", field.label())>{s.text}</button>
                    }
                    .into_any()
                } else if s.marked {
                    view! { <mark>{s.text}</mark> }.into_any()
                } else {
                    s.text.into_any()
                }
            })
            .collect_view()
    }
}

/// The checker's findings, updated as the user types, in a live region.
#[component]
pub fn Checks(
    /// The draft being checked.
    draft: Draft,
) -> impl IntoView {
    view! {
        <div class="compose-checks" role="status" aria-live="polite">
            {move || {
                let findings = draft.findings.get();
                if findings.is_empty() {
                    return view! { <p class="notice ok">"No problems found. It reads well."</p> }
                        .into_any();
                }
                view! {
                    <ul class="findings">
                        {findings
                            .into_iter()
                            .map(|f| {
                                let (class, label) = match f.severity {
                                    Severity::Error => ("finding error", "Fix before sending"),
                                    Severity::Warning => ("finding warning", "Worth a look"),
                                    Severity::Info => ("finding info", "Good to know"),
                                };
                                let place = if f.part == Part::Subject { " (subject)" } else { "" };
                                view! {
                                    <li class=class>
                                        <strong>{label}{place}": "</strong>
                                        {f.message}
                                        <span class="finding-fix">{f.fix}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </div>
    }
}

//! Labelled form controls for the tracker's forms. Each shows the domain's
//! validation message for its field beside the input, marks the input
//! `aria-invalid` and points `aria-describedby` at the message.

use leptos::prelude::*;

use crate::domain::tracker::ValidationErrors;

/// A labelled text input (or textarea) with its validation message.
#[component]
pub fn TextField(
    /// The input's id, unique on the page; the message's id derives from it.
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// The text typed so far.
    value: RwSignal<String>,
    /// The record field whose message shows here ("company", "email", ...).
    field: &'static str,
    /// The messages from the last save attempt, if it failed.
    #[prop(into)]
    errors: Signal<Option<ValidationErrors>>,
    /// The input type ("text", "email", "tel", "url", "date", "search").
    #[prop(default = "text")]
    kind: &'static str,
    /// A line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// A textarea instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// Marked as required (announced, not enforced by the browser, so that
    /// our own message appears instead of the browser's bubble).
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let message = Memo::new(move |_| {
        errors.with(|e| {
            e.as_ref()
                .and_then(|e| e.for_field(field))
                .map(str::to_string)
        })
    });
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let invalid = move || message.with(|m| m.is_some()).then_some("true");
    let on_input = move |ev: leptos::ev::Event| value.set(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                prop:value=move || value.get()
                on:input=on_input
                aria-invalid=invalid
                aria-describedby=described
                aria-required=required.then_some("true")
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type=kind
                id=id.clone()
                prop:value=move || value.get()
                on:input=on_input
                aria-invalid=invalid
                aria-describedby=described
                aria-required=required.then_some("true")
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>
                {label}
                {required.then_some(view! { <span class="required">" (required)"</span> })}
            </label>
            {hint.map(|h| view! { <span class="hint" id=hint_id>{h}</span> })}
            {control}
            <p class="field-error" id=error_id aria-live="polite">
                {move || message.get()}
            </p>
        </div>
    }
}

/// A labelled `<select>` whose option values are given with their labels.
#[component]
pub fn SelectField(
    /// The select's id, unique on the page.
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// The chosen option's value.
    value: RwSignal<String>,
    /// The options as (value, label), in order.
    options: Vec<(String, &'static str)>,
    /// A line of help under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <span class="hint" id=hint_id>{h}</span> })}
            <select
                id=id
                aria-describedby=described
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {options
                    .into_iter()
                    .map(|(v, l)| {
                        let mine = v.clone();
                        view! {
                            <option value=v prop:selected=move || value.with(|x| *x == mine)>
                                {l}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The options for a `<select>` over `labels`, valued by index, after an
/// optional first "none" option with the value "".
pub fn options(
    none: Option<&'static str>,
    labels: impl Iterator<Item = &'static str>,
) -> Vec<(String, &'static str)> {
    none.map(|l| (String::new(), l))
        .into_iter()
        .chain(labels.enumerate().map(|(i, l)| (i.to_string(), l)))
        .collect()
}

//! Importing a backup: the file is read and checked in full, and what it
//! would add, replace or remove is shown before anything changes.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::storage::{ImportMode, ImportPreview, RecordRef, MAX_BACKUP_BYTES};
use crate::ui::state::AppState;

/// How many records each preview list names before summing up the rest.
const LIST_LIMIT: usize = 30;

/// File picker, mode, preview, and the apply step.
#[component]
pub fn ImportSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let file_text = RwSignal::new(None::<String>);
    let read_error = RwSignal::new(None::<String>);
    let mode = RwSignal::new(ImportMode::Merge);
    let done = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<Input>::new();

    // The preview follows the file, the mode and the current data.
    let preview = Memo::new(move |_| {
        file_text.with(|text| {
            text.as_ref()
                .map(|raw| match state.preview_import(raw, mode.get()) {
                    Some(preview) => preview.map_err(|e| e.to_string()),
                    None => Err(
                        "The app is still loading its storage code. Try again in a moment.".into(),
                    ),
                })
        })
    });

    let reset = move || {
        file_text.set(None);
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };

    let on_file = move |_| {
        done.set(None);
        read_error.set(None);
        file_text.set(None);
        let Some(file) = input_ref
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        if file.size() > MAX_BACKUP_BYTES as f64 {
            read_error.set(Some(
                "This file is too large to be a backup from this app. Nothing was changed.".into(),
            ));
            return;
        }
        spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => {
                    file_text.try_set(text.as_string());
                }
                Err(_) => {
                    read_error.try_set(Some(
                        "The browser could not read this file. Nothing was changed.".into(),
                    ));
                }
            }
        });
    };

    let apply = move |_| {
        let Some(Ok(p)) = preview.get_untracked() else {
            return;
        };
        let counts = p.counts();
        let next = state.tracker.with_untracked(|current| p.apply(current));
        state.replace_tracker(next);
        done.set(Some(format!(
            "Import complete: {} added, {} replaced, {} removed.",
            counts.added, counts.replaced, counts.removed
        )));
        reset();
    };

    let body = move || {
        preview.with(|p| match p {
            None => None,
            Some(Err(e)) => Some(
                view! {
                    <div class="notice error" role="alert">
                        <p>"This file cannot be imported: " {e.to_string()} " Nothing was changed."</p>
                    </div>
                }
                .into_any(),
            ),
            Some(Ok(p)) => Some(
                view! {
                    <PreviewView preview=p.clone()/>
                    <div class="button-row">
                        <button type="button" class="primary" on:click=apply>
                            "Apply import"
                        </button>
                        <button type="button" on:click=move |_| reset()>
                            "Cancel"
                        </button>
                    </div>
                }
                .into_any(),
            ),
        })
    };

    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import a backup"</h2>
            <p>"Nothing changes until you have seen what the file holds and chosen to apply it."</p>
            <label for="import-file">"Backup file"</label>
            <input
                id="import-file"
                type="file"
                accept=".json,application/json"
                node_ref=input_ref
                on:change=on_file
            />
            <fieldset>
                <legend>"How to combine it with the data here"</legend>
                <label class="choice" for="import-merge">
                    <input
                        type="radio"
                        name="import-mode"
                        id="import-merge"
                        prop:checked=move || mode.get() == ImportMode::Merge
                        on:change=move |_| mode.set(ImportMode::Merge)
                    />
                    "Merge: add new records, update those in both, keep the rest"
                </label>
                <label class="choice" for="import-replace">
                    <input
                        type="radio"
                        name="import-mode"
                        id="import-replace"
                        prop:checked=move || mode.get() == ImportMode::ReplaceAll
                        on:change=move |_| mode.set(ImportMode::ReplaceAll)
                    />
                    "Replace all: the data here becomes exactly the file's"
                </label>
            </fieldset>
            <div aria-live="polite">
                {body}
                {move || read_error.get().map(|e| view! { <div class="notice error" role="alert"><p>{e}</p></div> })}
            </div>
            <p role="status">{move || done.get()}</p>
        </section>
    }
}

/// The counts and the named lists of what an import would do.
#[component]
fn PreviewView(
    /// The checked import.
    preview: ImportPreview,
) -> impl IntoView {
    let c = preview.counts();
    let from = preview
        .exported_at
        .map(|at| format!("Backup made on {}.", at.format("%-d %b %Y, %H:%M UTC")));
    view! {
        <div class="import-preview notice info">
            <h3>"What this import will do"</h3>
            <p>{from}</p>
            <p class="import-counts">
                {format!(
                    "{} to add, {} to replace, {} to remove, {} already the same.",
                    c.added,
                    c.replaced,
                    c.removed,
                    c.unchanged,
                )}
            </p>
            <RecordList title="Will be added" records=preview.added/>
            <RecordList title="Will replace the version here" records=preview.replaced/>
            <RecordList title="Will be removed" records=preview.removed/>
        </div>
    }
}

/// A short list of records under a heading, or nothing when empty.
#[component]
fn RecordList(
    /// The list's heading.
    title: &'static str,
    /// The records.
    records: Vec<RecordRef>,
) -> impl IntoView {
    if records.is_empty() {
        return None;
    }
    let more = records.len().saturating_sub(LIST_LIMIT);
    let items = records
        .into_iter()
        .take(LIST_LIMIT)
        .map(|r| {
            view! { <li>{r.kind.label()} ": " {r.label}</li> }
        })
        .collect_view();
    Some(view! {
        <h4>{title}</h4>
        <ul>
            {items}
            {(more > 0).then(|| view! { <li>{format!("and {more} more")}</li> })}
        </ul>
    })
}

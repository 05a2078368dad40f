//! Importing a backup, from a file or pasted as text (phones share a
//! backup as text): it is read and checked in full, and what it would add,
//! change or remove, how each disagreement between the two devices was
//! settled, and which settings it brings, are shown before anything
//! changes. Merging keeps the newest change of each record and deletions
//! made on either side (`domain::tracker::devices`); "replace everything"
//! restores the file exactly.

use std::collections::{HashMap, HashSet};

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::tracker::{RecordKind, Resolved};
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
    let pasted = RwSignal::new(String::new());

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
        pasted.set(String::new());
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };
    let on_paste = move |ev| {
        let text = event_target_value(&ev);
        done.set(None);
        read_error.set(None);
        if text.len() > MAX_BACKUP_BYTES {
            read_error.set(Some(
                "This text is too long to be a backup from this app. Nothing was changed.".into(),
            ));
            return;
        }
        file_text.set((!text.trim().is_empty()).then(|| text.clone()));
        pasted.set(text);
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
        let settings = state
            .settings
            .with_untracked(|current| p.apply_settings(current));
        let next = state.tracker.with_untracked(|current| p.apply(current));
        state.replace_tracker(next);
        if state.settings.with_untracked(|s| *s != settings) {
            state.save_settings(settings);
        }
        done.set(Some(format!(
            "Import complete: {} added, {} changed, {} removed.",
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
                    <PreviewView
                        preview=p.clone()
                        settings=state.settings.with_untracked(|s| p.settings_differences(s))
                    />
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
                accept=".json,application/json,text/plain"
                node_ref=input_ref
                on:change=on_file
            />
            <label for="import-text">"Or paste the backup's text"</label>
            <p class="hint" id="import-text-hint">
                "A backup shared from a phone arrives as text: copy all of it and paste it here."
            </p>
            <textarea
                id="import-text"
                rows="3"
                aria-describedby="import-text-hint"
                prop:value=move || pasted.get()
                on:input=on_paste
            ></textarea>
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
                    "Merge with the data here: the newest change to each record wins, and what was deleted on either device stays deleted"
                </label>
                <label class="choice" for="import-replace">
                    <input
                        type="radio"
                        name="import-mode"
                        id="import-replace"
                        prop:checked=move || mode.get() == ImportMode::ReplaceAll
                        on:change=move |_| mode.set(ImportMode::ReplaceAll)
                    />
                    "Replace everything with the file: the data here becomes exactly the backup's"
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
    /// How the file's settings differ from these.
    settings: Vec<crate::storage::SettingDifference>,
) -> impl IntoView {
    let c = preview.counts();
    let from = preview
        .exported_at
        .map(|at| format!("Backup made on {}.", crate::ui::format::local_date_time(at)));
    let settings = (!settings.is_empty()).then(|| {
        let items = settings
            .into_iter()
            .map(|d| {
                let what = if d.taken {
                    format!(
                        "{}: \u{201c}{}\u{201d} from the file (empty here)",
                        d.setting, d.file
                    )
                } else {
                    format!(
                        "{}: \u{201c}{}\u{201d} stays (the file has \u{201c}{}\u{201d})",
                        d.setting, d.here, d.file
                    )
                };
                view! { <li>{what}</li> }
            })
            .collect_view();
        view! {
            <h4>"Settings"</h4>
            <ul>{items}</ul>
        }
    });
    // Each record is named once: one that a list above shows carries its
    // reason there; the rest (kept here, staying deleted) follow below.
    let listed: HashSet<(RecordKind, String)> = preview
        .added
        .iter()
        .chain(&preview.replaced)
        .chain(&preview.removed)
        .map(|r| (r.kind, r.id.clone()))
        .collect();
    let (inline, other): (Vec<Resolved>, Vec<Resolved>) = preview
        .resolved
        .iter()
        .cloned()
        .partition(|r| listed.contains(&(r.record.kind, r.record.id.clone())));
    let why: HashMap<(RecordKind, String), &'static str> = inline
        .into_iter()
        .map(|r| ((r.record.kind, r.record.id), r.resolution.explanation()))
        .collect();
    view! {
        <div class="import-preview notice info">
            <h3>"What this import will do"</h3>
            <p>{from}</p>
            <p class="import-counts">
                {format!(
                    "{} to add, {} to change, {} to remove, {} already the same.",
                    c.added,
                    c.replaced,
                    c.removed,
                    c.unchanged,
                )}
            </p>
            <RecordList title="Will be added" records=preview.added why=why.clone()/>
            <RecordList title="Will change to the file\u{2019}s newer version" records=preview.replaced why=why.clone()/>
            <RecordList title="Will be removed" records=preview.removed why=why/>
            <ResolvedList resolved=other/>
            {settings}
        </div>
    }
}

/// How each record the two devices disagreed on was settled.
#[component]
fn ResolvedList(
    /// The settled disagreements.
    resolved: Vec<Resolved>,
) -> impl IntoView {
    if resolved.is_empty() {
        return None;
    }
    let more = resolved.len().saturating_sub(LIST_LIMIT);
    let items = resolved
        .into_iter()
        .take(LIST_LIMIT)
        .map(|r| {
            view! {
                <li>
                    {kind_name(r.record.kind)}
                    ": "
                    <strong>{r.record.label}</strong>
                    " \u{2014} "
                    {r.resolution.explanation()}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h4>"Where the two devices disagreed"</h4>
        <ul>
            {items}
            {(more > 0).then(|| view! { <li>{format!("and {more} more")}</li> })}
        </ul>
    })
}

/// A short list of records under a heading, or nothing when empty.
#[component]
fn RecordList(
    /// The list's heading.
    title: &'static str,
    /// The records.
    records: Vec<RecordRef>,
    /// Why, for records the two devices disagreed on.
    why: HashMap<(RecordKind, String), &'static str>,
) -> impl IntoView {
    if records.is_empty() {
        return None;
    }
    let more = records.len().saturating_sub(LIST_LIMIT);
    let items = records
        .into_iter()
        .take(LIST_LIMIT)
        .map(|r| {
            let reason = why
                .get(&(r.kind, r.id.clone()))
                .map(|why| format!(" \u{2014} {why}"));
            view! { <li>{kind_name(r.kind)} ": " {r.label} {reason}</li> }
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

/// What kind of record a preview line names, so that a contact's name
/// and a company are never mistaken for each other.
fn kind_name(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Opportunity => "Opportunity",
        RecordKind::Contact => "Contact",
        RecordKind::Activity => "Timeline entry",
        RecordKind::FollowUp => "Follow-up",
    }
}

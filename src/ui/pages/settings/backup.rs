//! Backups: their health at a glance (the last backup and changes since,
//! persistent storage, Safari's seven-day rule on iPhones, see
//! `domain::backup_health`), export everything as JSON, opportunities as
//! CSV, and a request for persistent storage.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::backup_health::{backup_health, BackupFacts, Browser, Health};
use crate::storage::local::{is_persistent, request_persistence};
use crate::storage::opportunities_csv;
use crate::ui::download::download_text;
use crate::ui::format::file_date;
use crate::ui::state::{now, AppState};
use crate::ui::timing::BrowserZone;

/// Backup health, export buttons and persistent storage.
#[component]
pub fn BackupSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<Result<&'static str, String>>);
    let persistent = RwSignal::new(None::<bool>);
    spawn_local(async move {
        if let Some(granted) = is_persistent().await {
            persistent.try_set(Some(granted));
        }
    });

    let export_json = move |_| {
        let name = dated_name("graceful-decline-backup-", ".json");
        message.set(Some(match state.export_backup() {
            Some(text) => {
                download_text(&name, "application/json", &text).map(|()| "Backup downloaded.")
            }
            None => Err("The backup could not be made yet. Reload the page and try again.".into()),
        }));
    };
    // Phones send a file to another device with the share sheet, which
    // refuses `.json` files: the backup goes as a `.txt` file where files
    // can be shared, else as text. Import reads either.
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    let share_backup = move |_| {
        let Some(text) = state.export_backup() else {
            message.set(Some(Err(
                "The backup could not be made yet. Reload the page and try again.".into(),
            )));
            return;
        };
        let name = dated_name("graceful-decline-backup-", ".txt");
        let data = share_data(&text, &name);
        let promise = window().navigator().share_with_data(&data);
        spawn_local(async move {
            let shared = wasm_bindgen_futures::JsFuture::from(promise).await;
            message.try_set(Some(match shared {
                Ok(_) => Ok("Backup shared."),
                // Closing the share sheet is a choice, not a fault.
                Err(e) if error_name(&e) == "AbortError" => Ok("Not shared."),
                Err(_) => {
                    Err("This browser could not share the backup. Download it instead.".into())
                }
            }));
        });
    };
    let export_csv = move |_| {
        let text = state.tracker.with_untracked(opportunities_csv);
        let name = dated_name("graceful-decline-opportunities-", ".csv");
        message.set(Some(
            download_text(&name, "text/csv", &text).map(|()| "Spreadsheet file downloaded."),
        ));
    };
    let ask_persist = move |_| {
        spawn_local(async move {
            let granted = request_persistence().await.unwrap_or(false);
            persistent.try_set(Some(granted));
        });
    };

    let browser = this_browser();
    let health = move || {
        let meta = state.backup_meta();
        let facts = BackupFacts {
            last_export: meta.last_export,
            changes_since_export: meta.changes_since_export,
            record_count: state.tracker.with(|d| d.record_count()),
            persistent: persistent.get(),
            browser,
        };
        backup_health(&facts, now(), &BrowserZone)
            .into_iter()
            .map(|line| {
                let class = match line.health {
                    Health::Good => "health good",
                    Health::Attention => "health attention",
                    Health::AtRisk => "health at-risk",
                };
                let steps = (!line.steps.is_empty()).then(|| {
                    view! {
                        <ol class="health-steps">
                            {line.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
                        </ol>
                    }
                });
                view! {
                    <li class=class>
                        <span class="health-badge">{line.health.label()}</span>
                        <strong class="health-title">{line.title}</strong>
                        <p class="health-detail">{line.detail}</p>
                        {steps}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="card" aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Back up your data"</h2>
            <h3 id="health-heading">"Backup health"</h3>
            <ul class="health-list" aria-labelledby="health-heading">
                {health}
            </ul>
            <p>
                "Everything is saved in this browser only. Download a backup file now and then, and keep it somewhere safe; you can import it here on any device."
            </p>
            <div class="button-row">
                <button type="button" class="primary" on:click=export_json>
                    "Export backup (JSON)"
                </button>
                {can_share
                    .then(|| {
                        view! {
                            <button type="button" on:click=share_backup>
                                "Share backup…"
                            </button>
                        }
                    })}
                <button type="button" on:click=export_csv>
                    "Export opportunities (CSV)"
                </button>
            </div>
            <p role="status">
                {move || match message.get() {
                    Some(Ok(text)) => Some(text.to_string()),
                    Some(Err(e)) => Some(e),
                    None => None,
                }}
            </p>
            <h3>"Keep data on this device"</h3>
            <p>
                "You can ask the browser not to clear this site's data on its own."
            </p>
            <div class="button-row">
                <button type="button" on:click=ask_persist>
                    "Ask to keep my data"
                </button>
            </div>
        </section>
    }
}

/// Which browser this is, for the iPhone warning: the user agent, the
/// touch points (an iPad reports a Mac's user agent) and whether the page
/// runs as an installed app.
fn this_browser() -> Browser {
    let window = window();
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let touch = navigator.max_touch_points().max(0) as u32;
    let installed = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
        || js_sys::Reflect::get(&navigator, &"standalone".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
    Browser::detect(&agent, touch, installed)
}

/// What the share sheet gets: the backup as a plain-text file when the
/// browser can share files, else as text.
fn share_data(text: &str, name: &str) -> web_sys::ShareData {
    let data = web_sys::ShareData::new();
    data.set_title("Graceful Decline backup");
    let options = web_sys::FilePropertyBag::new();
    options.set_type("text/plain");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok();
    let navigator = window().navigator();
    let files_ok = file.as_ref().is_some_and(|file| {
        let probe = js_sys::Object::new();
        let files = js_sys::Array::of1(file);
        js_sys::Reflect::set(&probe, &"files".into(), &files).is_ok()
            && js_sys::Reflect::get(&navigator, &"canShare".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .and_then(|f| f.call1(&navigator, &probe).ok())
                .and_then(|ok| ok.as_bool())
                .unwrap_or(false)
    });
    match file.filter(|_| files_ok) {
        Some(file) => {
            let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
        }
        None => data.set_text(text),
    }
    data
}

/// A rejected promise's `name` ("AbortError"), or "".
fn error_name(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// `prefix` + today's date + `ext`, so backups sort by day.
fn dated_name(prefix: &str, ext: &str) -> String {
    let mut name = String::from(prefix);
    name.push_str(&file_date(now()));
    name.push_str(ext);
    name
}

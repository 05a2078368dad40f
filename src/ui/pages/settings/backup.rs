//! Backups: export everything as JSON, opportunities as CSV, a gentle
//! reminder when there are changes since the last export, and a request
//! for persistent storage.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::storage::local::{is_persistent, request_persistence};
use crate::storage::opportunities_csv;
use crate::ui::download::download_text;
use crate::ui::format::{file_date, local_date, local_date_time};
use crate::ui::state::{now, AppState};

/// Export buttons, the reminder and persistent storage.
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

    let reminder = move || {
        let meta = state.backup_meta();
        let has_data = state.tracker.with(|d| d.record_count() > 0);
        (has_data && meta.needs_reminder()).then(|| {
            let since = match meta.last_export {
                Some(at) => format!(
                    "You have made {} since your last backup on {}.",
                    if meta.changes_since_export == 1 {
                        "one change".to_string()
                    } else {
                        format!("{} changes", meta.changes_since_export)
                    },
                    local_date(at)
                ),
                None => "You have not made a backup yet.".to_string(),
            };
            view! {
                <div class="notice info">
                    <p>
                        {since}
                        " Your data lives only in this browser, and some browsers (Safari among them) may clear a site's data after seven days without a visit. A backup file keeps it safe."
                    </p>
                </div>
            }
        })
    };
    let last = move || {
        state.backup_meta().last_export.map(|at| {
            view! { <p class="hint">"Last backup: " {local_date_time(at)}</p> }
        })
    };
    let persist_text = move || {
        match persistent.get() {
        Some(true) => "Granted: this browser will keep the data unless you clear it yourself.",
        Some(false) => "Not granted yet: the browser may clear the data when space runs short or after a long time without a visit. Regular backups are the sure way.",
        None => "Not asked yet.",
    }
    };

    view! {
        <section class="card" aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Back up your data"</h2>
            {reminder}
            <p>
                "Everything is saved in this browser only. Download a backup file now and then, and keep it somewhere safe; you can import it here on any device."
            </p>
            <div class="button-row">
                <button type="button" class="primary" on:click=export_json>
                    "Export backup (JSON)"
                </button>
                <button type="button" on:click=export_csv>
                    "Export opportunities (CSV)"
                </button>
            </div>
            {last}
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
            <p role="status" class="persist-status">
                "Persistent storage: " {persist_text}
            </p>
        </section>
    }
}

/// `prefix` + today's date + `ext`, so backups sort by day.
fn dated_name(prefix: &str, ext: &str) -> String {
    let mut name = String::from(prefix);
    name.push_str(&file_date(now()));
    name.push_str(ext);
    name
}

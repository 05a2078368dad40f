//! Saved data that could not be read: download it, then discard it or
//! start fresh. Shown only when there is something to decide.

use leptos::prelude::*;

use crate::storage::TRACKER_KEY;
use crate::ui::download::download_text;
use crate::ui::state::AppState;

/// Offers each unreadable copy for download, and the way forward.
#[component]
pub fn RecoverySection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let visible = move || state.saving_blocked() || !state.unreadable_keys().is_empty();
    view! {
        <Show when=visible>
            <section class="card recovery" aria-labelledby="recovery-heading">
                <h2 id="recovery-heading">"Data that could not be read"</h2>
                <p>
                    "Some saved data was damaged, so the app could not read it. It has been kept exactly as it was. Download it to keep it safe (someone handy with JSON may be able to repair it), then decide."
                </p>
                <ul class="plain-list">
                    <For
                        each=move || state.unreadable_keys()
                        key=|k| k.clone()
                        children=move |key| view! { <UnreadableItem key=key/> }
                    />
                </ul>
                <Show when=move || state.saving_blocked()>
                    <p>
                        "Until you choose, changes you make stay in this tab only. Import a backup below, or start fresh: the app will then save over the damaged tracker (the copy above stays until you discard it)."
                    </p>
                    <div class="button-row">
                        <button type="button" class="primary" on:click=move |_| state.start_fresh()>
                            "Start fresh"
                        </button>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

/// One unreadable copy: download, then discard.
#[component]
fn UnreadableItem(
    /// The key the copy is kept under.
    key: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let downloaded = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let what = if key.starts_with(TRACKER_KEY) {
        "tracker"
    } else {
        "settings or draft"
    };
    let file_name = key.replace(':', "-") + ".txt";
    let download_key = key.clone();
    let on_download = move |_| {
        let Some(text) = state.unreadable_text(&download_key) else {
            return;
        };
        match download_text(&file_name, "text/plain", &text) {
            Ok(()) => {
                downloaded.set(true);
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let discard_key = key.clone();
    view! {
        <li>
            <p>"Unreadable " {what} " data"</p>
            <div class="button-row">
                <button type="button" on:click=on_download>
                    "Download the unreadable data"
                </button>
                <Show when=move || downloaded.get()>
                    {
                        let key = discard_key.clone();
                        view! {
                            <button
                                type="button"
                                class="danger"
                                on:click=move |_| state.discard_unreadable(&key)
                            >
                                "Discard the unreadable copy"
                            </button>
                        }
                    }
                </Show>
            </div>
            <p role="alert" class="field-error">{move || error.get()}</p>
        </li>
    }
}

//! The storage banner: notices about saving, announced to screen readers.

use leptos::prelude::*;

use super::paths::app_path;
use super::state::notice_ids::{TRACKER_CORRUPT, TRACKER_SAVE, UNAVAILABLE};
use super::state::{AppState, NoticeLevel};

/// Lists storage notices. The "cannot save at all" notice stays for the
/// whole visit; notices about data at risk link to Settings and data,
/// where the user can export or recover.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="banner" role="status" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|n| (n.id, n.text.clone())
                children=move |n| {
                    let class = match n.level {
                        NoticeLevel::Info => "notice info",
                        NoticeLevel::Warning => "notice warning",
                        NoticeLevel::Error => "notice error",
                    };
                    let id = n.id;
                    let to_settings = matches!(id, TRACKER_CORRUPT | TRACKER_SAVE | UNAVAILABLE)
                        .then(|| {
                            view! {
                                <a href=app_path("/settings") class="button">
                                    "Settings and data"
                                </a>
                            }
                        });
                    let dismiss = (id != UNAVAILABLE)
                        .then(|| {
                            view! {
                                <button type="button" on:click=move |_| state.dismiss(id)>
                                    "Dismiss"
                                </button>
                            }
                        });
                    view! {
                        <div class=class>
                            <p>{n.text}</p>
                            <div class="button-row">{to_settings} {dismiss}</div>
                        </div>
                    }
                }
            />
        </div>
    }
}

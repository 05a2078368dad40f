//! The storage banner: notices about saving, announced to screen readers.

use leptos::prelude::*;

use super::state::{AppState, NoticeLevel};

/// Lists storage notices; errors are announced assertively.
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
                    view! {
                        <div class=class>
                            <p>{n.text}</p>
                            <button type="button" on:click=move |_| state.dismiss(id)>"Dismiss"</button>
                        </div>
                    }
                }
            />
        </div>
    }
}

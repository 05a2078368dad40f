//! What to do with the finished text: copy, open in the mail app, share,
//! download, and record it in the tracker.

use leptos::__reexports::wasm_bindgen_futures::JsFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::draft::Draft;
use crate::domain::messages::mailto_url;
use crate::domain::timing::FollowUpDelay;
use crate::domain::tracker::{new_id, Activity, ActivityEntry, PlannedChange, RecordKind, Status};
use crate::domain::Channel;
use crate::ui::download::download_text;
use crate::ui::state::{entropy, now, AppState};
use crate::ui::timing::BrowserZone;

/// Copy, mail, share and download buttons with a confirmation line.
#[component]
pub fn SendActions(
    /// The draft to send.
    draft: Draft,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let say = move |text: &str| status.set(text.to_string());
    let copy = move |_| {
        say("");
        let body = draft.text.with_untracked(|t| t.body.clone());
        let promise = window().navigator().clipboard().write_text(&body);
        spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => say("Copied. Paste it where you write to them."),
                Err(_) => {
                    say("This browser did not allow copying. Select the text and copy it by hand.")
                }
            }
        });
    };
    let mailto = move || {
        draft
            .text
            .with(|t| mailto_url(&draft.to.get(), t.subject.as_deref(), &t.body))
    };
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    let share = move |_| {
        say("");
        let text = draft.text.get_untracked();
        let data = web_sys::ShareData::new();
        data.set_text(&text.body);
        if let Some(subject) = &text.subject {
            data.set_title(subject);
        }
        let promise = window().navigator().share_with_data(&data);
        spawn_local(async move {
            if JsFuture::from(promise).await.is_ok() {
                say("Shared.");
            }
        });
    };
    let download = move |_| {
        let (name, text) = draft.text.with_untracked(|t| {
            let name = if draft.channel.get_untracked() == Channel::Phone {
                "call-script.txt"
            } else {
                "message.txt"
            };
            (name, t.whole())
        });
        match download_text(name, "text/plain;charset=utf-8", &text) {
            Ok(()) => say("Downloaded as a text file."),
            Err(e) => say(&e),
        }
    };
    view! {
        <div class="button-row compose-actions">
            <button type="button" class="button primary" on:click=copy>
                "Copy text"
            </button>
            <Show when=move || draft.channel.get() == Channel::Email>
                <a class="button" href=mailto>
                    "Open in mail app"
                </a>
            </Show>
            {can_share
                .then(|| {
                    view! {
                        <button type="button" class="button" on:click=share>
                            "Share"
                        </button>
                    }
                })}
            <button type="button" class="button" on:click=download>
                "Download .txt"
            </button>
        </div>
        <p class="compose-status" role="status" aria-live="polite">
            {move || status.get()}
        </p>
    }
}

/// "Record in tracker": logs the message on the selected opportunity.
#[component]
pub fn RecordInTracker(
    /// The draft to record.
    draft: Draft,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let sent = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let record = move |_| {
        let Some(opportunity_id) = draft.opportunity.get_untracked() else {
            return;
        };
        let at = now();
        let activity = Activity {
            id: new_id(RecordKind::Activity, at, entropy()),
            opportunity_id,
            at,
            entry: ActivityEntry::Message {
                kind: draft.kind.get_untracked(),
                channel: draft.channel.get_untracked(),
                sent: sent.get_untracked(),
                text: draft.text.with_untracked(|t| t.whole()),
            },
        };
        // A sent message moves the opportunity on: a question waits for
        // the answer with a chase planned, a no plans the follow-up.
        let kind = draft.kind.get_untracked();
        let reason = draft.reason.get_untracked();
        let moved = sent
            .get_untracked()
            .then(|| Status::after_sending(kind))
            .flatten();
        let opportunity_id = activity.opportunity_id.clone();
        let outcome = state.edit_tracker(|d| {
            d.add_activity(activity)?;
            let Some(next) = moved else {
                return Ok(None);
            };
            if d.opportunity(&opportunity_id).map(|o| o.status) == Some(next) {
                return Ok(None);
            }
            let change = PlannedChange {
                status: next,
                reason,
                delay: FollowUpDelay::default(),
            };
            d.move_with_plan(&opportunity_id, change, at, &BrowserZone, |kind| {
                new_id(kind, at, entropy())
            })?;
            Ok(Some(next))
        });
        status.set(match outcome {
            Ok(Some(next)) => format!(
                "Recorded as sent; the opportunity is now “{}”.",
                next.label()
            ),
            Ok(None) if sent.get_untracked() => "Recorded in the tracker as sent.".to_string(),
            Ok(None) => "Recorded in the tracker as a draft.".to_string(),
            Err(e) => e.to_string(),
        });
    };
    view! {
        <Show
            when=move || draft.opportunity.with(Option::is_some)
            fallback=|| {
                view! {
                    <p class="hint">
                        "Pick a tracked opportunity above to keep this message in its history."
                    </p>
                }
            }
        >
            <p class="compose-sent">
                <input
                    id="compose-sent"
                    type="checkbox"
                    prop:checked=move || sent.get()
                    on:change=move |ev| sent.set(event_target_checked(&ev))
                />
                <label for="compose-sent">"I have sent it"</label>
            </p>
            <div class="button-row">
                <button type="button" class="button compose-record-button" on:click=record>
                    "Record in tracker"
                </button>
            </div>
        </Show>
        <p class="compose-status compose-record-status" role="status" aria-live="polite">
            {move || status.get()}
        </p>
    }
}

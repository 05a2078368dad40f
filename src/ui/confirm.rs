//! A destructive action that asks first, in place: a button, then a
//! question with a confirming and a cancelling button, announced as a
//! group. Used by "Start over" in Decide, deleting an opportunity and
//! deleting all data.

use leptos::html;
use leptos::prelude::*;

/// The words of one confirmation.
#[derive(Clone, Copy)]
pub struct ConfirmText {
    /// Unique on the page: the question's id, which labels the group.
    pub id: &'static str,
    /// The button that starts it.
    pub ask: &'static str,
    /// The question shown in its place.
    pub question: &'static str,
    /// The button that goes ahead.
    pub confirm: &'static str,
    /// The button that keeps things as they are.
    pub cancel: &'static str,
}

/// The button, or the question in its place. Keyboard focus follows: to
/// the safe button when the question appears (Enter never deletes by
/// accident), back to the first button when it is cancelled.
#[component]
pub fn ConfirmInline(
    /// What it says.
    text: ConfirmText,
    /// Runs once the person confirms.
    on_confirm: Callback<()>,
    /// Runs when the person presses the first button (for example to
    /// clear the status of an earlier run).
    #[prop(optional)]
    on_ask: Option<Callback<()>>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let ask_ref = NodeRef::<html::Button>::new();
    let cancel_ref = NodeRef::<html::Button>::new();
    // Focus moves once the swapped-in button exists, in the next frame.
    let focus_later = move |target: NodeRef<html::Button>| {
        request_animation_frame(move || {
            if let Some(button) = target.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <div class="button-row">
                        <button
                            type="button"
                            class="danger"
                            node_ref=ask_ref
                            on:click=move |_| {
                                if let Some(f) = on_ask {
                                    f.run(());
                                }
                                asking.set(true);
                                focus_later(cancel_ref);
                            }
                        >
                            {text.ask}
                        </button>
                    </div>
                }
            }
        >
            <div class="notice warning confirm" role="group" aria-labelledby=text.id>
                <p id=text.id>{text.question}</p>
                <div class="button-row">
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }
                    >
                        {text.confirm}
                    </button>
                    <button
                        type="button"
                        node_ref=cancel_ref
                        on:click=move |_| {
                            asking.set(false);
                            focus_later(ask_ref);
                        }
                    >
                        {text.cancel}
                    </button>
                </div>
            </div>
        </Show>
    }
}

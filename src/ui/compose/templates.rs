//! "My templates": save the current text under a name, then apply or
//! delete saved ones. They live in the tracker data, so backups keep them.

use leptos::prelude::*;

use super::draft::Draft;
use crate::domain::messages::{user_template_id, UserTemplate, MAX_TEMPLATE_NAME};
use crate::ui::state::{entropy, now, AppState};

/// Save, list, apply and delete the user's own templates.
#[component]
pub fn MyTemplates(
    /// The draft to save from and apply to.
    draft: Draft,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let text = draft.text.get_untracked();
        let template = UserTemplate {
            id: user_template_id(now(), entropy()),
            name: name.get_untracked().trim().to_string(),
            kind: draft.kind.get_untracked(),
            channel: draft.channel.get_untracked(),
            subject: text.subject.filter(|s| !s.trim().is_empty()),
            body: text.body,
            updated_at: now(),
        };
        let saved_name = template.name.clone();
        status.set(
            match state.edit_tracker(|d| d.add_user_template(template)) {
                Ok(()) => {
                    name.set(String::new());
                    format!("Saved \u{201c}{saved_name}\u{201d} to your templates.")
                }
                Err(e) => e.to_string(),
            },
        );
    };
    let apply = move |t: &UserTemplate| {
        draft.kind.set(t.kind);
        draft.channel_choice.set(t.channel);
        draft.source.set(Some(t.id.clone()));
        draft.edited.set(None);
        status.set(format!("Using \u{201c}{}\u{201d}.", t.name));
    };
    let delete = move |id: String, label: String| {
        if draft.source.get_untracked().as_deref() == Some(id.as_str()) {
            draft.source.set(None);
        }
        status.set(match state.edit_tracker(|d| d.delete_user_template(&id)) {
            Ok(()) => format!("Deleted \u{201c}{label}\u{201d}."),
            Err(e) => e.to_string(),
        });
    };
    let list = move || state.tracker.with(|d| d.user_templates.clone());
    view! {
        <p class="hint">
            "Keep "<code>"{company}"</code>", "<code>"{role}"</code>" or "<code>"{contact_name}"</code>
            " in the text and they are filled in each time you use the template."
        </p>
        <p class="compose-template-name">
            <label for="compose-template-name">"Template name"</label>
            <input
                id="compose-template-name"
                type="text"
                maxlength=MAX_TEMPLATE_NAME.to_string()
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
            />
        </p>
        <div class="button-row">
            <button type="button" class="button compose-templates-save" on:click=save>
                "Save as my template"
            </button>
        </div>
        <p class="compose-status" role="status" aria-live="polite">
            {move || status.get()}
        </p>
        <Show when=move || state.tracker.with(|d| !d.user_templates.is_empty())>
            <ul class="my-templates">
                <For
                    each=list
                    key=|t| (t.id.clone(), t.updated_at)
                    children=move |t| {
                        let applied = t.clone();
                        let (id, label) = (t.id.clone(), t.name.clone());
                        view! {
                            <li class="my-template">
                                <span class="my-template-name">{t.name.clone()}</span>
                                <span class="hint">
                                    {t.kind.label()}" · "{t.channel.label()}
                                </span>
                                <span class="button-row">
                                    <button type="button" class="button" on:click=move |_| apply(&applied)>
                                        "Use"
                                        <span class="visually-hidden">" " {t.name.clone()}</span>
                                    </button>
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=move |_| delete(id.clone(), label.clone())
                                    >
                                        "Delete"
                                        <span class="visually-hidden">" " {t.name.clone()}</span>
                                    </button>
                                </span>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}

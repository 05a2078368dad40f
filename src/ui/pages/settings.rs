//! Settings and data: the user's defaults and theme, then everything about
//! their saved data: recovery of unreadable data, backups, import, and
//! deleting it all.

mod backup;
mod import;
mod recovery;

use leptos::prelude::*;

use crate::domain::messages::Spelling;
use crate::domain::settings::{Settings, ThemeChoice};
use crate::ui::confirm::{ConfirmInline, ConfirmText};
use crate::ui::state::AppState;

use backup::BackupSection;
use import::ImportSection;
use recovery::RecoverySection;

/// Settings and data: defaults, theme, backup, import, delete.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <h1>"Settings and data"</h1>
        <RecoverySection/>
        <ProfileSection/>
        <ThemeSection/>
        <BackupSection/>
        <ImportSection/>
        <DeleteSection/>
    }
}

/// The name and signature the composer fills in.
#[component]
fn ProfileSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let initial = state.settings.get_untracked();
    let name = RwSignal::new(initial.user_name);
    let signature = RwSignal::new(initial.signature);
    let phone = RwSignal::new(initial.phone);
    let spelling = RwSignal::new(initial.spelling);
    let saved = RwSignal::new(false);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let settings = Settings {
            user_name: name.get_untracked().trim().to_string(),
            signature: signature.get_untracked().trim_end().to_string(),
            phone: phone.get_untracked().trim().to_string(),
            spelling: spelling.get_untracked(),
            ..state.settings.get_untracked()
        };
        state.save_settings(settings);
        saved.set(true);
    };
    view! {
        <section class="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">"About you"</h2>
            <p class="hint">"Used to sign the messages you write here. It stays on this device."</p>
            <form on:submit=on_submit>
                <label for="user-name">"Your name"</label>
                <input
                    id="user-name"
                    type="text"
                    autocomplete="name"
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        saved.set(false);
                    }
                />
                <label for="signature">
                    "Signature" <span class="hint">"Optional: title, phone, profile link"</span>
                </label>
                <textarea
                    id="signature"
                    class="short"
                    prop:value=move || signature.get()
                    on:input=move |ev| {
                        signature.set(event_target_value(&ev));
                        saved.set(false);
                    }
                ></textarea>
                <label for="user-phone">
                    "Your phone number" <span class="hint">"Optional: for the call-back line of a voicemail"</span>
                </label>
                <input
                    id="user-phone"
                    type="tel"
                    autocomplete="tel"
                    prop:value=move || phone.get()
                    on:input=move |ev| {
                        phone.set(event_target_value(&ev));
                        saved.set(false);
                    }
                />
                <label for="spelling">"Spelling in messages"</label>
                <select
                    id="spelling"
                    on:change=move |ev| {
                        spelling.set(match event_target_value(&ev).as_str() {
                            "us" => Some(Spelling::Us),
                            "uk" => Some(Spelling::Uk),
                            _ => None,
                        });
                        saved.set(false);
                    }
                >
                    <option value="" prop:selected=move || spelling.get().is_none()>
                        "Follow my browser's language"
                    </option>
                    <option value="us" prop:selected=move || spelling.get() == Some(Spelling::Us)>
                        "US (apologize, organization)"
                    </option>
                    <option value="uk" prop:selected=move || spelling.get() == Some(Spelling::Uk)>
                        "UK (apologise, organisation)"
                    </option>
                </select>
                <div class="button-row">
                    <button type="submit" class="primary">"Save my details"</button>
                </div>
                <p role="status" class="hint">{move || saved.get().then_some("Saved.")}</p>
            </form>
        </section>
    }
}

/// Light, dark or the device's choice; applied and saved on change.
#[component]
fn ThemeSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="card" aria-labelledby="theme-heading">
            <h2 id="theme-heading">"Appearance"</h2>
            <fieldset>
                <legend>"Theme"</legend>
                {ThemeChoice::ALL
                    .into_iter()
                    .map(|theme| {
                        let id = theme.as_str();
                        view! {
                            <label class="choice" for=id>
                                <input
                                    type="radio"
                                    name="theme"
                                    id=id
                                    value=id
                                    prop:checked=move || state.settings.with(|s| s.theme == theme)
                                    on:change=move |_| {
                                        let settings = Settings {
                                            theme,
                                            ..state.settings.get_untracked()
                                        };
                                        state.save_settings(settings);
                                    }
                                />
                                {theme.label()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </section>
    }
}

/// Removes every key of the app after an inline confirmation.
#[component]
fn DeleteSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let done = RwSignal::new(false);
    let text = ConfirmText {
        id: "delete-confirm",
        ask: "Delete all data…",
        question: "Delete everything? This cannot be undone. If you may want it back, export a backup first.",
        confirm: "Yes, delete everything",
        cancel: "Keep my data",
    };
    let on_ask = Callback::new(move |()| done.set(false));
    let on_confirm = Callback::new(move |()| {
        state.delete_all();
        done.set(true);
    });
    view! {
        <section class="card" aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete all data"</h2>
            <p>
                "Removes every opportunity, contact, note, draft and setting this app keeps in this browser."
            </p>
            <ConfirmInline text on_confirm on_ask/>
            <p role="status">{move || done.get().then_some("All data was deleted from this browser.")}</p>
        </section>
    }
}

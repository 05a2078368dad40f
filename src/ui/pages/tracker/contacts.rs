//! The people behind an opportunity: the list on the detail page, and the
//! contact fields shared by its inline form and the add form's "first
//! contact".

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::fields::{options, SelectField, TextField};
use super::pick;
use crate::domain::tracker::{
    new_id, Contact, ContactKind, RecordKind, TrackerError, ValidationErrors,
};
use crate::ui::state::{entropy, now, AppState, EditError};

/// The contact fields being typed, one signal each.
#[derive(Clone, Copy)]
pub struct ContactDraft {
    /// Their name.
    pub name: RwSignal<String>,
    /// Job title.
    pub title: RwSignal<String>,
    /// Index into `ContactKind::ALL`.
    pub kind: RwSignal<String>,
    /// Email address.
    pub email: RwSignal<String>,
    /// Phone number.
    pub phone: RwSignal<String>,
    /// LinkedIn profile URL.
    pub linkedin_url: RwSignal<String>,
    /// Connected on LinkedIn already.
    pub connected: RwSignal<bool>,
}

impl Default for ContactDraft {
    /// An empty draft (kind: recruiter, the usual first contact).
    fn default() -> Self {
        ContactDraft {
            name: RwSignal::new(String::new()),
            title: RwSignal::new(String::new()),
            kind: RwSignal::new("0".to_string()),
            email: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            linkedin_url: RwSignal::new(String::new()),
            connected: RwSignal::new(false),
        }
    }
}

impl ContactDraft {
    /// Whether anything has been typed.
    pub fn is_blank(&self) -> bool {
        [
            self.name,
            self.title,
            self.email,
            self.phone,
            self.linkedin_url,
        ]
        .iter()
        .all(|s| s.with_untracked(|s| s.trim().is_empty()))
    }

    /// The contact as typed, linked to one opportunity (not yet validated).
    pub fn typed_contact(self, opportunity_id: &str, now: DateTime<Utc>) -> Contact {
        let text = |s: RwSignal<String>| s.with_untracked(|s| s.trim().to_string());
        let mut contact = Contact::new(
            new_id(RecordKind::Contact, now, entropy()),
            text(self.name),
            pick(ContactKind::ALL, &self.kind.get_untracked()).unwrap_or(ContactKind::Other),
            now,
        );
        contact.title = text(self.title);
        contact.email = text(self.email);
        contact.phone = text(self.phone);
        contact.linkedin_url = text(self.linkedin_url);
        contact.linkedin_connected = self.connected.get_untracked();
        contact.opportunity_ids = vec![opportunity_id.to_string()];
        contact
    }

    /// Empties every field.
    pub fn clear(&self) {
        for s in [
            self.name,
            self.title,
            self.email,
            self.phone,
            self.linkedin_url,
        ] {
            s.set(String::new());
        }
        self.kind.set("0".to_string());
        self.connected.set(false);
    }
}

/// The contact inputs with their validation messages.
#[component]
pub fn ContactFields(
    /// The signals the inputs write.
    draft: ContactDraft,
    /// The messages from the last save attempt.
    #[prop(into)]
    errors: Signal<Option<ValidationErrors>>,
    /// A prefix for the inputs' ids, unique on the page.
    prefix: &'static str,
    /// All fields, or only name, kind and email (the add form's short version).
    #[prop(optional)]
    full: bool,
) -> impl IntoView {
    let more = full.then(|| {
        let connected_id = format!("{prefix}-connected");
        let connected_for = connected_id.clone();
        view! {
            <TextField id=format!("{prefix}-title") label="Job title" value=draft.title field="title" errors=errors/>
            <TextField id=format!("{prefix}-phone") label="Phone" kind="tel" value=draft.phone field="phone" errors=errors/>
            <TextField
                id=format!("{prefix}-linkedin")
                label="LinkedIn profile"
                kind="url"
                hint="The full address, such as https://www.linkedin.com/in/name"
                value=draft.linkedin_url
                field="linkedin_url"
                errors=errors
            />
            <label class="choice" for=connected_for>
                <input
                    type="checkbox"
                    id=connected_id
                    prop:checked=move || draft.connected.get()
                    on:change=move |ev| draft.connected.set(event_target_checked(&ev))
                />
                "Connected on LinkedIn"
            </label>
        }
    });
    view! {
        <TextField
            id=format!("{prefix}-name")
            label="Name"
            value=draft.name
            field="name"
            errors=errors
            required=true
        />
        <SelectField
            id=format!("{prefix}-kind")
            label="Their part"
            value=draft.kind
            options=options(None, ContactKind::ALL.iter().map(|k| k.label()))
        />
        <TextField id=format!("{prefix}-email") label="Email" kind="email" value=draft.email field="email" errors=errors/>
        {more}
    }
}

/// The opportunity's contacts and an inline form to add one.
#[component]
pub fn ContactsSection(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let contacts = state.records_of(id.clone(), |d, id| {
        d.contacts_for(id).into_iter().cloned().collect::<Vec<_>>()
    });
    let draft = ContactDraft::default();
    let errors = RwSignal::new(None::<ValidationErrors>);
    let result = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let contact = draft.typed_contact(&id, now());
        if let Err(e) = contact.validate() {
            errors.set(Some(e));
            result.set("Please fix the fields marked above.".to_string());
            return;
        }
        let name = contact.name.clone();
        match state.edit_tracker(|d| d.add_contact(contact)) {
            Ok(()) => {
                errors.set(None);
                draft.clear();
                result.set(format!("{name} was added."));
            }
            Err(EditError::Tracker(TrackerError::Invalid(e))) => errors.set(Some(e)),
            Err(e) => result.set(e.to_string()),
        }
    };
    view! {
        <section aria-labelledby="contacts-title">
            <h2 id="contacts-title">"People"</h2>
            <Show when=move || contacts.with(Vec::is_empty)>
                <p>"No one added yet. The recruiter or interviewer is worth keeping."</p>
            </Show>
            <ul class="contact-list">
                <For
                    each=move || contacts.get()
                    key=|c| (c.id.clone(), c.updated_at)
                    children=|c| view! { <ContactCard contact=c/> }
                />
            </ul>
            <details class="card add-contact">
                <summary>"Add a contact"</summary>
                <form on:submit=submit novalidate=true>
                    <ContactFields draft=draft errors=errors prefix="contact" full=true/>
                    <p class="button-row">
                        <button type="submit">"Add contact"</button>
                    </p>
                </form>
            </details>
            <p role="status" class="form-result">{move || result.get()}</p>
        </section>
    }
}

/// One person with ways to reach them.
#[component]
fn ContactCard(
    /// The contact.
    contact: Contact,
) -> impl IntoView {
    let Contact {
        name,
        title,
        kind,
        email,
        phone,
        linkedin_url,
        linkedin_connected,
        ..
    } = contact;
    let role = if title.is_empty() {
        kind.label().to_string()
    } else {
        format!("{title} · {}", kind.label())
    };
    let email = (!email.is_empty()).then(|| {
        let href = format!("mailto:{email}");
        view! { <li><a href=href>{email}</a></li> }
    });
    let phone = (!phone.is_empty()).then(|| {
        let href = format!("tel:{phone}");
        view! { <li><a href=href>{phone}</a></li> }
    });
    let linkedin = (!linkedin_url.is_empty()).then(|| {
        view! {
            <li>
                <a href=linkedin_url rel="noopener noreferrer">"LinkedIn profile"</a>
            </li>
        }
    });
    view! {
        <li class="contact card">
            <p class="contact-name">
                <strong>{name}</strong>
                <span class="hint">{role}</span>
            </p>
            <ul class="contact-ways">{email} {phone} {linkedin}</ul>
            <p class="hint">
                {if linkedin_connected { "Connected on LinkedIn" } else { "Not connected on LinkedIn yet" }}
            </p>
        </li>
    }
}

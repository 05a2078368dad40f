//! "You have been here before": while an opportunity is added, pasted or
//! composed for, the earlier records at the same company and the people
//! the tracker already knows, each with what happened last time (the
//! matching and the words are `domain::tracker::history`).

use leptos::prelude::*;
use leptos_router::components::A;

use super::opportunity_path;
use crate::domain::tracker::{been_here_before, ContactMatch, History, Lookup};
use crate::ui::state::{now, AppState};
use crate::ui::timing::BrowserZone;

/// The notice, shown only when something matches.
#[component]
pub fn BeenHereBefore(
    /// The company being typed.
    #[prop(into)]
    company: Signal<String>,
    /// The contact's name, if any.
    #[prop(optional, into)]
    contact_name: Signal<String>,
    /// The contact's e-mail address, if any.
    #[prop(optional, into)]
    contact_email: Signal<String>,
    /// The record being edited, which is not "before" (`None` when adding).
    exclude_id: Option<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let exclude = StoredValue::new(exclude_id);
    let history = Memo::new(move |_| {
        let spelling = state
            .settings
            .with(|s| s.spelling_for(&window().navigator().language().unwrap_or_default()));
        let (company, name, email) = (company.get(), contact_name.get(), contact_email.get());
        exclude.with_value(|exclude| {
            state.tracker.with(|data| {
                let lookup = Lookup {
                    company: &company,
                    contact_name: &name,
                    contact_email: &email,
                    exclude_id: exclude.as_deref(),
                };
                been_here_before(data, &lookup, spelling, now(), &BrowserZone)
            })
        })
    });
    move || {
        let h: History = history.get();
        (!h.is_empty()).then(|| {
            let opportunities = h
                .opportunities
                .into_iter()
                .map(|o| {
                    view! {
                        <li>
                            <A href=opportunity_path(&o.id)>{o.label}</A>
                            ": "
                            {o.summary}
                        </li>
                    }
                })
                .collect_view();
            let contacts = h
                .contacts
                .into_iter()
                .map(|c| {
                    let how = match c.matched_on {
                        ContactMatch::Email => " (same e-mail address)",
                        ContactMatch::Name => " (same name)",
                        ContactMatch::Company => "",
                    };
                    view! {
                        <li>
                            <strong>{c.name}</strong>
                            {how}
                            ": "
                            {c.summary}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <aside class="been-here notice info" aria-labelledby="been-here-title">
                    <p id="been-here-title" class="been-here-title">
                        <strong>"You have been here before"</strong>
                    </p>
                    <ul>{opportunities}{contacts}</ul>
                </aside>
            }
        })
    }
}

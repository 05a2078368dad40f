//! The tracker: the searchable list, one opportunity's detail page with
//! its contacts, follow-ups and timeline, and the add/edit form.
//!
//! - `list`: `/tracker`, search, filters, sort and paging.
//! - `detail`: `/tracker/:id`, the record and its actions.
//! - `status`: the status change, with the follow-ups a decline plans.
//! - `follow_ups`, `contacts`, `timeline`: the detail page's sections.
//! - `form`: `/tracker/new` and `/tracker/:id/edit`.
//! - `before`: "you have been here before", while adding or composing.
//! - `fields`: labelled inputs that show the domain's validation messages.

mod before;
mod contacts;
mod detail;
mod fields;
mod follow_ups;
mod form;
mod list;
mod status;
mod timeline;

pub use before::BeenHereBefore;
pub use detail::OpportunityDetailPage;
pub use form::OpportunityFormPage;
pub use list::TrackerPage;

use leptos::prelude::*;
use leptos_router::components::A;

pub(crate) use crate::ui::already_under_base;
use crate::ui::app_path;
pub(crate) use crate::ui::format::{local_date, local_date_time};

/// The in-app path of one opportunity's detail page.
pub fn opportunity_path(id: &str) -> String {
    app_path(&format!("/tracker/{id}"))
}

/// The browser's IANA time zone name ("Europe/London"), or "UTC" when the
/// browser does not say.
pub fn browser_zone() -> String {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Reflect::get(&format.resolved_options(), &"timeZone".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "UTC".to_string())
}

/// The (year, month, day) of a date input's value ("2026-03-10").
pub fn parse_date_input(value: &str) -> Option<(i32, u32, u32)> {
    let mut parts = value.splitn(3, '-');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    ))
}

/// The value of the choice `value` in a `<select>` whose options are the
/// indexes of `all` ("" or anything else is no choice).
pub fn pick<T: Copy>(all: &[T], value: &str) -> Option<T> {
    value
        .parse::<usize>()
        .ok()
        .and_then(|i| all.get(i))
        .copied()
}

/// The `<select>` value for `item`: its index in `all`, or "" for none.
pub fn choice_value<T: PartialEq>(all: &[T], item: Option<T>) -> String {
    item.and_then(|item| all.iter().position(|x| *x == item))
        .map(|i| i.to_string())
        .unwrap_or_default()
}

/// A count with thousands separators ("10,000").
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Shown for an id that is not (or no longer) in the tracker.
#[component]
fn OpportunityNotFound() -> impl IntoView {
    view! {
        <section class="not-found" aria-labelledby="opp-nf-title">
            <h1 id="opp-nf-title">"We could not find that opportunity"</h1>
            <p>
                "It may have been deleted, perhaps in another tab, or the link is incomplete. "
                "Everything else you saved is still in your tracker."
            </p>
            <p>
                <A href=app_path("/tracker") attr:class="button primary">
                    "Back to the tracker"
                </A>
            </p>
        </section>
    }
}

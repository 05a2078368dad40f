//! Dates and times on screen, in one place: every list, card and panel
//! writes them through these, in the user's own zone (`BrowserZone`).
//! The short forms are the domain's (`messages::short_date`, natively
//! tested); the long form is the browser's own, in the user's language.
//! Written by hand rather than with chrono's `format`, which would bring
//! its whole strftime engine along.

use chrono::{DateTime, Utc};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::messages::{iso_date, short_date, short_date_time};
use crate::ui::timing::{input_values, BrowserZone};

/// A date in the user's own zone, such as "Tue 10 Mar 2026".
pub fn local_date(at: DateTime<Utc>) -> String {
    short_date(&at.with_timezone(&BrowserZone))
}

/// A date and time in the user's own zone, such as "Tue 10 Mar 2026, 14:30".
pub fn local_date_time(at: DateTime<Utc>) -> String {
    short_date_time(&at.with_timezone(&BrowserZone))
}

/// The user's own date, as a file name wants it: "2026-03-10".
pub fn file_date(at: DateTime<Utc>) -> String {
    iso_date(&at.with_timezone(&BrowserZone))
}

/// A date and time written the user's way, in their language and zone
/// ("Saturday 28 November 2026 at 10:00" for en-GB).
pub fn format_for_people(at: DateTime<Utc>) -> String {
    let options = Object::new();
    for (key, value) in [("dateStyle", "full"), ("timeStyle", "short")] {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    let format = js_sys::Intl::DateTimeFormat::new(&Array::new(), &options);
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    format
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| {
            let (date, time) = input_values(at);
            format!("{date} {time}")
        })
}

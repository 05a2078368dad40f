//! The user's own time zone, as the browser knows it: its offsets, its
//! name, and dates written the way the user's locale writes them.

use chrono::{
    DateTime, Datelike, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Timelike, Utc,
};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::timing::offsets_of_local;

/// The browser's time zone. Unlike chrono's `Local` in the browser, it
/// reports wall-clock times that daylight saving skips or repeats, so the
/// domain can turn them into an error the user can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BrowserZone;

impl TimeZone for BrowserZone {
    type Offset = FixedOffset;

    fn from_offset(_: &FixedOffset) -> Self {
        BrowserZone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
        self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        offsets_of_local(local, offset_at)
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        offset_at(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        offset_at(utc)
    }
}

/// The zone's IANA name ("Europe/London"), when the browser tells it.
pub fn zone_name() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&Array::new(), &Object::new());
    Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
        .filter(|name| !name.is_empty())
}

/// The values of `<input type="date">` and `<input type="time">` that show
/// this instant on the user's wall clock: ("2025-06-10", "09:30").
/// (Field by field: chrono's `format` would add its strftime interpreter.)
pub fn input_values(at: DateTime<Utc>) -> (String, String) {
    let local = at.with_timezone(&BrowserZone).naive_local();
    (
        format!(
            "{:04}-{:02}-{:02}",
            local.year(),
            local.month(),
            local.day()
        ),
        format!("{:02}:{:02}", local.hour(), local.minute()),
    )
}

/// The browser's UTC offset at a UTC instant. `getTimezoneOffset` counts
/// minutes west of UTC, and may be fractional for historical local mean
/// times, hence the rounding to whole seconds.
fn offset_at(utc: &NaiveDateTime) -> FixedOffset {
    let millis = utc.and_utc().timestamp_millis() as f64;
    let west_minutes = js_sys::Date::new(&JsValue::from_f64(millis)).get_timezone_offset();
    FixedOffset::west_opt((west_minutes * 60.0).round() as i32).unwrap_or_else(|| Utc.fix())
}

//! The same events as the `.ics` files, as links to the add-event pages of
//! Google Calendar and Outlook on the web. They are links the person
//! follows in their own browser, never requests the app makes: the
//! provider's page opens with the title, times, notes and place filled in,
//! and the person saves it there.

use chrono::{DateTime, Utc};

use super::CalendarEvent;
use crate::domain::messages::mailto::encode_into;

/// Google Calendar's add-event page.
const GOOGLE: &str = "https://calendar.google.com/calendar/render?action=TEMPLATE";
/// Outlook on the web's add-event page (personal and work accounts alike
/// are sent on from here after signing in).
const OUTLOOK: &str =
    "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent";

impl CalendarEvent {
    /// A link that opens Google Calendar's add-event page with this event.
    pub fn google_calendar_url(&self) -> String {
        let mut url = String::from(GOOGLE);
        push(&mut url, "text", &self.summary);
        let dates = format!("{}/{}", compact(self.start), compact(self.end));
        push(&mut url, "dates", &dates);
        push(&mut url, "details", &self.description);
        if let Some(place) = self.location.as_deref().filter(|p| !p.trim().is_empty()) {
            push(&mut url, "location", place);
        }
        url
    }

    /// A link that opens Outlook on the web's add-event page with this
    /// event.
    pub fn outlook_calendar_url(&self) -> String {
        let mut url = String::from(OUTLOOK);
        push(&mut url, "subject", &self.summary);
        push(&mut url, "startdt", &iso(self.start));
        push(&mut url, "enddt", &iso(self.end));
        push(&mut url, "body", &self.description);
        if let Some(place) = self.location.as_deref().filter(|p| !p.trim().is_empty()) {
            push(&mut url, "location", place);
        }
        url
    }
}

/// Appends `&name=value`, the value percent-encoded.
fn push(url: &mut String, name: &str, value: &str) {
    url.push('&');
    url.push_str(name);
    url.push('=');
    encode_into(url, value);
}

/// `20261201T140000Z`, Google's form of a UTC instant.
fn compact(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// `2026-12-01T14:00:00Z`, Outlook's form of a UTC instant.
fn iso(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn query(url: &str) -> Vec<(String, String)> {
        let (_, q) = url.split_once('?').unwrap();
        q.split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap();
                (k.to_string(), decode(v))
            })
            .collect()
    }

    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    fn event() -> CalendarEvent {
        let start = Utc.with_ymd_and_hms(2026, 12, 1, 14, 0, 0).unwrap();
        CalendarEvent::interview(
            "Acme & Sons: data analyst #2",
            start,
            start + chrono::TimeDelta::minutes(60),
            Some("1 Main St, Leeds"),
            "Final round\nBring ID",
        )
    }

    #[test]
    fn google_link_carries_title_times_notes_and_place() {
        let url = event().google_calendar_url();
        assert!(url.starts_with("https://calendar.google.com/calendar/render?"));
        let q = query(&url);
        let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("action"), Some("TEMPLATE"));
        assert_eq!(get("text"), Some("Interview: Acme & Sons: data analyst #2"));
        assert_eq!(get("dates"), Some("20261201T140000Z/20261201T150000Z"));
        assert_eq!(get("details"), Some("Final round\r\nBring ID"));
        assert_eq!(get("location"), Some("1 Main St, Leeds"));
    }

    #[test]
    fn outlook_link_carries_title_times_notes_and_place() {
        let url = event().outlook_calendar_url();
        assert!(url.starts_with("https://outlook.live.com/calendar/0/deeplink/compose?"));
        let q = query(&url);
        let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("rru"), Some("addevent"));
        assert_eq!(
            get("subject"),
            Some("Interview: Acme & Sons: data analyst #2")
        );
        assert_eq!(get("startdt"), Some("2026-12-01T14:00:00Z"));
        assert_eq!(get("enddt"), Some("2026-12-01T15:00:00Z"));
        assert_eq!(get("location"), Some("1 Main St, Leeds"));
    }

    #[test]
    fn typed_text_cannot_add_fields_of_its_own() {
        let mut e = event();
        e.summary = "x&dates=19700101T000000Z/19700101T000000Z".into();
        e.location = Some("   ".into());
        let q = query(&e.google_calendar_url());
        assert_eq!(q.iter().filter(|(k, _)| k == "dates").count(), 1);
        assert!(
            !q.iter().any(|(k, _)| k == "location"),
            "a blank place is left out"
        );
        assert_eq!(q.iter().filter(|(k, _)| k == "subject").count(), 0);
        let q = query(&e.outlook_calendar_url());
        assert_eq!(q.iter().filter(|(k, _)| k == "startdt").count(), 1);
    }
}

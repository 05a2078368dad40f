use super::*;
use chrono::{Offset, TimeZone};

/// Every zone in the table agrees with the full tz database on every
/// hour of 2025 to 2027.
#[test]
fn the_table_agrees_with_the_tz_database() {
    let start = NaiveDate::from_ymd_opt(2025, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 30, 0))
        .unwrap();
    for rule in ZONES {
        let tz: chrono_tz::Tz = rule.name.parse().unwrap();
        let mut t = start;
        while t.year() < 2028 {
            let want = tz.offset_from_utc_datetime(&t).fix();
            assert_eq!(rule.offset_at(&t), want, "{} at {t}", rule.name);
            t += TimeDelta::hours(1);
        }
    }
}

#[test]
fn abbreviations_follow_the_zone_people_mean() {
    let summer = NaiveDate::from_ymd_opt(2026, 7, 1)
        .and_then(|d| d.and_hms_opt(14, 0, 0))
        .unwrap();
    let at = |word: &str, user: Option<&ZoneRule>| {
        zone_by_abbreviation(word, user)
            .and_then(|z| z.resolve(summer))
            .map(|t| t.offset().local_minus_utc() / 60)
    };
    assert_eq!(at("EST", None), Some(-240));
    assert_eq!(at("CET", None), Some(120));
    assert_eq!(at("BST", None), Some(60));
    assert_eq!(at("GMT", None), Some(0));
    assert_eq!(at("IST", None), Some(330));
    assert_eq!(at("IST", zone_by_name("Europe/Dublin")), Some(60));
    assert_eq!(at("et", None), None);
    assert_eq!(
        zone_by_city("new york").map(|z| z.name),
        Some("America/New_York")
    );
    assert_eq!(
        zone_by_long_name("central").and_then(|z| z.month_first()),
        Some(true)
    );
}

#[test]
fn skipped_and_repeated_times_resolve_without_a_panic() {
    let london = Zone::Rule(zone_by_name("Europe/London").unwrap());
    let local = |d, h| {
        NaiveDate::from_ymd_opt(2026, 3, d)
            .and_then(|d| d.and_hms_opt(h, 30, 0))
            .unwrap()
    };
    assert_eq!(
        london
            .resolve(local(29, 1))
            .map(|t| t.offset().local_minus_utc()),
        Some(0)
    );
    assert_eq!(
        london
            .resolve(local(30, 1))
            .map(|t| t.offset().local_minus_utc()),
        Some(3600)
    );
}

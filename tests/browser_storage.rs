//! Browser tier: storage against the real localStorage of headless
//! Chromium: checked writes, unreadable data kept aside and never
//! overwritten, a full disk, and another tab's save merged in.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Duration, TimeZone, Utc};
use graceful_decline::domain::settings::ThemeChoice;
use graceful_decline::domain::tracker::{sample, Opportunity, TrackerData};
use graceful_decline::storage::local::{LocalStore, StoreError};
use graceful_decline::storage::meta::unreadable_key;
use graceful_decline::storage::{decode, encode, THEME_KEY, TRACKER_KEY};
use graceful_decline::ui::perf;
use graceful_decline::ui::state::{notice_ids, AppState};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap()
}

/// Removes every key of the app so tests do not see each other's data.
fn clear_app_keys() {
    let store = LocalStore::open();
    for key in store.app_keys() {
        store.remove(&key);
    }
}

/// Runs `AppState::provide` under its own owner; dropping the owner's
/// cleanup removes the storage listener.
fn fresh_state() -> (Owner, AppState) {
    let owner = Owner::new();
    let state = owner.with(AppState::provide);
    (owner, state)
}

fn has_notice(state: &AppState, id: &str) -> bool {
    state
        .notices
        .with_untracked(|l| l.iter().any(|n| n.id == id))
}

fn opportunity(id: &str, company: &str, at: DateTime<Utc>) -> Opportunity {
    Opportunity::new(id, company, at)
}

/// Sends a `storage` event as another tab's save would.
fn storage_event(key: &str, new_value: &str) {
    let script = format!(
        "window.dispatchEvent(new StorageEvent('storage', {{ key: {}, newValue: {} }}))",
        serde_json::to_string(key).unwrap(),
        serde_json::to_string(new_value).unwrap()
    );
    js_sys::eval(&script).unwrap();
}

/// Makes every `setItem` throw the error a full disk gives.
fn fill_the_disk(full: bool) {
    let script = if full {
        "window.__setItem = window.__setItem || Storage.prototype.setItem; \
         Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };"
    } else {
        "if (window.__setItem) { Storage.prototype.setItem = window.__setItem; }"
    };
    js_sys::eval(script).unwrap();
}

#[wasm_bindgen_test]
fn a_checked_write_reads_back_the_same() {
    clear_app_keys();
    let store = LocalStore::open();
    assert!(store.is_available());
    let text = encode(&sample::generate(3, t0()), t0());
    store.set_raw_checked(TRACKER_KEY, &text).unwrap();
    assert_eq!(store.get_raw(TRACKER_KEY).as_deref(), Some(text.as_str()));
    assert_eq!(decode(&text).unwrap().opportunities.len(), 3);
    clear_app_keys();
}

#[wasm_bindgen_test]
fn the_theme_copy_follows_the_choice_and_system_leaves_nothing() {
    clear_app_keys();
    let store = LocalStore::open();
    store.remember_theme(ThemeChoice::System);
    assert!(store.app_keys().is_empty(), "a first visit stores nothing");
    store.remember_theme(ThemeChoice::Dark);
    assert_eq!(store.get_raw(THEME_KEY).as_deref(), Some("dark"));
    store.remember_theme(ThemeChoice::Light);
    assert_eq!(store.get_raw(THEME_KEY).as_deref(), Some("light"));
    store.remember_theme(ThemeChoice::System);
    assert_eq!(store.get_raw(THEME_KEY), None);
}

#[wasm_bindgen_test]
fn unreadable_data_is_kept_aside_and_not_overwritten_until_the_user_decides() {
    clear_app_keys();
    let raw = "{\"schema_version\": 2, \"data\": [cut off";
    LocalStore::open()
        .set_raw_checked(TRACKER_KEY, raw)
        .unwrap();
    let (owner, state) = fresh_state();
    let store = LocalStore::open();
    assert!(has_notice(&state, notice_ids::TRACKER_CORRUPT));
    assert!(state.saving_blocked());
    let aside = unreadable_key(TRACKER_KEY);
    assert_eq!(store.get_raw(&aside).as_deref(), Some(raw));
    assert_eq!(state.unreadable_keys(), vec![aside.clone()]);
    assert_eq!(state.unreadable_text(&aside).as_deref(), Some(raw));

    // An edit stays in memory and does not replace the damaged text.
    state
        .edit_tracker(|d| d.add_opportunity(opportunity("o-1", "Acme", t0())))
        .unwrap();
    assert_eq!(state.tracker.with_untracked(|d| d.opportunities.len()), 1);
    assert_eq!(store.get_raw(TRACKER_KEY).as_deref(), Some(raw));

    // Starting fresh saves what is in the tab; the copy stays until discarded.
    state.start_fresh();
    assert!(!state.saving_blocked());
    let saved = decode(&store.get_raw(TRACKER_KEY).unwrap()).unwrap();
    assert_eq!(saved.opportunities[0].company, "Acme");
    assert_eq!(store.get_raw(&aside).as_deref(), Some(raw));
    state.discard_unreadable(&aside);
    assert_eq!(store.get_raw(&aside), None);
    assert!(state.unreadable_keys().is_empty());
    owner.cleanup();
    clear_app_keys();
}

#[wasm_bindgen_test]
fn a_full_disk_is_reported_and_nothing_in_memory_is_lost() {
    clear_app_keys();
    let (owner, state) = fresh_state();
    fill_the_disk(true);
    let full = LocalStore::open();
    let direct = full.set_raw_checked(TRACKER_KEY, "x");
    // A full disk still lets the app read what it saved.
    assert!(full.is_available());
    state
        .edit_tracker(|d| d.add_opportunity(opportunity("o-1", "Acme", t0())))
        .unwrap();
    fill_the_disk(false);
    assert_eq!(direct, Err(StoreError::QuotaExceeded));
    assert_eq!(state.tracker.with_untracked(|d| d.opportunities.len()), 1);
    let text = state.notices.with_untracked(|l| {
        l.iter()
            .find(|n| n.id == notice_ids::TRACKER_SAVE)
            .map(|n| n.text.clone())
    });
    assert!(text.unwrap().contains("full"));
    // The next save that works clears the notice.
    state.save_tracker();
    assert!(!has_notice(&state, notice_ids::TRACKER_SAVE));
    owner.cleanup();
    clear_app_keys();
}

fn companies(data: &TrackerData) -> Vec<String> {
    let mut n: Vec<String> = data
        .opportunities
        .iter()
        .map(|o| o.company.clone())
        .collect();
    n.sort();
    n
}

fn notice_text(state: &AppState, id: &str) -> Option<String> {
    state
        .notices
        .with_untracked(|l| l.iter().find(|n| n.id == id).map(|n| n.text.clone()))
}

/// Two records saved, as both tabs start.
fn two_saved_records(state: &AppState) -> TrackerData {
    state
        .edit_tracker(|d| {
            d.add_opportunity(opportunity("o-1", "Acme", t0()))?;
            d.add_opportunity(opportunity("o-2", "Globex", t0()))
        })
        .unwrap();
    state.tracker.get_untracked()
}

/// The other tab's save: adds o-3 and renames o-2, two hours on.
fn their_save(from: &TrackerData) -> String {
    let mut remote = from.clone();
    remote
        .add_opportunity(opportunity("o-3", "Initech", t0()))
        .unwrap();
    let mut o2 = remote.opportunity("o-2").unwrap().clone();
    o2.company = "Globex (their tab)".into();
    remote
        .update_opportunity(o2, t0() + Duration::hours(2), "a-r")
        .unwrap();
    let text = encode(&remote, t0());
    LocalStore::open()
        .set_raw_checked(TRACKER_KEY, &text)
        .unwrap();
    text
}

#[wasm_bindgen_test]
fn another_tabs_save_appears_here_through_the_storage_event() {
    clear_app_keys();
    let (owner, state) = fresh_state();
    let start = two_saved_records(&state);
    let text = their_save(&start);
    storage_event(TRACKER_KEY, &text);
    assert_eq!(
        companies(&state.tracker.get_untracked()),
        ["Acme", "Globex (their tab)", "Initech"]
    );
    assert_eq!(notice_text(&state, notice_ids::TAB_CONFLICTS), None);
    // Nothing of this tab was missing there, so nothing was written back.
    assert_eq!(LocalStore::open().get_raw(TRACKER_KEY), Some(text));
    owner.cleanup();
    clear_app_keys();
}

#[wasm_bindgen_test]
fn a_save_racing_another_tab_merges_first_and_the_newer_edit_wins() {
    clear_app_keys();
    let (owner, state) = fresh_state();
    let start = two_saved_records(&state);
    // The other tab saves; its event has not reached this tab yet.
    let text = their_save(&start);
    // This tab renames o-1 (untouched there) and o-2 (renamed there later).
    state
        .edit_tracker(|d| {
            let mut o1 = d.opportunity("o-1").unwrap().clone();
            o1.company = "Acme (this tab)".into();
            d.update_opportunity(o1, t0() + Duration::hours(1), "a-1")?;
            let mut o2 = d.opportunity("o-2").unwrap().clone();
            o2.company = "Globex (this tab)".into();
            d.update_opportunity(o2, t0() + Duration::hours(1), "a-2")
        })
        .unwrap();
    let expected = ["Acme (this tab)", "Globex (their tab)", "Initech"];
    assert_eq!(companies(&state.tracker.get_untracked()), expected);
    let told = notice_text(&state, notice_ids::TAB_CONFLICTS).unwrap();
    assert!(told.contains("Globex (their tab)"), "{told}");
    assert!(told.contains("the other tab's edit kept"), "{told}");
    let saved = decode(&LocalStore::open().get_raw(TRACKER_KEY).unwrap()).unwrap();
    assert_eq!(companies(&saved), expected);
    // The late event changes nothing more.
    storage_event(TRACKER_KEY, &text);
    assert_eq!(companies(&state.tracker.get_untracked()), expected);
    owner.cleanup();
    clear_app_keys();
}

/// How many User Timing measures named `name` the page holds.
fn measures(name: &str) -> u32 {
    window()
        .performance()
        .unwrap()
        .get_entries_by_name(name)
        .length()
}

#[wasm_bindgen_test]
fn loading_the_tracker_leaves_a_measure_for_the_browser_bench() {
    clear_app_keys();
    let text = encode(&sample::generate(3, t0()), t0());
    LocalStore::open()
        .set_raw_checked(TRACKER_KEY, &text)
        .unwrap();
    let before = measures(perf::TRACKER_LOAD);
    let (owner, state) = fresh_state();
    assert_eq!(state.tracker.with_untracked(|d| d.opportunities.len()), 3);
    assert_eq!(measures(perf::TRACKER_LOAD), before + 1);
    owner.cleanup();
    clear_app_keys();
}

#[wasm_bindgen_test]
fn decoding_ten_thousand_opportunities_is_timed() {
    let now = t0();
    let data = sample::generate(10_000, now);
    let text = encode(&data, now);
    let start = js_sys::Date::now();
    let back = decode(&text).unwrap();
    let decode_ms = js_sys::Date::now() - start;
    let start = js_sys::Date::now();
    let again = encode(&back, now);
    let encode_ms = js_sys::Date::now() - start;
    console_log!(
        "timing: decode of 10,000 sample opportunities ({} bytes stored) took {decode_ms} ms; encode took {encode_ms} ms",
        text.len()
    );
    assert_eq!(back.opportunities.len(), 10_000);
    assert_eq!(again.len(), text.len());
}

/// Which of another tab's writes the app follows, and what it takes from
/// each: the tracker is re-read from storage, settings and the backup
/// record come with the event.
#[wasm_bindgen_test]
fn storage_events_map_to_the_changes_the_app_follows() {
    use graceful_decline::storage::local::StoredChange;
    use graceful_decline::storage::meta::META_KEY;
    use graceful_decline::storage::SETTINGS_KEY;
    use wasm_bindgen::JsCast;

    let change = |key: Option<&str>, new_value: Option<&str>| {
        let script = format!(
            "new StorageEvent('storage', {{ key: {}, newValue: {} }})",
            serde_json::to_string(&key).unwrap(),
            serde_json::to_string(&new_value).unwrap()
        );
        let event: web_sys::StorageEvent = js_sys::eval(&script).unwrap().unchecked_into();
        StoredChange::from_event(&event)
    };
    assert_eq!(
        change(Some(TRACKER_KEY), Some("x")),
        Some(StoredChange::Tracker)
    );
    assert_eq!(change(Some(TRACKER_KEY), None), Some(StoredChange::Tracker));
    assert_eq!(
        change(Some(SETTINGS_KEY), Some("{\"theme\":\"dark\"}")),
        Some(StoredChange::Settings("{\"theme\":\"dark\"}".into()))
    );
    assert_eq!(
        change(Some(META_KEY), Some("{}")),
        Some(StoredChange::Meta("{}".into()))
    );
    // A removed value, `clear()`, and keys the app does not follow.
    assert_eq!(change(Some(SETTINGS_KEY), None), None);
    assert_eq!(change(None, None), None);
    assert_eq!(change(Some(THEME_KEY), Some("dark")), None);
    assert_eq!(change(Some("another-site:key"), Some("1")), None);
}

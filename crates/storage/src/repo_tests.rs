//! The repository against the in-memory store, one fault at a time: what
//! the browser tier (`tests/browser_storage.rs`) and the E2E specs
//! (`tests/e2e/storage-faults.test.mjs`) promise, checked natively.

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::codec::CODEC;
use crate::domain::decision::{Draft, QuestionId};
use crate::domain::settings::{Settings, ThemeChoice};
use crate::domain::tracker::{ConflictResolution, Opportunity, TrackerData};
use crate::draft::draft_key;
use crate::envelope::{decode, encode, SETTINGS_KEY, THEME_KEY, TRACKER_KEY};
use crate::kv::{classify_dom_error, KeyValue, StoreError};
use crate::memory::{Fault, MemoryStore};
use crate::meta::{unreadable_key, BackupMeta, META_KEY};
use crate::repo::{LoadProblem, Loaded, Remote, Repository, Written};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap()
}

fn opportunity(id: &str, company: &str) -> Opportunity {
    Opportunity::new(id, company, t0())
}

fn two_records() -> TrackerData {
    let mut d = TrackerData::default();
    d.add_opportunity(opportunity("o-1", "Acme")).unwrap();
    d.add_opportunity(opportunity("o-2", "Globex")).unwrap();
    d
}

/// A repository over `store` with everything loaded, as the app starts.
fn open(store: &MemoryStore) -> (Repository<MemoryStore>, Result<TrackerData, LoadProblem>) {
    let mut repo = Repository::new(store.clone());
    let tracker = repo.load_tracker(Some(&CODEC));
    repo.load_meta(&CODEC);
    (repo, tracker)
}

/// A store holding `data` as this app saves it.
fn store_with(data: &TrackerData) -> MemoryStore {
    let store = MemoryStore::new();
    store.put(TRACKER_KEY, &encode(data, t0()));
    store
}

fn stored(store: &MemoryStore) -> TrackerData {
    decode(&store.peek(TRACKER_KEY).expect("a saved tracker")).unwrap()
}

fn companies(data: &TrackerData) -> Vec<&str> {
    let mut names: Vec<&str> = data
        .opportunities
        .iter()
        .map(|o| o.company.as_str())
        .collect();
    names.sort();
    names
}

/// Data as saved by a version of the app newer than this one.
const NEWER: &str = r#"{"schema_version": 99, "saved_at": "2026-03-01T09:00:00Z", "data": {}}"#;

#[test]
fn nothing_stored_starts_empty_and_the_first_save_writes_it() {
    let store = MemoryStore::new();
    let (mut repo, tracker) = open(&store);
    assert_eq!(tracker, Ok(TrackerData::default()));
    assert!(repo.is_available() && !repo.is_blocked());
    let report = repo.save_tracker(&CODEC, &two_records(), t0());
    assert_eq!(report.remote, Remote::Unchanged);
    assert_eq!(report.written, Ok(Written::Saved));
    assert_eq!(stored(&store), two_records());
    assert_eq!(repo.meta().changes_since_export, 1);
    let meta: BackupMeta = serde_json::from_str(&store.peek(META_KEY).unwrap()).unwrap();
    assert_eq!(meta.changes_since_export, 1);
}

#[test]
fn a_saved_tracker_loads_as_it_was_saved() {
    let store = store_with(&two_records());
    let (repo, tracker) = open(&store);
    assert_eq!(tracker, Ok(two_records()));
    assert!(!repo.is_blocked());
}

#[test]
fn unreadable_data_is_kept_aside_and_not_overwritten_until_the_user_decides() {
    let raw = "{\"schema_version\": 2, \"data\": [cut off";
    let store = MemoryStore::new();
    store.put(TRACKER_KEY, raw);
    let (mut repo, tracker) = open(&store);
    let Err(LoadProblem::Unreadable { kept: true, .. }) = tracker else {
        panic!("expected unreadable data kept aside, got {tracker:?}");
    };
    let aside = unreadable_key(TRACKER_KEY);
    assert_eq!(store.peek(&aside).as_deref(), Some(raw));
    assert_eq!(repo.unreadable_keys(), std::slice::from_ref(&aside));
    assert_eq!(repo.unreadable_text(&aside).as_deref(), Some(raw));
    assert!(repo.is_blocked());

    // An edit is held, not written over the damaged text.
    let report = repo.save_tracker(&CODEC, &two_records(), t0());
    assert_eq!(report.written, Ok(Written::Held));
    assert_eq!(store.peek(TRACKER_KEY).as_deref(), Some(raw));

    // Starting fresh saves what is in the tab; the copy stays until discarded.
    repo.start_fresh();
    let report = repo.save_tracker(&CODEC, &two_records(), t0());
    assert_eq!(report.written, Ok(Written::Saved));
    assert_eq!(stored(&store), two_records());
    assert_eq!(store.peek(&aside).as_deref(), Some(raw));
    repo.discard_unreadable(&aside);
    assert_eq!(store.peek(&aside), None);
    assert!(repo.unreadable_keys().is_empty());
    // Only copies kept aside can be read or discarded this way.
    assert_eq!(repo.unreadable_text(TRACKER_KEY), None);
}

#[test]
fn unreadable_data_on_a_full_disk_is_left_untouched() {
    let raw = "not json at all {";
    let store = MemoryStore::new();
    store.put(TRACKER_KEY, raw);
    store.inject(Fault::Full);
    let (mut repo, tracker) = open(&store);
    assert!(matches!(
        tracker,
        Err(LoadProblem::Unreadable { kept: false, .. })
    ));
    assert!(repo.unreadable_keys().is_empty());
    store.heal();
    assert_eq!(
        repo.save_tracker(&CODEC, &two_records(), t0()).written,
        Ok(Written::Held)
    );
    assert_eq!(store.peek(TRACKER_KEY).as_deref(), Some(raw));
}

#[test]
fn a_value_the_browser_cannot_read_blocks_saving_and_is_left_alone() {
    let store = store_with(&two_records());
    store.inject(Fault::UnreadableKey(TRACKER_KEY.into()));
    let (mut repo, tracker) = open(&store);
    assert!(matches!(
        tracker,
        Err(LoadProblem::Unreadable { kept: false, .. })
    ));
    let writes = store.writes();
    repo.save_tracker(&CODEC, &TrackerData::default(), t0());
    assert_eq!(store.writes(), writes, "nothing written");
    store.heal();
    assert_eq!(stored(&store), two_records());
}

/// A stored tracker that cannot be read at save time is not written over
/// blind: it may be another tab's newer save.
#[test]
fn a_save_that_cannot_read_what_is_stored_writes_nothing() {
    let store = store_with(&two_records());
    let (mut repo, tracker) = open(&store);
    let mut local = tracker.unwrap();
    local
        .add_opportunity(opportunity("o-3", "Initech"))
        .unwrap();
    store.inject(Fault::UnreadableKey(TRACKER_KEY.into()));
    let writes = store.writes();
    let report = repo.save_tracker(&CODEC, &local, t0());
    assert!(
        matches!(report.written, Err(StoreError::Unreadable(_))),
        "{report:?}"
    );
    assert_eq!(store.writes(), writes, "nothing written");
    // Once it reads again, the save goes through.
    store.heal();
    let report = repo.save_tracker(&CODEC, &local, t0());
    assert_eq!(report.written, Ok(Written::Saved));
    assert_eq!(stored(&store), local);
}

#[test]
fn without_the_codec_nothing_is_read_and_nothing_is_saved() {
    let store = store_with(&two_records());
    let mut repo = Repository::new(store.clone());
    assert_eq!(repo.load_tracker(None), Err(LoadProblem::CodecMissing));
    assert!(repo.is_blocked());
    assert_eq!(
        repo.save_tracker(&CODEC, &TrackerData::default(), t0())
            .written,
        Ok(Written::Held)
    );
    assert_eq!(stored(&store), two_records());
}

#[test]
fn no_storage_at_all_runs_in_memory() {
    let store = MemoryStore::new();
    store.inject(Fault::Unavailable);
    let (mut repo, tracker) = open(&store);
    assert!(!repo.is_available());
    assert_eq!(tracker, Ok(TrackerData::default()));
    let report = repo.save_tracker(&CODEC, &two_records(), t0());
    assert_eq!(report.written, Err(StoreError::Unavailable));
    assert_eq!(
        repo.save_settings(&CODEC, &Settings::default()),
        Err(StoreError::Unavailable)
    );
    assert_eq!(repo.load_draft(), None);
}

#[test]
fn a_full_disk_is_reported_and_the_next_save_that_works_counts_once() {
    let store = MemoryStore::new();
    let (mut repo, _) = open(&store);
    store.inject(Fault::Full);
    let report = repo.save_tracker(&CODEC, &two_records(), t0());
    assert_eq!(report.written, Err(StoreError::QuotaExceeded));
    assert!(report.written.unwrap_err().to_string().contains("full"));
    assert_eq!(store.peek(TRACKER_KEY), None);
    assert_eq!(repo.meta().changes_since_export, 0);
    store.heal();
    let report = repo.save_tracker(&CODEC, &two_records(), t0());
    assert_eq!(report.written, Ok(Written::Saved));
    assert_eq!(stored(&store), two_records());
    assert_eq!(repo.meta().changes_since_export, 1);
}

#[test]
fn a_write_that_does_not_read_back_is_reported() {
    let store = MemoryStore::new();
    let (mut repo, _) = open(&store);
    store.inject(Fault::Truncates(TRACKER_KEY.into()));
    let report = repo.save_tracker(&CODEC, &two_records(), t0());
    assert_eq!(report.written, Err(StoreError::NotKept));
    assert_eq!(repo.meta().changes_since_export, 0);
}

/// The other tab's save: adds o-3 and renames o-2, two hours on.
fn their_save(from: &TrackerData) -> String {
    let mut remote = from.clone();
    remote
        .add_opportunity(opportunity("o-3", "Initech"))
        .unwrap();
    let mut o2 = remote.opportunity("o-2").unwrap().clone();
    o2.company = "Globex (their tab)".into();
    remote
        .update_opportunity(o2, t0() + Duration::hours(2), "a-r")
        .unwrap();
    encode(&remote, t0())
}

#[test]
fn a_save_racing_another_tab_merges_first_and_the_newer_edit_wins() {
    let start = two_records();
    let store = store_with(&start);
    let (mut repo, tracker) = open(&store);
    let mut local = tracker.unwrap();
    // This tab renames o-1 (untouched there) and o-2 (renamed there later).
    for (id, name) in [("o-1", "Acme (this tab)"), ("o-2", "Globex (this tab)")] {
        let mut o = local.opportunity(id).unwrap().clone();
        o.company = name.into();
        local
            .update_opportunity(o, t0() + Duration::hours(1), &format!("a-{id}"))
            .unwrap();
    }
    // The other tab saves before this tab's next step; its event is late.
    store.another_writer_before_next_step(TRACKER_KEY, &their_save(&start));
    let report = repo.save_tracker(&CODEC, &local, t0());
    let Remote::Merged {
        data, conflicts, ..
    } = &report.remote
    else {
        panic!("expected a merge, got {:?}", report.remote);
    };
    let expected = ["Acme (this tab)", "Globex (their tab)", "Initech"];
    assert_eq!(companies(data), expected);
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].resolution, ConflictResolution::KeptRemote);
    assert_eq!(report.written, Ok(Written::Saved));
    assert_eq!(companies(&stored(&store)), expected);
    // The late event changes nothing more.
    assert_eq!(repo.check_other_tabs(&CODEC, data), Remote::Unchanged);
}

#[test]
fn another_tabs_save_is_merged_and_not_written_back_when_nothing_is_missing_there() {
    let start = two_records();
    let store = store_with(&start);
    let (mut repo, tracker) = open(&store);
    let text = their_save(&start);
    store.put(TRACKER_KEY, &text);
    let remote = repo.check_other_tabs(&CODEC, &tracker.unwrap());
    let Remote::Merged {
        data, needs_save, ..
    } = remote
    else {
        panic!("expected a merge, got {remote:?}");
    };
    assert_eq!(companies(&data), ["Acme", "Globex (their tab)", "Initech"]);
    assert!(!needs_save);
    assert_eq!(store.peek(TRACKER_KEY), Some(text));
}

/// The common base is what this tab last saved, not what it loaded: a
/// record this tab deleted after saving stays deleted when the other tab
/// did not touch it.
#[test]
fn the_common_base_follows_every_save() {
    let store = MemoryStore::new();
    let (mut repo, _) = open(&store);
    let mut local = two_records();
    repo.save_tracker(&CODEC, &local, t0());
    // The other tab adds o-3 to what this tab saved.
    let mut theirs = local.clone();
    theirs
        .add_opportunity(opportunity("o-3", "Initech"))
        .unwrap();
    store.put(TRACKER_KEY, &encode(&theirs, t0()));
    // Meanwhile this tab deletes o-1.
    local.delete_opportunity("o-1", t0()).unwrap();
    let report = repo.save_tracker(&CODEC, &local, t0());
    let Remote::Merged { data, .. } = &report.remote else {
        panic!("expected a merge, got {:?}", report.remote);
    };
    assert_eq!(companies(data), ["Globex", "Initech"]);
    assert_eq!(companies(&stored(&store)), ["Globex", "Initech"]);
}

#[test]
fn all_data_deleted_in_another_tab_is_followed_not_written_back() {
    let store = store_with(&two_records());
    store.put(SETTINGS_KEY, "{}");
    let (mut repo, tracker) = open(&store);
    store.delete(TRACKER_KEY);
    let report = repo.save_tracker(&CODEC, &tracker.unwrap(), t0());
    assert_eq!(report.remote, Remote::Deleted);
    assert_eq!(report.written, Ok(Written::Held));
    assert_eq!(store.peek(TRACKER_KEY), None);
    assert!(repo.app_keys().is_empty());
}

#[test]
fn another_tabs_unreadable_save_is_kept_aside_and_stops_saving_until_a_valid_one() {
    let start = two_records();
    let store = store_with(&start);
    let (mut repo, tracker) = open(&store);
    let local = tracker.unwrap();
    store.put(TRACKER_KEY, "garbage");
    let report = repo.save_tracker(&CODEC, &local, t0());
    assert!(matches!(report.remote, Remote::Unreadable(_)), "{report:?}");
    assert_eq!(report.written, Ok(Written::Held));
    assert_eq!(store.peek(TRACKER_KEY).as_deref(), Some("garbage"));
    assert_eq!(
        store.peek(&unreadable_key(TRACKER_KEY)).as_deref(),
        Some("garbage")
    );
    assert!(repo.is_blocked());
    // Another tab then saves valid data: the decision was made there, and
    // it merges against the last base both tabs shared.
    store.put(TRACKER_KEY, &their_save(&start));
    let remote = repo.check_other_tabs(&CODEC, &local);
    let Remote::Merged {
        data, unblocked, ..
    } = remote
    else {
        panic!("expected a merge, got {remote:?}");
    };
    assert!(unblocked && !repo.is_blocked());
    assert_eq!(companies(&data), ["Acme", "Globex (their tab)", "Initech"]);
}

#[test]
fn data_from_a_newer_version_found_at_start_stops_every_write() {
    let store = MemoryStore::new();
    store.put(TRACKER_KEY, NEWER);
    let (mut repo, tracker) = open(&store);
    assert!(matches!(tracker, Err(LoadProblem::Newer(_))));
    assert!(repo.is_newer() && repo.is_blocked());
    let writes = store.writes();
    assert_eq!(
        repo.save_tracker(&CODEC, &two_records(), t0()).written,
        Ok(Written::Held)
    );
    assert_eq!(
        repo.save_settings(&CODEC, &Settings::default()),
        Ok(Written::Held)
    );
    assert_eq!(repo.save_meta(&CODEC), Ok(Written::Held));
    let mut draft = Draft::default().settled();
    draft.answer(QuestionId::Stage, "final");
    assert_eq!(repo.save_draft(&draft), Ok(Written::Held));
    // Not even "start fresh" lets this version write over it.
    repo.start_fresh();
    assert!(repo.is_blocked());
    assert_eq!(store.writes(), writes, "nothing written");
    assert_eq!(store.peek(TRACKER_KEY).as_deref(), Some(NEWER));
    // Nothing was damaged, so nothing is kept aside.
    assert!(repo.unreadable_keys().is_empty());
}

#[test]
fn a_newer_version_in_another_tab_stops_this_one_writing() {
    let store = store_with(&two_records());
    let (mut repo, tracker) = open(&store);
    store.another_writer_before_next_step(TRACKER_KEY, NEWER);
    let report = repo.save_tracker(&CODEC, &tracker.unwrap(), t0());
    let Remote::Newer(error) = &report.remote else {
        panic!("expected a newer version, got {:?}", report.remote);
    };
    assert!(error.to_string().contains("newer version"), "{error}");
    assert_eq!(report.written, Ok(Written::Held));
    assert_eq!(store.peek(TRACKER_KEY).as_deref(), Some(NEWER));
    assert!(repo.is_newer());
    assert_eq!(
        repo.check_other_tabs(&CODEC, &TrackerData::default()),
        Remote::Unchanged
    );
}

#[test]
fn unreadable_settings_are_kept_aside_and_defaults_used() {
    let store = MemoryStore::new();
    store.put(SETTINGS_KEY, "{\"theme\": 7");
    let mut repo = Repository::new(store.clone());
    let Loaded::Corrupt { backup_key, .. } = repo.load_settings(&CODEC) else {
        panic!("expected unreadable settings");
    };
    assert_eq!(backup_key, unreadable_key(SETTINGS_KEY));
    assert_eq!(store.peek(&backup_key).as_deref(), Some("{\"theme\": 7"));
    assert_eq!(repo.unreadable_keys(), [backup_key]);
}

#[test]
fn settings_round_trip_and_missing_ones_say_so() {
    let store = MemoryStore::new();
    let mut repo = Repository::new(store.clone());
    assert_eq!(repo.load_settings(&CODEC), Loaded::Missing);
    let settings = Settings {
        user_name: "Sam".into(),
        ..Settings::default()
    };
    assert_eq!(repo.save_settings(&CODEC, &settings), Ok(Written::Saved));
    assert_eq!(repo.load_settings(&CODEC), Loaded::Value(settings.clone()));
    let raw = store.peek(SETTINGS_KEY).unwrap();
    assert_eq!(repo.settings_from_other_tab(&CODEC, &raw), Some(settings));
    assert_eq!(repo.settings_from_other_tab(&CODEC, "{"), None);
}

#[test]
fn the_backup_record_follows_exports_and_other_tabs() {
    let store = MemoryStore::new();
    let (mut repo, _) = open(&store);
    repo.save_tracker(&CODEC, &two_records(), t0());
    assert!(repo.meta().needs_reminder());
    repo.note_export(&CODEC, t0());
    assert_eq!(
        repo.meta(),
        &BackupMeta {
            last_export: Some(t0()),
            changes_since_export: 0
        }
    );
    let (reopened, _) = open(&store);
    assert_eq!(reopened.meta(), repo.meta());
    assert!(repo.meta_from_other_tab(&CODEC, r#"{"changes_since_export": 4}"#));
    assert_eq!(repo.meta().changes_since_export, 4);
    assert!(!repo.meta_from_other_tab(&CODEC, "nope"));
    assert_eq!(repo.meta().changes_since_export, 4);
}

#[test]
fn the_wizard_draft_is_saved_loaded_and_removed_when_empty() {
    let store = MemoryStore::new();
    let mut repo = Repository::new(store.clone());
    assert_eq!(repo.load_draft(), None);
    let mut draft = Draft::default().settled();
    draft.answer(QuestionId::Stage, "final");
    draft.forward(QuestionId::Stage);
    assert_eq!(repo.save_draft(&draft), Ok(Written::Saved));
    assert_eq!(repo.load_draft(), Some(draft));
    assert_eq!(repo.save_draft(&Draft::default()), Ok(Written::Saved));
    assert_eq!(store.peek(&draft_key()), None);
}

#[test]
fn an_unreadable_draft_is_kept_aside_and_the_wizard_starts_afresh() {
    let store = MemoryStore::new();
    store.put(&draft_key(), "{\"answers\": 3}");
    let mut repo = Repository::new(store.clone());
    assert_eq!(repo.load_draft(), None);
    assert_eq!(repo.unreadable_keys(), [unreadable_key(&draft_key())]);
}

#[test]
fn a_full_disk_refuses_the_draft_with_the_words_for_it() {
    let store = MemoryStore::new();
    let repo = Repository::new(store.clone());
    store.inject(Fault::Full);
    let mut draft = Draft::default().settled();
    draft.answer(QuestionId::Stage, "final");
    assert_eq!(repo.save_draft(&draft), Err(StoreError::QuotaExceeded));
}

#[test]
fn the_theme_copy_follows_the_choice_and_system_leaves_nothing() {
    let store = MemoryStore::new();
    let repo = Repository::new(store.clone());
    repo.remember_theme(ThemeChoice::System);
    assert!(repo.app_keys().is_empty(), "a first visit stores nothing");
    repo.remember_theme(ThemeChoice::Dark);
    assert_eq!(store.peek(THEME_KEY).as_deref(), Some("dark"));
    let writes = store.writes();
    repo.remember_theme(ThemeChoice::Dark);
    assert_eq!(store.writes(), writes, "unchanged, so not written");
    repo.remember_theme(ThemeChoice::System);
    assert_eq!(store.peek(THEME_KEY), None);
}

#[test]
fn deleting_everything_removes_this_apps_keys_only() {
    let store = store_with(&two_records());
    store.put("another-site:key", "theirs");
    store.put(&unreadable_key(SETTINGS_KEY), "x");
    let (mut repo, _) = open(&store);
    repo.delete_all();
    assert!(repo.app_keys().is_empty());
    assert!(repo.unreadable_keys().is_empty());
    assert_eq!(store.keys().unwrap(), ["another-site:key"]);
    // And the next save starts from nothing.
    let report = repo.save_tracker(&CODEC, &TrackerData::default(), t0());
    assert_eq!(report.remote, Remote::Unchanged);
    assert_eq!(report.written, Ok(Written::Saved));
}

/// Every browser's name for a full disk reads as "full".
#[test]
fn a_full_disk_is_recognised_under_every_browsers_name() {
    let full = [
        ("QuotaExceededError", 22, "The quota has been exceeded."),
        (
            "NS_ERROR_DOM_QUOTA_REACHED",
            1014,
            "Persistent storage maximum size reached",
        ),
        // Old WebKit: code 22 under its legacy name.
        (
            "QUOTA_EXCEEDED_ERR",
            22,
            "QUOTA_EXCEEDED_ERR: DOM Exception 22",
        ),
        ("Error", 22, ""),
    ];
    for (name, code, message) in full {
        assert_eq!(
            classify_dom_error(name, code, message),
            StoreError::QuotaExceeded,
            "{name}"
        );
    }
    assert_eq!(
        classify_dom_error("SecurityError", 18, "The operation is insecure."),
        StoreError::Unavailable
    );
    assert_eq!(
        classify_dom_error("InvalidStateError", 11, "Something else"),
        StoreError::Other("Something else".into())
    );
    assert_eq!(
        classify_dom_error("DataCloneError", 25, ""),
        StoreError::Other("DataCloneError".into())
    );
}

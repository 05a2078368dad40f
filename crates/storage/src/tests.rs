//! Tests of the storage codec: migrations from every older version, the
//! round trip, backups, and every fault path (each must leave the data
//! as it was).

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::domain::tracker::{sample, ActivityEntry, ContactKind, RecordKind, Status, TrackerData};
use crate::domain::MessageKind;

const V1: &str = include_str!("../tests/fixtures/v1.json");
const V2: &str = include_str!("../tests/fixtures/v2.json");
const V3: &str = include_str!("../tests/fixtures/v3.json");

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).unwrap()
}

#[test]
fn version_1_migrates_to_exactly_the_version_2_fixture() {
    let migrated = decode_envelope(V1).unwrap();
    assert_eq!(migrated.migrated_from, Some(1));
    let current = decode_envelope(V2).unwrap();
    assert_eq!(current.migrated_from, Some(2));
    assert_eq!(migrated.data, current.data);

    let d = migrated.data;
    assert_eq!(d.opportunities[0].status, Status::DeclinedKeepWarm);
    assert_eq!(d.contacts[0].kind, ContactKind::Recruiter);
    assert_eq!(d.contacts[1].kind, ContactKind::Other);
    assert_eq!(d.contacts[0].opportunity_ids, ["o-1"]);
    assert_eq!(d.opportunities[1].interview.as_ref().unwrap().zone, "UTC");
    assert!(!d.follow_ups[0].is_open());
}

#[test]
fn version_3_reads_version_2_unchanged_and_knows_the_new_kinds() {
    let v2 = decode_envelope(V2).unwrap();
    let v3 = decode_envelope(V3).unwrap();
    assert_eq!(v3.migrated_from, None);
    assert_eq!(
        v3.data.activities[..v2.data.activities.len()],
        v2.data.activities[..]
    );
    let last = v3.data.activities.last().unwrap();
    assert!(matches!(
        last.entry,
        ActivityEntry::Message {
            kind: MessageKind::AskFirst,
            ..
        }
    ));
    // What this version writes says 3, so an app that reads only 2 says
    // "made by a newer version" rather than failing on `ask_first`.
    let written = encode_plain(&v3.data, now());
    assert!(written.contains("\"schema_version\":3") || written.contains("\"schema_version\": 3"));
}

#[test]
fn encode_round_trips_the_sample_and_stays_small() {
    let data = sample::generate(10_000, now());
    let raw = round_trip_checked(&data, now()).unwrap();
    assert_eq!(decode(&raw).unwrap(), data);
    // localStorage counts UTF-16 units against ~5 MB; every packed
    // character is one unit.
    let units = raw.encode_utf16().count();
    assert!(units < 2_500_000, "encoded size {units} UTF-16 units");
    let plain = encode_plain(&data, now());
    assert_eq!(decode(&plain).unwrap(), data);
}

#[test]
fn round_trip_refuses_sub_second_times() {
    let mut data = sample::generate(1, now());
    data.opportunities[0].updated_at = Utc.timestamp_opt(1_800_000_000, 5).unwrap();
    assert!(matches!(
        round_trip_checked(&data, now()),
        Err(EncodeError::RoundTripMismatch(_))
    ));
}

fn check_decode(raw: &str, expected: fn(&DecodeError) -> bool) {
    match decode(raw) {
        Err(e) => assert!(expected(&e), "{raw:.80}: got {e:?}"),
        Ok(_) => panic!("{raw:.80} decoded but should not"),
    }
}

#[test]
fn decode_faults_name_the_problem() {
    check_decode("", |e| matches!(e, DecodeError::NotJson(_)));
    check_decode("{\"schema_version\": 2, \"data\": {", |e| {
        matches!(e, DecodeError::NotJson(_))
    });
    check_decode("[1,2]", |e| matches!(e, DecodeError::NotAnEnvelope(_)));
    check_decode("{\"data\": {}}", |e| {
        matches!(e, DecodeError::NotAnEnvelope(_))
    });
    check_decode("{\"schema_version\": \"two\", \"data\": {}}", |e| {
        matches!(e, DecodeError::NotAnEnvelope(_))
    });
    check_decode("{\"schema_version\": 0, \"data\": {}}", |e| {
        *e == DecodeError::UnknownVersion(0)
    });
    check_decode("{\"schema_version\": 4, \"data\": {}}", |e| {
        *e == DecodeError::NewerVersion {
            found: 4,
            supported: 3,
        }
    });
    let wrong_type = V2.replacen("\"company\": \"Globex\"", "\"company\": 42", 1);
    check_decode(
        &wrong_type,
        |e| matches!(e, DecodeError::BadData { version: 2, detail } if detail.contains("invalid type")),
    );
    let bad_status = V1.replacen("\"Declined\"", "\"Maybe\"", 1);
    check_decode(&bad_status, |e| {
        matches!(e, DecodeError::BadData { version: 1, .. })
    });
    let packed = encode(&decode(V2).unwrap(), now());
    let cut = packed.replacen("\"data_packed\":\"", "\"data_packed\":\"xyz", 1);
    check_decode(&cut, |e| matches!(e, DecodeError::Damaged(_)));
    let no_len = packed.replacen("\"data_packed_len\"", "\"other\"", 1);
    check_decode(&no_len, |e| matches!(e, DecodeError::Damaged(_)));
    let newer = DecodeError::NewerVersion {
        found: 3,
        supported: 2,
    };
    assert!(newer
        .to_string()
        .contains("saved by a newer version of the app"));
}

#[test]
fn backup_of_the_same_data_previews_as_unchanged() {
    let data = decode(V2).unwrap();
    let file = export_backup(&data, now());
    let preview = preview_import(&file, &data, ImportMode::Merge).unwrap();
    assert_eq!(
        preview.counts(),
        ImportCounts {
            unchanged: data.record_count(),
            ..Default::default()
        }
    );
    assert_eq!(preview.exported_at, Some(now()));
    assert_eq!(preview.apply(&data), data);
}

#[test]
fn import_merge_adds_and_replaces_and_replace_all_removes() {
    let current = decode(V2).unwrap();
    let mut incoming = current.clone();
    incoming.opportunities[0].notes = "changed".into();
    incoming.opportunities[0].updated_at = now();
    incoming.opportunities.remove(1);
    incoming.activities.retain(|a| a.opportunity_id != "o-2");
    incoming.contacts.retain(|c| c.id != "c-2");
    let mut extra = sample::generate(1, now());
    incoming.opportunities.append(&mut extra.opportunities);
    let file = export_backup(&incoming, now());

    let preview = preview_import(&file, &current, ImportMode::Merge).unwrap();
    assert_eq!(preview.added.len(), 1);
    assert_eq!(preview.replaced[0].label, "Data Analyst at Globex");
    assert!(preview.removed.is_empty());
    let merged = preview.apply(&current);
    assert_eq!(merged.opportunities.len(), 3);
    assert_eq!(merged.opportunity("o-1").unwrap().notes, "changed");

    let preview = preview_import(&file, &current, ImportMode::ReplaceAll).unwrap();
    let removed: Vec<(RecordKind, &str)> = preview
        .removed
        .iter()
        .map(|r| (r.kind, r.id.as_str()))
        .collect();
    assert_eq!(
        removed,
        [
            (RecordKind::Opportunity, "o-2"),
            (RecordKind::Contact, "c-2"),
            (RecordKind::Activity, "a-3")
        ]
    );
    assert_eq!(preview.apply(&current), incoming);
}

#[test]
fn an_old_backup_is_migrated_on_import() {
    let v1_backup = V1.replacen("{", "{\"app\": \"graceful-decline\",", 1);
    let preview = preview_import(&v1_backup, &TrackerData::default(), ImportMode::Merge).unwrap();
    assert_eq!(preview.migrated_from, Some(1));
    assert_eq!(preview.counts().added, 8);
}

fn check_import(raw: &str, expected: fn(&ImportError) -> bool) {
    let current = decode(V2).unwrap();
    let before = current.clone();
    match preview_import(raw, &current, ImportMode::ReplaceAll) {
        Err(e) => assert!(expected(&e), "got {e:?}"),
        Ok(_) => panic!("{raw:.80} imported but should not"),
    }
    assert_eq!(current, before);
}

fn backup_with(edit: impl FnOnce(&mut TrackerData)) -> String {
    let mut data = decode(V2).unwrap();
    edit(&mut data);
    export_backup(&data, now())
}

#[test]
fn import_faults_name_the_problem_and_change_nothing() {
    check_import("not json", |e| {
        matches!(e, ImportError::Decode(DecodeError::NotJson(_)))
    });
    check_import(V2, |e| *e == ImportError::NotABackup);
    check_import("{\"app\": \"other-app\", \"schema_version\": 2}", |e| {
        *e == ImportError::NotABackup
    });
    let future = backup_with(|_| {}).replacen("\"schema_version\":3", "\"schema_version\":9", 1);
    check_import(&future, |e| {
        matches!(
            e,
            ImportError::Decode(DecodeError::NewerVersion { found: 9, .. })
        )
    });
    let wrong_type = backup_with(|_| {}).replacen("\"company\":\"Globex\"", "\"company\":[]", 1);
    check_import(&wrong_type, |e| {
        matches!(e, ImportError::Decode(DecodeError::BadData { .. }))
    });
    check_import(&" ".repeat(MAX_BACKUP_BYTES + 1), |e| {
        matches!(e, ImportError::TooLarge { .. })
    });
    let dup = backup_with(|d| d.contacts.push(d.contacts[0].clone()));
    check_import(&dup, |e| {
        *e == ImportError::DuplicateId {
            kind: RecordKind::Contact,
            id: "c-1".into(),
        }
    });
    let dangling = backup_with(|d| d.follow_ups[0].opportunity_id = "o-9".into());
    check_import(&dangling, |e| {
        *e == ImportError::DanglingReference {
            kind: RecordKind::FollowUp,
            id: "f-1".into(),
            target: "o-9".into(),
        }
    });
    let invalid = backup_with(|d| d.contacts[0].email = "nope".into());
    check_import(&invalid, |e| {
        matches!(e, ImportError::InvalidRecord { kind: RecordKind::Contact, id, errors }
            if id == "c-1" && errors.for_field("email").is_some())
    });
    let too_many = backup_with(|d| {
        let template = d.activities[0].clone();
        d.activities = (0..=MAX_RECORDS_PER_COLLECTION)
            .map(|i| {
                let mut a = template.clone();
                a.id = format!("a{i}");
                a
            })
            .collect();
    });
    check_import(&too_many, |e| {
        matches!(
            e,
            ImportError::TooManyRecords {
                kind: RecordKind::Activity,
                ..
            }
        )
    });
}

#[test]
fn csv_has_a_header_and_one_row_per_opportunity() {
    let mut data = decode(V2).unwrap();
    data.opportunities[1].company = "=cmd|' /C calc'!A0".into();
    let csv = opportunities_csv(&data);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("id,company,role"));
    assert!(lines[1].starts_with("o-1,Globex,Data Analyst,LinkedIn,Video interview,"));
    assert!(lines[2].starts_with("o-2,'=cmd|' /C calc'!A0,"));
    assert_eq!(lines[3], "");
}

#[test]
fn a_backup_of_the_sample_passes_every_import_check() {
    let data = sample::generate(300, now());
    let file = export_backup(&data, now());
    let preview = preview_import(&file, &TrackerData::default(), ImportMode::Merge).unwrap();
    assert_eq!(preview.counts().added, data.record_count());
    assert_eq!(preview.apply(&TrackerData::default()), data);
}

#[test]
fn user_templates_survive_saves_and_backups() {
    use crate::domain::messages::UserTemplate;
    use crate::domain::{Channel, MessageKind};
    let at = |secs: i64| Utc.timestamp_opt(1_800_000_000 + secs, 0).unwrap();
    let template = |id: &str, body: &str, secs: i64| UserTemplate {
        id: id.into(),
        name: "Mine".into(),
        kind: MessageKind::Decline,
        channel: Channel::Email,
        subject: None,
        body: body.into(),
        updated_at: at(secs),
    };
    let mut data = TrackerData::default();
    data.add_user_template(template("t-1", "Hello {contact_name}", 1))
        .unwrap();
    assert_eq!(decode(&encode(&data, at(2))).unwrap(), data);

    let backup = export_backup(&data, at(2));
    let preview = preview_import(&backup, &TrackerData::default(), ImportMode::Merge).unwrap();
    assert_eq!(preview.apply(&TrackerData::default()), data);

    let mut twice = data.clone();
    twice.user_templates.push(template("t-1", "Other", 3));
    let backup = export_backup(&twice, at(3));
    let err = preview_import(&backup, &data, ImportMode::Merge).unwrap_err();
    assert!(err.to_string().contains("two message templates"), "{err}");

    data.delete_user_template("t-1").unwrap();
    assert!(!encode_plain(&data, at(4)).contains("user_templates"));
}

#[test]
fn packed_saves_from_before_data_len_still_read() {
    // Earlier builds wrote version 2 without the unpacked length.
    let data = sample::generate(50, now());
    let raw = encode(&data, now());
    let mut env: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let len = env["data_len"].as_u64().unwrap();
    assert!(len > 1000, "{len}");
    env.as_object_mut().unwrap().remove("data_len");
    let older = serde_json::to_string(&env).unwrap();
    assert_eq!(decode(&older).unwrap(), data);
    // A wrong length only costs time.
    env["data_len"] = serde_json::json!(3);
    assert_eq!(decode(&env.to_string()).unwrap(), data);
}

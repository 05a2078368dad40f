//! Backups carrying data between two devices: the merge through real
//! files, the exact restore, the settings, old files, and files that
//! arrive as pasted text.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::domain::messages::Spelling;
use crate::domain::settings::{Settings, ThemeChoice};
use crate::domain::tracker::{Opportunity, RecordKind, Resolution, TrackerData};

const FIXTURES: [&str; 3] = [
    include_str!("../tests/fixtures/v1.json"),
    include_str!("../tests/fixtures/v2.json"),
    include_str!("../tests/fixtures/v3.json"),
];

fn at(hours: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 4, 1, 9, 0, 0).unwrap() + Duration::hours(hours)
}

/// What both devices had when they last met: the version 3 fixture and
/// one more opportunity.
fn common() -> TrackerData {
    let mut d = decode(FIXTURES[2]).unwrap();
    d.add_opportunity(Opportunity::new("o-3", "Hooli", at(0)))
        .unwrap();
    d
}

fn edit_notes(d: &mut TrackerData, id: &str, notes: &str, when: DateTime<Utc>) {
    let mut o = d.opportunity(id).unwrap().clone();
    o.notes = notes.into();
    d.update_opportunity(o, when, "unused").unwrap();
}

fn sorted(d: &TrackerData) -> TrackerData {
    let mut d = d.clone();
    d.opportunities.sort_by(|a, b| a.id.cmp(&b.id));
    d.contacts.sort_by(|a, b| a.id.cmp(&b.id));
    d.activities.sort_by(|a, b| a.id.cmp(&b.id));
    d.follow_ups.sort_by(|a, b| a.id.cmp(&b.id));
    d.tombstones
        .sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    d
}

fn labels(list: &[RecordRef]) -> Vec<&str> {
    list.iter().map(|r| r.label.as_str()).collect()
}

#[test]
fn two_devices_swap_backups_and_agree_with_nothing_lost_silently() {
    let (mut phone, mut laptop) = (common(), common());
    // Deleted on the phone, untouched on the laptop: stays deleted.
    phone.delete_opportunity("o-2", at(1)).unwrap();
    // Deleted on the laptop, then changed on the phone: the later change
    // keeps it, and the preview says so.
    laptop.delete_opportunity("o-1", at(1)).unwrap();
    edit_notes(&mut phone, "o-1", "Asked about the final round", at(2));
    // New on the laptop.
    laptop
        .add_opportunity(Opportunity::new("o-4", "Wayne", at(3)))
        .unwrap();
    // Changed on the laptop after the phone.
    edit_notes(&mut phone, "o-3", "phone", at(2));
    edit_notes(&mut laptop, "o-3", "laptop", at(3));

    let file = export_backup(&laptop, at(4));
    let preview = preview_import(&file, &phone, ImportMode::Merge).unwrap();
    assert_eq!(labels(&preview.added), ["Wayne"]);
    // Priya was unlinked from Globex when the laptop deleted it; Globex
    // comes back, and so does her link, with a newer change time.
    assert_eq!(labels(&preview.replaced), ["Hooli", "Priya Haddad"]);
    assert!(preview.removed.is_empty());
    let resolved: Vec<(&str, &Resolution)> = preview
        .resolved
        .iter()
        .map(|r| (r.record.label.as_str(), &r.resolution))
        .collect();
    assert!(
        matches!(
            resolved[..],
            [
                (
                    "Data Analyst at Globex",
                    Resolution::KeptDespiteDeleteInFile { .. }
                ),
                ("Initech", Resolution::StaysDeleted { .. }),
                // Unlinked from Initech when the phone deleted it.
                ("Bill Lumbergh", Resolution::KeptHere { .. }),
                ("Initech: phone call", Resolution::StaysDeleted { .. }),
            ]
        ),
        "{resolved:?}"
    );
    let phone_after = preview.apply(&phone);
    assert!(phone_after.opportunity("o-2").is_none());
    assert_eq!(
        phone_after.opportunity("o-1").unwrap().notes,
        "Asked about the final round"
    );
    assert_eq!(phone_after.opportunity("o-3").unwrap().notes, "laptop");

    // The other way: the laptop takes the phone's backup and both agree.
    let back = export_backup(&phone, at(5));
    let preview = preview_import(&back, &laptop, ImportMode::Merge).unwrap();
    assert_eq!(labels(&preview.removed), ["Initech", "Initech: phone call"]);
    assert!(preview.resolved.iter().any(
        |r| r.record.id == "o-1" && matches!(r.resolution, Resolution::RestoredFromFile { .. })
    ));
    let laptop_after = preview.apply(&laptop);
    assert_eq!(sorted(&laptop_after), sorted(&phone_after));
}

#[test]
fn a_deletion_here_survives_importing_an_older_backup() {
    // The bug this fixes: a merge import let the file's copy win over
    // the tombstone, so the deleted record came back.
    let before = common();
    let file = export_backup(&before, at(0));
    let mut here = before.clone();
    here.delete_opportunity("o-3", at(1)).unwrap();
    let preview = preview_import(&file, &here, ImportMode::Merge).unwrap();
    assert!(preview.added.is_empty());
    assert_eq!(preview.resolved.len(), 1);
    assert!(preview.apply(&here).opportunity("o-3").is_none());
}

#[test]
fn replace_all_restores_the_file_exactly_records_and_settings() {
    let here = common();
    let mut there = common();
    there.delete_opportunity("o-3", at(1)).unwrap();
    edit_notes(&mut there, "o-1", "restored", at(1));
    let settings = Settings {
        user_name: "Sam Lee".into(),
        theme: ThemeChoice::Dark,
        ..Settings::default()
    };
    let file = export_backup_with_settings(&there, &settings, at(2));
    let preview = preview_import(&file, &here, ImportMode::ReplaceAll).unwrap();
    assert_eq!(labels(&preview.removed), ["Hooli"]);
    assert_eq!(labels(&preview.replaced), ["Data Analyst at Globex"]);
    let mine = Settings {
        user_name: "Sam".into(),
        ..Settings::default()
    };
    assert_eq!(preview.apply_settings(&mine), settings);
    assert_eq!(preview.apply(&here), there);
}

#[test]
fn a_merge_fills_unset_settings_and_keeps_choices_made_here() {
    let file_settings = Settings {
        user_name: "Sam Lee".into(),
        signature: "Data analyst".into(),
        theme: ThemeChoice::Dark,
        spelling: Some(Spelling::Us),
        phone: String::new(),
    };
    let here = Settings {
        user_name: "Sam".into(),
        spelling: Some(Spelling::Uk),
        phone: "+44 7700 900123".into(),
        ..Settings::default()
    };
    let file = export_backup_with_settings(&common(), &file_settings, at(1));
    let preview = preview_import(&file, &common(), ImportMode::Merge).unwrap();
    let after = preview.apply_settings(&here);
    assert_eq!(after.user_name, "Sam");
    assert_eq!(after.signature, "Data analyst");
    assert_eq!(after.theme, ThemeChoice::Dark);
    assert_eq!(after.spelling, Some(Spelling::Uk));
    assert_eq!(after.phone, "+44 7700 900123");
    let differences: Vec<(&str, bool)> = preview
        .settings_differences(&here)
        .iter()
        .map(|d| (d.setting, d.taken))
        .collect();
    assert_eq!(
        differences,
        [
            ("Your name", false),
            ("Signature", true),
            ("Theme", true),
            ("Spelling in messages", false),
            ("Your phone number", false),
        ]
    );
}

#[test]
fn every_old_fixture_imports_as_a_backup_without_settings() {
    for (i, fixture) in FIXTURES.iter().enumerate() {
        let raw = fixture.replacen('{', "{\"app\": \"graceful-decline\",", 1);
        let preview = preview_import(&raw, &TrackerData::default(), ImportMode::Merge)
            .unwrap_or_else(|e| panic!("fixture v{}: {e}", i + 1));
        assert!(preview.counts().added > 0);
        assert_eq!(preview.settings, None);
        let mine = Settings {
            user_name: "Sam".into(),
            ..Settings::default()
        };
        assert_eq!(preview.apply_settings(&mine), mine);
        assert!(preview.settings_differences(&mine).is_empty());
    }
}

#[test]
fn settings_a_newer_version_wrote_are_left_out_not_fatal() {
    let file = export_backup_with_settings(&common(), &Settings::default(), at(1)).replacen(
        "\"theme\":\"system\"",
        "\"theme\":\"sepia\"",
        1,
    );
    let preview = preview_import(&file, &TrackerData::default(), ImportMode::Merge).unwrap();
    assert_eq!(preview.settings, None);
    assert_eq!(preview.counts().added, common().record_count());
}

#[test]
fn a_backup_pasted_as_text_imports_like_the_file() {
    let data = common();
    let file = export_backup_with_settings(&data, &Settings::default(), at(1));
    let expected = preview_import(&file, &TrackerData::default(), ImportMode::Merge).unwrap();
    // A mail client's hard wrap at 76 characters.
    let wrapped: String = file
        .chars()
        .collect::<Vec<_>>()
        .chunks(76)
        .map(|line| line.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\r\n");
    let pasted = [
        format!("\u{feff}{file}"),
        format!("\n\n  {file}  \n"),
        format!("Here's my backup:\n\n{file}\n\nSent from my iPhone"),
        format!("\u{feff}{wrapped}\r\n"),
    ];
    for text in pasted {
        let preview = preview_import(&text, &TrackerData::default(), ImportMode::Merge)
            .unwrap_or_else(|e| panic!("{text:.60}: {e}"));
        assert_eq!(preview, expected);
    }
}

#[test]
fn an_activity_entry_is_named_by_its_company_and_kind() {
    let here = common();
    let mut there = common();
    there.delete_opportunity("o-1", at(1)).unwrap();
    let file = export_backup(&there, at(2));
    let preview = preview_import(&file, &here, ImportMode::Merge).unwrap();
    let removed: Vec<(RecordKind, &str)> = preview
        .removed
        .iter()
        .map(|r| (r.kind, r.label.as_str()))
        .collect();
    assert_eq!(
        removed,
        [
            (RecordKind::Opportunity, "Data Analyst at Globex"),
            (
                RecordKind::Activity,
                "Globex: message (Decline the interview)"
            ),
            (
                RecordKind::Activity,
                "Globex: status set to Declined, keeping in touch"
            ),
            (
                RecordKind::Activity,
                "Globex: message (Ask a few questions first)"
            ),
            (RecordKind::FollowUp, "Globex: Say hello on LinkedIn"),
        ]
    );
}

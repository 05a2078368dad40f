//! "You have been here before": which names are the same company, and
//! how last time reads.

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::domain::messages::Spelling;
use crate::domain::DeclineReason;

fn check(a: &str, b: &str, same: bool) {
    assert_eq!(same_company(a, b), same, "{a:?} vs {b:?}");
}

#[test]
fn company_names_match_across_case_punctuation_accents_and_legal_forms() {
    check("Acme", "ACME, Inc.", true);
    check("Acme Ltd", "Acme Limited", true);
    check("Acme Corp.", "acme corporation", true);
    check("Globex GmbH & Co. KG", "Globex", true);
    check("Initech LLC", "Initech, L.L.C.", true);
    check("Société Générale S.A.", "Societe Generale", true);
    check("Nestlé SA", "Nestle", true);
    check("Müller AG", "Muller", true);
    check("The Guardian", "Guardian Ltd", true);
    check("Hewlett-Packard", "Hewlett Packard Co", true);
    check("Barclays PLC", "barclays", true);
    check("McDonald's", "McDonalds Corp", true);
    check("  Acme\u{a0}Inc ", "Acme", true);
}

#[test]
fn near_misses_are_different_companies() {
    check("Meta", "Metaview", false);
    check("Meta", "Meta Platforms, Inc.", false);
    check("Acme", "Acme Group", false);
    check("Apple", "Pineapple", false);
    check("Co", "Coinbase", false);
    check("Inc", "Acme Inc", false);
    check("", "", false);
    check("!!!", "???", false);
    // A legal form alone is the name, not a suffix to drop.
    assert_eq!(company_key("Limited"), "limited");
}

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap()
}

fn now() -> DateTime<Utc> {
    at(2026, 5, 20)
}

/// Globex twice (declined last March, an older one still open), Initech
/// once, and Priya, the Globex recruiter.
fn tracker() -> TrackerData {
    let mut d = TrackerData::default();
    let mut analyst = Opportunity::new("o-1", "Globex Ltd", at(2026, 3, 2));
    analyst.role = "Analyst".into();
    d.add_opportunity(analyst).unwrap();
    d.set_status(
        "o-1",
        Status::DeclinedKeepWarm,
        Some(DeclineReason::Pay),
        at(2026, 3, 9),
        "a-1",
    )
    .unwrap();
    d.add_follow_up(FollowUp {
        id: "f-1".into(),
        opportunity_id: "o-1".into(),
        due: at(2026, 6, 12),
        action: "Say hello".into(),
        suggested: None,
        done_at: None,
        updated_at: at(2026, 3, 9),
    })
    .unwrap();
    d.add_opportunity(Opportunity::new("o-2", "GLOBEX", at(2025, 11, 4)))
        .unwrap();
    d.add_opportunity(Opportunity::new("o-3", "Initech", at(2026, 1, 5)))
        .unwrap();
    let mut priya = Contact::new(
        "c-1",
        "Priya Haddad",
        ContactKind::Recruiter,
        at(2026, 3, 2),
    );
    priya.email = "Priya@Globex.example".into();
    priya.opportunity_ids.push("o-1".into());
    d.add_contact(priya).unwrap();
    let mut sam = Contact::new(
        "c-2",
        "Sam Okafor",
        ContactKind::HiringManager,
        at(2026, 1, 5),
    );
    sam.opportunity_ids.push("o-3".into());
    d.add_contact(sam).unwrap();
    d
}

fn look(lookup: Lookup<'_>) -> History {
    been_here_before(&tracker(), &lookup, Spelling::Uk, now(), &Utc)
}

#[test]
fn earlier_opportunities_at_the_company_say_what_happened_most_recent_first() {
    let h = look(Lookup {
        company: "Globex, Inc.",
        ..Lookup::default()
    });
    let lines: Vec<(&str, &str)> = h
        .opportunities
        .iter()
        .map(|o| (o.label.as_str(), o.summary.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (
                "Analyst at Globex Ltd",
                "Declined the Analyst interview in March over pay; follow-up due 12 June."
            ),
            ("GLOBEX", "Invited to the interview in November 2025."),
        ]
    );
    // Priya worked on the Globex role, so she is listed too.
    assert_eq!(h.contacts.len(), 1);
    assert_eq!(h.contacts[0].matched_on, ContactMatch::Company);
    assert_eq!(
        h.contacts[0].summary,
        "Recruiter for Globex Ltd. Declined the Analyst interview in March over pay; follow-up due 12 June."
    );
}

#[test]
fn the_opportunity_being_edited_is_not_its_own_history() {
    let h = look(Lookup {
        company: "Initech",
        exclude_id: Some("o-3"),
        ..Lookup::default()
    });
    assert!(h.is_empty());
}

#[test]
fn contacts_match_by_email_or_name_at_another_company() {
    let h = look(Lookup {
        company: "Umbrella",
        contact_email: " priya@globex.EXAMPLE ",
        ..Lookup::default()
    });
    assert!(h.opportunities.is_empty());
    assert_eq!(h.contacts[0].matched_on, ContactMatch::Email);

    let h = look(Lookup {
        company: "Umbrella",
        contact_name: "sam  OKAFOR",
        ..Lookup::default()
    });
    assert_eq!(h.contacts[0].name, "Sam Okafor");
    assert_eq!(h.contacts[0].matched_on, ContactMatch::Name);
    assert_eq!(
        h.contacts[0].summary,
        "Hiring manager for Initech. Invited to the interview in January."
    );

    // A shared first name is not the same person.
    let h = look(Lookup {
        company: "Umbrella",
        contact_name: "Sam",
        ..Lookup::default()
    });
    assert!(h.is_empty());
}

#[test]
fn every_status_reads_as_a_plain_sentence() {
    for &status in Status::ALL {
        let mut d = tracker();
        d.set_status("o-3", status, None, at(2026, 4, 2), "a-9")
            .ok();
        let h = been_here_before(
            &d,
            &Lookup {
                company: "Initech",
                ..Lookup::default()
            },
            Spelling::Us,
            now(),
            &Utc,
        );
        let line = &h.opportunities[0].summary;
        assert!(line.ends_with('.') && !line.contains("  "), "{line}");
        assert!(
            line.contains(" in April") || line.contains(" in January"),
            "{line}"
        );
    }
}

#[test]
fn an_overdue_follow_up_says_it_was_due_in_us_order_with_the_year() {
    let mut d = tracker();
    d.follow_ups[0].due = at(2025, 12, 1);
    let h = been_here_before(
        &d,
        &Lookup {
            company: "globex",
            ..Lookup::default()
        },
        Spelling::Us,
        now(),
        &Utc,
    );
    assert_eq!(
        h.opportunities[0].summary,
        "Declined the Analyst interview in March over pay; follow-up was due December 1, 2025."
    );
}

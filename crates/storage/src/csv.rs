//! CSV exports for spreadsheets: the opportunities, and the job-search
//! activity report.
//!
//! Quoting follows RFC 4180. Cells that a spreadsheet would run as a
//! formula (starting with =, +, -, @, tab or carriage return) get a leading
//! apostrophe, so a company name such as `=HYPERLINK(...)` stays text.

use crate::domain::tracker::query::next_open_follow_up;
use crate::domain::tracker::{ActivityReport, TrackerData};

/// The header row, in column order.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "company",
    "role",
    "source",
    "stage",
    "status",
    "interview_at",
    "interview_zone",
    "decline_reason",
    "pay_notes",
    "advice",
    "next_follow_up",
    "created_at",
    "updated_at",
    "notes",
];

/// All opportunities as CSV text with a header row and CRLF line ends.
pub fn opportunities_csv(data: &TrackerData) -> String {
    let next = next_open_follow_up(data);
    let mut out = String::new();
    push_row(&mut out, CSV_COLUMNS.iter().map(|c| c.to_string()));
    for o in &data.opportunities {
        let time = |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339();
        push_row(
            &mut out,
            [
                o.id.clone(),
                o.company.clone(),
                o.role.clone(),
                o.source.clone(),
                o.stage.map(|s| s.label().to_string()).unwrap_or_default(),
                o.status.label().to_string(),
                o.interview.as_ref().map(|i| time(i.at)).unwrap_or_default(),
                o.interview
                    .as_ref()
                    .map(|i| i.zone.clone())
                    .unwrap_or_default(),
                o.decline_reason
                    .map(|r| r.label().to_string())
                    .unwrap_or_default(),
                o.pay_notes.clone(),
                o.decision
                    .as_ref()
                    .map(|d| d.advice_summary.clone())
                    .unwrap_or_default(),
                next.get(o.id.as_str())
                    .map(|t| time(*t))
                    .unwrap_or_default(),
                time(o.created_at),
                time(o.updated_at),
                o.notes.clone(),
            ]
            .into_iter(),
        );
    }
    out
}

/// The activity report's header row, in column order.
pub const REPORT_COLUMNS: &[&str] = &[
    "date", "employer", "role", "contacts", "activity", "outcome",
];

/// The activity report as CSV: one row per event, dates as YYYY-MM-DD,
/// and one row with no date for a chosen opportunity with nothing in the
/// range, so every opportunity the person picked appears.
pub fn activity_report_csv(report: &ActivityReport) -> String {
    let mut out = String::new();
    push_row(&mut out, REPORT_COLUMNS.iter().map(|c| c.to_string()));
    for o in &report.opportunities {
        let row = |date: String, activity: &str| {
            [
                date,
                o.company.clone(),
                o.role.clone(),
                o.contacts.join("; "),
                activity.to_string(),
                o.outcome.clone(),
            ]
        };
        if o.events.is_empty() {
            push_row(
                &mut out,
                row(String::new(), "No activity in this period").into_iter(),
            );
        }
        for e in &o.events {
            push_row(&mut out, row(e.date.to_string(), &e.text).into_iter());
        }
    }
    out
}

/// One cell, neutralised against formulas and quoted when needed.
pub fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| csv_cell(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(csv_cell(input), expected, "{input:?}");
    }

    #[test]
    fn cells_are_quoted_and_neutralised() {
        check("Acme", "Acme");
        check("Acme, Inc.", "\"Acme, Inc.\"");
        check("say \"hi\"", "\"say \"\"hi\"\"\"");
        check("two\nlines", "\"two\nlines\"");
        check("=1+1", "'=1+1");
        check("+44 20", "'+44 20");
        check("-5", "'-5");
        check("@SUM(A1)", "'@SUM(A1)");
        check(
            "=HYPERLINK(\"x\",\"y\")",
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
        );
        check("", "");
        check("a-b", "a-b");
    }

    #[test]
    fn the_report_has_a_row_per_event_and_one_for_a_quiet_opportunity() {
        use crate::domain::tracker::{activity_report, Contact, ContactKind, Opportunity, Status};
        use chrono::{NaiveDate, TimeZone, Utc};

        let at = |d| Utc.with_ymd_and_hms(2026, 4, d, 9, 0, 0).unwrap();
        let mut data = TrackerData::default();
        let mut o = Opportunity::new("o-1", "=HYPERLINK(\"x\")", at(1));
        o.role = "Analyst, Data".into();
        data.add_opportunity(o).unwrap();
        data.set_status("o-1", Status::DeclinedKeepWarm, None, at(2), "a-1")
            .unwrap();
        let mut c = Contact::new("c-1", "Priya Haddad", ContactKind::Recruiter, at(1));
        c.opportunity_ids.push("o-1".into());
        data.add_contact(c).unwrap();
        data.add_opportunity(Opportunity::new(
            "o-2",
            "Initech",
            at(1) - chrono::Duration::days(60),
        ))
        .unwrap();
        let day = |d| NaiveDate::from_ymd_opt(2026, 4, d).unwrap();
        let report = activity_report(&data, &["o-1", "o-2"], day(1), day(30), &Utc);
        let csv = activity_report_csv(&report);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "date,employer,role,contacts,activity,outcome",
                "2026-04-01,\"'=HYPERLINK(\"\"x\"\")\",\"Analyst, Data\",Priya Haddad (Recruiter),\
                 Interview invitation recorded,Declined the interview",
                "2026-04-02,\"'=HYPERLINK(\"\"x\"\")\",\"Analyst, Data\",Priya Haddad (Recruiter),\
                 Declined the interview,Declined the interview",
                ",Initech,,,No activity in this period,Invited to interview",
                "",
            ]
        );
    }
}

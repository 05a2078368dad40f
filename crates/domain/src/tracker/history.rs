//! "You have been here before": when an opportunity is added, pasted or
//! composed for, the earlier opportunities at the same company and the
//! contacts already known, each with one line on what happened last time
//! ("Declined the Analyst interview in March over pay; follow-up due 12
//! April.").
//!
//! Company names match when they are the same name once case, accents,
//! punctuation and legal suffixes are set aside ("ACME, Inc." is "Acme
//! Ltd"), and only then: "Meta" is not "Metaview", and "Meta Platforms"
//! is not "Meta" either, since a word more can be a different company.

use chrono::{DateTime, Datelike, TimeZone, Utc};

use super::records::{ActivityEntry, Contact, Opportunity};
use super::status::Status;
use super::TrackerData;
use crate::domain::messages::{Spelling, MONTHS};
use crate::domain::DeclineReason;

/// What the person is about to track or write about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lookup<'a> {
    /// The company's name as typed or pasted.
    pub company: &'a str,
    /// The contact's name, if known ("" if not).
    pub contact_name: &'a str,
    /// The contact's email, if known ("" if not).
    pub contact_email: &'a str,
    /// The opportunity being edited, which is not its own history.
    pub exclude_id: Option<&'a str>,
}

/// An earlier opportunity at the same company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastOpportunity {
    /// Its id, to link to it.
    pub id: String,
    /// Its name in a list: "Data Analyst at Globex Ltd".
    pub label: String,
    /// What happened last time, one sentence.
    pub summary: String,
}

/// Why a contact is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactMatch {
    /// The same email address.
    Email,
    /// The same name.
    Name,
    /// Linked to an earlier opportunity at the same company.
    Company,
}

/// A contact already in the tracker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownContact {
    /// Their id, to link to them.
    pub id: String,
    /// Their name.
    pub name: String,
    /// Why they are listed.
    pub matched_on: ContactMatch,
    /// Who they are and what happened last time: "Recruiter for Globex.
    /// Declined the Data Analyst interview in January over pay."
    pub summary: String,
}

/// Everything the tracker already knows about a company and a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Earlier opportunities at the company, most recent first.
    pub opportunities: Vec<PastOpportunity>,
    /// Contacts with the same email or name, or met at the company.
    pub contacts: Vec<KnownContact>,
}

impl History {
    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.opportunities.is_empty() && self.contacts.is_empty()
    }
}

/// Legal forms that say nothing about which company it is, so "Acme
/// Ltd", "ACME, Inc." and "Acme GmbH & Co. KG" are one company. Only
/// legal forms: "Group" or "Labs" can name a different business.
pub const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "lp",
    "plc",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "kg",
    "se",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "sl",
    "bv",
    "nv",
    "ab",
    "as",
    "asa",
    "oy",
    "pty",
    "pte",
    "kk",
];

/// The company's name reduced to what identifies it: lower case, accents
/// and punctuation gone ("S.A." is "sa"), a leading "The" and trailing
/// legal forms dropped. Two names are the same company when their keys
/// are equal and not empty.
pub fn company_key(name: &str) -> String {
    let folded = fold(name, &['.', '\'', '\u{2019}']);
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL_SUFFIXES.contains(w)) {
        words.pop();
    }
    words.join(" ")
}

/// Whether two company names are the same company (see `company_key`).
pub fn same_company(a: &str, b: &str) -> bool {
    let key = company_key(a);
    !key.is_empty() && key == company_key(b)
}

/// The earlier opportunities at `lookup.company` and the contacts the
/// tracker already knows, each with what happened last time. Months are
/// named with the year only when it is not the year of `now` in `zone`.
pub fn been_here_before<Tz: TimeZone>(
    data: &TrackerData,
    lookup: &Lookup<'_>,
    spelling: Spelling,
    now: DateTime<Utc>,
    zone: &Tz,
) -> History {
    let dates = Dates {
        zone,
        spelling,
        year: now.with_timezone(zone).year(),
        now,
    };
    let key = company_key(lookup.company);
    let mut earlier: Vec<&Opportunity> = data
        .opportunities
        .iter()
        .filter(|o| Some(o.id.as_str()) != lookup.exclude_id)
        .filter(|o| !key.is_empty() && company_key(&o.company) == key)
        .collect();
    earlier.sort_by_key(|o| std::cmp::Reverse(o.updated_at));
    let opportunities = earlier
        .iter()
        .map(|o| PastOpportunity {
            id: o.id.clone(),
            label: label(o),
            summary: format!("{}.", summary(data, o, &dates)),
        })
        .collect();

    let email = lookup.contact_email.trim();
    let name = fold(lookup.contact_name, &['.']);
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let contacts = data
        .contacts
        .iter()
        .filter_map(|c| {
            let matched_on = if !email.is_empty() && c.email.trim().eq_ignore_ascii_case(email) {
                ContactMatch::Email
            } else if !name.is_empty()
                && fold(&c.name, &['.']).split_whitespace().eq(name.split(' '))
            {
                ContactMatch::Name
            } else if c
                .opportunity_ids
                .iter()
                .any(|id| earlier.iter().any(|o| &o.id == id))
            {
                ContactMatch::Company
            } else {
                return None;
            };
            Some(KnownContact {
                id: c.id.clone(),
                name: c.name.clone(),
                matched_on,
                summary: contact_summary(data, c, &dates),
            })
        })
        .collect();
    History {
        opportunities,
        contacts,
    }
}

/// "Data Analyst at Globex", or the company alone.
fn label(o: &Opportunity) -> String {
    match o.role.trim() {
        "" => o.company.clone(),
        role => format!("{role} at {}", o.company),
    }
}

/// One clause on where an opportunity stands and when it got there, and
/// its next open follow-up: "Declined the Analyst interview in March over
/// pay; follow-up due 12 April".
fn summary<Tz: TimeZone>(data: &TrackerData, o: &Opportunity, dates: &Dates<'_, Tz>) -> String {
    let role = o.role.trim();
    let interview = if role.is_empty() {
        "the interview".to_string()
    } else {
        format!("the {role} interview")
    };
    let role_named = if role.is_empty() {
        "the role".to_string()
    } else {
        format!("the {role} role")
    };
    let since = data
        .activities_for(&o.id)
        .iter()
        .rev()
        .find_map(|a| match a.entry {
            ActivityEntry::StatusChange { to, .. } if to == o.status => Some(a.at),
            _ => None,
        })
        .unwrap_or(if o.status == Status::Invited {
            o.created_at
        } else {
            o.updated_at
        });
    let month = dates.month(since);
    let mut out = match o.status {
        Status::Invited => format!("Invited to {interview} in {month}"),
        Status::Proceeding => format!("Accepted {interview} in {month}"),
        Status::AlternativeProposed => {
            format!("Suggested an alternative to {interview} in {month}")
        }
        Status::Rescheduled => format!("Arranged a new time for {interview} in {month}"),
        Status::DeclinedKeepWarm => {
            let why = o.decline_reason.map(reason_words).unwrap_or_default();
            format!("Declined {interview} in {month}{why}")
        }
        Status::Withdrawn => format!("Withdrew from the process for {role_named} in {month}"),
        Status::Closed => format!("Marked {role_named} as closed in {month}"),
        Status::AwaitingAnswer => {
            format!("Asked them about {role_named} in {month}, awaiting their answer")
        }
    };
    let next = data.follow_ups_for(&o.id).into_iter().find(|f| f.is_open());
    if let Some(f) = next {
        let was = if f.due < dates.now { "was due" } else { "due" };
        out.push_str(&format!("; follow-up {was} {}", dates.day(f.due)));
    }
    out
}

/// " over pay", as said after "Declined the interview in March".
const fn reason_words(reason: DeclineReason) -> &'static str {
    match reason {
        DeclineReason::AcceptedOffer => " after accepting another offer",
        DeclineReason::Pay => " over pay",
        DeclineReason::RoleFit => " over the fit of the role",
        DeclineReason::Culture => " over culture",
        DeclineReason::Location => " over the location",
        DeclineReason::TravelBalance => " over travel and balance",
        DeclineReason::Timing => " over timing",
        DeclineReason::LongProcess => " as the process was too long",
        DeclineReason::NoReason => "",
        DeclineReason::Level => " over the level",
        DeclineReason::Hours => " over the hours",
        DeclineReason::Commute => " over the commute",
        DeclineReason::StayingCurrent => " to stay in the current role",
    }
}

/// "Recruiter for Globex and Initech. Declined the Data Analyst interview
/// in January over pay."
fn contact_summary<Tz: TimeZone>(data: &TrackerData, c: &Contact, dates: &Dates<'_, Tz>) -> String {
    let linked: Vec<&Opportunity> = c
        .opportunity_ids
        .iter()
        .filter_map(|id| data.opportunity(id))
        .collect();
    let mut companies: Vec<&str> = Vec::new();
    for o in &linked {
        if !companies.iter().any(|c| same_company(c, &o.company)) {
            companies.push(&o.company);
        }
    }
    let who = match companies.as_slice() {
        [] => c.kind.label().to_string(),
        [one] => format!("{} for {one}", c.kind.label()),
        [rest @ .., last] => format!("{} for {} and {last}", c.kind.label(), rest.join(", ")),
    };
    match linked.iter().max_by_key(|o| o.updated_at) {
        Some(latest) => format!("{who}. {}.", summary(data, latest, dates)),
        None => format!("{who}."),
    }
}

/// How dates read in a summary.
struct Dates<'z, Tz: TimeZone> {
    zone: &'z Tz,
    spelling: Spelling,
    year: i32,
    now: DateTime<Utc>,
}

impl<Tz: TimeZone> Dates<'_, Tz> {
    /// "March", or "March 2025" in another year.
    fn month(&self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(self.zone);
        let name = MONTHS[local.month0() as usize];
        if local.year() == self.year {
            name.to_string()
        } else {
            format!("{name} {}", local.year())
        }
    }

    /// "12 April" (UK) or "April 12" (US), with the year when not this one.
    fn day(&self, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(self.zone);
        let name = MONTHS[local.month0() as usize];
        let day = match self.spelling {
            Spelling::Uk => format!("{} {name}", local.day()),
            Spelling::Us => format!("{name} {}", local.day()),
        };
        match (local.year() == self.year, self.spelling) {
            (true, _) => day,
            (false, Spelling::Uk) => format!("{day} {}", local.year()),
            (false, Spelling::Us) => format!("{day}, {}", local.year()),
        }
    }
}

/// Lower case, common Latin accents dropped, `joiners` removed (so
/// "S.A." is one word), and every other non-alphanumeric a space.
fn fold(text: &str, joiners: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if joiners.contains(&c) {
            continue;
        }
        match c {
            'à'..='å' | 'ā' | 'ą' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è'..='ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ì'..='ï' | 'ı' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò'..='ö' | 'ø' | 'ő' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ù'..='ü' | 'ű' | 'ů' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            'ś' | 'š' => out.push('s'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ł' => out.push('l'),
            'ř' => out.push('r'),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

//! A deterministic, realistic-looking data set for benchmarks, the browser
//! performance check and demos: each opportunity has one contact, three
//! activity entries (a status change, a composed message, a note) and one
//! follow-up.

use chrono::{DateTime, Duration, Utc};

use super::records::{
    stamp, Activity, ActivityEntry, Contact, ContactKind, FollowUp, InterviewTime, Opportunity,
    SavedDecision, Status,
};
use super::TrackerData;
use crate::domain::vocab::{Channel, DeclineReason, InterviewStage, MessageKind};

const COMPANIES: &[&str] = &[
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Hooli",
    "Vandelay Imports",
    "Stark Analytics",
    "Wayne Logistics",
    "Soylent Foods",
    "Tyrell Systems",
    "Cyberdyne",
    "Wonka Labs",
    "Acme Data",
    "Gringotts Finance",
    "Oceanic Air",
    "Monarch Solutions",
];
const ROLES: &[&str] = &[
    "Data Analyst",
    "Senior Data Analyst",
    "Project Manager",
    "Backend Engineer",
    "Product Designer",
    "Marketing Lead",
    "Engineering Manager",
    "Data Scientist",
];
const SOURCES: &[&str] = &[
    "LinkedIn",
    "Referral",
    "Recruiter email",
    "Job board",
    "Company site",
];
const FIRST: &[&str] = &[
    "Alex", "Sam", "Priya", "Jordan", "Maria", "Chen", "Amara", "Luca",
];
const LAST: &[&str] = &[
    "Smith", "Okafor", "Garcia", "Nguyen", "Kowalski", "Haddad", "Berg",
];
const ZONES: &[&str] = &[
    "Europe/London",
    "America/New_York",
    "Europe/Berlin",
    "Asia/Singapore",
];

/// `n` opportunities with their contact, activity and follow-up, all
/// dated within the 120 days before `now` (interviews up to 30 days after).
/// The same `n` and `now` always give the same data.
pub fn generate(n: usize, now: DateTime<Utc>) -> TrackerData {
    let now = stamp(now);
    let mut data = TrackerData {
        opportunities: Vec::with_capacity(n),
        contacts: Vec::with_capacity(n),
        activities: Vec::with_capacity(n * 3),
        follow_ups: Vec::with_capacity(n),
        tombstones: Vec::new(),
        user_templates: Vec::new(),
    };
    // The statuses the sample was first made with, so it stays the same
    // sample (benchmarks compare against it) as statuses are added.
    const SAMPLE_STATUSES: &[Status] = &[
        Status::Invited,
        Status::Proceeding,
        Status::AlternativeProposed,
        Status::Rescheduled,
        Status::DeclinedKeepWarm,
        Status::Withdrawn,
        Status::Closed,
    ];
    for i in 0..n {
        let mut rng = SplitMix(i as u64 ^ 0x9e37_79b9_7f4a_7c15);
        let opp_id = format!("o-{i:x}");
        let created = now - Duration::minutes(rng.below(120 * 24 * 60) as i64);
        let status = *pick(&mut rng, SAMPLE_STATUSES);
        let decided = created + Duration::hours(1 + rng.below(24 * 10) as i64);

        let mut opp = Opportunity::new(
            &opp_id,
            format!("{} {}", pick(&mut rng, COMPANIES), i),
            created,
        );
        opp.role = pick(&mut rng, ROLES).to_string();
        opp.source = pick(&mut rng, SOURCES).to_string();
        opp.stage = Some(*pick(&mut rng, InterviewStage::ALL));
        opp.status = status;
        opp.interview = Some(InterviewTime {
            at: now + Duration::minutes(rng.below(60 * 24 * 60) as i64 - 30 * 24 * 60),
            zone: pick(&mut rng, ZONES).to_string(),
        });
        if matches!(status, Status::DeclinedKeepWarm | Status::Withdrawn) {
            opp.decline_reason = Some(*pick(&mut rng, DeclineReason::ALL));
        }
        if rng.below(3) == 0 {
            opp.decision = Some(SavedDecision {
                answers: serde_json::json!({ "fit": rng.below(5) }),
                advice_outcome: Some("decline".into()),
                advice_summary: "Decline politely and keep in touch".into(),
            });
        }
        opp.updated_at = decided.min(now);

        let mut contact = Contact::new(
            format!("c-{i:x}"),
            format!("{} {}", pick(&mut rng, FIRST), pick(&mut rng, LAST)),
            *pick(&mut rng, ContactKind::ALL),
            created,
        );
        contact.email = format!("person{i}@example.com");
        contact.linkedin_connected = rng.below(2) == 0;
        contact.opportunity_ids.push(opp_id.clone());

        let entries = [
            ActivityEntry::StatusChange {
                from: Status::Invited,
                to: status,
            },
            ActivityEntry::Message {
                kind: *pick(&mut rng, MessageKind::ALL),
                channel: *pick(&mut rng, Channel::ALL),
                sent: rng.below(2) == 0,
                text: "Thank you for the invitation; I have decided not to go ahead.".into(),
            },
            ActivityEntry::Note {
                text: "Recruiter was friendly; ask again in spring.".into(),
            },
        ];
        for (k, entry) in entries.into_iter().enumerate() {
            data.activities.push(Activity {
                id: format!("a-{i:x}-{k}"),
                opportunity_id: opp_id.clone(),
                at: (decided + Duration::minutes(k as i64)).min(now),
                entry,
            });
        }

        let done = rng.below(4) == 0;
        data.follow_ups.push(FollowUp {
            id: format!("f-{i:x}"),
            opportunity_id: opp_id,
            due: decided + Duration::days(14 + rng.below(60) as i64),
            action: "Send a short note to stay in touch".into(),
            suggested: Some(MessageKind::FollowUp),
            done_at: done.then_some(now),
            updated_at: decided.min(now),
        });
        data.opportunities.push(opp);
        data.contacts.push(contact);
    }
    data
}

/// A small fast generator (SplitMix64); good enough for sample data and
/// fully determined by its seed.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn pick<'a, T>(rng: &mut SplitMix, items: &'a [T]) -> &'a T {
    &items[rng.below(items.len() as u64) as usize]
}

//! Puts the readers together: which date is the interview's and which the
//! reply-by, which time goes with the date, and the `found` list.
//!
//! A date after "by", "until" or "before" (with only "close of play on",
//! "end of day" and a time in between) is the reply-by; one after "the
//! week of" is no day at all; dates on a forwarded mail's header lines are
//! the mail's, not the interview's. The interview is the first date left
//! from today on, and its time the nearest time mention around it.

use chrono::{DateTime, NaiveTime, Offset, Utc};

use super::dates::{find_dates, DateMention};
use super::lengths::find_durations;
use super::text::Text;
use super::times::{find_times, TimeMention};
use super::words::*;
use super::zone_words::zone_at;
use super::zones::{fixed, zone_by_name, Zone};
use super::{company, end_of_day, people, stage, Capture, CaptureField, Found, Hit};

/// How far (in tokens) a time may be from its date.
const TIME_REACH: usize = 14;

/// How far (in tokens) a zone named on its own may be from a time.
const ZONE_REACH: usize = 12;

pub(super) fn read(source: &str, now: DateTime<Utc>, zone: &str) -> Capture {
    let text = Text::new(source);
    let user = zone_by_name(zone);
    let user_zone = user
        .map(Zone::Rule)
        .unwrap_or(Zone::Fixed(fixed(0).unwrap_or(Utc.fix())));
    let now_local = match user_zone {
        Zone::Rule(rule) => now.with_timezone(&rule.offset_at(&now.naive_utc())),
        Zone::Fixed(offset) => now.with_timezone(&offset),
    };
    let today = now_local.date_naive();

    // A zone the text names (an IANA name, or a US zone after a time)
    // settles the order of numeric dates and the zone of bare times.
    let named: Vec<(usize, Zone)> = (0..text.toks.len())
        .filter_map(|k| zone_at(&text, k, user).map(|(z, _)| (k, z)))
        .collect();
    let month_first = named
        .iter()
        .find_map(|(_, z)| z.month_first())
        .or(user.map(|u| u.month_first))
        .unwrap_or(false);
    let iana_zone = named
        .iter()
        .find(|(k, _)| text.is(k + 1, "/"))
        .map(|(_, z)| *z);

    let dates = find_dates(&text, today, month_first);
    let mut taken = vec![false; text.toks.len()];
    for d in &dates {
        taken[d.from..d.to].iter_mut().for_each(|t| *t = true);
    }
    let times: Vec<TimeMention> = find_times(&text, &taken, user)
        .into_iter()
        .filter(|t| !on_header(&text, t.from))
        .collect();

    let mut reply: Option<(&DateMention, usize)> = None;
    let mut interview: Option<&DateMention> = None;
    for d in dates.iter().filter(|d| !on_header(&text, d.from)) {
        if let Some(cue) = reply_cue(&text, d, &times) {
            reply = reply.or(Some((d, cue)));
        } else if !week_of(&text, d.from) && d.date >= today && interview.is_none() {
            interview = Some(d);
        }
    }
    let in_reply = |t: &TimeMention| {
        reply.is_some_and(|(d, cue)| t.from >= cue && t.from <= d.to + 2 && t.to >= cue)
    };
    let time = interview.and_then(|d| {
        times
            .iter()
            .filter(|t| !in_reply(t))
            .map(|t| (distance(d, t), t))
            .filter(|(gap, t)| {
                *gap <= TIME_REACH || text.label_of(t.from).is_some_and(|l| l == "time")
            })
            .min_by_key(|(gap, _)| *gap)
            .map(|(_, t)| t)
    });
    // A time's zone: written after it, else named nearby on its line ("at
    // 10:00 on 15 June in Sydney (AEST)"), else an IANA name in the text,
    // else the user's.
    let nearby = |t: &TimeMention| {
        let line = text.toks[t.from].line;
        named
            .iter()
            .filter(|(k, _)| text.toks[*k].line == line && k.abs_diff(t.from) <= ZONE_REACH)
            .min_by_key(|(k, _)| k.abs_diff(t.from))
            .map(|(_, z)| *z)
    };
    let zone_of = |t: Option<&TimeMention>| {
        t.and_then(|t| t.zone.or_else(|| nearby(t)))
            .or(iana_zone)
            .unwrap_or(user_zone)
    };

    let mut found = Vec::new();
    let mut note = |field: CaptureField, start: usize, end: usize| {
        if end > start {
            found.push(Found { field, start, end });
        }
    };
    let span = |from: usize, to: usize| (text.toks[from].start, text.toks[to - 1].end);

    let interview_at = match (interview, time) {
        (Some(d), Some(t)) => zone_of(Some(t)).resolve(d.date.and_time(clock(t.hour, t.minute))),
        _ => None,
    };
    if let Some(d) = interview {
        let (s, e) = span(d.from, d.to);
        note(CaptureField::InterviewDate, s, e);
    }
    if let Some(t) = time.filter(|_| interview_at.is_some()) {
        let (s, e) = span(t.from, t.to);
        note(CaptureField::InterviewAt, s, e);
    }

    let duration = match time.and_then(|t| t.until.map(|u| (t, u))) {
        Some((t, (h, m))) => Some((h * 60 + m) - (t.hour * 60 + t.minute)),
        None => find_durations(&text)
            .into_iter()
            .find(|d| !reply.is_some_and(|(r, cue)| d.from >= cue && d.to <= r.to))
            .map(|d| {
                let (s, e) = span(d.from, d.to);
                note(CaptureField::DurationMinutes, s, e);
                d.minutes
            }),
    };

    let reply_by = reply.and_then(|(d, cue)| {
        let t = times.iter().find(|t| in_reply(t));
        let at = match t {
            Some(t) => clock(t.hour, t.minute),
            None if (cue..d.to + 1).any(|k| text.is_any(k, &["lunchtime", "noon", "midday"])) => {
                clock(12, 0)
            }
            None => end_of_day(),
        };
        let (s, e) = span(cue.min(d.from), d.to);
        note(CaptureField::ReplyBy, s, e);
        zone_of(t).resolve(d.date.and_time(at))
    });

    let sender = people::sender(&text);
    let place = stage::location(&text);
    let employer = company::employer(&text, &sender, place);
    let service = stage::meeting_service(&text);
    let stage = stage::stage(&text, place, service);
    let format = stage::format(&text, place, service);

    let mut value = |field: CaptureField, hit: Option<Hit>| {
        hit.filter(|h| !h.value.is_empty()).map(|h| {
            note(field, h.start, h.end);
            h.value
        })
    };
    let company = value(CaptureField::Company, employer.company);
    let role = value(CaptureField::Role, employer.role);
    let agency = value(CaptureField::Agency, employer.agency);
    let contact_name = value(CaptureField::ContactName, sender.name);
    let contact_title = value(CaptureField::ContactTitle, sender.title);
    let contact_email = value(CaptureField::ContactEmail, sender.email);
    let location = value(
        CaptureField::Location,
        place.map(|(s, e)| Hit::from_toks(&text, s, e)),
    );
    let mut cue = |field: CaptureField, range: Option<(usize, usize)>| {
        if let Some((s, e)) = range.filter(|(s, e)| e > s) {
            let (s, e) = span(s, e);
            note(field, s, e);
        }
    };
    cue(CaptureField::MeetingService, service.map(|c| (c.1, c.2)));
    cue(CaptureField::Stage, stage.map(|c| (c.1, c.2)));
    cue(CaptureField::Format, format.map(|c| (c.1, c.2)));
    found.sort_by_key(|f| (f.start, f.end));

    Capture {
        company,
        role,
        contact_name,
        contact_title,
        contact_email,
        agency,
        interview_at,
        interview_date: interview.map(|d| d.date),
        duration_minutes: duration.filter(|m| *m > 0),
        stage: stage.map(|c| c.0),
        format: format.map(|c| c.0),
        meeting_service: service.map(|c| c.0.to_string()),
        location,
        reply_by,
        found,
    }
}

fn clock(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN)
}

/// Tokens between a date and a time, whichever comes first.
fn distance(d: &DateMention, t: &TimeMention) -> usize {
    if t.from >= d.to {
        t.from - d.to
    } else {
        d.from.saturating_sub(t.to)
    }
}

/// The token of "by" (or "until", "before") that makes `d` a reply-by date.
fn reply_cue(text: &Text, d: &DateMention, times: &[TimeMention]) -> Option<usize> {
    let in_time = |k: usize| times.iter().any(|t| t.from <= k && k < t.to);
    let mut k = d.from;
    while k > 0 && d.from - k < 8 {
        k -= 1;
        if text.is_any(k, REPLY_CUES) {
            let than = !text.is(k, "than") || text.is(k.wrapping_sub(1), "later");
            return than.then_some(k);
        }
        if !(text.is_any(k, REPLY_BRIDGE) || in_time(k)) {
            return None;
        }
    }
    None
}

/// "the week of 13 July", "w/c 13 July": a week, not a day.
fn week_of(text: &Text, from: usize) -> bool {
    from >= 2
        && ((text.is(from - 1, "of") && text.is(from - 2, "week"))
            || text.is_any(from - 1, &["commencing", "beginning"]))
}

/// Whether token `k` is on a forwarded mail's header line ("Date:" next
/// to "From:" and "To:" lines, or "Sent:").
fn on_header(text: &Text, k: usize) -> bool {
    let line = text.toks[k].line;
    let header = |l: usize| {
        text.line_label(l)
            .is_some_and(|(label, _)| HEADER_LABELS.contains(&label.as_str()))
    };
    match text.line_label(line) {
        Some((label, _)) if label == "sent" => true,
        Some((label, _)) if label == "date" => {
            (line.saturating_sub(2)..=line + 2)
                .any(|l| l != line && l < text.lines.len() && header(l))
                && (line.saturating_sub(2)..=line + 2).any(|l| {
                    l < text.lines.len()
                        && text
                            .line_label(l)
                            .is_some_and(|(x, _)| x == "from" || x == "to")
                })
        }
        _ => false,
    }
}

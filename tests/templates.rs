//! Every built-in template passes the etiquette checker and reads as
//! English for plain and hostile values, and neither render nor check can
//! be broken by what a user types.
// Native tier: these use native-only dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use graceful_decline::domain::messages::{
    channels_for, check, late_applies, reasons_apply, render, CheckInput, Field, Finding, Length,
    MessageFields, MessageRequest, Part, RenderedMessage, Severity, Span, Spelling, Tone,
};
use graceful_decline::domain::{Channel, DeclineReason, MessageKind};
use proptest::prelude::*;
use support::{every_request, field_sets, offers_no_new_time, plain, slips};

fn check_text(req: &MessageRequest, subject: Option<&str>, body: &str) -> Vec<Finding> {
    let company = Some(req.fields.company.as_str()).filter(|c| !c.is_empty());
    check(&CheckInput {
        company,
        kind: req.kind,
        channel: req.channel,
        subject,
        body,
    })
}

fn check_rendered(req: &MessageRequest, out: &RenderedMessage) -> Vec<Finding> {
    check_text(req, out.subject.as_deref(), &out.body)
}

/// Runs every built-in combination for every field set and collects what
/// is wrong with each, so one failure report shows them all.
#[test]
fn every_built_in_combination_reads_well_and_passes_its_checker() {
    let mut problems = Vec::new();
    let mut tally: std::collections::BTreeMap<String, usize> = Default::default();
    let mut count = 0;
    for (set, fields) in field_sets() {
        for req in every_request(&fields) {
            count += 1;
            let out = render(&req);
            let mut notes = Vec::new();
            if !out.placeholders.is_empty() {
                notes.push(format!("placeholders {:?}", out.placeholders));
            }
            let serious = |findings: Vec<Finding>| -> Vec<String> {
                findings
                    .into_iter()
                    .filter(|f| f.severity != Severity::Info)
                    .map(|f| format!("{:?} {:?}", f.rule, f.span))
                    .collect()
            };
            notes.extend(serious(check_rendered(&req, &out)));
            let mut texts = vec![out.body.as_str()];
            texts.extend(out.subject.as_deref());
            if let Some(voicemail) = &out.voicemail {
                notes.extend(
                    serious(check_text(&req, None, voicemail))
                        .into_iter()
                        .map(|n| format!("voicemail: {n}")),
                );
                let words = voicemail.split_whitespace().count();
                if set == "plain" && words > 75 {
                    notes.push(format!("voicemail of {words} words is over thirty seconds"));
                }
                texts.push(voicemail);
            }
            for text in &texts {
                notes.extend(slips(text));
            }
            if offers_no_new_time(req.kind) {
                let proposed = &req.fields.proposed_time;
                for offer in [
                    "reschedul",
                    "another time",
                    "new time",
                    "move it to",
                    "move the interview",
                    proposed,
                ] {
                    if texts.iter().any(|t| t.contains(offer)) {
                        notes.push(format!("a decline offers a new time ({offer:?})"));
                    }
                }
            }
            if req.late && late_applies(req.kind) {
                notes.extend(late_notes(&req, &out));
            }
            let mut new_kind = false;
            for note in &notes {
                let kind = note.split(['(', '"', '{', 'o']).next().unwrap_or(note);
                let seen = tally.entry(format!("{:?}: {kind}", req.kind)).or_insert(0);
                new_kind |= *seen == 0;
                *seen += 1;
            }
            // One example of each kind of problem is enough to read.
            if new_kind {
                problems.push(format!(
                    "[{set}] {:?} {:?} {} {:?} {:?} {:?} late={} ask={:?}\n{}\n{}\n--> {}\n",
                    req.kind,
                    req.reason,
                    req.channel,
                    req.tone,
                    req.length,
                    req.spelling,
                    req.late,
                    req.ask,
                    out.subject.as_deref().unwrap_or_default(),
                    out.body,
                    notes.join("; ")
                ));
            }
        }
    }
    assert!(count > 7000, "only {count} combinations");
    assert!(
        tally.is_empty(),
        "{} of {count} fail:\n{tally:#?}\n{}",
        tally.values().sum::<usize>(),
        problems.concat()
    );
}

/// A late message mentions the short notice and keeps everything the
/// on-time one says apart from the decision sentence: the real reason
/// stays, and nothing new (a new time) is offered.
fn late_notes(req: &MessageRequest, out: &RenderedMessage) -> Vec<String> {
    let mut notes = Vec::new();
    if !out.body.contains("short notice") {
        notes.push("late message does not mention the short notice".to_string());
    }
    let on_time = render(&MessageRequest {
        late: false,
        ..req.clone()
    });
    if offers_no_new_time(req.kind) {
        for sentence in on_time.body.split_inclusive(['.', '?']) {
            let sentence = sentence.trim().trim_start_matches("- ");
            if !sentence.contains("decided") && !out.body.contains(sentence) {
                notes.push(format!("late message lost {sentence:?}"));
            }
        }
    }
    notes
}

#[test]
fn spelling_follows_the_setting_in_our_words() {
    let uk_only = ["apologis", "realis", "enquir", "diary", "travelling"];
    let us_only = ["apologiz", "realiz", "inquir", "calendar", "traveling"];
    for req in every_request(&plain()) {
        let text = render(&req).body + &render(&req).subject.unwrap_or_default();
        let wrong = match req.spelling {
            Spelling::Us => uk_only,
            Spelling::Uk => us_only,
        };
        for word in wrong {
            assert!(
                !text.contains(word),
                "{word} in {:?}:\n{text}",
                req.spelling
            );
        }
    }
}

#[test]
fn phone_scripts_ask_for_the_contact_then_greet_and_ask_if_now_is_good() {
    for req in every_request(&plain()) {
        if req.channel != Channel::Phone {
            continue;
        }
        let body = render(&req).body;
        let ask_for = body.find("(If someone else answers, ask for Jordan Lee");
        // Asked for by full name, greeted by first name.
        let hello = body
            .find("Hi Jordan, it's Alex Morgan.")
            .or(body.find("Hello Jordan, my name is Alex Morgan."));
        assert!(ask_for.is_some() && ask_for < hello, "{body}");
        assert!(
            body.contains("a good time") || body.contains("a convenient time"),
            "{body}"
        );
        let headings: Vec<&str> = body
            .split("\n\n")
            .filter_map(|b| b.lines().next())
            .collect();
        assert_eq!(headings.first(), Some(&"Opening"), "{body}");
        assert_eq!(headings.last(), Some(&"Closing"), "{body}");
    }
}

#[test]
fn linkedin_notes_fit_their_length_and_mention_the_interview() {
    for req in every_request(&plain()) {
        if req.kind != MessageKind::LinkedInNote {
            continue;
        }
        let body = render(&req).body;
        let limit = match req.length {
            Length::Brief => 200,
            Length::Standard => 300,
        };
        assert!(
            body.chars().count() <= limit,
            "{} chars: {body}",
            body.chars().count()
        );
        assert!(body.contains("Senior Data Analyst interview"), "{body}");
        assert_eq!(body.matches("Northwind Traders").count(), 1, "{body}");
    }
}

#[test]
fn reasons_change_the_text_and_only_where_they_apply() {
    let fields = plain();
    for &kind in MessageKind::ALL {
        let bodies: std::collections::HashSet<String> = DeclineReason::ALL
            .iter()
            .map(|&reason| {
                let req = MessageRequest {
                    spelling: Spelling::Uk,
                    late: false,
                    ask: Vec::new(),
                    kind,
                    reason: Some(reason),
                    channel: channels_for(kind)[0],
                    tone: Tone::Warm,
                    length: Length::Standard,
                    fields: fields.clone(),
                };
                render(&req).body
            })
            .collect();
        let expected = match kind {
            // The follow-up's line is shared by reasons with the same door.
            MessageKind::FollowUp => 9,
            _ if reasons_apply(kind) => DeclineReason::ALL.len(),
            _ => 1,
        };
        assert_eq!(bodies.len(), expected, "{kind}");
    }
}

#[test]
fn after_accepting_elsewhere_the_follow_up_asks_for_no_openings() {
    for reason in [DeclineReason::AcceptedOffer, DeclineReason::StayingCurrent] {
        let req = MessageRequest {
            spelling: Spelling::Uk,
            late: false,
            ask: Vec::new(),
            kind: MessageKind::FollowUp,
            reason: Some(reason),
            channel: Channel::Email,
            tone: Tone::Warm,
            length: Length::Brief,
            fields: plain(),
        };
        let body = render(&req).body;
        assert!(!body.contains("comes up"), "{body}");
        assert!(body.contains("keep in touch"), "{body}");
    }
}

#[test]
fn a_pay_call_welcomes_a_better_offer_and_an_accepted_one_does_not() {
    let script = |reason| {
        render(&MessageRequest {
            spelling: Spelling::Uk,
            late: false,
            ask: Vec::new(),
            kind: MessageKind::Decline,
            reason: Some(reason),
            channel: Channel::Phone,
            tone: Tone::Warm,
            length: Length::Brief,
            fields: plain(),
        })
        .body
    };
    assert!(script(DeclineReason::Pay).contains("room to move on the pay"));
    assert!(script(DeclineReason::AcceptedOffer).contains("committed to it"));
}

#[test]
fn the_editor_checks_catch_what_they_should() {
    assert_eq!(slips("Fine. Also fine? Yes!"), Vec::<String>::new());
    assert_eq!(slips("At Acme Ltd. on Friday."), Vec::<String>::new());
    assert_eq!(slips("Hello.. There"), ["doubled punctuation \"..\""]);
    assert_eq!(
        slips("Hi. tomorrow works"),
        ["lowercase sentence start at \"tomorrow works\""]
    );
    assert_eq!(
        slips("I like the role a lot. I like the role a lot."),
        ["repeated phrase \"i like the role\""]
    );
}

fn any_field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("<script>alert(1)</script>".to_string()),
        Just("{company} [Role] $90k!!".to_string()),
        Just("Zoë 🌱👩‍💻 İstanbul’s".to_string()),
        Just("tomorrow at 2pm.".to_string()),
        Just("2025-11-27T10:00:00+00:00".to_string()),
        any::<String>(),
    ]
}

fn any_fields() -> impl Strategy<Value = MessageFields> {
    proptest::collection::vec(any_field(), Field::ALL.len()).prop_map(|v| {
        let mut it = v.into_iter();
        let mut next = || it.next().unwrap_or_default();
        MessageFields {
            user_name: next(),
            signature: next(),
            contact_name: next(),
            contact_title: next(),
            company: next(),
            role: next(),
            other_role: next(),
            relevant_skill: next(),
            interview_when: next(),
            proposed_time: next(),
            reason_detail: next(),
            late_explanation: next(),
            user_phone: next(),
            pay_figure: next(),
        }
    })
}

/// The part of a rendered message a span points into.
fn text_of(part: Part, out: &RenderedMessage) -> &str {
    match part {
        Part::Subject => out.subject.as_deref().unwrap_or_default(),
        Part::Body => &out.body,
    }
}

/// Every span lies within its text, so the UI can slice it safely; returns
/// the highlighted text.
fn spans_fit(part: Part, span: Option<Span>, out: &RenderedMessage) -> Option<&str> {
    let text = text_of(part, out);
    let span = span?;
    assert!(
        span.start <= span.end && span.end <= text.chars().count(),
        "{span:?}"
    );
    let slice = span.slice(text);
    assert!(slice.is_some(), "{span:?} in {text:?}");
    slice
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn render_and_check_never_panic_and_spans_fit(fields in any_fields(), pick in any::<prop::sample::Index>()) {
        let requests = every_request(&fields);
        let mut req = requests[pick.index(requests.len())].clone();
        // Render must cope with a channel the kind does not list, too.
        req.channel = Channel::ALL[pick.index(Channel::ALL.len())];
        let req = &req;
        let out = render(req);
        for p in &out.placeholders {
            let token = spans_fit(p.part, Some(p.span), &out).unwrap_or_default();
            prop_assert_eq!(token, format!("[{}]", p.field.label()));
        }
        for f in check_rendered(req, &out) {
            spans_fit(f.part, f.span, &out);
        }
    }

    #[test]
    fn check_never_panics_on_any_text(body in any::<String>(), subject in proptest::option::of(any::<String>()), pick in any::<prop::sample::Index>()) {
        let requests = every_request(&MessageFields::default());
        let req = &requests[pick.index(requests.len())];
        let out = RenderedMessage { subject, body, placeholders: Vec::new(), voicemail: None };
        for f in check_rendered(req, &out) {
            spans_fit(f.part, f.span, &out);
        }
    }
}

fn one(
    kind: MessageKind,
    reason: DeclineReason,
    channel: Channel,
    fields: MessageFields,
) -> MessageRequest {
    MessageRequest {
        spelling: Spelling::Uk,
        late: false,
        ask: Vec::new(),
        kind,
        reason: Some(reason),
        channel,
        tone: Tone::Warm,
        length: Length::Standard,
        fields,
    }
}

/// The person's own sentence follows the picked reason instead of
/// replacing it, so the door after it still agrees with what was said.
#[test]
fn a_typed_reason_adds_to_the_picked_one() {
    let mut fields = plain();
    fields.reason_detail = "i want to stay in healthcare analytics".into();
    let body = render(&one(
        MessageKind::Decline,
        DeclineReason::Pay,
        Channel::Email,
        fields,
    ))
    .body;
    assert!(
        body.contains("below what I need at this point. I want to stay in healthcare analytics."),
        "{body}"
    );
    assert!(!body.contains("In brief"), "{body}");
}

/// A pay decline names the figure that would change the person's mind
/// when they give one, and otherwise leaves a short door without saying
/// it will not name one; an offer is never asked what its budget allows.
#[test]
fn a_pay_door_names_the_figure_when_given() {
    let mut fields = plain();
    fields.pay_figure = "£65,000".into();
    let body = render(&one(
        MessageKind::Decline,
        DeclineReason::Pay,
        Channel::Email,
        fields.clone(),
    ))
    .body;
    assert!(
        body.contains("If the role could reach £65,000, I'd gladly talk again."),
        "{body}"
    );
    let body = render(&one(
        MessageKind::DeclineOffer,
        DeclineReason::Pay,
        Channel::Phone,
        fields,
    ))
    .body;
    assert!(
        body.contains("A: If the role could reach £65,000"),
        "{body}"
    );
    for kind in [MessageKind::Decline, MessageKind::DeclineOffer] {
        for channel in [Channel::Email, Channel::Phone] {
            let body = render(&one(kind, DeclineReason::Pay, channel, plain())).body;
            assert!(!body.contains("rather not name a figure"), "{body}");
            assert!(!body.contains("what the budget allows"), "{body}");
            assert!(!body.contains("could reach"), "{body}");
        }
    }
}

/// Markup typed into a field is never shown; the text inside it is.
#[test]
fn markup_in_fields_is_stripped() {
    let mut fields = plain();
    fields.company = "<b>Acme</b> Widgets Ltd.".into();
    let out = render(&one(
        MessageKind::Decline,
        DeclineReason::Pay,
        Channel::Email,
        fields,
    ));
    assert!(out.body.contains("at Acme Widgets Ltd. on"), "{}", out.body);
    assert!(!out.body.contains('<'), "{}", out.body);
}

/// A missed interview names its time only when the time still names the
/// day, and reads with a past-tense explanation.
#[test]
fn a_missed_interview_never_repeats_a_relative_time() {
    let mut fields = plain();
    fields.interview_when = "tomorrow at 2pm".into();
    fields.late_explanation = "My train was cancelled and the next one arrived too late".into();
    let mut req = one(
        MessageKind::MissedInterview,
        DeclineReason::NoReason,
        Channel::Email,
        fields,
    );
    req.reason = None;
    let out = render(&req);
    assert!(out.body.contains("I'm sorry that I missed our interview for the Senior Data Analyst role. My train was cancelled and the next one arrived too late."), "{}", out.body);
    assert!(!out.body.contains("tomorrow"), "{}", out.body);
    assert!(out.placeholders.is_empty(), "{:?}", out.placeholders);
    req.channel = Channel::Phone;
    let out = render(&req);
    assert!(!out.body.contains("tomorrow"), "{}", out.body);
    assert!(!out.voicemail.unwrap_or_default().contains("tomorrow"));
    req.fields.interview_when = "Tuesday 14 May at 10:00".into();
    req.channel = Channel::Email;
    assert!(render(&req)
        .body
        .contains("our interview for the Senior Data Analyst role on Tuesday 14 May at 10:00."));
}

/// An approach declined for a reason says the reason, not "it isn't a
/// move I'm looking to make".
#[test]
fn outreach_says_its_reason_or_no_move() {
    let req = one(
        MessageKind::DeclineOutreach,
        DeclineReason::Pay,
        Channel::Email,
        plain(),
    );
    let body = render(&req).body;
    assert!(
        body.contains(
            "I'll pass on this one: the pay for the role is below what I need at this point."
        ),
        "{body}"
    );
    assert!(!body.contains("isn't a move"), "{body}");
    let mut req = one(
        MessageKind::DeclineOutreach,
        DeclineReason::NoReason,
        Channel::Email,
        plain(),
    );
    req.reason = None;
    assert!(render(&req)
        .body
        .contains("It isn't a move I'm looking to make"));
}

/// Greetings use the first name unless a title or a one-word name says
/// otherwise.
#[test]
fn greetings_use_the_first_name() {
    let greet = |name: &str, tone| {
        let mut req = one(
            MessageKind::Decline,
            DeclineReason::Pay,
            Channel::Email,
            plain(),
        );
        req.fields.contact_name = name.into();
        req.tone = tone;
        render(&req)
            .body
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(greet("Jordan Lee", Tone::Warm), "Hi Jordan,");
    assert_eq!(greet("Jordan Lee", Tone::Formal), "Dear Jordan,");
    assert_eq!(greet("Dr Lee", Tone::Formal), "Dear Dr Lee,");
    assert_eq!(greet("王伟", Tone::Warm), "Hi 王伟,");
}

/// A reschedule says the clash plainly, or in the person's own words.
#[test]
fn a_reschedule_gives_a_plain_or_own_reason() {
    let mut req = one(
        MessageKind::Reschedule,
        DeclineReason::NoReason,
        Channel::Email,
        plain(),
    );
    req.reason = None;
    let body = render(&req).body;
    assert!(
        body.contains("I have a commitment I can't move at that time."),
        "{body}"
    );
    assert!(!body.contains("committed elsewhere"), "{body}");
    req.late = true;
    assert!(render(&req)
        .body
        .contains("I can't make that time after all."));
    req.late = false;
    req.fields.reason_detail = "I'm presenting at a conference that day".into();
    let body = render(&req).body;
    assert!(body.contains("I'm presenting at a conference that day. Could we move it to Thursday 16 May at 14:00?"), "{body}");
    assert!(!body.contains("commitment"), "{body}");
}

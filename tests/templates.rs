//! Every built-in template passes the etiquette checker, and neither
//! render nor check can be broken by what a user types.
// Native tier: these use native-only dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

use graceful_decline::domain::messages::{
    channels_for, check, reasons_apply, render, CheckInput, Field, Finding, Length, MessageFields,
    MessageRequest, Part, RenderedMessage, Severity, Span, Tone,
};
use graceful_decline::domain::{Channel, DeclineReason, MessageKind};
use proptest::prelude::*;

/// Realistic values, a little longer than average so limits are tested.
fn filled() -> MessageFields {
    MessageFields {
        user_name: "Alex Morgan".into(),
        signature: "Data analyst | +44 7700 900123".into(),
        contact_name: "Jordan Lee".into(),
        contact_title: "Talent Partner".into(),
        company: "Northwind Traders".into(),
        role: "Senior Data Analyst".into(),
        other_role: "Analytics Engineer".into(),
        relevant_skill: "data modelling".into(),
        interview_when: "Tuesday 14 May at 10:00".into(),
        proposed_time: "Thursday 16 May at 14:00".into(),
        reason_detail: "I need to stay close to family this year".into(),
        late_explanation: "My train was cancelled and there is no other way to get there in time"
            .into(),
    }
}

/// Every request the composer can make for one set of fields.
fn every_request(fields: &MessageFields) -> Vec<MessageRequest> {
    let mut all = Vec::new();
    for &kind in MessageKind::ALL {
        let reasons: Vec<Option<DeclineReason>> = if reasons_apply(kind) {
            DeclineReason::ALL
                .iter()
                .copied()
                .map(Some)
                .chain([None])
                .collect()
        } else {
            vec![None]
        };
        for reason in reasons {
            for &channel in channels_for(kind) {
                for &tone in Tone::ALL {
                    for &length in Length::ALL {
                        all.push(MessageRequest {
                            spelling: Default::default(),
                            late: false,
                            ask: Vec::new(),
                            kind,
                            reason,
                            channel,
                            tone,
                            length,
                            fields: fields.clone(),
                        });
                    }
                }
            }
        }
    }
    all
}

fn check_rendered(req: &MessageRequest, out: &RenderedMessage) -> Vec<Finding> {
    check(&CheckInput {
        company: None,
        kind: req.kind,
        channel: req.channel,
        subject: out.subject.as_deref(),
        body: &out.body,
    })
}

#[test]
fn every_built_in_template_passes_the_checker() {
    let requests = every_request(&filled());
    // Decline (3 channels) and withdrawal (2) with 10 reason choices each,
    // four alternatives on 3 channels, late cancellation and follow-up on
    // 2, the note on 1; times 2 tones and 2 lengths.
    assert_eq!(requests.len(), 4 * (10 * 3 + 4 * 3 + 2 + 10 * 2 + 1 + 2));
    for req in &requests {
        let out = render(req);
        assert!(out.placeholders.is_empty(), "{req:?}");
        let serious: Vec<Finding> = check_rendered(req, &out)
            .into_iter()
            .filter(|f| f.severity != Severity::Info)
            .collect();
        assert!(serious.is_empty(), "{req:?}\n{}\n{serious:#?}", out.body);
    }
}

#[test]
fn linkedin_notes_fit_their_length_and_mention_the_interview() {
    for req in every_request(&filled()) {
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
    }
}

#[test]
fn reasons_change_the_text_and_only_where_they_apply() {
    let fields = filled();
    for &kind in MessageKind::ALL {
        let bodies: std::collections::HashSet<String> = DeclineReason::ALL
            .iter()
            .map(|&reason| {
                let req = MessageRequest {
                    spelling: Default::default(),
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
        let expected = if reasons_apply(kind) {
            DeclineReason::ALL.len()
        } else {
            1
        };
        assert_eq!(bodies.len(), expected, "{kind}");
    }
}

fn any_field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("<script>alert(1)</script>".to_string()),
        Just("{company} [Role] $90k!!".to_string()),
        Just("Zoë 🌱👩‍💻 İstanbul’s".to_string()),
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
        let out = RenderedMessage { subject, body, placeholders: Vec::new() };
        for f in check_rendered(req, &out) {
            spans_fit(f.part, f.span, &out);
        }
    }
}

//! Render plus check of one message, the work done on every keystroke in
//! the composer. Target: under 50 microseconds median.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use graceful_decline::domain::messages::{
    check, render, AskTopic, CheckInput, Length, MessageFields, MessageRequest, Spelling, Tone,
};
use graceful_decline::domain::{Channel, DeclineReason, MessageKind};

fn request(channel: Channel, late: bool) -> MessageRequest {
    MessageRequest {
        spelling: Spelling::Us,
        late,
        ask: vec![AskTopic::Pay],
        kind: MessageKind::Decline,
        reason: Some(DeclineReason::Culture),
        channel,
        tone: Tone::Warm,
        length: Length::Standard,
        fields: MessageFields {
            user_name: "alex morgan".into(),
            signature: "Data analyst | +44 7700 900123".into(),
            contact_name: "Jordan Lee".into(),
            contact_title: "Talent Partner".into(),
            company: "Northwind Traders Ltd.".into(),
            role: "Senior Data Analyst".into(),
            interview_when: "tomorrow at 2pm".into(),
            reason_detail: "I need to stay close to family this year.".into(),
            user_phone: "+44 7700 900123".into(),
            ..MessageFields::default()
        },
    }
}

fn render_and_check(c: &mut Criterion) {
    // The email is the common case; the phone script is the longest text.
    for channel in [Channel::Email, Channel::Phone] {
        let req = request(channel, false);
        c.bench_function(&format!("render+check decline {channel}"), |b| {
            b.iter(|| {
                let out = render(black_box(&req));
                check(&input(&req, out.subject.as_deref(), &out.body))
            })
        });
    }
    // Worst case: a late phone decline, its voicemail checked as well
    // (the composer checks the script; the voicemail is for reading).
    let req = request(Channel::Phone, true);
    c.bench_function("render+check late phone decline with voicemail", |b| {
        b.iter(|| {
            let out = render(black_box(&req));
            let mut findings = check(&input(&req, None, &out.body));
            if let Some(voicemail) = &out.voicemail {
                findings.extend(check(&input(&req, None, voicemail)));
            }
            findings
        })
    });
}

fn input<'a>(req: &'a MessageRequest, subject: Option<&'a str>, body: &'a str) -> CheckInput<'a> {
    CheckInput {
        company: Some(req.fields.company.as_str()),
        kind: req.kind,
        channel: req.channel,
        subject,
        body,
    }
}

criterion_group!(benches, render_and_check);
criterion_main!(benches);

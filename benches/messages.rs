//! Render plus check of one message, the work done on every keystroke in
//! the composer. Target: under 50 microseconds median.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use graceful_decline::domain::messages::{
    check, render, CheckInput, Length, MessageFields, MessageRequest, Tone,
};
use graceful_decline::domain::{Channel, DeclineReason, MessageKind};

fn request(channel: Channel) -> MessageRequest {
    MessageRequest {
        spelling: Default::default(),
        late: false,
        ask: Vec::new(),
        kind: MessageKind::Decline,
        reason: Some(DeclineReason::Culture),
        channel,
        tone: Tone::Warm,
        length: Length::Standard,
        fields: MessageFields {
            user_name: "Alex Morgan".into(),
            signature: "Data analyst | +44 7700 900123".into(),
            contact_name: "Jordan Lee".into(),
            contact_title: "Talent Partner".into(),
            company: "Northwind Traders".into(),
            role: "Senior Data Analyst".into(),
            interview_when: "Tuesday 14 May at 10:00".into(),
            reason_detail: "I need to stay close to family this year".into(),
            ..MessageFields::default()
        },
    }
}

fn render_and_check(c: &mut Criterion) {
    // The email is the common case; the phone script is the longest text.
    for channel in [Channel::Email, Channel::Phone] {
        let req = request(channel);
        c.bench_function(&format!("render+check decline {channel}"), |b| {
            b.iter(|| {
                let out = render(black_box(&req));
                // With the company, as the composer will pass it, so the
                // company-mismatch rule is in the measured work.
                check(&CheckInput {
                    company: Some(&req.fields.company),
                    kind: req.kind,
                    channel: req.channel,
                    subject: out.subject.as_deref(),
                    body: &out.body,
                })
            })
        });
    }
}

criterion_group!(benches, render_and_check);
criterion_main!(benches);

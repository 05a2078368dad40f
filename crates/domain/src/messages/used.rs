//! Which fields a message uses, so the composer asks only for those.
//!
//! Found by rendering once with every field set to a marker of its own
//! and seeing which markers come out: whatever the template does with a
//! value (capitalise it, drop its full stop), the marker survives, so the
//! answer always matches the template itself.

use super::render::render;
use super::request::{Field, MessageFields, MessageRequest};

/// The fields the rendered message (subject, body and any voicemail)
/// contains, in form order. The user's name and signature count when the
/// sign-off shows them.
pub fn fields_used(req: &MessageRequest) -> Vec<Field> {
    let mut probe = req.clone();
    probe.fields = MessageFields::default();
    for (index, field) in Field::ALL.iter().enumerate() {
        probe.fields.set(*field, marker(index));
    }
    let out = render(&probe);
    let mut text = out.body;
    if let Some(subject) = out.subject {
        text.push('\n');
        text.push_str(&subject);
    }
    Field::ALL
        .iter()
        .enumerate()
        .filter(|(index, _)| text.contains(&marker(*index)))
        .map(|(_, f)| *f)
        .collect()
}

/// A value no template or user would write, unchanged by capitalising,
/// trimming or an article: "Qzx" and two letters for the index.
fn marker(index: usize) -> String {
    let a = char::from(b'A' + (index / 26) as u8);
    let b = char::from(b'A' + (index % 26) as u8);
    format!("Qzx{a}{b}q")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::messages::{Length, Tone};
    use crate::domain::{Channel, DeclineReason, MessageKind};

    fn used(kind: MessageKind, channel: Channel) -> Vec<Field> {
        fields_used(&MessageRequest {
            kind,
            reason: Some(DeclineReason::Pay),
            channel,
            tone: Tone::Warm,
            length: Length::Standard,
            spelling: Default::default(),
            late: false,
            ask: Vec::new(),
            fields: MessageFields::default(),
        })
    }

    #[test]
    fn a_reschedule_asks_for_the_new_time_and_a_decline_does_not() {
        let reschedule = used(MessageKind::Reschedule, Channel::Email);
        assert!(reschedule.contains(&Field::ProposedTime));
        assert!(reschedule.contains(&Field::ContactName));
        let decline = used(MessageKind::Decline, Channel::Email);
        assert!(!decline.contains(&Field::ProposedTime));
        assert!(!decline.contains(&Field::OtherRole));
        assert!(decline.contains(&Field::Company));
    }

    #[test]
    fn every_kind_uses_some_field_and_only_known_ones() {
        for kind in MessageKind::ALL {
            let fields = used(*kind, crate::domain::messages::channels_for(*kind)[0]);
            assert!(!fields.is_empty(), "{kind}");
        }
    }
}

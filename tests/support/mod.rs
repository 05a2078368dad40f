//! What the template tests share: the field sets (plain, hurried, long
//! and foreign), every request the composer can make, and the checks an
//! editor makes by eye (doubled punctuation, lower-case sentence starts,
//! repeated phrases).

use std::collections::HashMap;

use graceful_decline::domain::messages::{
    asks_apply, channels_for, late_applies, reasons_apply, AskTopic, Length, MessageFields,
    MessageRequest, Spelling, Tone,
};
use graceful_decline::domain::{DeclineReason, MessageKind};

/// Realistic values, a little longer than average so limits are tested.
pub fn plain() -> MessageFields {
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
        reason_detail: String::new(),
        late_explanation: "My train was cancelled and the next one arrived too late".into(),
        user_phone: "+44 7700 900123".into(),
        pay_figure: String::new(),
    }
}

/// Typed in a hurry: lower case, trailing full stops, free-typed times,
/// markup, a role that already says "role", the person's own reason.
pub fn hurried() -> MessageFields {
    MessageFields {
        user_name: "alex morgan".into(),
        signature: String::new(),
        contact_name: "zoë ó briain".into(),
        contact_title: String::new(),
        company: "<b>Acme</b>".into(),
        role: "analyst role".into(),
        other_role: "operations lead position".into(),
        relevant_skill: "SQL.".into(),
        interview_when: "tomorrow at 2pm".into(),
        proposed_time: "next week.".into(),
        reason_detail: "i want to stay in healthcare analytics.".into(),
        late_explanation: "my son is ill and I need to collect him from school.".into(),
        user_phone: String::new(),
        pay_figure: String::new(),
    }
}

/// Long names, other scripts, a company ending in an abbreviation.
pub fn long_and_foreign() -> MessageFields {
    MessageFields {
        user_name: "王伟".into(),
        signature: "王伟 | 高级数据分析师".into(),
        contact_name: "Zoë Ó Briain".into(),
        contact_title: "Head of Talent Acquisition, EMEA".into(),
        company: "Consolidated International Widget Manufacturing Holdings Ltd.".into(),
        role: "Senior Principal Data Platform Reliability Engineer".into(),
        other_role: "Engineering Manager, Data Infrastructure".into(),
        relevant_skill: "distributed data systems".into(),
        interview_when: "10:00".into(),
        proposed_time: "Friday, November 28 at 2:30 PM".into(),
        reason_detail: String::new(),
        late_explanation: "There has been a death in the family and I need to travel today.".into(),
        user_phone: "+1 555 010 0199".into(),
        pay_figure: String::new(),
    }
}

pub fn field_sets() -> [(&'static str, MessageFields); 3] {
    [
        ("plain", plain()),
        ("hurried", hurried()),
        ("long", long_and_foreign()),
    ]
}

/// Every request the composer can make for one set of fields: kind ×
/// reason × channel × tone × length × spelling × late × ask topics.
pub fn every_request(fields: &MessageFields) -> Vec<MessageRequest> {
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
        let lates: &[bool] = if late_applies(kind) {
            &[false, true]
        } else {
            &[false]
        };
        let asks: Vec<Vec<AskTopic>> = if asks_apply(kind) {
            vec![
                Vec::new(),
                vec![AskTopic::Pay],
                vec![AskTopic::Timeline, AskTopic::RemoteHybrid],
                AskTopic::ALL.to_vec(),
            ]
        } else {
            vec![Vec::new()]
        };
        for &reason in &reasons {
            for &channel in channels_for(kind) {
                for &tone in Tone::ALL {
                    for &length in Length::ALL {
                        for &spelling in Spelling::ALL {
                            for &late in lates {
                                for ask in &asks {
                                    all.push(MessageRequest {
                                        kind,
                                        reason,
                                        channel,
                                        tone,
                                        length,
                                        spelling,
                                        late,
                                        ask: ask.clone(),
                                        fields: fields.clone(),
                                    });
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    all
}

/// What an editor would flag in one rendered text, as readable notes.
pub fn slips(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for doubled in ["..", ",.", " ,", " .", "??", "  "] {
        if text.contains(doubled) {
            found.push(format!("doubled punctuation {doubled:?}"));
        }
    }
    for start in sentence_starts(text) {
        found.push(format!("lowercase sentence start at {start:?}"));
    }
    if let Some(phrase) = repeated_phrase(text, 4) {
        found.push(format!("repeated phrase {phrase:?}"));
    }
    found
}

/// Sentences that start with a lower-case letter: after ". ", "? ", "! "
/// (unless the stop belongs to "Ltd." and the like) and at each line's
/// start, after a "- ", "Q: ", "A: " or "(" prefix.
pub fn sentence_starts(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let line = ["- ", "Q: ", "A: ", "("]
            .iter()
            .fold(line, |l, p| l.strip_prefix(p).unwrap_or(l));
        let mut starts = vec![line];
        for (i, _) in line.match_indices(['.', '?', '!']) {
            let before = &line[..i];
            let word = before.rsplit(' ').next().unwrap_or(before).to_lowercase();
            if ["ltd", "inc", "co", "a.m", "p.m"].contains(&word.as_str()) {
                continue;
            }
            if let Some(rest) = line[i + 1..].strip_prefix(' ') {
                starts.push(rest);
            }
        }
        for start in starts {
            if start.chars().next().is_some_and(char::is_lowercase) {
                found.push(start.chars().take(30).collect());
            }
        }
    }
    found
}

/// The first run of `n` words said twice in one text, if any.
pub fn repeated_phrase(text: &str, n: usize) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut seen: HashMap<&[String], usize> = HashMap::new();
    for (i, window) in words.windows(n).enumerate() {
        if let Some(&first) = seen.get(window) {
            if first + n <= i {
                return Some(window.join(" "));
            }
        } else {
            seen.insert(window, i);
        }
    }
    None
}

/// The kinds that say no and must never offer a new time.
pub fn offers_no_new_time(kind: MessageKind) -> bool {
    matches!(
        kind,
        MessageKind::Decline
            | MessageKind::Withdrawal
            | MessageKind::DeclineOffer
            | MessageKind::DeclineOutreach
            | MessageKind::DeclineConfirmation
    )
}

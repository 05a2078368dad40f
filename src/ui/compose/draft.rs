//! The composer's state: the options, the fields, the text (from a
//! template, or as the user edited it) and the checker's findings, all
//! derived with memos from a few signals.

use leptos::prelude::*;

use crate::domain::messages::{
    channels_for, check, english_date_time, fields_used, fill_user_template, render, AskTopic,
    CheckInput, Field, Finding, Length, MessageFields, MessageRequest, Spelling, Tone,
};
use crate::domain::tracker::TrackerData;
use crate::domain::{Channel, DeclineReason, MessageKind};
use crate::ui::state::AppState;

/// A subject (email only) and a body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftText {
    /// The email subject; `None` for other channels.
    pub subject: Option<String>,
    /// The message or call script.
    pub body: String,
    /// For a call script: what to say to voicemail (not edited).
    pub voicemail: Option<String>,
}

impl DraftText {
    /// Subject and body as one text, for downloads and the activity log.
    pub fn whole(&self) -> String {
        match &self.subject {
            Some(subject) => format!("Subject: {subject}\n\n{}", self.body),
            None => self.body.clone(),
        }
    }
}

/// Where a draft starts: the options the decision (or a link) chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftStart {
    /// What the message does.
    pub kind: MessageKind,
    /// Why, for kinds that take a reason.
    pub reason: Option<DeclineReason>,
    /// The channel asked for, if any.
    pub channel: Option<Channel>,
    /// US or UK spelling.
    pub spelling: Spelling,
    /// A no inside the notice the stage deserves.
    pub late: bool,
    /// The questions to ask.
    pub ask: Vec<AskTopic>,
}

/// Everything the composer's parts share. `Copy`: all signals.
#[derive(Clone, Copy)]
pub struct Draft {
    /// What the message does.
    pub kind: RwSignal<MessageKind>,
    /// Why, for kinds that take a reason.
    pub reason: RwSignal<Option<DeclineReason>>,
    /// The channel the user picked (may not fit a newly picked kind).
    pub channel_choice: RwSignal<Channel>,
    /// The channel in use: the pick if the kind allows it, else its usual one.
    pub channel: Memo<Channel>,
    /// Warm or formal.
    pub tone: RwSignal<Tone>,
    /// Brief or standard.
    pub length: RwSignal<Length>,
    /// US or UK spelling.
    pub spelling: RwSignal<Spelling>,
    /// A no inside the notice the stage deserves (apologise for it).
    pub late: RwSignal<bool>,
    /// The questions to ask, from the decision.
    pub ask: RwSignal<Vec<AskTopic>>,
    /// The user's facts.
    pub fields: RwSignal<MessageFields>,
    /// The tracked opportunity the message is about, if any.
    pub opportunity: RwSignal<Option<String>>,
    /// The address for the mail link (the opportunity's first contact).
    pub to: RwSignal<String>,
    /// The first contact's phone number, for a tap-to-call link.
    pub phone: RwSignal<String>,
    /// The user template in use (by id), or `None` for the built-in one.
    pub source: RwSignal<Option<String>>,
    /// The text as the user edited it; `None` follows the template.
    pub edited: RwSignal<Option<DraftText>>,
    /// The template's text for the current options and fields.
    pub template: Memo<DraftText>,
    /// The text in the editor.
    pub text: Memo<DraftText>,
    /// What the checker says about `text`.
    pub findings: Memo<Vec<Finding>>,
    /// The fields the built-in template for these options uses.
    pub used: Memo<Vec<Field>>,
}

impl Draft {
    /// A draft with the given starting options.
    pub fn new(start: DraftStart, fields: MessageFields) -> Draft {
        let DraftStart {
            kind,
            reason,
            channel,
            spelling,
            late,
            ask,
        } = start;
        let state = expect_context::<AppState>();
        let kind = RwSignal::new(kind);
        let channel_choice =
            RwSignal::new(channel.unwrap_or(channels_for(kind.get_untracked())[0]));
        let channel = Memo::new(move |_| {
            let allowed = channels_for(kind.get());
            let choice = channel_choice.get();
            if allowed.contains(&choice) {
                choice
            } else {
                allowed[0]
            }
        });
        let reason = RwSignal::new(reason);
        let tone = RwSignal::new(Tone::default());
        let length = RwSignal::new(Length::default());
        let spelling = RwSignal::new(spelling);
        let late = RwSignal::new(late);
        let ask = RwSignal::new(ask);
        let fields = RwSignal::new(fields);
        let source = RwSignal::new(None::<String>);
        // The options as the domain's request, with the given fields.
        let request = move |fields: MessageFields| MessageRequest {
            spelling: spelling.get(),
            late: late.get(),
            ask: ask.get(),
            kind: kind.get(),
            reason: reason.get(),
            channel: channel.get(),
            tone: tone.get(),
            length: length.get(),
            fields,
        };
        let template = Memo::new(move |_| {
            let fields = fields.get();
            let email = channel.get() == Channel::Email;
            let own = source.get().and_then(|id| {
                state.tracker.with(|d: &TrackerData| {
                    d.user_templates
                        .iter()
                        .find(|t| t.id == id)
                        .map(|t| DraftText {
                            voicemail: None,
                            subject: t
                                .subject
                                .as_deref()
                                .filter(|_| email)
                                .map(|s| fill_user_template(s, &fields)),
                            body: fill_user_template(&t.body, &fields),
                        })
                })
            });
            own.unwrap_or_else(|| {
                let out = render(&request(fields));
                DraftText {
                    subject: out.subject,
                    body: out.body,
                    voicemail: out.voicemail,
                }
            })
        });
        let used = Memo::new(move |_| fields_used(&request(MessageFields::default())));
        let edited = RwSignal::new(None::<DraftText>);
        let text = Memo::new(move |_| {
            let mut text = edited.get().unwrap_or_else(|| template.get());
            if channel.get() != Channel::Email {
                text.subject = None;
            } else if text.subject.is_none() {
                text.subject = Some(String::new());
            }
            text
        });
        let findings = Memo::new(move |_| {
            text.with(|t| {
                let company = fields.with(|f| f.company.trim().to_string());
                check(&CheckInput {
                    company: (!company.is_empty()).then_some(company.as_str()),
                    kind: kind.get(),
                    channel: channel.get(),
                    subject: t.subject.as_deref(),
                    body: &t.body,
                })
            })
        });
        Draft {
            kind,
            reason,
            channel_choice,
            channel,
            tone,
            length,
            spelling,
            late,
            ask,
            fields,
            opportunity: RwSignal::new(None),
            to: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            source,
            edited,
            template,
            text,
            findings,
            used,
        }
    }

    /// Changes an option: the built-in template for the new choice takes
    /// over from a user template (hand edits are kept).
    pub fn choose(&self, change: impl FnOnce()) {
        self.source.set(None);
        change();
    }

    /// Links the draft to a tracked opportunity (or none) and fills the
    /// fields it knows.
    pub fn select_opportunity(&self, data: &TrackerData, id: Option<String>) {
        if let Some(id) = &id {
            let mut reach = None;
            self.fields.update(|f| {
                reach = fill_from_opportunity(f, data, id, self.spelling.get_untracked())
            });
            let (email, phone) = reach.unwrap_or_default();
            self.to.set(email);
            self.phone.set(phone);
        } else {
            self.to.set(String::new());
            self.phone.set(String::new());
        }
        self.opportunity
            .set(id.filter(|id| data.opportunity(id).is_some()));
    }
}

/// Fills company, role, contact and interview time from a tracked
/// opportunity. Returns the first contact's email address (for the mail
/// link) and phone number (to call), or `None` if the opportunity is not
/// there.
pub fn fill_from_opportunity(
    fields: &mut MessageFields,
    data: &TrackerData,
    id: &str,
    spelling: Spelling,
) -> Option<(String, String)> {
    let opp = data.opportunity(id)?;
    fields.company = opp.company.clone();
    fields.role = opp.role.clone();
    let contact = data.contacts_for(id).into_iter().next();
    fields.contact_name = contact.map(|c| c.name.clone()).unwrap_or_default();
    fields.contact_title = contact.map(|c| c.title.clone()).unwrap_or_default();
    // Written in English whatever the browser's language: the message is.
    fields.interview_when = opp
        .interview
        .as_ref()
        .map(|i| english_date_time(&i.at.with_timezone(&chrono::Local), spelling))
        .unwrap_or_default();
    Some(contact.map_or_else(Default::default, |c| (c.email.clone(), c.phone.clone())))
}

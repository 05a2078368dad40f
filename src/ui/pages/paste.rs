//! `/paste`: "Paste the invitation". The person pastes the email or
//! LinkedIn message they received; the app reads it on the device
//! (`domain::capture`), shows each value with the words it came from,
//! lets every value be corrected, and starts the decision wizard, the
//! timing page or a tracked opportunity with them. The pasted text is not
//! stored unless the person ticks "keep it with the opportunity".

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use crate::domain::capture::{capture, CaptureField, Confirmed, Found, InterviewFormat};
use crate::domain::tracker::{new_id, RecordKind};
use crate::domain::InterviewStage;
use crate::ui::pages::tracker::{
    browser_zone, choice_value, opportunity_path, pick, BeenHereBefore,
};
use crate::ui::state::{entropy, now, AppState};
use crate::ui::timing::InterviewTimeInput;
use crate::ui::{already_under_base, app_path};

/// The formats, in the order the select lists them.
const FORMATS: [InterviewFormat; 3] = [
    InterviewFormat::Phone,
    InterviewFormat::Video,
    InterviewFormat::InPerson,
];
const FORMAT_LABELS: [&str; 3] = ["Phone call", "Video call", "In person"];

/// One signal per value the person can correct.
#[derive(Clone, Copy)]
struct Values {
    company: RwSignal<String>,
    role: RwSignal<String>,
    contact_name: RwSignal<String>,
    contact_title: RwSignal<String>,
    contact_email: RwSignal<String>,
    agency: RwSignal<String>,
    interview: RwSignal<Option<DateTime<Utc>>>,
    duration: RwSignal<String>,
    stage: RwSignal<String>,
    format: RwSignal<String>,
    meeting_service: RwSignal<String>,
    location: RwSignal<String>,
    reply_by: RwSignal<Option<DateTime<Utc>>>,
}

impl Values {
    fn new() -> Self {
        let text = || RwSignal::new(String::new());
        Values {
            company: text(),
            role: text(),
            contact_name: text(),
            contact_title: text(),
            contact_email: text(),
            agency: text(),
            interview: RwSignal::new(None),
            duration: text(),
            stage: text(),
            format: text(),
            meeting_service: text(),
            location: text(),
            reply_by: RwSignal::new(None),
        }
    }

    /// Shows what was read, replacing every value.
    fn show(&self, c: &Confirmed) {
        self.company.set(c.company.clone());
        self.role.set(c.role.clone());
        self.contact_name.set(c.contact_name.clone());
        self.contact_title.set(c.contact_title.clone());
        self.contact_email.set(c.contact_email.clone());
        self.agency.set(c.agency.clone());
        self.interview.set(c.interview);
        self.duration.set(
            c.duration_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
        );
        self.stage.set(choice_value(InterviewStage::ALL, c.stage));
        self.format.set(choice_value(&FORMATS, c.format));
        self.meeting_service.set(c.meeting_service.clone());
        self.location.set(c.location.clone());
        self.reply_by.set(c.reply_by);
    }

    /// The values as they stand now, corrections included.
    fn confirmed(&self) -> Confirmed {
        let text = |s: RwSignal<String>| s.get_untracked().trim().to_string();
        Confirmed {
            company: text(self.company),
            role: text(self.role),
            contact_name: text(self.contact_name),
            contact_title: text(self.contact_title),
            contact_email: text(self.contact_email),
            agency: text(self.agency),
            interview: self.interview.get_untracked(),
            duration_minutes: text(self.duration).parse().ok().filter(|m| *m > 0),
            stage: pick(InterviewStage::ALL, &self.stage.get_untracked()),
            format: pick(&FORMATS, &self.format.get_untracked()),
            meeting_service: text(self.meeting_service),
            location: text(self.location),
            reply_by: self.reply_by.get_untracked(),
        }
    }
}

/// The page.
#[component]
pub fn PastePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let navigate = use_navigate();
    let text = RwSignal::new(String::new());
    let found = RwSignal::new(Vec::<Found>::new());
    let values = Values::new();
    let keep_text = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let zone = browser_zone();

    let on_text = move |ev| {
        let pasted = event_target_value(&ev);
        let read = capture(&pasted, now(), &zone);
        values.show(&Confirmed::from_capture(&read));
        found.set(read.found);
        text.set(pasted);
        problem.set(None);
    };
    let has_text = move || text.with(|t| !t.trim().is_empty());

    let decide = {
        let navigate = navigate.clone();
        move |_| {
            state.save_draft(&values.confirmed().wizard_draft(now()));
            navigate(&app_path("/decide?from=invitation"), already_under_base());
        }
    };
    let timing = {
        let navigate = navigate.clone();
        move |_| {
            let query = values.confirmed().timing_query();
            navigate(&app_path(&format!("/timing{query}")), already_under_base());
        }
    };
    let track = move |_| {
        let confirmed = values.confirmed();
        if confirmed.company.is_empty() {
            problem.set(Some(
                "Add the company's name first: the tracker lists opportunities by it.".into(),
            ));
            // Take the person to the field to fill, not the button.
            if let Some(field) = document().get_element_by_id("paste-company") {
                let _ = field.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            return;
        }
        let at = now();
        let opp_id = new_id(RecordKind::Opportunity, at, entropy());
        let contact_id = new_id(RecordKind::Contact, at, entropy());
        let kept = keep_text.get_untracked().then(|| text.get_untracked());
        let (opp, contact) =
            confirmed.records(&opp_id, &contact_id, &browser_zone(), kept.as_deref(), at);
        let saved = state.edit_tracker(|e| {
            e.add_opportunity(opp)?;
            match contact {
                Some(c) => e.add_contact(c),
                None => Ok(()),
            }
        });
        match saved {
            Ok(()) => navigate(&opportunity_path(&opp_id), already_under_base()),
            Err(e) => problem.set(Some(format!("Nothing was saved: {e}"))),
        }
    };

    let on_time = Callback::new(move |at| values.interview.set(at));
    let on_reply = Callback::new(move |at| values.reply_by.set(at));
    let source = move |field: CaptureField| {
        move || {
            found.with(|found| {
                text.with(|t| {
                    found
                        .iter()
                        .find(|f| f.field == field)
                        .map(|f| format!("From \u{201c}{}\u{201d}", slice(t, f.start, f.end)))
                })
            })
        }
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      value: RwSignal<String>,
                      from: CaptureField,
                      kind: &'static str| {
        view! {
            <div class="paste-field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type=kind
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                <p class="hint paste-from">{source(from)}</p>
            </div>
        }
    };
    let select = move |id: &'static str,
                       label: &'static str,
                       value: RwSignal<String>,
                       labels: Vec<&'static str>,
                       from: CaptureField| {
        let options = labels
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                let v = i.to_string();
                let selected = v.clone();
                view! { <option value=v selected=move || value.get() == selected>{l}</option> }
            })
            .collect_view();
        view! {
            <div class="paste-field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                    <option value="" selected=move || value.with(String::is_empty)>"Not sure"</option>
                    {options}
                </select>
                <p class="hint paste-from">{source(from)}</p>
            </div>
        }
    };

    let read = view! {
        <section class="card" aria-labelledby="paste-read">
            <h2 id="paste-read">"What we read"</h2>
            <p class="hint">"Check each value and correct any that is wrong. Nothing is saved until you choose below."</p>
            {field("paste-company", "Company", values.company, CaptureField::Company, "text")}
            <BeenHereBefore
                company=values.company
                contact_name=values.contact_name
                contact_email=values.contact_email
                exclude_id=None
            />
            {field("paste-role", "Role", values.role, CaptureField::Role, "text")}
            <fieldset>
                <legend>"Interview date and time"</legend>
                <p class="hint">"In your own time zone."</p>
                <InterviewTimeInput value=values.interview on_change=on_time id="paste-when"/>
                <p class="hint paste-from">{source(CaptureField::InterviewAt)}</p>
            </fieldset>
            {select("paste-stage", "Stage", values.stage, InterviewStage::ALL.iter().map(|s| s.label()).collect(), CaptureField::Stage)}
            {select("paste-format", "Format", values.format, FORMAT_LABELS.to_vec(), CaptureField::Format)}
            {field("paste-service", "Meeting service", values.meeting_service, CaptureField::MeetingService, "text")}
            {field("paste-location", "Address", values.location, CaptureField::Location, "text")}
            {field("paste-duration", "Length in minutes", values.duration, CaptureField::DurationMinutes, "number")}
            {field("paste-contact", "Contact's name", values.contact_name, CaptureField::ContactName, "text")}
            {field("paste-title", "Contact's job title", values.contact_title, CaptureField::ContactTitle, "text")}
            {field("paste-email", "Contact's e-mail", values.contact_email, CaptureField::ContactEmail, "email")}
            {field("paste-agency", "Recruiting agency (if not the employer)", values.agency, CaptureField::Agency, "text")}
            <fieldset>
                <legend>"Answer requested by"</legend>
                <InterviewTimeInput
                    value=values.reply_by
                    on_change=on_reply
                    id="paste-reply"
                    labels=("Reply-by date", "Reply-by time")
                />
                <p class="hint paste-from">{source(CaptureField::ReplyBy)}</p>
            </fieldset>
        </section>
    }
    .into_any();
    let marked = move || text.with(|t| found.with(|f| marked_text(t, f)));
    let next = view! {
        <section class="card" aria-labelledby="paste-next">
            <h2 id="paste-next">"What next"</h2>
            <p class="button-row">
                <button type="button" class="primary" on:click=decide>"Decide whether to go"</button>
                <button type="button" on:click=timing>"Work out the timing"</button>
            </p>
            <label class="choice" for="paste-keep">
                <input
                    type="checkbox"
                    id="paste-keep"
                    prop:checked=move || keep_text.get()
                    on:change=move |ev| keep_text.set(event_target_checked(&ev))
                />
                "Keep the pasted text with the opportunity"
            </label>
            <p class="button-row">
                <button type="button" on:click=track>"Track this opportunity"</button>
            </p>
            <p role="alert" class="field-error">{move || problem.get()}</p>
        </section>
    }
    .into_any();

    view! {
        <div class="paste-page">
            <h1>"Paste the invitation"</h1>
            <p class="lede">
                "Paste the e-mail or LinkedIn message you received. It is read on this device and sent nowhere; the text is not kept unless you choose to keep it."
            </p>
            <label for="paste-text">"The invitation"</label>
            <textarea
                id="paste-text"
                rows="8"
                prop:value=move || text.get()
                on:input=on_text
            ></textarea>
            <div hidden=move || !has_text()>
                {read}
                <details class="paste-marked">
                    <summary>"The invitation, with the words we read marked"</summary>
                    <p class="paste-text">{marked}</p>
                </details>
                {next}
            </div>
        </div>
    }
}

/// Characters `start..end` of `text` (character offsets, as `found` has them).
fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// The text with each range of `found` in a `<mark>`, followed by the
/// name of the value it gave. Overlapping ranges keep the first.
fn marked_text(text: &str, found: &[Found]) -> Vec<AnyView> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    let mut ranges: Vec<&Found> = found.iter().collect();
    ranges.sort_by_key(|f| (f.start, f.end));
    for f in ranges {
        if f.start < at || f.end > chars.len() || f.start >= f.end {
            continue;
        }
        out.push(chars[at..f.start].iter().collect::<String>().into_any());
        let words: String = chars[f.start..f.end].iter().collect();
        out.push(
            view! {
                <mark>{words}</mark>
                // In brackets, so that copied or read aloud it is "Acme (company)".
                <span class="found-tag">{format!(" ({})", field_name(f.field))}</span>
            }
            .into_any(),
        );
        at = f.end;
    }
    out.push(
        chars[at.min(chars.len())..]
            .iter()
            .collect::<String>()
            .into_any(),
    );
    out
}

/// What a highlighted range gave, as the form labels it.
fn field_name(field: CaptureField) -> &'static str {
    match field {
        CaptureField::Company => "company",
        CaptureField::Role => "role",
        CaptureField::ContactName => "contact",
        CaptureField::ContactTitle => "job title",
        CaptureField::ContactEmail => "e-mail",
        CaptureField::Agency => "agency",
        CaptureField::InterviewAt => "time",
        CaptureField::InterviewDate => "date",
        CaptureField::DurationMinutes => "length",
        CaptureField::Stage => "stage",
        CaptureField::Format => "format",
        CaptureField::MeetingService => "service",
        CaptureField::Location => "address",
        CaptureField::ReplyBy => "answer by",
    }
}

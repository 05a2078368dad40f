//! Browser tier: the timing panel and the interview time input mounted for
//! real in headless Chromium, in whatever zone the browser runs in.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use graceful_decline::domain::timing::{plan_after_decline, FollowUpDelay, Reply};
use graceful_decline::domain::InterviewStage;
use graceful_decline::ui::timing::{FollowUpCalendarButton, InterviewTimeInput, TimingPanel};
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn input(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlInputElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

/// Types into a native input the way the browser reports it.
fn type_into(field: &web_sys::HtmlInputElement, value: &str) {
    field.set_value(value);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

/// Whether the browser's clock is in office hours, when a late notice
/// is a call now (`domain::timing::OFFICE_HOURS`).
fn office_hours_now() -> bool {
    let hour = js_sys::Date::new_0().get_hours();
    graceful_decline::domain::timing::OFFICE_HOURS.contains(&hour)
}

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap()
}

fn mount_panel(
    root: &web_sys::HtmlElement,
    interview: RwSignal<Option<DateTime<Utc>>>,
    stage: RwSignal<Option<InterviewStage>>,
) -> impl Drop {
    mount_to(root.clone(), move || {
        view! {
            <Router>
                <TimingPanel interview stage title="Acme: data analyst".to_string()/>
            </Router>
        }
    })
}

#[wasm_bindgen_test]
async fn two_days_before_an_in_person_round_is_short_notice_and_a_call() {
    let root = container();
    let interview = RwSignal::new(Some(now() + TimeDelta::hours(50)));
    let stage = RwSignal::new(Some(InterviewStage::InPerson));
    let _app = mount_panel(&root, interview, stage);
    tick().await;

    let status = text_of(&root, "[role=status].timing-status");
    assert!(status.contains("Short notice"), "{status}");
    let facts = text_of(&root, ".timing-facts");
    assert!(facts.contains("2 days and 1 hour (49 hours)"), "{facts}");
    // The advice follows the browser's own clock (the E2E tier fixes it
    // at 11:00 and at 22:00 to check both).
    if office_hours_now() {
        assert!(status.contains("Call them now"), "{status}");
        assert!(
            facts.contains("Phone call now, then a short written apology"),
            "{facts}"
        );
    } else {
        assert!(
            status.contains("call as soon as their office opens"),
            "{status}"
        );
        assert!(
            facts.contains("A short written apology now, then a phone call"),
            "{facts}"
        );
    }
    assert!(facts.contains("passed 22 hours ago"), "{facts}");
    let compose = root.query_selector("a.button.primary").unwrap().unwrap();
    assert_eq!(
        compose.get_attribute("href").as_deref(),
        Some("/compose?kind=late_cancellation&channel=phone")
    );
}

/// Whether the element `selector` finds is hidden by itself or by a
/// container inside `root`.
fn hidden(root: &web_sys::HtmlElement, selector: &str) -> bool {
    let mut el: web_sys::Element = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"));
    loop {
        if el.has_attribute("hidden") {
            return true;
        }
        match el.parent_element() {
            Some(parent) if !parent.is_same_node(Some(root)) => el = parent,
            _ => return false,
        }
    }
}

#[wasm_bindgen_test]
async fn someone_who_is_going_sees_the_time_left_not_a_deadline_to_decline_by() {
    let root = container();
    // The same short notice as above, but Decide's advice is to go.
    let interview = RwSignal::new(Some(now() + TimeDelta::hours(50)));
    let stage = RwSignal::new(Some(InterviewStage::InPerson));
    let reply = RwSignal::new(Reply::Yes);
    let _app = mount_to(root.clone(), move || {
        view! {
            <Router>
                <TimingPanel interview stage title="Acme: data analyst".to_string() reply/>
            </Router>
        }
    });
    tick().await;

    let status = text_of(&root, "[role=status].timing-status");
    assert!(status.contains("Say yes today"), "{status}");
    assert!(status.contains("Reply today to say yes"), "{status}");
    for word in ["cancel", "Short notice", "apolog"] {
        assert!(!status.contains(word), "{status}");
    }
    assert!(text_of(&root, ".timing-facts").contains("2 days and 1 hour (49 hours)"));
    assert!(
        hidden(&root, ".timing-facts > div:nth-child(1)"),
        "no notice to give"
    );
    assert!(
        !hidden(&root, ".timing-facts > div:nth-child(2)"),
        "time to get ready"
    );
    assert!(text_of(&root, ".timing-facts > div:nth-child(2)").contains("Time to get ready"));
    assert!(hidden(&root, ".timing-facts time"), "no decline-by row");
    assert!(hidden(&root, ".timing-explanation"));
    assert!(
        hidden(&root, "p.button-row a"),
        "no decline message to write"
    );
    let buttons: Vec<String> = (0..root
        .query_selector_all(".calendar-action")
        .unwrap()
        .length())
        .filter_map(|i| root.query_selector_all(".calendar-action").unwrap().item(i))
        .map(|node| node.unchecked_into::<web_sys::HtmlElement>())
        .filter(|el| !el.hidden())
        .map(|el| el.text_content().unwrap_or_default())
        .collect();
    assert_eq!(buttons.len(), 1, "{buttons:?}");
    assert!(
        buttons[0].contains("Add interview to calendar"),
        "{buttons:?}"
    );

    // Asking for another time instead: how soon to ask, still no
    // deadline to decline by, and the notice left as notice.
    reply.set(Reply::Proposal);
    tick().await;
    let status = text_of(&root, "[role=status].timing-status");
    assert!(
        status.contains("Ask today, by phone if you can"),
        "{status}"
    );
    assert!(
        !status.contains("cancel") && !status.contains("apolog"),
        "{status}"
    );
    assert!(
        !hidden(&root, ".timing-facts > div:nth-child(1)"),
        "notice left"
    );
    assert!(hidden(&root, ".timing-facts > div:nth-child(2)"));
    assert!(hidden(&root, ".timing-facts time"), "no decline-by row");

    // Changing their mind brings the decline timing back.
    reply.set(Reply::No);
    tick().await;
    let status = text_of(&root, "[role=status].timing-status");
    assert!(status.contains("Short notice"), "{status}");
    assert!(!hidden(&root, ".timing-facts time"));
}

#[wasm_bindgen_test]
async fn a_screening_ten_days_out_is_ample_and_an_email() {
    let root = container();
    let interview = RwSignal::new(Some(now() + TimeDelta::days(10) + TimeDelta::minutes(1)));
    let stage = RwSignal::new(Some(InterviewStage::PhoneScreen));
    let _app = mount_panel(&root, interview, stage);
    tick().await;

    assert!(text_of(&root, ".timing-status").contains("Ample notice"));
    let facts = text_of(&root, ".timing-facts");
    assert!(facts.contains("8 days left"), "{facts}");
    // A screening has a softer last moment, 24 hours before.
    assert!(facts.contains("At the very latest"), "{facts}");
    assert!(facts.contains("Email"), "{facts}");
    let compose = root.query_selector(".timing-panel a").unwrap().unwrap();
    assert_eq!(
        compose.get_attribute("href").as_deref(),
        Some("/compose?kind=decline&channel=email")
    );
}

#[wasm_bindgen_test]
async fn the_panel_says_what_is_missing_and_follows_its_inputs() {
    let root = container();
    let interview = RwSignal::new(Some(now() + TimeDelta::hours(3)));
    let stage = RwSignal::new(None);
    let _app = mount_panel(&root, interview, stage);
    tick().await;

    assert!(text_of(&root, ".timing-status").contains("Choose the interview stage"));
    let details = root.query_selector(".timing-details").unwrap().unwrap();
    assert!(details.has_attribute("hidden"), "no advice to show yet");

    stage.set(Some(InterviewStage::Video));
    tick().await;
    assert!(text_of(&root, ".timing-status").contains("Last minute"));
    assert!(!details.has_attribute("hidden"));

    interview.set(None);
    tick().await;
    assert!(text_of(&root, ".timing-status").contains("Enter the interview date and time"));
    assert!(details.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_deadline_is_saved_as_a_calendar_file() {
    let root = container();
    let interview = RwSignal::new(Some(now() + TimeDelta::days(5)));
    let stage = RwSignal::new(Some(InterviewStage::Final));
    let _app = mount_panel(&root, interview, stage);
    tick().await;

    let button: web_sys::HtmlElement = root
        .query_selector(".timing-calendar button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(button
        .text_content()
        .unwrap()
        .contains("Add decline-by deadline to calendar"));
    button.click();
    tick().await;
    let status = text_of(&root, ".calendar-status");
    assert!(
        status.starts_with("Saved deadline-") && status.contains(".ics"),
        "{status}"
    );
}

#[wasm_bindgen_test]
async fn each_calendar_entry_also_opens_in_google_and_outlook() {
    let root = container();
    let start = DateTime::parse_from_rfc3339("2030-03-05T14:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    let interview = RwSignal::new(Some(start));
    let stage = RwSignal::new(Some(InterviewStage::Final));
    let _app = mount_panel(&root, interview, stage);
    tick().await;

    let hrefs = |root: &web_sys::HtmlElement| -> Vec<String> {
        let links = root.query_selector_all(".calendar-links a").unwrap();
        (0..links.length())
            .map(|i| {
                let a: web_sys::Element = links.item(i).unwrap().unchecked_into();
                a.get_attribute("href").unwrap_or_default()
            })
            .collect()
    };
    let links = hrefs(&root);
    assert_eq!(
        links.len(),
        4,
        "two providers for each of two entries: {links:?}"
    );
    assert!(
        links[0].starts_with("https://calendar.google.com/"),
        "{links:?}"
    );
    assert!(
        links[1].starts_with("https://outlook.live.com/"),
        "{links:?}"
    );
    // The interview's own entry starts at the interview and lasts an hour;
    // its title names it.
    assert!(
        links[2].contains("dates=20300305T140000Z%2F20300305T150000Z"),
        "{}",
        links[2]
    );
    assert!(
        links[2].contains("text=Interview%3A%20Acme%3A%20data%20analyst"),
        "{}",
        links[2]
    );
    assert!(
        links[3].contains("startdt=2030-03-05T14%3A00%3A00Z"),
        "{}",
        links[3]
    );
    let first = root.query_selector(".calendar-links a").unwrap().unwrap();
    assert_eq!(first.get_attribute("target").as_deref(), Some("_blank"));
    assert!(first
        .text_content()
        .unwrap()
        .contains("Add to Google Calendar"));

    // The links follow the inputs.
    interview.set(Some(start + TimeDelta::days(1)));
    tick().await;
    assert!(
        hrefs(&root)[2].contains("dates=20300306T140000Z"),
        "{:?}",
        hrefs(&root)
    );
}

#[wasm_bindgen_test]
async fn the_time_input_reports_the_instant_on_this_wall_clock() {
    let root = container();
    let value = RwSignal::new(None::<DateTime<Utc>>);
    let calls = RwSignal::new(0);
    let _app = mount_to(root.clone(), move || {
        let on_change = Callback::new(move |at| {
            calls.update(|n| *n += 1);
            value.set(at);
        });
        view! { <InterviewTimeInput value on_change id="t1"/> }
    });
    tick().await;

    assert!(text_of(&root, "#t1-hint").starts_with("Times are in "));
    let date = input(&root, "#t1-date");
    let time = input(&root, "#t1-time");
    assert_eq!(
        date.get_attribute("aria-describedby").as_deref(),
        Some("t1-hint t1-error")
    );

    type_into(&date, "2027-03-15");
    tick().await;
    assert_eq!((calls.get_untracked(), value.get_untracked()), (1, None));

    type_into(&time, "10:30");
    tick().await;
    // What the browser itself makes of 10:30 on 15 March 2027 locally.
    let expected_ms = js_sys::Date::new_with_year_month_day_hr_min(2027, 2, 15, 10, 30).get_time();
    let got = value.get_untracked().expect("a complete, valid time");
    assert_eq!(got.timestamp_millis() as f64, expected_ms);
    assert_eq!(calls.get_untracked(), 2);
    assert_eq!(text_of(&root, "#t1-error"), "");
}

#[wasm_bindgen_test]
async fn an_impossible_date_is_explained_beside_the_field() {
    let root = container();
    let value = RwSignal::new(None::<DateTime<Utc>>);
    let _app = mount_to(root.clone(), move || {
        let on_change = Callback::new(move |at| value.set(at));
        view! { <InterviewTimeInput value on_change id="t2"/> }
    });
    tick().await;

    // Chrome's date field accepts six-digit years; no calendar date has one.
    let date = input(&root, "#t2-date");
    type_into(&date, "275000-01-01");
    type_into(&input(&root, "#t2-time"), "09:00");
    tick().await;
    assert_eq!(date.value(), "275000-01-01", "the browser kept the value");
    assert_eq!(value.get_untracked(), None);
    let error = root.query_selector("#t2-error").unwrap().unwrap();
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    let message = error.text_content().unwrap();
    assert!(message.contains("is not a date"), "{message}");
    assert_eq!(date.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&date, "2027-01-01");
    tick().await;
    assert!(value.get_untracked().is_some());
    assert_eq!(text_of(&root, "#t2-error"), "");
    assert_eq!(date.get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn a_value_set_from_outside_shows_in_the_inputs() {
    let root = container();
    let value = RwSignal::new(None::<DateTime<Utc>>);
    let _app = mount_to(root.clone(), move || {
        let on_change = Callback::new(move |at| value.set(at));
        view! { <InterviewTimeInput value on_change id="t3"/> }
    });
    tick().await;

    let local = js_sys::Date::new_with_year_month_day_hr_min(2027, 5, 9, 14, 45);
    value.set(DateTime::from_timestamp_millis(local.get_time() as i64));
    tick().await;
    assert_eq!(input(&root, "#t3-date").value(), "2027-06-09");
    assert_eq!(input(&root, "#t3-time").value(), "14:45");

    value.set(None);
    tick().await;
    assert_eq!(input(&root, "#t3-date").value(), "");
}

#[wasm_bindgen_test]
async fn a_follow_up_step_gets_its_own_calendar_button() {
    let root = container();
    let declined = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let steps = plan_after_decline(declined, FollowUpDelay::SixWeeks);
    let (linkedin, follow_up) = (steps[0].clone(), steps[1].clone());
    let _app = mount_to(root.clone(), move || {
        view! {
            <FollowUpCalendarButton step=linkedin.clone() title="Acme".to_string()/>
            <FollowUpCalendarButton step=follow_up.clone() title="Acme".to_string()/>
        }
    });
    tick().await;

    let labels: Vec<String> = (0..2)
        .map(|i| {
            root.query_selector_all(".calendar-action button")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert!(
        labels[0].contains("Add LinkedIn reminder to calendar"),
        "{labels:?}"
    );
    assert!(
        labels[1].contains("Add follow-up reminder to calendar"),
        "{labels:?}"
    );
    let second: web_sys::HtmlElement = root
        .query_selector_all(".calendar-action button")
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into();
    second.click();
    tick().await;
    let status = root
        .query_selector_all(".calendar-status")
        .unwrap()
        .item(1)
        .unwrap();
    let status = status.text_content().unwrap();
    assert!(status.starts_with("Saved reminder-2027-02-1"), "{status}");
}

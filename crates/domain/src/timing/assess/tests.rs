use super::*;
use crate::domain::channel::ChannelRule;
use crate::domain::timing::local_time::local_instant;
use crate::domain::Channel;
use chrono::FixedOffset;
use chrono_tz::{America, Europe};
use proptest::prelude::*;

use InterviewStage::{Final, InPerson, PhoneScreen, Video};
use NoticeClass::{Acceptable, Ample, LastMinute, Past, ShortNotice};

fn utc(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .with_timezone(&Utc)
}

/// The class for a notice of `hours` hours and `minutes` minutes.
fn check(stage: InterviewStage, hours: i64, minutes: i64, expected: NoticeClass) {
    let notice = TimeDelta::hours(hours) + TimeDelta::minutes(minutes);
    assert_eq!(
        classify_notice(notice, stage),
        expected,
        "{stage} with {hours}h{minutes}m"
    );
}

#[test]
fn screening_bands_sit_on_the_seeds_24_and_48_hours() {
    for stage in [PhoneScreen, Video] {
        check(stage, 24 * 30, 0, Ample);
        check(stage, 72, 0, Ample);
        check(stage, 71, 59, Acceptable);
        check(stage, 48, 0, Acceptable);
        check(stage, 24, 0, Acceptable);
        check(stage, 23, 59, ShortNotice);
        check(stage, 4, 0, ShortNotice);
        check(stage, 3, 59, LastMinute);
        check(stage, 0, 1, LastMinute);
        check(stage, 0, 0, Past);
        check(stage, -3, 0, Past);
    }
}

#[test]
fn later_stage_bands_sit_on_the_seeds_72_hours() {
    for stage in [InPerson, Final] {
        check(stage, 96, 0, Ample);
        check(stage, 95, 59, Acceptable);
        check(stage, 72, 0, Acceptable);
        check(stage, 71, 59, ShortNotice);
        check(stage, 24, 0, ShortNotice);
        check(stage, 4, 0, ShortNotice);
        check(stage, 3, 59, LastMinute);
        check(stage, 0, 0, Past);
    }
}

#[test]
fn late_classes_mean_a_call_now_and_a_late_cancellation_message() {
    let interview = utc("2025-06-10T09:00:00Z");
    for stage in InterviewStage::ALL {
        for (now, class) in [
            ("2025-06-09T20:00:00Z", ShortNotice),
            ("2025-06-10T07:00:00Z", LastMinute),
            ("2025-06-10T10:00:00Z", Past),
        ] {
            let advice = assess_timing(&interview, *stage, &utc(now), ChannelContext::default());
            assert_eq!(advice.class, class, "{stage} at {now}");
            assert_eq!(advice.message_kind, MessageKind::LateCancellation);
            assert_eq!(
                (
                    advice.channel.channel,
                    advice.channel.rule,
                    advice.channel.follow_up_in_writing
                ),
                (Channel::Phone, ChannelRule::LateNotice, true)
            );
            assert!(!advice.explanation.is_empty() && !advice.next_step.is_empty());
        }
    }
}

#[test]
fn early_classes_keep_the_usual_channel_and_a_plain_decline() {
    let interview = utc("2025-06-20T09:00:00Z");
    let now = utc("2025-06-10T09:00:00Z");
    let check_channel = |stage, facts: ChannelContext, channel, rule| {
        let advice = assess_timing(&interview, stage, &now, facts);
        assert_eq!(advice.class, Ample);
        assert_eq!(advice.message_kind, MessageKind::Decline);
        assert_eq!(
            (advice.channel.channel, advice.channel.rule),
            (channel, rule),
            "{stage}"
        );
    };
    check_channel(
        PhoneScreen,
        ChannelContext::default(),
        Channel::Email,
        ChannelRule::EarlyScreening,
    );
    check_channel(
        Final,
        ChannelContext::default(),
        Channel::Phone,
        ChannelRule::LaterStage,
    );
    let sensitive = ChannelContext {
        sensitive: true,
        ..Default::default()
    };
    check_channel(Video, sensitive, Channel::Phone, ChannelRule::Sensitive);
    // The stage and lateness come from the arguments, not from `facts`.
    let stale = ChannelContext {
        stage: Some(Final),
        late: true,
        ..Default::default()
    };
    check_channel(
        PhoneScreen,
        stale,
        Channel::Email,
        ChannelRule::EarlyScreening,
    );
}

#[test]
fn explanations_name_the_notice_owed_and_the_notice_left() {
    let interview = utc("2025-06-10T09:00:00Z");
    let advice = assess_timing(
        &interview,
        PhoneScreen,
        &utc("2025-06-09T04:00:00Z"),
        ChannelContext::default(),
    );
    assert_eq!(advice.class, Acceptable);
    assert!(
        advice.explanation.contains("1 day and 5 hours"),
        "{}",
        advice.explanation
    );
    assert!(
        advice.explanation.contains("24 to 48 hours"),
        "{}",
        advice.explanation
    );
    let advice = assess_timing(
        &interview,
        InPerson,
        &utc("2025-06-09T04:00:00Z"),
        ChannelContext::default(),
    );
    assert!(
        advice.explanation.contains("the 72 hours of notice"),
        "{}",
        advice.explanation
    );
    for class in NoticeClass::ALL {
        assert!(!class.label().is_empty());
        assert_eq!(
            serde_json::to_string(class).unwrap(),
            format!("\"{}\"", class.as_str())
        );
    }
}

#[test]
fn deadlines_count_real_hours_across_daylight_saving_changes() {
    // London springs forward on 30 March 2025: 48 real hours before 10:00
    // BST on the 31st is 09:00 GMT on the 29th, not 10:00.
    let interview = local_instant((2025, 3, 31), (10, 0), &Europe::London).unwrap();
    let deadline = decline_deadline(&interview, PhoneScreen);
    assert_eq!(deadline.recommended, utc("2025-03-29T09:00:00Z"));
    assert_eq!(deadline.minimum, utc("2025-03-30T09:00:00Z"));
    assert_eq!(
        deadline
            .recommended
            .with_timezone(&Europe::London)
            .to_rfc3339(),
        "2025-03-29T09:00:00+00:00"
    );

    // New York falls back on 2 November 2025: 72 hours before 09:00 EST on
    // the 4th is 10:00 EDT on the 1st.
    let interview = local_instant((2025, 11, 4), (9, 0), &America::New_York).unwrap();
    let deadline = decline_deadline(&interview, InPerson);
    assert_eq!(
        deadline
            .recommended
            .with_timezone(&America::New_York)
            .to_rfc3339(),
        "2025-11-01T10:00:00-04:00"
    );
    assert_eq!(deadline.minimum, deadline.recommended);
}

#[test]
fn the_interviewer_and_the_user_may_be_in_different_zones() {
    // 09:00 in New York is 15:00 in Berlin; asking at 15:00 Berlin time the
    // day before leaves exactly 24 hours.
    let interview = local_instant((2025, 6, 10), (9, 0), &America::New_York).unwrap();
    let now = Europe::Berlin
        .with_ymd_and_hms(2025, 6, 9, 15, 0, 0)
        .unwrap();
    let advice = assess_timing(
        &interview.with_timezone(&America::New_York),
        Video,
        &now,
        ChannelContext::default(),
    );
    assert_eq!((advice.notice.hours, advice.class), (24.0, Acceptable));
    assert_eq!(advice.deadline.countdown_words(&now), "passed 1 day ago");
    let earlier = now - TimeDelta::hours(30);
    assert_eq!(advice.deadline.countdown_words(&earlier), "6 hours left");
}

#[test]
fn deadlines_cross_midnight_month_and_year_boundaries() {
    let check_deadline = |interview: &str, stage, expected: &str| {
        assert_eq!(
            decline_deadline(&utc(interview), stage).recommended,
            utc(expected),
            "{interview}"
        );
    };
    check_deadline("2026-01-01T00:30:00Z", PhoneScreen, "2025-12-30T00:30:00Z");
    check_deadline("2025-03-01T09:00:00Z", PhoneScreen, "2025-02-27T09:00:00Z");
    check_deadline("2024-03-02T09:00:00Z", PhoneScreen, "2024-02-29T09:00:00Z");
    check_deadline("2025-08-01T00:00:00Z", Final, "2025-07-29T00:00:00Z");
    // An offset that puts the local day after the UTC day.
    let tokyo: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339("2026-01-01T08:00:00+09:00").unwrap();
    assert_eq!(
        decline_deadline(&tokyo, Video).recommended,
        utc("2025-12-29T23:00:00Z")
    );
}

#[test]
fn the_earliest_representable_interview_does_not_panic() {
    let deadline = decline_deadline(&DateTime::<Utc>::MIN_UTC, Final);
    assert_eq!(deadline.recommended, DateTime::<Utc>::MIN_UTC);
    let advice = assess_timing(
        &DateTime::<Utc>::MIN_UTC,
        Final,
        &DateTime::<Utc>::MAX_UTC,
        ChannelContext::default(),
    );
    assert_eq!(advice.class, Past);
}

fn any_instant() -> impl Strategy<Value = DateTime<Utc>> {
    let (min, max) = (
        DateTime::<Utc>::MIN_UTC.timestamp(),
        DateTime::<Utc>::MAX_UTC.timestamp(),
    );
    prop_oneof![
        // Mostly near each other, sometimes anywhere in chrono's range.
        3 => (1_600_000_000i64..1_900_000_000).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap()),
        1 => (min..=max).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap()),
    ]
}

proptest! {
    #[test]
    fn assessing_never_panics_and_is_consistent(interview in any_instant(), now in any_instant(), stage in proptest::sample::select(InterviewStage::ALL)) {
        let advice = assess_timing(&interview, stage, &now, ChannelContext::default());
        prop_assert!(advice.deadline.recommended <= advice.deadline.minimum);
        prop_assert!(advice.deadline.minimum <= interview);
        prop_assert_eq!(advice.class == Past, interview <= now);
        prop_assert_eq!(advice.channel.follow_up_in_writing, advice.class.is_late());
        prop_assert!(!advice.notice.words.is_empty());
    }

    #[test]
    fn a_later_now_never_gives_a_better_class(
        interview in any_instant(),
        before in -20 * 3600i64..200 * 3600,
        later_by in 0i64..200 * 3600,
        stage in proptest::sample::select(InterviewStage::ALL),
    ) {
        // `now` within the interesting range around the interview, so the
        // pairs actually cross the band boundaries.
        let now = interview.checked_sub_signed(TimeDelta::seconds(before)).unwrap_or(DateTime::<Utc>::MIN_UTC);
        let later = now.checked_add_signed(TimeDelta::seconds(later_by)).unwrap_or(DateTime::<Utc>::MAX_UTC);
        let first = assess_timing(&interview, stage, &now, ChannelContext::default()).class;
        let second = assess_timing(&interview, stage, &later, ChannelContext::default()).class;
        prop_assert!(first <= second, "{:?} then {:?}", first, second);
    }
}

#[test]
fn a_yes_or_a_proposal_is_told_to_reply_soon_never_to_cancel() {
    let interview = utc("2025-06-10T09:00:00Z");
    for (now, class, yes, proposal) in [
        (
            "2025-06-01T09:00:00Z",
            Ample,
            "Reply today to say yes",
            "Send it today",
        ),
        (
            "2025-06-09T20:00:00Z",
            ShortNotice,
            "Reply today to say yes",
            "With this little time left, call today",
        ),
        (
            "2025-06-10T07:00:00Z",
            LastMinute,
            "Confirm straight away",
            "Call them straight away",
        ),
        (
            "2025-06-10T10:00:00Z",
            Past,
            "Check the date",
            "Check the date",
        ),
    ] {
        let advice = assess_timing(&interview, InPerson, &utc(now), ChannelContext::default());
        assert_eq!(advice.class, class, "at {now}");
        assert_eq!(
            advice.reply(Reply::No),
            None,
            "a no keeps the decline advice"
        );
        for (reply, starts) in [(Reply::Yes, yes), (Reply::Proposal, proposal)] {
            let told = advice.reply(reply).unwrap();
            assert!(
                told.next_step.starts_with(starts),
                "{now} {reply:?}: {told:?}"
            );
            for word in ["cancel", "decline", "Short notice"] {
                assert!(
                    !told.next_step.contains(word) && !told.label.contains(word),
                    "{now} {reply:?}: {told:?}"
                );
            }
            assert!(!told.label.contains(&advice.notice.words), "{told:?}");
        }
    }
}

#[test]
fn a_late_notice_out_of_office_hours_is_written_now_and_called_in_the_morning() {
    let interview = utc("2025-06-11T09:00:00Z");
    let late =
        |now: &str| assess_timing(&interview, InPerson, &utc(now), ChannelContext::default());
    // 14:00 and 22:00 the day before, and 06:00 on the day: all late.
    let (day, night, early) = (
        late("2025-06-10T14:00:00Z"),
        late("2025-06-10T22:00:00Z"),
        late("2025-06-11T06:00:00Z"),
    );
    assert_eq!(
        (day.class, night.class, early.class),
        (ShortNotice, ShortNotice, LastMinute)
    );
    assert!(!day.out_of_hours && night.out_of_hours && early.out_of_hours);
    assert!(
        day.next_step.starts_with("Call them now"),
        "{}",
        day.next_step
    );
    for advice in [&night, &early] {
        assert!(
            advice.next_step.contains("outside office hours"),
            "{}",
            advice.next_step
        );
        assert!(advice
            .next_step
            .contains("call as soon as their office opens"));
        assert!(!advice.next_step.contains("Call them now"));
        assert!(!advice
            .channel
            .explanation_at(advice.out_of_hours)
            .contains("today"));
    }
    assert!(day
        .channel
        .explanation_at(day.out_of_hours)
        .contains("today"));
    // The clock that counts is the person's: 22:00 UTC is 08:00 in Sydney.
    let sydney =
        utc("2025-06-10T22:00:00Z").with_timezone(&FixedOffset::east_opt(10 * 3600).unwrap());
    let there = assess_timing(&interview, InPerson, &sydney, ChannelContext::default());
    assert!(!there.out_of_hours, "08:00 is office hours");
}

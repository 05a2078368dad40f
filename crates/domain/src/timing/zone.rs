//! A time zone known only by its UTC offset at each instant.
//!
//! That is all a browser will tell us (`Date.prototype.getTimezoneOffset`),
//! and chrono's own browser `Local` answers every wall-clock time with a
//! single offset, silently accepting times that daylight saving skips or
//! repeats. `offsets_of_local` recovers the truth from the one question the
//! browser can answer, so `local_instant` can report a skipped or repeated
//! time as the error it is.

use chrono::{FixedOffset, MappedLocalTime, NaiveDateTime, TimeDelta};

/// The offsets a wall-clock reading `local` can have in a zone whose
/// offset at a UTC instant is `offset_at(utc)`: none when the clocks jump
/// over it, two (earlier instant first) when they pass it twice.
///
/// Offset changes are months apart, so the offsets in force a day either
/// side of `local` are the only candidates; a candidate is real when the
/// instant it gives carries that very offset.
pub fn offsets_of_local(
    local: &NaiveDateTime,
    offset_at: impl Fn(&NaiveDateTime) -> FixedOffset,
) -> MappedLocalTime<FixedOffset> {
    let day = TimeDelta::days(1);
    let probe = |at: Option<NaiveDateTime>| offset_at(&at.unwrap_or(*local));
    let mut candidates = [
        probe(local.checked_sub_signed(day)),
        probe(local.checked_add_signed(day)),
    ];
    // The larger offset gives the earlier instant.
    candidates.sort_by_key(|o| std::cmp::Reverse(o.local_minus_utc()));
    let fits = |offset: &FixedOffset| {
        local
            .checked_sub_offset(*offset)
            .is_some_and(|utc| offset_at(&utc) == *offset)
    };
    match candidates {
        [a, b] if a == b => {
            if fits(&a) {
                MappedLocalTime::Single(a)
            } else {
                MappedLocalTime::None
            }
        }
        [a, b] => match (fits(&a), fits(&b)) {
            (true, true) => MappedLocalTime::Ambiguous(a, b),
            (true, false) => MappedLocalTime::Single(a),
            (false, true) => MappedLocalTime::Single(b),
            (false, false) => MappedLocalTime::None,
        },
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use chrono::{NaiveDate, Offset, TimeZone};
    use chrono_tz::Tz;

    /// What chrono-tz, which knows the full zone rules, says.
    fn expected(zone: Tz, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        zone.offset_from_local_datetime(local).map(|o| o.fix())
    }

    fn from_offsets_alone(zone: Tz, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        offsets_of_local(local, |utc| zone.offset_from_utc_datetime(utc).fix())
    }

    #[test]
    fn agrees_with_the_zone_rules_around_every_change_in_2026() {
        let zones = [
            chrono_tz::Europe::London,
            chrono_tz::America::New_York,
            chrono_tz::Australia::Lord_Howe, // a 30-minute change
            chrono_tz::Asia::Kolkata,        // no changes at all
            chrono_tz::Pacific::Auckland,
        ];
        let start = NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        for zone in zones {
            // Every quarter hour of the year, so each skipped and repeated
            // slot is visited.
            let mut local = start;
            let mut gaps_and_folds = 0;
            while local.and_utc().timestamp() < start.and_utc().timestamp() + 366 * 86_400 {
                let want = expected(zone, &local);
                if !matches!(want, MappedLocalTime::Single(_)) {
                    gaps_and_folds += 1;
                }
                assert_eq!(from_offsets_alone(zone, &local), want, "{zone} {local}");
                local += TimeDelta::minutes(15);
            }
            let has_dst = zone != chrono_tz::Asia::Kolkata;
            assert_eq!(gaps_and_folds > 0, has_dst, "{zone}");
        }
    }

    #[test]
    fn a_spring_gap_and_an_autumn_fold_in_london() {
        let at = |month, day| {
            NaiveDate::from_ymd_opt(2026, month, day)
                .unwrap()
                .and_hms_opt(1, 30, 0)
                .unwrap()
        };
        let london = chrono_tz::Europe::London;
        assert_eq!(
            from_offsets_alone(london, &at(3, 29)),
            MappedLocalTime::None
        );
        let bst = FixedOffset::east_opt(3600).unwrap();
        let gmt = FixedOffset::east_opt(0).unwrap();
        assert_eq!(
            from_offsets_alone(london, &at(10, 25)),
            MappedLocalTime::Ambiguous(bst, gmt)
        );
        assert_eq!(
            from_offsets_alone(london, &at(6, 1)),
            MappedLocalTime::Single(bst)
        );
    }
}

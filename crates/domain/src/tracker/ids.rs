//! Record ids and the time precision records are stored in.

use chrono::{DateTime, SubsecRound, Utc};

use super::records::RecordKind;

/// Makes a new record id from the time and some caller-supplied entropy
/// (a random number in the browser, a counter in tests). The domain has no
/// random source of its own; the time part keeps ids from two tabs apart
/// and the entropy part keeps ids made in the same second apart.
pub fn new_id(kind: RecordKind, now: DateTime<Utc>, entropy: u64) -> String {
    format!(
        "{}-{}-{}",
        kind.id_prefix(),
        base36(now.timestamp().max(0) as u64),
        base36(entropy)
    )
}

/// Truncates a time to whole seconds, the precision records are stored in.
pub fn stamp(now: DateTime<Utc>) -> DateTime<Utc> {
    now.trunc_subsecs(0)
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::tracker::records::Opportunity;
    use chrono::TimeZone;

    #[test]
    fn ids_differ_by_time_and_entropy_and_carry_the_kind() {
        let t = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let a = new_id(RecordKind::Opportunity, t, 0);
        let b = new_id(RecordKind::Opportunity, t, 1);
        let c = new_id(RecordKind::Contact, t + chrono::Duration::seconds(1), 0);
        assert!(a.starts_with("o-") && c.starts_with("c-"));
        assert_ne!(a, b);
        assert_eq!(base36(0), "0");
        assert_eq!(base36(36 * 36 - 1), "zz");
    }

    #[test]
    fn new_records_are_stamped_to_whole_seconds() {
        let t = Utc.timestamp_opt(1_800_000_000, 123_456_789).unwrap();
        let o = Opportunity::new("o-1", "Acme", t);
        assert_eq!(o.created_at.timestamp_subsec_nanos(), 0);
        assert_eq!(o.created_at.timestamp(), 1_800_000_000);
    }
}

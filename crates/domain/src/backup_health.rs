//! Backup health: what stands between the person's data and a browser
//! that clears it, in plain words. Pure: the browser's answers (persistent
//! storage, which browser, installed or not) and `now` are passed in.
//!
//! The data lives in one browser only. Three things keep it: a recent
//! backup file, persistent storage granted by the browser, and, on an
//! iPhone or iPad, not relying on Safari's tab storage, which WebKit clears
//! after seven days of browser use without a visit to the site. A web app
//! added to the Home Screen has storage of its own, separate from
//! Safari's, and is not cleared that way.

use chrono::{DateTime, TimeZone, Utc};

use crate::domain::messages::short_date;

/// Where the app is running, as far as backups are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    /// Safari (or any browser, which all use WebKit there) in a tab on an
    /// iPhone or iPad: data is cleared after seven days without a visit.
    IosTab,
    /// Installed to the Home Screen on an iPhone or iPad.
    IosHomeScreen,
    /// Anything else.
    Other,
}

impl Browser {
    /// Works out the browser from its user-agent string, the platform's
    /// touch points and whether the page runs as an installed app. iPads
    /// report a Mac's user agent, told apart by their touch screen.
    pub fn detect(user_agent: &str, max_touch_points: u32, standalone: bool) -> Browser {
        let ios = user_agent.contains("iPhone")
            || user_agent.contains("iPad")
            || user_agent.contains("iPod")
            || (user_agent.contains("Macintosh") && max_touch_points > 1);
        match (ios, standalone) {
            (false, _) => Browser::Other,
            (true, true) => Browser::IosHomeScreen,
            (true, false) => Browser::IosTab,
        }
    }
}

/// How much a line matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Health {
    /// Nothing to do.
    Good,
    /// Worth doing soon.
    Attention,
    /// Data is at risk until the person acts.
    AtRisk,
}

impl Health {
    /// A word for the badge beside the line.
    pub fn label(self) -> &'static str {
        match self {
            Health::Good => "Good",
            Health::Attention => "Worth doing",
            Health::AtRisk => "At risk",
        }
    }
}

/// One line of the health summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthLine {
    /// How much it matters.
    pub health: Health,
    /// The fact, short.
    pub title: String,
    /// What it means, and what to do if anything.
    pub detail: String,
    /// Steps to follow, in order (empty when there is nothing to do).
    pub steps: Vec<&'static str>,
}

/// What the app knows about the person's backups and storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFacts {
    /// When the last backup file was downloaded.
    pub last_export: Option<DateTime<Utc>>,
    /// Saves since then.
    pub changes_since_export: u32,
    /// Records in the tracker.
    pub record_count: usize,
    /// Whether the browser granted persistent storage (`None`: it does not
    /// say, or has not answered yet).
    pub persistent: Option<bool>,
    /// Which browser.
    pub browser: Browser,
}

/// The steps that move the data out of Safari's tab storage.
pub const IOS_STEPS: [&str; 3] = [
    "Export a backup here in Safari first (the button below).",
    "Tap Share, then Add to Home Screen, and open Graceful Decline from its new icon.",
    "In the installed app, open Settings and import the backup file: it has its own storage, separate from Safari's.",
];

/// The summary, most urgent first; on an iPhone in Safari the seven-day
/// warning leads, since its first step is the backup.
pub fn backup_health<Tz: TimeZone>(
    facts: &BackupFacts,
    now: DateTime<Utc>,
    zone: &Tz,
) -> Vec<HealthLine> {
    let mut lines = Vec::with_capacity(3);
    match facts.browser {
        Browser::IosTab => lines.push(HealthLine {
            health: Health::AtRisk,
            title: "Safari may clear this data after seven days without a visit".into(),
            detail: "On an iPhone or iPad, data a site saves in a Safari tab is removed when you have not opened the site for seven days of using Safari. The app installed to your Home Screen keeps its own data and is not cleared that way.".into(),
            steps: IOS_STEPS.to_vec(),
        }),
        Browser::IosHomeScreen => lines.push(HealthLine {
            health: Health::Good,
            title: "Installed on your Home Screen".into(),
            detail: "Its data is kept apart from Safari's and is not cleared after seven days without a visit.".into(),
            steps: Vec::new(),
        }),
        Browser::Other => {}
    }
    lines.push(last_backup(facts, now, zone));
    lines.push(persistence(facts));
    lines.sort_by_key(|l| std::cmp::Reverse(l.health));
    lines
}

fn last_backup<Tz: TimeZone>(facts: &BackupFacts, now: DateTime<Utc>, zone: &Tz) -> HealthLine {
    let changes = match facts.changes_since_export {
        0 => "no changes since".to_string(),
        1 => "1 change since".to_string(),
        n => format!("{n} changes since"),
    };
    match facts.last_export {
        None if facts.record_count == 0 => HealthLine {
            health: Health::Good,
            title: "Nothing to back up yet".into(),
            detail: "Once you track an opportunity, a backup file keeps it safe.".into(),
            steps: Vec::new(),
        },
        None => HealthLine {
            health: Health::AtRisk,
            title: "No backup yet".into(),
            detail: "What you have saved exists only in this browser. Export a backup file and keep it somewhere safe, such as your email or a cloud drive.".into(),
            steps: Vec::new(),
        },
        Some(at) => {
            // Days as the calendar on the wall counts them.
            let day = |t: DateTime<Utc>| t.with_timezone(zone).date_naive();
            let days = (day(now) - day(at)).num_days().max(0);
            let ago = match days {
                0 => "today".to_string(),
                1 => "yesterday".to_string(),
                n => format!("{n} days ago"),
            };
            let (health, detail) = match (facts.changes_since_export, days) {
                (0, _) => (Health::Good, "Your backup file holds everything saved here.".to_string()),
                (_, 0..=6) => (
                    Health::Attention,
                    "Export again to include your latest changes.".to_string(),
                ),
                _ => (
                    Health::AtRisk,
                    "Changes made since are only in this browser. Export a new backup.".to_string(),
                ),
            };
            HealthLine {
                health,
                title: format!("Last backup {ago} ({}), {changes}", short_date(&at.with_timezone(zone))),
                detail,
                steps: Vec::new(),
            }
        }
    }
}

fn persistence(facts: &BackupFacts) -> HealthLine {
    let (health, title, detail) = match facts.persistent {
        Some(true) => (
            Health::Good,
            "Persistent storage granted",
            "This browser will keep the data unless you clear it yourself.",
        ),
        Some(false) => (
            Health::Attention,
            "Persistent storage not granted",
            "The browser may clear the data when space runs short. Ask below; browsers often agree once the app is installed or often used. Backups are the sure way.",
        ),
        None => (
            Health::Attention,
            "Persistent storage unknown",
            "This browser does not say whether it will keep the data. Regular backups are the sure way.",
        ),
    };
    HealthLine {
        health,
        title: title.into(),
        detail: detail.into(),
        steps: Vec::new(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use chrono::TimeZone;

    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    const IPAD: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()
    }

    fn facts() -> BackupFacts {
        BackupFacts {
            last_export: None,
            changes_since_export: 0,
            record_count: 3,
            persistent: Some(true),
            browser: Browser::Other,
        }
    }

    #[test]
    fn iphones_and_ipads_in_a_tab_are_told_apart_from_installed_apps_and_others() {
        assert_eq!(Browser::detect(IPHONE, 5, false), Browser::IosTab);
        assert_eq!(Browser::detect(IPHONE, 5, true), Browser::IosHomeScreen);
        assert_eq!(
            Browser::detect(IPAD, 5, false),
            Browser::IosTab,
            "an iPad says Macintosh"
        );
        assert_eq!(
            Browser::detect(IPAD, 0, false),
            Browser::Other,
            "a real Mac"
        );
        assert_eq!(Browser::detect(ANDROID, 5, false), Browser::Other);
    }

    #[test]
    fn no_backup_of_real_data_is_at_risk_and_comes_first() {
        let lines = backup_health(&facts(), now(), &Utc);
        assert_eq!(lines[0].health, Health::AtRisk);
        assert_eq!(lines[0].title, "No backup yet");
        let empty = BackupFacts {
            record_count: 0,
            ..facts()
        };
        assert!(backup_health(&empty, now(), &Utc)
            .iter()
            .all(|l| l.health == Health::Good));
    }

    #[test]
    fn the_last_backup_says_when_and_how_much_changed_since() {
        let at = now() - chrono::TimeDelta::days(3);
        let recent = BackupFacts {
            last_export: Some(at),
            changes_since_export: 4,
            ..facts()
        };
        let line = &backup_health(&recent, now(), &Utc)[0];
        assert_eq!(
            line.title,
            "Last backup 3 days ago (Fri 27 Nov 2026), 4 changes since"
        );
        assert_eq!(line.health, Health::Attention);

        let old = BackupFacts {
            last_export: Some(now() - chrono::TimeDelta::days(20)),
            changes_since_export: 1,
            ..facts()
        };
        let line = &backup_health(&old, now(), &Utc)[0];
        assert_eq!(line.health, Health::AtRisk);
        assert!(line.title.ends_with("1 change since"), "{}", line.title);

        let clean = BackupFacts {
            last_export: Some(at),
            ..facts()
        };
        let lines = backup_health(&clean, now(), &Utc);
        assert!(lines.iter().all(|l| l.health == Health::Good), "{lines:?}");
        assert!(
            lines[0].title.contains("no changes since")
                || lines[1].title.contains("no changes since")
        );
    }

    #[test]
    fn safari_in_a_tab_gets_the_warning_with_the_steps_that_keep_the_data() {
        let ios = BackupFacts {
            last_export: None,
            persistent: None,
            browser: Browser::IosTab,
            ..facts()
        };
        let lines = backup_health(&ios, now(), &Utc);
        let safari = &lines[0];
        assert_eq!(safari.health, Health::AtRisk);
        assert!(safari.title.contains("seven days"), "{}", safari.title);
        assert_eq!(safari.steps.len(), 3);
        assert!(
            safari.steps[0].starts_with("Export a backup"),
            "backup first"
        );
        assert!(safari.steps[2].contains("separate from Safari"));

        let installed = BackupFacts {
            browser: Browser::IosHomeScreen,
            ..ios
        };
        let lines = backup_health(&installed, now(), &Utc);
        assert!(lines
            .iter()
            .any(|l| l.title == "Installed on your Home Screen" && l.health == Health::Good));
        assert!(lines.iter().all(|l| l.steps.is_empty()));
    }

    #[test]
    fn persistent_storage_is_reported_as_granted_refused_or_unknown() {
        let title = |p| {
            backup_health(
                &BackupFacts {
                    persistent: p,
                    last_export: Some(now()),
                    ..facts()
                },
                now(),
                &Utc,
            )
            .into_iter()
            .find(|l| l.title.starts_with("Persistent"))
            .unwrap()
        };
        assert_eq!(title(Some(true)).health, Health::Good);
        assert_eq!(title(Some(false)).title, "Persistent storage not granted");
        assert_eq!(title(None).title, "Persistent storage unknown");
    }
}

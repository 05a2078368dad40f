//! Timing widgets shown wherever an interview date is known: the notice
//! left, the decline-by deadline with a live countdown, the classification
//! in words, the recommended channel, and calendar downloads.
//!
//! - `input`: the interview's date and time on the user's wall clock.
//! - `panel`: the timing summary and its calendar buttons.
//! - `calendar`: `.ics` downloads, and the follow-up reminder button.
//! - `zone`: the browser's time zone, offsets, name and date formatting.

mod calendar;
mod input;
mod panel;
mod zone;

pub use crate::ui::format::format_for_people;
pub use calendar::{FollowUpCalendarButton, ReminderCalendarButton};
pub use input::InterviewTimeInput;
pub use panel::TimingPanel;
pub use zone::{input_values, zone_name, BrowserZone};

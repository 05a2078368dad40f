//! One module per routed page.

mod compose;
mod decide;
mod home;
mod insights;
mod not_found;
mod paste;
mod report;
mod settings;
mod timing;
pub(crate) mod tracker;

pub use compose::ComposePage;
pub use decide::DecidePage;
pub(crate) use home::needs_you_now;
pub use home::HomePage;
pub use insights::InsightsPage;
pub use not_found::NotFoundPage;
pub use paste::PastePage;
pub use report::ReportPage;
pub use settings::SettingsPage;
pub use timing::TimingPage;
pub use tracker::{OpportunityDetailPage, OpportunityFormPage, TrackerPage};

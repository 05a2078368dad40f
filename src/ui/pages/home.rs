//! The home page: the one question people arrive with, and the four tools.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::app_path;

/// A card on the home page that leads to one of the tools.
#[component]
fn ToolCard(
    /// Where the card leads.
    href: &'static str,
    /// The card's heading.
    title: &'static str,
    /// One sentence on what the tool does.
    blurb: &'static str,
) -> impl IntoView {
    view! {
        <li class="tool-card">
            <A href=app_path(href)>
                <h3>{title}</h3>
                <p>{blurb}</p>
            </A>
        </li>
    }
}

/// Home: start a decision, or go straight to a tool.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">"Say no to an interview, and keep the door open"</h1>
            <p class="lede">
                "A calm, private helper for an interview invitation you may not want: decide, "
                "write the message, send it in good time, and stay in touch afterwards. "
                "Everything stays on this device."
            </p>
            <A href=app_path("/decide") attr:class="button primary big">
                "I got an interview invitation: help me decide"
            </A>
        </section>
        <section aria-labelledby="tools-title">
            <h2 id="tools-title">"Tools"</h2>
            <ul class="tool-grid">
                <ToolCard
                    href="/decide"
                    title="Decide"
                    blurb="A few questions separate nerves from a real mismatch and suggest what to do."
                />
                <ToolCard
                    href="/compose"
                    title="Compose"
                    blurb="Write a decline, a reschedule or an alternative, checked for tone as you type."
                />
                <ToolCard
                    href="/tracker"
                    title="Tracker"
                    blurb="Keep invitations, contacts and follow-ups so a no today can be a yes later."
                />
                <ToolCard
                    href="/insights"
                    title="Insights"
                    blurb="See how your declines and outcomes add up over time."
                />
            </ul>
        </section>
    }
}

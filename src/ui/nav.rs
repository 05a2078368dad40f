//! Site navigation: a top bar on wide screens, a bottom tab bar on phones
//! (the same list, placed by CSS, so there is one landmark and one tab order).

use leptos::prelude::*;
use leptos_router::components::A;

use super::paths::app_path;

/// One destination in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavItem {
    /// Route path below the router base.
    pub path: &'static str,
    /// Visible label, kept short for the phone tab bar.
    pub label: &'static str,
    /// A small glyph shown above the label on phones (decorative).
    pub icon: &'static str,
}

/// Every top-level page, in navigation order.
pub const NAV_ITEMS: &[NavItem] = &[
    NavItem {
        path: "/",
        label: "Home",
        icon: "⌂",
    },
    NavItem {
        path: "/decide",
        label: "Decide",
        icon: "⑂",
    },
    NavItem {
        path: "/compose",
        label: "Compose",
        icon: "✎",
    },
    NavItem {
        path: "/tracker",
        label: "Tracker",
        icon: "☰",
    },
    NavItem {
        path: "/insights",
        label: "Insights",
        icon: "▥",
    },
    NavItem {
        path: "/settings",
        label: "Settings",
        icon: "⚙",
    },
];

/// The main navigation list; CSS shows it in the header on wide screens
/// and as a bottom tab bar on phones.
#[component]
pub fn MainNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label="Main">
            <ul>
                {NAV_ITEMS
                    .iter()
                    .map(|item| {
                        view! {
                            <li>
                                <A href=app_path(item.path) exact=true>
                                    <span class="nav-icon" aria-hidden="true">{item.icon}</span>
                                    <span class="nav-label">{item.label}</span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

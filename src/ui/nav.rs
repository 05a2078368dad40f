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
    /// An SVG path (24x24 viewBox, stroked) drawn above the label on
    /// phones. Decorative, and drawn rather than a font glyph because
    /// phones lack many symbol glyphs.
    pub icon: &'static str,
}

/// Every top-level page, in navigation order.
pub const NAV_ITEMS: &[NavItem] = &[
    NavItem {
        path: "/",
        label: "Home",
        icon: "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10",
    },
    NavItem {
        path: "/decide",
        label: "Decide",
        icon: "M6 3v6a6 6 0 0 0 6 6h0a6 6 0 0 0 6-6V3M12 15v6",
    },
    NavItem {
        path: "/compose",
        label: "Compose",
        icon: "M4 20h4L19 9l-4-4L4 16zM14 6l4 4",
    },
    NavItem {
        path: "/tracker",
        label: "Tracker",
        icon: "M4 6h16M4 12h16M4 18h10",
    },
    NavItem {
        path: "/insights",
        label: "Insights",
        icon: "M4 20V10M10 20V4M16 20v-7M22 20H2",
    },
    NavItem {
        path: "/settings",
        label: "Settings",
        icon: "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2",
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
                                    <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                        <path d=item.icon></path>
                                    </svg>
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

//! Hash-based routing (`#/ports`, `#/rules`), so every tool has a shareable
//! URL on any static host and from `file://`, with no server rewrite rules.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::tools::{self, Tool};

#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Home,
    Tool(&'static Tool),
    Rules,
    About,
    NotFound(String),
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        // Query-like suffixes (`#/cron?expr=…`) belong to the page, not the route.
        let slug = path.split(['?', '/']).next().unwrap_or("");
        match slug {
            "" => Route::Home,
            "rules" => Route::Rules,
            "about" => Route::About,
            other => match tools::find(other) {
                Some(t) => Route::Tool(t),
                None => Route::NotFound(other.chars().take(60).collect()),
            },
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Tool(t) => format!("#/{}", t.id),
            Route::Rules => "#/rules".to_string(),
            Route::About => "#/about".to_string(),
            Route::NotFound(s) => format!("#/{s}"),
        }
    }

    pub fn title(&self) -> String {
        match self {
            Route::Home => "Preflight".to_string(),
            Route::Tool(t) => format!("{} · Preflight", t.title),
            Route::Rules => "Rules · Preflight".to_string(),
            Route::About => "About · Preflight".to_string(),
            Route::NotFound(_) => "Not found · Preflight".to_string(),
        }
    }

    /// Every route the app knows (navigation tests walk them all).
    pub fn all() -> Vec<Route> {
        let mut v = vec![Route::Home, Route::Rules, Route::About];
        v.extend(tools::TOOLS.iter().map(Route::Tool));
        v
    }
}

/// Put keyboard focus at the start of the page content.
pub fn focus_main() {
    if let Some(main) = gloo::utils::document().get_element_by_id("main") {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = el.focus();
        }
    }
}

fn current() -> Route {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Route::from_hash(&hash)
}

/// The current route, updated on every `hashchange`.
#[hook]
pub fn use_route() -> Route {
    let route = use_state(current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let next = current();
                gloo::utils::document().set_title(&next.title());
                route.set(next);
                // Move focus to the new page for keyboard and screen-reader users.
                focus_main();
            });
            move || drop(listener)
        });
    }
    gloo::utils::document().set_title(&route.title());
    (*route).clone()
}

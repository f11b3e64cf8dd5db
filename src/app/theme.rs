//! Light / dark / automatic theme. "Auto" follows `prefers-color-scheme`
//! through CSS alone; an explicit choice sets `data-theme` on `<html>` and is
//! remembered in localStorage (which never leaves the browser).

use yew::prelude::*;

const KEY: &str = "preflight-theme";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

impl Theme {
    fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Theme: automatic",
            Theme::Light => "Theme: light",
            Theme::Dark => "Theme: dark",
        }
    }

    fn icon(self) -> &'static str {
        match self {
            Theme::Auto => "◐",
            Theme::Light => "☀",
            Theme::Dark => "☾",
        }
    }
}

fn apply(theme: Theme) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-theme", theme.as_str());
    }
    crate::app::browser::store(KEY, theme.as_str());
}

#[function_component(ThemeToggle)]
pub fn theme_toggle() -> Html {
    let theme = use_state(|| Theme::parse(&crate::app::browser::load(KEY).unwrap_or_default()));
    {
        let t = *theme;
        use_effect_with(t, move |_| apply(t));
    }
    let onclick = {
        let theme = theme.clone();
        Callback::from(move |_| theme.set(theme.next()))
    };
    html! {
        <button class="icon-button theme-toggle" type="button" {onclick}
            title={theme.label()} aria-label={theme.label()} data-theme-choice={theme.as_str()}>
            <span aria-hidden="true">{ theme.icon() }</span>
        </button>
    }
}

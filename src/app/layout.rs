//! Header and navigation, generated from the core's tool list.

use yew::prelude::*;

use super::route::Route;
use super::theme::ThemeToggle;
use crate::tools::{self, Group};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_menu: Callback<MouseEvent>,
    pub menu_open: bool,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="topbar">
            <button class="icon-button menu-button" type="button" onclick={props.on_menu.clone()}
                aria-label="Menu" aria-expanded={props.menu_open.to_string()} aria-controls="nav">
                <span aria-hidden="true">{ "☰" }</span>
            </button>
            <a class="brand" href="#/">
                <svg class="logo" viewBox="0 0 24 24" aria-hidden="true" width="24" height="24">
                    <path d="M2 13 L22 4 L15 21 L11 14 Z" fill="currentColor" />
                </svg>
                <span>{ "Preflight" }</span>
            </a>
            <span class="tagline">{ "Check Webex configuration before you upload it — nothing leaves your browser." }</span>
            <span class="spacer"></span>
            <span class="offline-badge" title="Everything runs locally in your browser">{ "Local only" }</span>
            <ThemeToggle />
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub current: Route,
    pub on_navigate: Callback<MouseEvent>,
}

#[function_component(Nav)]
pub fn nav(props: &NavProps) -> Html {
    let link = |route: Route, label: &str, extra: Html| {
        let current = props.current == route;
        html! {
            <li>
                <a href={route.hash()} class={classes!(current.then_some("current"))}
                    aria-current={current.then_some("page")} onclick={props.on_navigate.clone()}>
                    <span>{ label.to_string() }</span>{ extra }
                </a>
            </li>
        }
    };
    html! {
        <nav id="nav" class="sidebar" aria-label="Tools">
            <ul class="nav-top">
                { link(Route::Home, "Overview", html! {}) }
            </ul>
            { for Group::ALL.iter().map(|g| html! {
                <section class="nav-group">
                    <h2>{ g.title() }</h2>
                    <ul>
                        { for tools::in_group(*g).map(|t| link(
                            Route::Tool(t),
                            t.title,
                            if super::pages::has_page(t.id) { html! {} } else { html! { <span class="soon">{ "soon" }</span> } },
                        )) }
                    </ul>
                </section>
            }) }
            <ul class="nav-bottom">
                { link(Route::Rules, "Rules", html! {}) }
                { link(Route::About, "About & privacy", html! {}) }
            </ul>
        </nav>
    }
}

//! The Yew single-page app (wasm only). It reads input, calls the core and
//! renders its `Report`; validation logic lives in the core, never here.

pub mod browser;
pub mod components;
mod layout;
pub mod pages;
pub mod panic;
pub mod report_reader;
pub mod route;
mod theme;
pub mod worker;

use yew::prelude::*;

use layout::{Header, Nav};
use route::use_route;

/// Mount the app with `pages` (one bundle's, or [`pages::all`]) on the
/// page's `#app` element (or the body).
pub fn start(pages: pages::Pages) {
    panic::install();
    let props = AppProps { pages };
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => {
            // The static page shows a "loading" note until the app takes over.
            el.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(el, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

#[derive(Properties)]
pub struct AppProps {
    pub pages: pages::Pages,
}

// The props are set once, when the app is mounted, and never change.
impl PartialEq for AppProps {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let route = use_route();
    // The route `www/boot.js` chose this bundle for: a page missing from it
    // is a packaging fault to show, not to reload over (the address may
    // have changed since, and then the page's own bundle is loaded).
    let booted_for = use_state(|| {
        js_sys::Reflect::get(&js_sys::global(), &"preflightBootHash".into())
            .ok()
            .and_then(|v| v.as_string())
            .map(|hash| route::Route::from_hash(&hash))
    });
    let page = match (props.pages)(&route) {
        Some(page) => page,
        None if booted_for.as_ref().is_none_or(|r| *r == route) => html! {
            <section class="page">
                <h1>{ "This page is not in this build" }</h1>
                <p><a href="#/">{ "Back to the overview" }</a></p>
            </section>
        },
        None => {
            // Another bundle holds the page: load it (www/boot.js reads the
            // new address; the service worker has it cached after one visit).
            let _ = gloo::utils::window().location().reload();
            html! { <p class="boot-note">{ "Loading…" }</p> }
        }
    };
    let nav_open = use_state(|| false);
    let toggle_nav = {
        let nav_open = nav_open.clone();
        Callback::from(move |_| nav_open.set(!*nav_open))
    };
    let close_nav = {
        let nav_open = nav_open.clone();
        Callback::from(move |_| nav_open.set(false))
    };
    // The skip link must not touch the hash: the hash is the route.
    let skip_to_main = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        route::focus_main();
    });
    html! {
        <div class={classes!("shell", nav_open.then_some("nav-open"))}>
            <a class="skip-link" href="#main" onclick={skip_to_main}>{ "Skip to content" }</a>
            <Header on_menu={toggle_nav} menu_open={*nav_open} />
            <div class="body">
                <Nav current={route.clone()} on_navigate={close_nav} />
                <main id="main" tabindex="-1">
                    { page }
                </main>
            </div>
        </div>
    }
}

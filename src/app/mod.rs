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

/// Mount the app on the page's `#app` element (or the body).
pub fn start() {
    panic::install();
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => {
            // The static page shows a "loading" note until the app takes over.
            el.set_inner_html("");
            yew::Renderer::<App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let route = use_route();
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
                    { pages::render(&route) }
                </main>
            </div>
        </div>
    }
}

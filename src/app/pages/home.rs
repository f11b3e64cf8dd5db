//! The overview: every tool, grouped, with what it checks.

use yew::prelude::*;

use crate::tools::{self, Group};

#[function_component(Home)]
pub fn home() -> Html {
    html! {
        <section class="page home">
            <h1>{ "Check it before you upload it" }</h1>
            <p class="lede">
                { "Preflight validates Webex and BroadWorks single sign-on, directory and network configuration \
                   in your browser. Paste a SAML response or a customer's file: nothing you enter leaves this page." }
            </p>
            { for Group::ALL.iter().map(|g| html! {
                <section class="tool-group">
                    <h2>{ g.title() }</h2>
                    <div class="cards">
                        { for tools::in_group(*g).map(|t| html! {
                            <a class={classes!("card", (!super::has_page(t.id)).then_some("pending"))} href={format!("#/{}", t.id)}>
                                <h3>{ t.title }
                                    if !super::has_page(t.id) { <span class="soon">{ "coming soon" }</span> }
                                </h3>
                                <p>{ t.blurb }</p>
                            </a>
                        }) }
                    </div>
                </section>
            }) }
        </section>
    }
}

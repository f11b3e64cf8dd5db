//! The page of a tool that is not built yet: says so plainly, no fake output.

use yew::prelude::*;

use crate::tools::Tool;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tool: &'static Tool,
}

#[function_component(ComingSoon)]
pub fn coming_soon(props: &Props) -> Html {
    let t = props.tool;
    html! {
        <section class="page placeholder" data-tool={t.id}>
            <h1>{ t.title }</h1>
            <p class="lede">{ t.blurb }</p>
            <div class="notice" role="status">
                <strong>{ "Coming soon." }</strong>
                { " This tool is not available yet, so it shows no results rather than guesses. " }
                if t.available {
                    { format!("Its checks already run in the command-line tool: `preflight {} --help`.", t.id) }
                } else {
                    { format!("The command-line equivalent, `preflight {}`, answers “not available yet” too.", t.id) }
                }
            </div>
        </section>
    }
}

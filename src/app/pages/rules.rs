//! The rule catalog, read from the same structs as `preflight rules`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::rules;

fn initial_query() -> String {
    // `#/rules?id=ports/max-not-greater` links from a finding to its rule.
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.split_once("?id=")
        .map(|(_, id)| id.to_string())
        .unwrap_or_default()
}

#[function_component(RulesPage)]
pub fn rules_page() -> Html {
    let query = use_state(initial_query);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                query.set(i.value());
            }
        })
    };
    let q = query.to_lowercase();
    let shown: Vec<_> = rules::catalog()
        .filter(|r| {
            q.is_empty()
                || r.id.contains(&q)
                || r.summary.to_lowercase().contains(&q)
                || r.source.to_lowercase().contains(&q)
        })
        .collect();
    html! {
        <section class="page rules">
            <h1>{ "Rules" }</h1>
            <p class="lede">{ format!("{} rules. Each names the requirement it enforces and how to fix a violation.", rules::catalog().count()) }</p>
            <label class="search">
                <span>{ "Filter" }</span>
                <input type="search" value={(*query).clone()} {oninput} placeholder="id, words or source" />
            </label>
            <div class="rule-list">
                { for shown.iter().map(|r| html! {
                    <article class="rule" id={r.id.replace('/', "-")} data-rule={r.id}>
                        <header>
                            <code class="rule-id">{ r.id }</code>
                            <span class={classes!("badge", r.severity.as_str())}>{ r.severity.as_str() }</span>
                        </header>
                        <p class="summary">{ r.summary }</p>
                        <p class="help">{ r.help }</p>
                        <p class="source">{ "Source: " }{ r.source }</p>
                        <Examples id={r.id} />
                    </article>
                }) }
            </div>
            if shown.is_empty() {
                <p class="muted">{ "No rule matches this filter." }</p>
            }
        </section>
    }
}

/// How many characters of an example the line shows; a longer one opens
/// in full below it.
const LINE_CHARS: usize = 120;

/// The most of one example the page shows in full (a generated example is
/// described in words, so this only caps a long document).
const FULL_CHARS: usize = 20_000;

/// An example's input on one line: long ones cut, with their length.
fn shown(text: &str) -> String {
    let count = text.chars().count();
    if count > LINE_CHARS {
        format!(
            "{}… ({count} characters)",
            text.chars().take(LINE_CHARS).collect::<String>()
        )
    } else if text.is_empty() {
        "(no input)".to_string()
    } else {
        text.to_string()
    }
}

#[derive(Properties, PartialEq)]
struct ExamplesProps {
    id: &'static str,
}

/// A rule's examples: what makes it fire, and a near miss that does not.
#[function_component(Examples)]
fn examples(props: &ExamplesProps) -> Html {
    let list = rules::examples(props.id);
    if list.is_empty() {
        return html! {};
    }
    html! {
        <ul class="rule-examples" aria-label="Examples">
            { for (0..list.len()).map(|i| html! {
                <Example id={props.id} index={i} />
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct ExampleProps {
    id: &'static str,
    index: usize,
}

/// One example: a line, and the whole input when the line cuts it.
#[function_component(Example)]
fn example(props: &ExampleProps) -> Html {
    let Some(e) = rules::examples(props.id).get(props.index) else {
        return html! {};
    };
    let text = e.shown();
    let long = text.chars().count() > LINE_CHARS;
    html! {
        <li class={if e.fires { "fires" } else { "quiet" }}>
            <span class="muted">{ if e.fires { "Fires on " } else { "Near miss, quiet on " } }</span>
            <code>{ shown(&text) }</code>
            if !e.options.is_empty() {
                <span class="muted">{ " with options " }</span><code>{ e.options }</code>
            }
            if long {
                <details class="example-full">
                    <summary>{ "Show the whole input" }</summary>
                    <pre class="code">{ text.chars().take(FULL_CHARS).collect::<String>() }</pre>
                </details>
            }
        </li>
    }
}

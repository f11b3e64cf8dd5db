//! About Preflight and its privacy promise.

use yew::prelude::*;

#[function_component(About)]
pub fn about() -> Html {
    html! {
        <section class="page about">
            <h1>{ "About Preflight" }</h1>
            <p class="lede">
                { "Preflight helps Webex Messenger and Webex for BroadWorks administrators find configuration \
                   mistakes before an import fails or users cannot sign in." }
            </p>
            <h2 id="privacy">{ "Privacy promise" }</h2>
            <ul class="promise">
                <li>{ "Everything runs in this browser tab, compiled to WebAssembly. There is no server behind this page." }</li>
                <li>{ "The page makes no network requests after it has loaded: no analytics, no fonts or scripts from other sites. \
                       Its Content-Security-Policy forbids connections to any other origin." }</li>
                <li>{ "What you paste or drop stays in memory and is gone when you close the tab. Only your theme choice is remembered, in this browser's local storage." }</li>
                <li>{ "Every report carries the SHA-256 of its input, so you can attach it to a change ticket without attaching the input itself." }</li>
            </ul>
            <h2>{ "Command line" }</h2>
            <p>{ "The same checks ship as the `preflight` command for scripts and CI pipelines, with text, JSON and SARIF output." }</p>
            <pre class="code">{ "preflight ports 1034 1024 --format json\npreflight rules" }</pre>
            <h2>{ "Sources" }</h2>
            <p>{ "Every rule cites the section of the Webex Messenger administration guide, the Webex for BroadWorks \
                   troubleshooting guide or the standard it enforces. See the Rules page." }</p>
        </section>
    }
}

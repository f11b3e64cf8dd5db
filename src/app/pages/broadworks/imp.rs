//! Integrated IM&P settings next to the customer template, compared by
//! `crate::broadworks::imp::compare` (passwords compared, never shown).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::components::FindingsList;
use crate::broadworks::imp;

#[function_component(ImpCompare)]
pub fn imp_compare() -> Html {
    let sides = use_state(|| (String::new(), String::new()));
    let edit = |template: bool| {
        let sides = sides.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                let (mut a, mut b) = (*sides).clone();
                if template {
                    b = t.value();
                } else {
                    a = t.value();
                }
                sides.set((a, b));
            }
        })
    };
    let (a, b) = &*sides;
    let result = (!a.trim().is_empty() && !b.trim().is_empty())
        .then(|| imp::compare(a.as_bytes(), b.as_bytes()));
    html! {
        <div class="bw-imp">
            <h2>{ "Integrated IM&P settings vs customer template" }</h2>
            <p class="muted">{ "If provisioning fails for every user of an enterprise, the enterprise's Integrated IM&P settings must equal the Partner Hub customer template exactly. Paste both sides as “name = value” lines; passwords are compared, never shown." }</p>
            <div class="bw-imp-sides">
                <label class="field">
                    <span>{ "Application Server (AS_CLI/Interface/Messaging> get, or Services > Integrated IM&P)" }</span>
                    <textarea id="bw-imp-as" class="code" rows="5" spellcheck="false" value={a.clone()} oninput={edit(false)}
                        placeholder={"Messaging Server URL = https://…\nMessaging Server Username = …\nMessaging Server Password = …"} />
                </label>
                <label class="field">
                    <span>{ "Partner Hub customer template" }</span>
                    <textarea id="bw-imp-template" class="code" rows="5" spellcheck="false" value={b.clone()} oninput={edit(true)}
                        placeholder={"Provisioning URL: https://…\nProvisioning Account Name: …\nProvisioning Account Password: …\nConfirm Password: …"} />
                </label>
            </div>
            if let Some(report) = result {
                <div class="table-wrap" tabindex="0">
                    <table class="bw-imp-rows">
                        <thead><tr><th>{ "Application Server" }</th><th>{ "Template" }</th><th>{ "Result" }</th></tr></thead>
                        <tbody>
                            { for report.data.rows.iter().map(|r| html! {
                                <tr class={if r.equal { "ok" } else { "differs" }}>
                                    <td>{ r.application_server.clone() }</td>
                                    <td>{ r.template.clone() }</td>
                                    <td>{ if r.equal { "equal" } else { "differs or missing" } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <FindingsList report={report.into_json()} />
            }
        </div>
    }
}

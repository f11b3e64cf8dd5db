//! One page per tool, plus the overview, the Rules catalog and About.

mod about;
mod broadworks;
mod cert;
mod check;
mod cron;
mod csv_users;
mod directory;
mod firewall;
mod home;
mod placeholder;
mod ports;
mod rules;
mod saml_metadata;
mod saml_response;
mod srv;

use yew::prelude::*;

use super::route::Route;

/// Tools whose page is built. The others show a plain "coming soon" page,
/// even when the CLI already has them.
pub const BUILT: &[&str] = &[
    "check",
    "ports",
    "srv",
    "firewall",
    "saml-metadata",
    "cron",
    "saml-response",
    "cert",
    "csv-users",
    "directory",
    "broadworks",
];

pub fn has_page(tool_id: &str) -> bool {
    BUILT.contains(&tool_id)
}

pub fn render(route: &Route) -> Html {
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Rules => html! { <rules::RulesPage /> },
        Route::About => html! { <about::About /> },
        Route::Tool(t) => match t.id {
            "check" => html! { <check::CheckPage /> },
            "ports" => html! { <ports::PortsPage /> },
            "srv" => html! { <srv::SrvPage /> },
            "firewall" => html! { <firewall::FirewallPage /> },
            "saml-metadata" => html! { <saml_metadata::SamlMetadataPage /> },
            "cron" => html! { <cron::CronPage /> },
            "saml-response" => html! { <saml_response::SamlResponsePage /> },
            "cert" => html! { <cert::CertPage /> },
            "csv-users" => html! { <csv_users::CsvUsersPage /> },
            "directory" => html! { <directory::DirectoryPage /> },
            "broadworks" => html! { <broadworks::BroadworksPage /> },
            _ => html! { <placeholder::ComingSoon tool={*t} /> },
        },
        Route::NotFound(slug) => html! {
            <section class="page">
                <h1>{ "Page not found" }</h1>
                <p>{ format!("There is no tool called “{slug}”. Pick one from the list.") }</p>
                <p><a href="#/">{ "Back to the overview" }</a></p>
            </section>
        },
    }
}

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

/// Whether `tool_id` has a page: it is in a page bundle
/// (`crate::tools::APP_BUNDLES`). The others show a plain "coming soon"
/// page, even when the CLI already has them.
pub fn has_page(tool_id: &str) -> bool {
    crate::tools::app_bundle(tool_id) != "home"
}

/// A page bundle's pages: the page for a route, or None when the route's
/// page lives in another bundle (`crate::tools::APP_BUNDLES`).
pub type Pages = fn(&Route) -> Option<Html>;

/// A bundle holding the named tools' pages. Each is its own function so a
/// bundle's wasm links only its pages (and through them, its tools).
macro_rules! tool_pages {
    ($(#[$doc:meta])* $name:ident: $($id:literal => $page:ty),+ $(,)?) => {
        $(#[$doc])*
        pub fn $name(route: &Route) -> Option<Html> {
            match route {
                Route::Tool(t) => match t.id {
                    $($id => Some(html! { <$page /> }),)+
                    _ => None,
                },
                _ => None,
            }
        }
    };
}

tool_pages!(
    /// SAML metadata and SAML response.
    saml: "saml-metadata" => saml_metadata::SamlMetadataPage, "saml-response" => saml_response::SamlResponsePage
);
tool_pages!(
    /// Certificates.
    cert: "cert" => cert::CertPage
);
tool_pages!(
    /// Quartz CRON.
    cron: "cron" => cron::CronPage
);
tool_pages!(
    /// User CSV.
    csv_users: "csv-users" => csv_users::CsvUsersPage
);
tool_pages!(
    /// Directory files.
    directory: "directory" => directory::DirectoryPage
);
tool_pages!(
    /// DNS SRV, P2P ports and firewall.
    net: "srv" => srv::SrvPage, "ports" => ports::PortsPage, "firewall" => firewall::FirewallPage
);
tool_pages!(
    /// BroadWorks.
    broadworks: "broadworks" => broadworks::BroadworksPage
);
tool_pages!(
    /// The whole-setup check.
    check: "check" => check::CheckPage
);

/// The rule catalog (its own bundle: every rule's examples are larger than
/// the whole home bundle).
pub fn rules(route: &Route) -> Option<Html> {
    matches!(route, Route::Rules).then(|| html! { <rules::RulesPage /> })
}

/// The `home` bundle: the overview, about, unknown pages and the tools that
/// have no page yet.
pub fn home(route: &Route) -> Option<Html> {
    Some(match route {
        Route::Home => html! { <home::Home /> },
        Route::Rules => return None,
        Route::About => html! { <about::About /> },
        Route::Tool(t) if has_page(t.id) => return None,
        Route::Tool(t) => html! { <placeholder::ComingSoon tool={*t} /> },
        Route::NotFound(slug) => html! {
            <section class="page">
                <h1>{ "Page not found" }</h1>
                <p>{ format!("There is no tool called “{slug}”. Pick one from the list.") }</p>
                <p><a href="#/">{ "Back to the overview" }</a></p>
            </section>
        },
    })
}

/// Every page in one (the single-file build).
pub fn all(route: &Route) -> Option<Html> {
    const BUNDLES: &[Pages] = &[
        home, saml, cert, cron, csv_users, directory, net, broadworks, check, rules,
    ];
    BUNDLES.iter().find_map(|pages| pages(route))
}

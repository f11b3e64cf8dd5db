//! The BroadWorks error-code tables, as data.
//!
//! Implements the troubleshooting guide's "End User Error Codes" (Table 1:
//! codes the user activation portal shows, each with its error message and
//! suggested action) and "Error Codes for Directory Sync" (codes with their
//! error message). The guide's text comes from a PDF whose table cells are
//! interleaved in places (200013, 200014, 200019, 200022/200025, 200039 …);
//! each row below was read back into its own message and action.
//!
//! The directory-sync table has no action column; `action` there says what
//! the message means for the administrator, in the message's own terms.
//! `transient` marks the codes whose message says the condition passes by
//! itself (busy, in progress, "try again later", "wait a few minutes").

use serde::{Deserialize, Serialize};

/// Which table of the guide a code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Table {
    /// "End User Error Codes" (shown in the client user activation portal).
    EndUser,
    /// "Error Codes for Directory Sync".
    DirectorySync,
}

impl Table {
    pub fn as_str(self) -> &'static str {
        match self {
            Table::EndUser => "end-user",
            Table::DirectorySync => "directory-sync",
        }
    }

    /// The guide section the table is in.
    pub fn section(self) -> &'static str {
        match self {
            Table::EndUser => "End User Error Codes",
            Table::DirectorySync => "Error Codes for Directory Sync",
        }
    }
}

/// One row of a code table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: u32,
    pub table: Table,
    /// The error message as the guide prints it (placeholders such as
    /// `<name of SP offer>` kept).
    pub message: &'static str,
    /// The suggested action (end-user codes) or what the message means
    /// (directory-sync codes).
    pub action: &'static str,
    /// The condition is temporary: retrying later is the remedy.
    pub transient: bool,
}

const fn eu(code: u32, message: &'static str, action: &'static str, transient: bool) -> Code {
    Code {
        code,
        table: Table::EndUser,
        message,
        action,
        transient,
    }
}

const fn ds(code: u32, message: &'static str, action: &'static str, transient: bool) -> Code {
    Code {
        code,
        table: Table::DirectorySync,
        message,
        action,
        transient,
    }
}

const DIFFERENT_EMAIL_OR_DELETE: &str = "User should try again with different email address. Otherwise, admin must delete the other user that uses this email address.";
const DIFFERENT_EMAIL_OR_REMOVE: &str = "User should try again with different email address. Otherwise, the customer organization administrator who manages the existing user account should delete that existing user account or remove other entitlements.";

/// Every code of both tables, in the guide's order.
pub const CODES: &[Code] = &[
    eu(
        100006,
        "Login failed: User ID/Password is incorrect",
        "Check that the user is using the correct password. If the template that you used to provision the user's Customer Organization (in Partner Hub) is configured for BroadWorks authentication, the user should be entering their BroadWorks \"Web Access\" password. The user may also need to enter their BroadWorks User ID if their email address is not configured as an Alternate User ID. Make sure the user has entered upper case and lower case characters correctly.",
        false,
    ),
    eu(
        200010,
        "Failed validating credentials as BroadWorks user unauthorized",
        "User should try a different username and password combination. Otherwise, admin must reset password in BroadWorks.",
        false,
    ),
    eu(
        200013,
        "Sorry you can't join <name of SP offer> with Webex right now. Please try again in a few minutes. If the problem continues, please contact your <customer organization administrator>.",
        "Failed to update the user information in Common Identity. Please update the user again using the user API.",
        true,
    ),
    eu(
        200014,
        "Please contact your <Service Provider> administrator.",
        "Check to make sure that your configuration is accurate and that the provisioning ID is correct in the request.",
        false,
    ),
    eu(
        200016,
        "Failed validating credentials as session not found",
        "User should refresh browser and retry the username/password.",
        false,
    ),
    eu(
        200018,
        "Failed validating credentials as user is locked out",
        "User should wait 10 minutes and then try again.",
        true,
    ),
    eu(
        200019,
        "Failed validating credentials as add user failed for self activation",
        "Admin should check self-activation settings in Control Hub",
        false,
    ),
    eu(
        200022,
        "Failed to send email as user is unauthenticated",
        "User should retry onboarding and entering credentials.",
        false,
    ),
    eu(
        200025,
        "Sorry, you can't join Self Activation right now. Please try again in a few minutes. If the problem persists, contact your System Administrator.",
        "Have the user try again after a few minutes. If that doesn't work, check with Cisco Support.",
        true,
    ),
    eu(
        200026,
        "Failed validating email due to pre-check failure or pending user incorrect state for PartnerOrgUUID : {partnerOrgUUID} , BroadoworksUUID : {broadworksUUID} , ConfigSetUUID : {configSetUUID}",
        "Admin should inform the user that they entered the wrong email address as the email address is associated to a different organization.",
        false,
    ),
    eu(
        200039,
        "Failed validating email as emailId already in use in a different Org",
        "User should try onboarding again to the same verification link, but using a different BroadWorks User ID. Otherwise, the customer organization administrator from the different org should delete the existing user account.",
        false,
    ),
    eu(
        200040,
        "Failed validating email as configSet is not matching with configSet in customerConfig",
        "Admin should compare the verification link that the user used against the link that's configured in Control Hub. The two links and configSets must match.",
        false,
    ),
    eu(
        200041,
        "Failed validating email as user is already entitled for another conflicting service, conflicting entitlements",
        "User should try onboarding again to the same verification link using a different BroadWorks User ID. Otherwise, the customer org administrator who manages the conflicting service should delete the conflicting service or entitlements.",
        false,
    ),
    eu(
        200042,
        "Failed validating email as email is already associated with another BroadWorks UserId",
        DIFFERENT_EMAIL_OR_DELETE,
        false,
    ),
    eu(
        200043,
        "Failed validating email as user customer config mapping is incorrect",
        DIFFERENT_EMAIL_OR_DELETE,
        false,
    ),
    eu(
        200044,
        "Failed validating email as userId is already in use on this BroadWorks cluster",
        "User should try again with different email address. Otherwise, the customer organization administrator who manages the existing user account that uses this email address must delete that user account.",
        false,
    ),
    eu(
        200045,
        "Failed adding user through self activation as user is already part of a different org",
        "User should retry onboarding, but with a different email address. Otherwise, the customer organization administrator who administers the different org should delete the existing account.",
        false,
    ),
    eu(
        200046,
        "Failed adding user through self activation as multiple pending users exists with same broadworksUserId under same BroadWorks cluster",
        "Admin should delete the pending users from Control Hub",
        false,
    ),
    eu(
        200047,
        "Failed adding user through self activation as userId is already in use on this BroadWorks cluster",
        DIFFERENT_EMAIL_OR_REMOVE,
        false,
    ),
    eu(
        200048,
        "Failed adding user through self activation as email address was already provisioned with a different BroadWorks userId",
        "User should try again with different email address.",
        false,
    ),
    eu(
        200049,
        "Failed adding user through self activation as userId is already in use on this BroadWorks cluster",
        DIFFERENT_EMAIL_OR_REMOVE,
        false,
    ),
    eu(
        200050,
        "Failed adding user through self activation as provisioningID doesn't match expected provisioningID of subscriber's enterprise",
        "The admin should compare the verification link that the user used against the link that's configured in Control Hub. The two links and configSets must match.",
        false,
    ),
    eu(
        200051,
        "Failed adding user through self activation as spEnterpriseId specified in this request conflicts with a Service Provider or Enterprise already provisioned from this BroadWorks Cluster",
        "The admin should check existing orgs in Control Hub and make sure that they are not creating an org with a name that already exists.",
        false,
    ),
    eu(
        200054,
        "Failed validating email as the region of the customer org and partner org mismatch",
        "The admin should check the partner org and customer org settings in Control Hub and make sure that the regions match.",
        false,
    ),
    eu(
        300005,
        "Precheck failure as the user is already in the queue and in the process of getting provisioned.",
        "User provisioning is still in progress. Please wait for a few minutes and check again.",
        true,
    ),
    ds(
        600000,
        "Broadworks External Directory User Sync unexpected error.",
        "The sync stopped on an error it does not classify; run it again and escalate if it repeats.",
        false,
    ),
    ds(
        600001,
        "Broadworks External Directory User Sync failed.",
        "The sync did not complete; check the sync configuration and run it again.",
        false,
    ),
    ds(
        600002,
        "Broadworks External Directory User Sync had to be terminated before completion.",
        "The sync was stopped before it finished; run it again.",
        false,
    ),
    ds(
        600003,
        "Broadworks External Directory User Sync only partially succeeded. Some Customer Organizations failed to sync.",
        "Some customer organizations were synced and some were not; find the ones that failed and sync them again.",
        false,
    ),
    ds(
        600004,
        "Broadworks External Directory User Sync is not enabled for the ConfigSet.",
        "Enable External Directory User Sync for the ConfigSet before running it.",
        false,
    ),
    ds(
        600005,
        "Broadworks External Directory User Sync is in-progress for the ConfigSet.",
        "A sync is already running for the ConfigSet; wait for it to finish and try again later.",
        true,
    ),
    ds(
        600006,
        "Broadworks External Directory User Sync threads are busy or shutting down, hence will not accept more sync request, try again later.",
        "The sync service is busy; try again later.",
        true,
    ),
    ds(
        600007,
        "The Identity Org of the CustomerConfig is not found.",
        "The customer configuration points to an organization that does not exist in Webex identity; check the customer organization.",
        false,
    ),
    ds(
        600008,
        "The CustomerConfig is not found in the partner org.",
        "The customer configuration is not in this partner organization; check the partner and customer organization.",
        false,
    ),
    ds(
        600009,
        "Broadworks External Directory User Sync cannot be run as the broadworks cluster associated to the CustomerConfig is busy",
        "The BroadWorks cluster is busy; try again later.",
        true,
    ),
    ds(
        600010,
        "Broadworks External Directory User Sync cannot be run as there is no broadworks cluster associated to the CustomerConfig.",
        "Associate a BroadWorks cluster with the customer configuration before running the sync.",
        false,
    ),
    ds(
        600011,
        "Broadworks External Directory User Sync is not enabled for the CustomerConfig.",
        "Enable External Directory User Sync for the customer configuration before running it.",
        false,
    ),
    ds(
        600012,
        "Broadworks External Directory User Sync cannot be run as the Hybrid Directory sync is already enabled for the CustomerConfig.",
        "Hybrid Directory sync and External Directory User Sync exclude each other; use one of them for the customer.",
        false,
    ),
    ds(
        600013,
        "Broadworks External Directory User Sync failed to add users and machine accounts to identity store.",
        "Users and machine accounts could not be added to Webex identity; run the sync again and escalate if it repeats.",
        false,
    ),
    ds(
        600014,
        "Broadworks External Directory User Sync failed while trying to connect to Broadworks cluster. Error from Broadworks - %s.",
        "Webex could not reach the BroadWorks cluster; the error BroadWorks returned follows the message.",
        false,
    ),
    ds(
        600015,
        "Broadworks External Directory User Sync didn't find any matching user in identity store.",
        "No BroadWorks user matched a user in Webex identity; check that the users are provisioned.",
        false,
    ),
    ds(
        600017,
        "BroadWorks Phone List Sync failed to sync all user and enterprise/organization contacts.",
        "Neither user nor enterprise contacts were synced to the phone list; run the sync again.",
        false,
    ),
    ds(
        600018,
        "BroadWorks Phone List Sync failed for users in the enterprise/organization.",
        "User contacts of the enterprise were not synced to the phone list; run the sync again.",
        false,
    ),
    ds(
        600019,
        "BroadWorks Phone List Sync failed to sync enterprise/organization contacts.",
        "Enterprise contacts were not synced to the phone list; run the sync again.",
        false,
    ),
    ds(
        600020,
        "BroadWorks External Directory User Sync cannot be disabled as the CustomerConfig sync is in progress.",
        "A sync is running for the customer configuration; disable it after the sync finishes.",
        true,
    ),
    ds(
        600022,
        "BroadWorks External Directory Single User Sync is not possible since the enterprise has no provisioned user.",
        "Provision at least one user in the enterprise before syncing single users.",
        false,
    ),
    ds(
        600023,
        "BroadWorks External Directory Single User Sync is not possible because the user already exists in this organization.",
        "The user is already in the organization; no single-user sync is needed.",
        false,
    ),
    ds(
        600024,
        "BroadWorks External Directory Single User Sync is not possible because no matching user was found in BroadWorks.",
        "Check the user's identifier: BroadWorks has no user that matches it.",
        false,
    ),
    ds(
        600025,
        "BroadWorks External Directory User Sync failed to update the user account in CI.",
        "The user account in Common Identity could not be updated; run the sync again and escalate if it repeats.",
        false,
    ),
    ds(
        600026,
        "BroadWorks External Directory User Sync failed to update the machine account in CI.",
        "The machine account in Common Identity could not be updated; run the sync again and escalate if it repeats.",
        false,
    ),
    ds(
        600027,
        "BroadWorks External Directory Single User Sync is not possible because multiple users were found in BroadWorks.",
        "The identifier matches several BroadWorks users; make it unique or sync with a more specific identifier.",
        false,
    ),
    ds(
        600028,
        "BroadWorks External Directory Single User Sync is not possible because at least one enterprise directory sync should have been completed.",
        "Run a full enterprise directory sync first, then sync single users.",
        false,
    ),
    ds(
        600029,
        "BroadWorks External Directory User Sync failed since the enterprise has no provisioned user.",
        "Provision at least one user in the enterprise before running the sync.",
        false,
    ),
];

/// The row of `code`, if either table has it.
pub fn find(code: u32) -> Option<&'static Code> {
    CODES.iter().find(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code number the guide's two tables list, read from the guide.
    const END_USER: [u32; 25] = [
        100006, 200010, 200013, 200014, 200016, 200018, 200019, 200022, 200025, 200026, 200039,
        200040, 200041, 200042, 200043, 200044, 200045, 200046, 200047, 200048, 200049, 200050,
        200051, 200054, 300005,
    ];
    const DIRECTORY_SYNC: [u32; 28] = [
        600000, 600001, 600002, 600003, 600004, 600005, 600006, 600007, 600008, 600009, 600010,
        600011, 600012, 600013, 600014, 600015, 600017, 600018, 600019, 600020, 600022, 600023,
        600024, 600025, 600026, 600027, 600028, 600029,
    ];

    #[test]
    fn tables_hold_every_code_of_the_guide_and_no_other() {
        let eu: Vec<u32> = CODES
            .iter()
            .filter(|c| c.table == Table::EndUser)
            .map(|c| c.code)
            .collect();
        let ds: Vec<u32> = CODES
            .iter()
            .filter(|c| c.table == Table::DirectorySync)
            .map(|c| c.code)
            .collect();
        assert_eq!(eu, END_USER);
        assert_eq!(ds, DIRECTORY_SYNC);
        assert_eq!(CODES.len(), 53);
        for c in END_USER.iter().chain(DIRECTORY_SYNC.iter()) {
            assert!(find(*c).is_some(), "{c}");
        }
    }

    #[test]
    fn interleaved_rows_keep_their_own_message_and_action() {
        let m = |c| find(c).unwrap();
        assert!(m(200013)
            .message
            .ends_with("<customer organization administrator>."));
        assert!(m(200013)
            .action
            .starts_with("Failed to update the user information"));
        assert_eq!(
            m(200014).message,
            "Please contact your <Service Provider> administrator."
        );
        assert!(m(200019).message.ends_with("for self activation"));
        assert_eq!(
            m(200022).action,
            "User should retry onboarding and entering credentials."
        );
        assert!(m(200025).action.contains("Cisco Support"));
        assert!(m(200039).message.ends_with("in a different Org"));
        assert!(m(200046).message.ends_with("under same BroadWorks cluster"));
        assert!(m(200050).action.starts_with("The admin should compare"));
        assert!(m(200054).message.ends_with("partner org mismatch"));
    }

    #[test]
    fn codes_are_unique_and_documented() {
        for (i, c) in CODES.iter().enumerate() {
            assert!(!c.message.is_empty() && !c.action.is_empty(), "{}", c.code);
            assert!(CODES[..i].iter().all(|o| o.code != c.code), "{}", c.code);
        }
        assert!(find(600006).unwrap().transient);
        assert!(!find(600004).unwrap().transient);
    }
}

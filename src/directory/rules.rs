//! The catalog entries of the Directory Integration file-set checker
//! (`directory`).
//!
//! Sources: Webex Messenger admin guide, chapter "Directory Integration":
//! "Directory Integration Import Process and File Formats" (the four files,
//! tab or comma, ISO-8859-1), "Directory Integration Settings" (File Password,
//! gpg), "CRON Expressions" (jobs run in GMT), "User File Formats" and
//! "Group File Formats".

use crate::report::Severity;
use crate::rules::Rule;

const SRC_IMPORT: &str = "Webex Messenger admin guide, \"Directory Integration\" / \"Directory Integration Import Process and File Formats\" (Note: tab or comma, ISO-8859-1, four files)";
const SRC_SETTINGS: &str = "Webex Messenger admin guide, \"Directory Integration\" / \"Directory Integration Settings\" (File Password: standard gpg encryption)";
const SRC_USER: &str =
    "Webex Messenger admin guide, \"Directory Integration\" / \"User File Formats\"";
const SRC_USER_NAMES: &str = "Webex Messenger admin guide, \"Directory Integration\" / \"User File Formats\" (userFile_YYYY-MM-DD_n.csv, userInactivation_YYYY-MM-DD_n.csv) and \"Group File Formats\" (groupFile_…, groupDeletion_…)";
const SRC_GROUP: &str =
    "Webex Messenger admin guide, \"Directory Integration\" / \"Group File Formats\"";
const SRC_BOTH: &str = "Webex Messenger admin guide, \"Directory Integration\" / \"User File Formats\" and \"Group File Formats\"";
const SRC_SCHEDULE: &str = "Webex Messenger admin guide, \"Directory Integration\" / \"CRON Expressions\" (jobs run in GMT) and \"User File Formats\" (YYYY-MM-DD: the GMT day the job runs; n: the job instance number for that day)";

// --- file names and the set ---

pub const FILE_NAME: Rule = Rule {
    id: "directory/file-name",
    severity: Severity::Error,
    summary: "The file name is not one of the four names the job picks up",
    source: SRC_USER_NAMES,
    help: "Name the files exactly userFile_YYYY-MM-DD_n.csv, userInactivation_YYYY-MM-DD_n.csv, groupFile_YYYY-MM-DD_n.csv and groupDeletion_YYYY-MM-DD_n.csv (case-sensitive prefix, lower-case .csv). A file with another name is not imported.",
};

pub const FILE_NAME_DATE: Rule = Rule {
    id: "directory/file-name-date",
    severity: Severity::Error,
    summary: "The date or instance number in the file name is not valid",
    source: SRC_USER_NAMES,
    help: "YYYY-MM-DD is a real calendar date (the GMT day the job runs) and n is the job instance number for that day, starting at 1.",
};

pub const MISSING_FILE: Rule = Rule {
    id: "directory/missing-file",
    severity: Severity::Error,
    summary: "One of the four files of a run is missing",
    source: SRC_IMPORT,
    help: "Upload all four files for every run — userFile, userInactivation, groupFile and groupDeletion — even when one of them has no records (an empty file).",
};

pub const DUPLICATE_FILE: Rule = Rule {
    id: "directory/duplicate-file",
    severity: Severity::Error,
    summary: "Two files of the same kind were given for one run",
    source: SRC_IMPORT,
    help: "Each run takes exactly one file of each kind. Merge the records into one file or give the second one the next instance number.",
};

pub const SET_MISMATCH: Rule = Rule {
    id: "directory/set-mismatch",
    severity: Severity::Error,
    summary: "The files of one set carry different dates or instance numbers",
    source: SRC_USER_NAMES,
    help: "All four files of a run carry the same date and the same instance number (userFile_2008-07-28_1.csv goes with groupFile_2008-07-28_1.csv). Rename the odd ones out.",
};

// --- encoding ---

pub const ENCODING_UTF8: Rule = Rule {
    id: "directory/encoding-utf8",
    severity: Severity::Error,
    summary: "The file is UTF-8; the job reads ISO-8859-1, so accented letters become two garbage characters",
    source: SRC_IMPORT,
    help: "Save the file as ISO-8859-1 (Latin-1). `preflight directory --fix DIR` (or the download on the page) writes the ISO-8859-1 conversion when every character fits.",
};

pub const ENCODING_BOM: Rule = Rule {
    id: "directory/encoding-bom",
    severity: Severity::Error,
    summary: "The file starts with a UTF-8 byte-order mark",
    source: SRC_IMPORT,
    help: "Read as ISO-8859-1 the three BOM bytes become \"ï»¿\" at the start of the first id. Save the file as ISO-8859-1 without a BOM (or use --fix).",
};

pub const ENCODING_UTF16: Rule = Rule {
    id: "directory/encoding-utf16",
    severity: Severity::Error,
    summary: "The file is UTF-16 (Excel \"Unicode Text\"); the job reads ISO-8859-1",
    source: SRC_IMPORT,
    help: "Save the file as ISO-8859-1 CSV. --fix (or the download on the page) converts it when every character fits.",
};

pub const ENCODING_NOT_LATIN1: Rule = Rule {
    id: "directory/encoding-not-latin1",
    severity: Severity::Error,
    summary: "A character cannot be written in ISO-8859-1",
    source: SRC_IMPORT,
    help: "ISO-8859-1 holds Western European letters only; characters such as ł, Ő, € or Chinese have no code in it. Replace them in the directory export (e.g. transliterate ł to l) — no conversion can keep them.",
};

pub const ENCODING_WINDOWS_1252: Rule = Rule {
    id: "directory/encoding-windows-1252",
    severity: Severity::Warning,
    summary: "A byte 0x80–0x9F is a control character in ISO-8859-1 (the file looks like Windows-1252)",
    source: SRC_IMPORT,
    help: "Windows-1252 (\"ANSI\") puts ’ “ ” € – … at 0x80–0x9F, where ISO-8859-1 has invisible control characters. Replace them with plain ' \" - characters.",
};

pub const ENCRYPTED: Rule = Rule {
    id: "directory/encrypted",
    severity: Severity::Warning,
    summary: "The file is gpg-encrypted; its content cannot be checked without the File Password",
    source: SRC_SETTINGS,
    help: "The job decrypts it with the File Password of the Directory Integration settings. Check the plain-text file before encrypting it, and make sure the settings carry the password it was encrypted with.",
};

pub const BINARY_FILE: Rule = Rule {
    id: "directory/binary-file",
    severity: Severity::Error,
    summary: "The file is not CSV text (a workbook, archive or other binary file)",
    source: SRC_IMPORT,
    help: "Export the directory as tab- or comma-separated text in ISO-8859-1, not as an Excel workbook or archive.",
};

// --- dialect ---

pub const MIXED_DELIMITERS: Rule = Rule {
    id: "directory/mixed-delimiters",
    severity: Severity::Error,
    summary: "A line is separated with the other delimiter (tab and comma mixed in one file)",
    source: SRC_IMPORT,
    help: "A file uses tabs or commas, one of them throughout. Re-export the file so that every line uses the same separator.",
};

pub const HEADER_ROW: Rule = Rule {
    id: "directory/header-row",
    severity: Severity::Error,
    summary: "The first row is a header; directory files have none",
    source: SRC_BOTH,
    help: "\"A header record should not be present in the file.\" Delete the first row: the job would import it as a user (or group) named after the column titles.",
};

pub const BLANK_LINE: Rule = Rule {
    id: "directory/blank-line",
    severity: Severity::Warning,
    summary: "Blank line",
    source: SRC_BOTH,
    help: "Every line of a directory file is one record. Remove blank lines so that no empty record reaches the job.",
};

pub const FIELD_SPACES: Rule = Rule {
    id: "directory/field-spaces",
    severity: Severity::Warning,
    summary: "A field has spaces around it, which may become part of the id or name",
    source: SRC_GROUP,
    help: "Write `g,groupSSOID1,Group SSO Name1`, not `g, groupSSOID1, Group SSO Name1` (the guide's example): an id with a leading space does not match the same id elsewhere.",
};

pub const UNBALANCED_QUOTE: Rule = Rule {
    id: "directory/unbalanced-quote",
    severity: Severity::Error,
    summary: "A quoted field is not closed on its line",
    source: "RFC 4180, section 2 (quoted fields); guide \"Directory Integration Import Process and File Formats\": CSV files",
    help: "Close the quote, or double a quote inside a quoted field (\"\"). Otherwise the rest of the line — or of the file — is read as one field.",
};

// --- userFile ---

pub const USER_FIELD_COUNT: Rule = Rule {
    id: "directory/user-field-count",
    severity: Severity::Error,
    summary: "A userFile row does not have the 34 positional fields",
    source: SRC_USER,
    help: "The user file is positional: userSSOId, displayName, firstName, lastName, email, … TC10 — 34 fields, empty ones left empty (`,,`). A missing or extra separator shifts every later value into the wrong column.",
};

pub const USER_MANDATORY: Rule = Rule {
    id: "directory/user-mandatory",
    severity: Severity::Error,
    summary: "A mandatory userFile field (userSSOId, firstName, lastName, email) is empty",
    source: SRC_USER,
    help: "userSSOId, firstName, lastName and email are mandatory for every user.",
};

pub const USER_EMAIL: Rule = Rule {
    id: "directory/user-email",
    severity: Severity::Error,
    summary: "The email is not a valid address",
    source: SRC_USER,
    help: "email is the user's address (name@example.com), which is also their Webex username.",
};

pub const USER_EMAIL_DUPLICATE: Rule = Rule {
    id: "directory/user-email-duplicate",
    severity: Severity::Error,
    summary: "Two users have the same email address",
    source: SRC_USER,
    help: "The email is the username and must be unique. Two userSSOIds with one email make the job reject or merge one of them.",
};

pub const USER_ID_DUPLICATE: Rule = Rule {
    id: "directory/user-id-duplicate",
    severity: Severity::Error,
    summary: "Two rows have the same userSSOId",
    source: SRC_USER,
    help: "userSSOId is \"the main field used to determine the record to be updated\": a second row with the same id overwrites the first. Keep one row per user.",
};

pub const USER_IM_LOGGING: Rule = Rule {
    id: "directory/user-im-logging",
    severity: Severity::Error,
    summary: "IMLoggingEnable is neither True nor False",
    source: SRC_USER,
    help: "\"The value of this field can be either True or False.\" Leave it empty to keep the default.",
};

pub const USER_STORAGE: Rule = Rule {
    id: "directory/user-storage",
    severity: Severity::Error,
    summary: "storageAllocated is not a number of MB",
    source: SRC_USER,
    help: "storageAllocated is the storage in MB as a plain number (500), without a unit.",
};

pub const USER_PHOTO_URL: Rule = Rule {
    id: "directory/user-photo-url",
    severity: Severity::Warning,
    summary: "userProfilePhotoURL is not an http(s) URL",
    source: SRC_USER,
    help: "The URL \"is used as-is by the Cisco WebEx application to display the photo\": write an absolute http:// or https:// URL the clients can reach.",
};

// --- id lists ---

pub const ID_LIST_FIELDS: Rule = Rule {
    id: "directory/id-list-fields",
    severity: Severity::Error,
    summary: "A line of userInactivation or groupDeletion holds more than one field",
    source: SRC_BOTH,
    help: "These files contain one id per line (userInactivation: userSSOID; groupDeletion: SSOGroupID) and nothing else.",
};

pub const INACTIVATION_EMAIL: Rule = Rule {
    id: "directory/inactivation-email",
    severity: Severity::Error,
    summary: "Without SSO, a userInactivation line must be the user's email address",
    source: SRC_USER,
    help: "\"If Single sign-on (SSO) is not enabled, you must enter the email address of the user you want to deactivate or delete.\"",
};

// --- groupFile ---

pub const GROUP_UNKNOWN_RECORD: Rule = Rule {
    id: "directory/group-unknown-record",
    severity: Severity::Error,
    summary: "A groupFile line starts with an unknown record indicator",
    source: SRC_GROUP,
    help: "Each line starts with g (group), gg (child groups) or gu (members), in lower case.",
};

pub const GROUP_RECORD_SHORT: Rule = Rule {
    id: "directory/group-record-short",
    severity: Severity::Error,
    summary: "A groupFile record lacks its group id, name, children or members, or has extra fields",
    source: SRC_GROUP,
    help: "g,ssoGroupId,groupName[,groupType]; gg,parentSSOId,child1,child2…; gu,groupSSOId,member1,member2…",
};

pub const GROUP_TYPE: Rule = Rule {
    id: "directory/group-type",
    severity: Severity::Error,
    summary: "groupType is neither 0 (normal) nor 4 (presence)",
    source: SRC_GROUP,
    help: "groupType is optional; if present it is 0 (Normal, the default) or 4 (Presence: searchable in Cisco Jabber).",
};

pub const GROUP_REDEFINED: Rule = Rule {
    id: "directory/group-redefined",
    severity: Severity::Error,
    summary: "A group is defined twice with different names or types",
    source: SRC_GROUP,
    help: "One g record per ssoGroupId. With two, one name silently wins.",
};

// --- cross-file ---

pub const MEMBER_NOT_PROVISIONED: Rule = Rule {
    id: "directory/member-not-provisioned",
    severity: Severity::Warning,
    summary: "A gu member is not in this run's userFile",
    source: SRC_GROUP,
    help: "Members are userSSOIds. One that is not in the userFile must already exist in Webex from an earlier run; otherwise the membership fails. Check for typos.",
};

pub const SUBGROUP_NOT_DEFINED: Rule = Rule {
    id: "directory/subgroup-not-defined",
    severity: Severity::Warning,
    summary: "A gg parent or child, or a gu group, has no g record in this run",
    source: SRC_GROUP,
    help: "The group must already exist in Webex from an earlier run, or be defined with a g record in this file. Check for typos (groupSSOID10 vs groupSSOID1).",
};

pub const GROUP_CYCLE: Rule = Rule {
    id: "directory/group-cycle",
    severity: Severity::Error,
    summary: "The child-group records form a cycle",
    source: SRC_GROUP,
    help: "A group cannot contain itself, directly or through its children. Remove one gg link of the cycle.",
};

pub const USER_PROVISIONED_AND_INACTIVATED: Rule = Rule {
    id: "directory/user-provisioned-and-inactivated",
    severity: Severity::Error,
    summary: "A user is both provisioned (userFile) and inactivated (userInactivation) in one run",
    source: SRC_USER,
    help: "The outcome depends on the order in which the job applies the files. Keep the user in one of the two files.",
};

pub const GROUP_DEFINED_AND_DELETED: Rule = Rule {
    id: "directory/group-defined-and-deleted",
    severity: Severity::Error,
    summary: "A group is both defined (groupFile) and deleted (groupDeletion) in one run",
    source: SRC_GROUP,
    help: "The outcome depends on the order in which the job applies the files. Keep the group in one of the two files.",
};

pub const HOME_GROUP_UNDEFINED: Rule = Rule {
    id: "directory/home-group-undefined",
    severity: Severity::Info,
    summary: "A user's homeGroupSSOId has no g record; the job creates or reuses that group",
    source: SRC_USER,
    help: "\"If it has not [been created], a new group is created\", named homeGroupName or the id itself. Define the group in the groupFile if it should have a proper name and place in the tree.",
};

pub const HOME_GROUP_DELETED: Rule = Rule {
    id: "directory/home-group-deleted",
    severity: Severity::Error,
    summary: "A group is deleted while users of this run still name it as their home group",
    source: SRC_BOTH,
    help: "Move the users to another homeGroupSSOId, or keep the group.",
};

// --- schedule ---

pub const DATE_MISMATCH: Rule = Rule {
    id: "directory/date-mismatch",
    severity: Severity::Error,
    summary: "The set is named for another day than the one the job runs",
    source: SRC_USER_NAMES,
    help: "YYYY-MM-DD is the GMT date on which the job runs; files named for another day are not picked up by that day's runs.",
};

pub const SCHEDULE_NO_RUN: Rule = Rule {
    id: "directory/schedule-no-run",
    severity: Severity::Error,
    summary: "The job schedule has no run for the set's date and instance number",
    source: SRC_SCHEDULE,
    help: "The n-th run of the GMT day imports the files numbered _n. Name the files for a run that exists, or change the Job Scheduling expression.",
};

pub const TOO_LARGE: Rule = Rule {
    id: "directory/input-too-large",
    severity: Severity::Error,
    summary: "The files add up to more than the page checks at once",
    source: "Best practice",
    help: "Check the set with `preflight directory` on the command line, which has no such limit, or check each run's files on their own.",
};

pub const RULES: &[Rule] = &[
    FILE_NAME,
    FILE_NAME_DATE,
    MISSING_FILE,
    DUPLICATE_FILE,
    SET_MISMATCH,
    ENCODING_UTF8,
    ENCODING_BOM,
    ENCODING_UTF16,
    ENCODING_NOT_LATIN1,
    ENCODING_WINDOWS_1252,
    ENCRYPTED,
    BINARY_FILE,
    MIXED_DELIMITERS,
    HEADER_ROW,
    BLANK_LINE,
    FIELD_SPACES,
    UNBALANCED_QUOTE,
    USER_FIELD_COUNT,
    USER_MANDATORY,
    USER_EMAIL,
    USER_EMAIL_DUPLICATE,
    USER_ID_DUPLICATE,
    USER_IM_LOGGING,
    USER_STORAGE,
    USER_PHOTO_URL,
    ID_LIST_FIELDS,
    INACTIVATION_EMAIL,
    GROUP_UNKNOWN_RECORD,
    GROUP_RECORD_SHORT,
    GROUP_TYPE,
    GROUP_REDEFINED,
    MEMBER_NOT_PROVISIONED,
    SUBGROUP_NOT_DEFINED,
    GROUP_CYCLE,
    USER_PROVISIONED_AND_INACTIVATED,
    GROUP_DEFINED_AND_DELETED,
    HOME_GROUP_UNDEFINED,
    HOME_GROUP_DELETED,
    DATE_MISMATCH,
    SCHEDULE_NO_RUN,
    TOO_LARGE,
];

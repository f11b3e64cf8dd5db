//! The catalog entries of the user-import CSV checker (`csv-users`).
//!
//! Sources: Webex Messenger admin guide, chapters "CSV File Format" (overview,
//! "CSV Fields" table, encoding notes), "Import and Export Users Using a CSV
//! File" and "Provision Tightly Coupled Integration" (Meetings export
//! renaming table); RFC 4180 for the file structure; OWASP "CSV Injection"
//! for spreadsheet safety.

use crate::report::Severity;
use crate::rules::Rule;

const SRC_FORMAT: &str = "Webex Messenger admin guide, \"CSV File Format\" / \"Overview\"";
const SRC_FIELDS: &str = "Webex Messenger admin guide, \"CSV File Format\" / \"CSV Fields\"";
const SRC_IMPORT: &str = "Webex Messenger admin guide, \"CSV File Format\" / \"CSV Fields\" (Note: \"Ensure that your CSV file is encoded in either UTF-8 or UTF16-LE formats\") and \"Overview\" (\"The CSV file supports both UTF-8 and UTF-16LE formats\")";
/// "Information is imported as provided in the CSV file."
const SRC_AS_PROVIDED: &str = "Webex Messenger admin guide, \"CSV File Format\" / \"Overview\" (Note: \"Information is imported as provided in the CSV file. It is vital to ensure all information is correct\")";
const SRC_RFC: &str =
    "RFC 4180, section 2 (CSV format); guide \"CSV Fields\": tab- or comma-separated";
const SRC_TIGHT: &str =
    "Webex Messenger admin guide, \"Provision Tightly Coupled Integration\", Scenario 2 step 4";
const SRC_OWASP: &str = "Best practice: OWASP \"CSV Injection\" (formula injection)";

pub const ENCODING_INVALID_UTF8: Rule = Rule {
    id: "csv/encoding-invalid-utf8",
    severity: Severity::Error,
    summary: "The file contains bytes that are not valid UTF-8",
    source: SRC_IMPORT,
    help: "Save the file again as \"CSV UTF-8\" (Excel: File > Save As > CSV UTF-8) or as UTF-16LE \"Unicode Text\". Invalid bytes are imported as garbage or make the import fail.",
};

pub const ENCODING_WINDOWS_1252: Rule = Rule {
    id: "csv/encoding-windows-1252",
    severity: Severity::Error,
    summary: "The file mixes Windows-1252 (ANSI) bytes into UTF-8",
    source: SRC_IMPORT,
    help: "The file was saved (or partly pasted) as Windows-1252 \"CSV (Comma delimited)\". Save it as \"CSV UTF-8\", or use --fix, which re-reads those bytes as Windows-1252 and writes proper UTF-8.",
};

pub const ENCODING_UTF16BE: Rule = Rule {
    id: "csv/encoding-utf16be",
    severity: Severity::Error,
    summary: "UTF-16 big-endian is not accepted; the import reads UTF-8 or UTF-16LE",
    source: SRC_IMPORT,
    help: "Save the file as UTF-8 (\"CSV UTF-8\") or UTF-16LE (Excel \"Unicode Text\"); --fix writes UTF-8 with a BOM, --fix --utf16 writes UTF-16LE.",
};

pub const ENCODING_INVALID_UTF16: Rule = Rule {
    id: "csv/encoding-invalid-utf16",
    severity: Severity::Error,
    summary: "The UTF-16 text is damaged (an unpaired surrogate or a truncated last character)",
    source: SRC_IMPORT,
    help: "The file was cut off or edited with a tool that does not understand UTF-16. Export it again from the spreadsheet.",
};

pub const ENCODING_DOUBLE_BOM: Rule = Rule {
    id: "csv/encoding-double-bom",
    severity: Severity::Error,
    summary: "The file starts with two byte-order marks",
    source: SRC_IMPORT,
    help: "A tool added a second BOM to a file that already had one. The import reads the extra invisible character as part of the first column name, which then does not match the field table. --fix writes the file with a single BOM.",
};

pub const NOT_A_CSV: Rule = Rule {
    id: "csv/not-a-csv",
    severity: Severity::Error,
    summary: "The file is a spreadsheet workbook or other binary file, not CSV text",
    source: SRC_FORMAT,
    help: "The import reads CSV text. In Excel use File > Save As > \"CSV UTF-8 (Comma delimited)\" (or \"Unicode Text\") and check that file instead of the .xlsx/.xls workbook.",
};

pub const EMPTY_FILE: Rule = Rule {
    id: "csv/empty-file",
    severity: Severity::Error,
    summary: "The file is empty: there is no header row",
    source: SRC_FORMAT,
    help: "The first row must name the columns (firstName, lastName, email, userName, ...), followed by one row per user.",
};

pub const NO_DATA_ROWS: Rule = Rule {
    id: "csv/no-data-rows",
    severity: Severity::Warning,
    summary: "The file has a header but no user rows",
    source: SRC_FORMAT,
    help: "Add one row per user below the header row; an import of this file does nothing.",
};

pub const MIXED_DELIMITERS: Rule = Rule {
    id: "csv/mixed-delimiters",
    severity: Severity::Error,
    summary: "Commas and tabs are both used as separators",
    source: SRC_RFC,
    help: "Use one separator for the whole file: commas (CSV) or tabs (Excel \"Unicode Text\"). Cells that contain the separator must be quoted.",
};

pub const UNSUPPORTED_DELIMITER: Rule = Rule {
    id: "csv/unsupported-delimiter",
    severity: Severity::Error,
    summary: "The file is separated by semicolons; the import reads commas or tabs",
    source: SRC_RFC,
    help: "Excel with a European locale writes semicolons. Save as \"CSV UTF-8\" with a comma list separator, or use --fix, which rewrites the file with commas.",
};

pub const EXCEL_SEPARATOR_LINE: Rule = Rule {
    id: "csv/excel-separator-line",
    severity: Severity::Error,
    summary: "The file starts with Excel's `sep=` line instead of the header",
    source: SRC_FORMAT,
    help: "Excel hides a first line such as `sep=,` and uses it to pick the separator; the import reads it as the header row, so every column would be missing. Delete the line (--fix does), keeping the column names as the first line.",
};

pub const HEADER_NOT_FIRST: Rule = Rule {
    id: "csv/header-not-first",
    severity: Severity::Error,
    summary: "The column names are not on the first row",
    source: SRC_FORMAT,
    help: "The import takes the first row as the header. Reports and HR exports often start with a title or a date line; delete every row above the column names.",
};

pub const UNBALANCED_QUOTE: Rule = Rule {
    id: "csv/unbalanced-quote",
    severity: Severity::Error,
    summary: "A quote character is not closed or not doubled",
    source: SRC_RFC,
    help: "A cell that starts with \" must end with \", and a \" inside a quoted cell must be written twice (\"\"). An unclosed quote swallows the following rows into one cell.",
};

pub const RAGGED_ROW: Rule = Rule {
    id: "csv/ragged-row",
    severity: Severity::Error,
    summary: "A row has more or fewer cells than the header",
    source: SRC_RFC,
    help: "Every row must have as many cells as the header has columns. A missing or extra separator shifts every following value into the wrong column.",
};

pub const EMPTY_ROW: Rule = Rule {
    id: "csv/empty-row",
    severity: Severity::Warning,
    summary: "Empty rows (often trailing rows left by Excel)",
    source: SRC_FORMAT,
    help: "Delete the empty rows (--fix removes them): an empty row has empty mandatory fields, which the guide says must be filled.",
};

pub const UNKNOWN_COLUMN: Rule = Rule {
    id: "csv/unknown-column",
    severity: Severity::Warning,
    summary: "A column name is not a field of the CSV Fields table and will be skipped",
    source: "Webex Messenger admin guide, \"CSV File Format\" / \"Overview\" (\"You can have optional or invalid column names in your CSV file. However, these columns are skipped\") and \"CSV Fields\"",
    help: "Rename the column to a field name of the CSV Fields table (firstName, lastName, email, userName ...), or delete it if it is not meant to be imported. --fix renames near misses.",
};

pub const COLUMN_NAME_CASE: Rule = Rule {
    id: "csv/column-name-case",
    severity: Severity::Warning,
    summary: "A column name differs from the CSV Fields table only in letter case",
    source: SRC_FIELDS,
    help: "The guide does not say whether the import matches column names regardless of case (it spells the country field both ISOcountry, in the CSV Fields table, and ISOCountry, in \"Workaround to Resolve a Potential Import Issue\"; both are accepted here). Write the exact name from the table to be sure the column is recognised. --fix renames it.",
};

pub const DUPLICATE_COLUMN: Rule = Rule {
    id: "csv/duplicate-column",
    severity: Severity::Warning,
    summary: "The same field appears in two columns",
    source: "Best practice (the guide's CSV Fields table lists each field once and does not say which of two columns the import would use)",
    help: "Best practice: keep one column per field. With two, the guide does not say which value the import uses.",
};

pub const MISSING_COLUMN: Rule = Rule {
    id: "csv/missing-column",
    severity: Severity::Error,
    summary: "A mandatory column is missing",
    source: SRC_FIELDS,
    help: "firstName, lastName, email and userName are mandatory; employeeID too when SSO is enabled, plus the fields the organization made mandatory (Configuration > System Settings > User Provisioning).",
};

pub const MEETING_SITE_EXPORT: Rule = Rule {
    id: "csv/meeting-site-export",
    severity: Severity::Warning,
    summary: "This is a Webex Meetings site export, not a Messenger import file",
    source: SRC_TIGHT,
    help: "Convert the headers as the guide's table says (delete UserName, FirstName -> firstName, ..., tracking codes -> TC1, TC2 ...). The app's converter and convert_meeting_export do it for you.",
};

pub const MANDATORY_EMPTY: Rule = Rule {
    id: "csv/mandatory-empty",
    severity: Severity::Error,
    summary: "A mandatory field is empty",
    source: SRC_FIELDS,
    help: "Enter a value: the import rejects a user whose mandatory fields (firstName, lastName, email, userName, employeeID with SSO, organization-mandatory fields) are empty.",
};

pub const DASH_IN_MANDATORY: Rule = Rule {
    id: "csv/dash-in-mandatory",
    severity: Severity::Error,
    summary: "\"-\" (empty) is used in a mandatory field",
    source: SRC_FORMAT,
    help: "\"-\" imports as an empty field and is allowed only in optional fields; in a mandatory field the import reports an error. Enter the real value.",
};

pub const NOT_APPLICABLE: Rule = Rule {
    id: "csv/not-applicable-value",
    severity: Severity::Warning,
    summary: "The value N/A is used",
    source: SRC_FORMAT,
    help: "The guide says: do not use the value N/A. Enter \"-\" to leave an optional field empty (--fix does this), or the real value. In a field with a type (a country code, Yes/No, True/False, a number, a URL, an address) N/A is also reported by that field's own rule, since the import cannot store it there.",
};

pub const EMAIL_INVALID: Rule = Rule {
    id: "csv/email-invalid",
    severity: Severity::Error,
    summary: "email is not a valid email address",
    source: SRC_FIELDS,
    help: "Enter one address in the form name@example.com, without spaces, display names or angle brackets.",
};

pub const USERNAME_INVALID: Rule = Rule {
    id: "csv/username-invalid",
    severity: Severity::Error,
    summary: "userName is not in the user@domain form",
    source: SRC_FIELDS,
    help: "Enter the user name in the user@email.com format, e.g. the user's email address.",
};

pub const USERNAME_NOT_EMAIL: Rule = Rule {
    id: "csv/username-not-email",
    severity: Severity::Warning,
    summary: "userName differs from email, but the business email is the username",
    source: "Webex Messenger admin guide, \"Create New Users\" (Note: \"The Business Email is the Username. You cannot edit the Username.\"); \"CSV Fields\" (userName in the user@email.com format)",
    help: "Enter the user's business email address in both userName and email. One case where they may legitimately differ: with single sign-on, the user is matched by the NameID the IdP sends (\"Federated Web SSO Settings\", NamedID Format; the NameID selection UserName, Email or EmployeeID in \"Enter Security Settings\"). If your IdP's NameID is the userName (for example an Active Directory UPN) and that deliberately differs from the mail address, keep the difference, and check that the IdP sends exactly this userName.",
};

pub const COUNTRY_INVALID: Rule = Rule {
    id: "csv/country-code-invalid",
    severity: Severity::Error,
    summary: "A country field is not an ISO 3166-1 alpha-2 code",
    source: SRC_FIELDS,
    help: "Enter the two-letter ISO 3166-1 code (US, GB, IN, CN ...), not a name or a three-letter code (USA) or UK.",
};

pub const COUNTRY_CASE: Rule = Rule {
    id: "csv/country-code-case",
    severity: Severity::Warning,
    summary: "A country code is not written in upper case",
    source: "ISO 3166-1 (alpha-2 codes are written in upper case); the CSV Fields table's examples are IN, US, CN",
    help: "Write ISO country codes in upper case (us -> US), as ISO 3166-1 and the guide's examples do; --fix does it. The guide does not say whether the import accepts lower case.",
};

pub const YES_NO_INVALID: Rule = Rule {
    id: "csv/yes-no-invalid",
    severity: Severity::Error,
    summary: "activeConnect and center take Yes or No",
    source: SRC_FIELDS,
    help: "Enter Yes or No, as the CSV Fields table says (Y, TRUE, 1 are not among them), or \"-\" to leave the field empty. A value that differs only in case (yes, NO) is a warning: the guide does not say whether the import accepts it.",
};

pub const TRUE_FALSE_INVALID: Rule = Rule {
    id: "csv/true-false-invalid",
    severity: Severity::Error,
    summary: "IMLoggingEnable takes True or False",
    source: SRC_FIELDS,
    help: "Enter True or False, as the CSV Fields table says (not Yes/No or 1/0), or \"-\" to leave the field empty. A value that differs only in case (true, FALSE) is a warning: the guide does not say whether the import accepts it.",
};

pub const STORAGE_INVALID: Rule = Rule {
    id: "csv/storage-invalid",
    severity: Severity::Error,
    summary: "storageAllocated is not a non-negative number of megabytes",
    source: SRC_FIELDS,
    help: "Enter the storage in megabytes as a plain number (500, 1024, 1.5) without units or thousands separators.",
};

pub const PHONE_INVALID: Rule = Rule {
    id: "csv/phone-invalid",
    severity: Severity::Warning,
    summary: "A phone or fax number contains characters other than digits and punctuation",
    source: "Best practice (the guide gives no format for phone numbers; information \"is imported as provided\", so a malformed number is stored as it is); admin guide, \"CSV File Format\" / \"Overview\"",
    help: "Best practice: use digits with an optional leading + and the separators space - . ( ) /, e.g. +1 408 555 0100; an extension may follow as x123 or ext 123. The guide gives no phone format; a number with other characters is imported as provided and may not dial.",
};

pub const PHONE_NO_COUNTRY_CODE: Rule = Rule {
    id: "csv/phone-no-country-code",
    severity: Severity::Warning,
    summary: "A phone number has no country code",
    source: "Webex Messenger admin guide, \"CSV File Format\" / \"Overview\", Note: without the country code auto call-out will not occur",
    help: "Write the number with its country code (+1 408 555 0100), or fill phoneBusinessISOCountry / phoneMobileISOCountry for the row.",
};

pub const PHOTO_URL_INVALID: Rule = Rule {
    id: "csv/photo-url-invalid",
    severity: Severity::Warning,
    summary: "userProfilePhotoURL is not an absolute http(s) URL",
    source: "Best practice (the CSV Fields table asks for \"the URL where the user's profile picture can be accessed\"; a relative or non-http address cannot be fetched); admin guide, \"CSV File Format\" / \"CSV Fields\"",
    help: "Enter the full address where the picture can be accessed, starting with https:// (or http://), e.g. https://intranet.example.com/photos/jdoe.jpg. The guide does not say the import rejects other values; the photo just will not show.",
};

pub const DUPLICATE_EMAIL: Rule = Rule {
    id: "csv/duplicate-email",
    severity: Severity::Error,
    summary: "Two rows have the same email address",
    source: "Webex Messenger admin guide, \"CSV File Format\" / \"Overview\": a user with the same email address is overwritten",
    help: "Each user needs a unique email; with two rows the second silently overwrites the first. Remove or correct one of them (addresses are compared case-insensitively).",
};

pub const DUPLICATE_USERNAME: Rule = Rule {
    id: "csv/duplicate-username",
    severity: Severity::Error,
    summary: "Two rows have the same userName",
    source: "Webex Messenger admin guide, \"Create New Users\" (Note: \"The Business Email is the Username\") and \"CSV File Format\" / \"Overview\" (\"If a user with the same email address is already in Cisco WebEx, the existing record in the database is overwritten\")",
    help: "Each user needs a unique userName. Remove or correct one of the rows (names are compared case-insensitively).",
};

pub const FORMULA_INJECTION: Rule = Rule {
    id: "csv/formula-injection",
    severity: Severity::Warning,
    summary: "A cell starts with = + - @, tab or CR and would run as a formula in a spreadsheet",
    source: SRC_OWASP,
    help: "Spreadsheets execute cells starting with these characters when the file (or the import's status file) is opened. Remove the character or prefix the value with an apostrophe if it is really text.",
};

pub const SURROUNDING_WHITESPACE: Rule = Rule {
    id: "csv/surrounding-whitespace",
    severity: Severity::Warning,
    summary: "A value has leading or trailing spaces",
    source: SRC_AS_PROVIDED,
    help: "Information is imported as provided; stray spaces end up in names and break matching of email, userName and codes. --fix trims them.",
};

pub const CONTROL_CHARACTER: Rule = Rule {
    id: "csv/control-character",
    severity: Severity::Warning,
    summary: "A cell contains an invisible control character (NUL, backspace ...)",
    source: SRC_AS_PROVIDED,
    help: "Control characters come from copy-paste or binary data and are imported as provided. Delete them.",
};

pub const FINDINGS_TRUNCATED: Rule = Rule {
    id: "csv/findings-truncated",
    severity: Severity::Info,
    summary: "More findings of one rule than the report lists",
    source: "Preflight: bounded report size for large files",
    help: "The report lists the first findings of each rule; data.by_rule has the exact totals. Fix the listed ones (usually one systematic cause) and validate again, or raise --max-findings.",
};

/// Every `csv/` rule, in catalog order.
pub const RULES: &[Rule] = &[
    ENCODING_INVALID_UTF8,
    ENCODING_WINDOWS_1252,
    ENCODING_UTF16BE,
    ENCODING_INVALID_UTF16,
    ENCODING_DOUBLE_BOM,
    NOT_A_CSV,
    EMPTY_FILE,
    NO_DATA_ROWS,
    MIXED_DELIMITERS,
    UNSUPPORTED_DELIMITER,
    EXCEL_SEPARATOR_LINE,
    HEADER_NOT_FIRST,
    UNBALANCED_QUOTE,
    RAGGED_ROW,
    EMPTY_ROW,
    UNKNOWN_COLUMN,
    COLUMN_NAME_CASE,
    DUPLICATE_COLUMN,
    MISSING_COLUMN,
    MEETING_SITE_EXPORT,
    MANDATORY_EMPTY,
    DASH_IN_MANDATORY,
    NOT_APPLICABLE,
    EMAIL_INVALID,
    USERNAME_INVALID,
    USERNAME_NOT_EMAIL,
    COUNTRY_INVALID,
    COUNTRY_CASE,
    YES_NO_INVALID,
    TRUE_FALSE_INVALID,
    STORAGE_INVALID,
    PHONE_INVALID,
    PHONE_NO_COUNTRY_CODE,
    PHOTO_URL_INVALID,
    DUPLICATE_EMAIL,
    DUPLICATE_USERNAME,
    FORMULA_INJECTION,
    SURROUNDING_WHITESPACE,
    CONTROL_CHARACTER,
    FINDINGS_TRUNCATED,
];

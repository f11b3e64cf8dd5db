//! ISO 3166-1 alpha-2: the officially assigned codes (249), as the guide's
//! "CSV Fields" table asks for ISOcountry, phoneBusinessISOCountry and
//! phoneMobileISOCountry ("the two letter country code, for example IN, US,
//! CN"). Embedded so that the check works offline and in the browser.

const CODES: &str = "\
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ \
EC EE EG EH ER ES ET \
FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
HK HM HN HR HT HU \
ID IE IL IM IN IO IQ IR IS IT \
JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ \
LA LB LC LI LK LR LS LT LU LV LY \
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
NA NC NE NF NG NI NL NO NP NR NU NZ \
OM \
PA PE PF PG PH PK PL PM PN PR PS PT PW PY \
QA \
RE RO RS RU RW \
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ \
UA UG UM US UY UZ \
VA VC VE VG VI VN VU \
WF WS \
YE YT \
ZA ZM ZW";

/// Bit `(a-'A')*26 + (b-'A')` is set for every assigned code.
const TABLE: [u64; 11] = build();

const fn build() -> [u64; 11] {
    let mut t = [0u64; 11];
    let b = CODES.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b' ' {
            let idx = (b[i] - b'A') as usize * 26 + (b[i + 1] - b'A') as usize;
            t[idx / 64] |= 1 << (idx % 64);
            i += 2;
        } else {
            i += 1;
        }
    }
    t
}

/// Whether `code` is an assigned alpha-2 code, exactly (upper case).
pub fn is_assigned(code: &[u8]) -> bool {
    match code {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            let idx = (a - b'A') as usize * 26 + (b - b'A') as usize;
            TABLE[idx / 64] & (1 << (idx % 64)) != 0
        }
        _ => false,
    }
}

/// Codes people write instead of the alpha-2 one (alpha-3, UK, names).
pub fn suggestion(value: &str) -> Option<&'static str> {
    const MAP: &[(&str, &str)] = &[
        ("USA", "US"),
        ("UNITED STATES", "US"),
        ("UK", "GB"),
        ("GBR", "GB"),
        ("UNITED KINGDOM", "GB"),
        ("ENGLAND", "GB"),
        ("DEU", "DE"),
        ("GERMANY", "DE"),
        ("FRA", "FR"),
        ("FRANCE", "FR"),
        ("IND", "IN"),
        ("INDIA", "IN"),
        ("CHN", "CN"),
        ("CHINA", "CN"),
        ("JPN", "JP"),
        ("JAPAN", "JP"),
        ("CAN", "CA"),
        ("CANADA", "CA"),
        ("AUS", "AU"),
        ("AUSTRALIA", "AU"),
        ("BRA", "BR"),
        ("BRAZIL", "BR"),
        ("MEX", "MX"),
        ("ESP", "ES"),
        ("SPAIN", "ES"),
        ("ITA", "IT"),
        ("NLD", "NL"),
        ("CHE", "CH"),
        ("POL", "PL"),
        ("KOR", "KR"),
        ("SWE", "SE"),
        ("IRL", "IE"),
        ("SGP", "SG"),
    ];
    let up = value.trim().to_uppercase();
    MAP.iter().find(|(k, _)| *k == up).map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_list_has_249_codes() {
        let n: u32 = TABLE.iter().map(|w| w.count_ones()).sum();
        assert_eq!(n, 249);
        assert_eq!(CODES.split_whitespace().count(), 249);
        assert!(is_assigned(b"US") && is_assigned(b"GB") && is_assigned(b"NA"));
        assert!(!is_assigned(b"UK") && !is_assigned(b"us") && !is_assigned(b"USA"));
        assert!(!is_assigned(b"\xff\xfe"));
    }
}

//! Tracking ids in logs, so one sign-in can be followed from the client log
//! to the XSP logs (troubleshooting guide, "Analyze XSP Logs to Troubleshoot
//! Subscriber Log in": the `trackingid: CLIENT…` header of the client's
//! requests and the `X-BROADSOFT-CORRELATION-ID : CLIENT…` header of the
//! Xsi-Actions POST to the authentication service carry the same value).

/// Header names that carry a tracking id (lower case).
const KEYS: &[&str] = &[
    "x-broadsoft-correlation-id",
    "trackingid",
    "tracking_id",
    "tracking-id",
];

/// Every tracking id on `line`, with its byte offset.
pub fn in_line(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        let Some(rel) = crate::broadworks::text::find_ci(&line[i..], "tracking")
            .into_iter()
            .chain(crate::broadworks::text::find_ci(
                &line[i..],
                "x-broadsoft-correlation-id",
            ))
            .min()
        else {
            break;
        };
        let at = i + rel;
        let (id, next) = at_key(line, at);
        out.extend(id);
        i = next;
    }
    out
}

/// The tracking id whose header name starts at byte `at` of `text` (where
/// "tracking" or "x-broadsoft-correlation-id" was found), with its offset,
/// and the offset to search on from. `text` may be a line or a whole log:
/// a key and its value never span a line break.
pub fn at_key(text: &str, at: usize) -> (Option<(usize, &str)>, usize) {
    let b = text.as_bytes();
    let Some(key) = KEYS.iter().find(|k| {
        b.get(at..at + k.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(k.as_bytes()))
    }) else {
        return (None, at + 1);
    };
    let mut j = at + key.len();
    while j < b.len() && matches!(b[j], b' ' | b'\t' | b'"' | b'\'') {
        j += 1;
    }
    if j < b.len() && matches!(b[j], b':' | b'=') {
        j += 1;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'"' | b'\'') {
            j += 1;
        }
        let start = j;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'_' | b'-' | b'.')) {
            j += 1;
        }
        // A tracking id is a long token; `trackingid: -` or a bare word is not one.
        if j - start >= 6 {
            return (Some((start, &text[start..j])), j);
        }
    }
    (None, j.max(at + 1))
}

/// Collects distinct tracking ids in order of first appearance.
/// Distinct tracking ids kept per log. A support case needs a few of
/// them; a day of a busy client's log has one per request (over a million
/// in 500 MB), which would make the report larger than the log.
pub const MAX_TRACKING_IDS: usize = 1_000;

#[derive(Debug, Default)]
pub struct Collector {
    ids: Vec<String>,
    seen: std::collections::HashSet<String>,
    truncated: bool,
}

impl Collector {
    /// Keep `id` if it is new and there is room; past [`MAX_TRACKING_IDS`]
    /// the list is marked truncated instead.
    pub fn add(&mut self, id: &str) {
        if self.seen.contains(id) {
            return;
        }
        if self.ids.len() >= MAX_TRACKING_IDS {
            self.truncated = true;
            return;
        }
        self.seen.insert(id.to_string());
        self.ids.push(id.to_string());
    }

    /// More distinct ids were met than were kept.
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    pub fn into_vec(self) -> Vec<String> {
        self.ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_header_forms_of_the_guide() {
        let l = "GET /x trackingid: CLIENT_ab12cd34_5 user-agent: WebexTeams";
        assert_eq!(in_line(l), [(19, "CLIENT_ab12cd34_5")]);
        let l = "X-BROADSOFT-CORRELATION-ID : CLIENT_ab12cd34_5";
        assert_eq!(in_line(l)[0].1, "CLIENT_ab12cd34_5");
        let l = r#"{"TrackingID":"WEBEX_x1y2z3-44"} trackingId=ROUTER_1234567"#;
        let ids: Vec<&str> = in_line(l).iter().map(|x| x.1).collect();
        assert_eq!(ids, ["WEBEX_x1y2z3-44", "ROUTER_1234567"]);
        assert!(in_line("tracking of calls: on").is_empty());
        assert!(in_line("trackingid: -").is_empty());
    }

    #[test]
    fn the_list_is_bounded_and_says_so() {
        let mut c = Collector::default();
        for i in 0..MAX_TRACKING_IDS {
            c.add(&format!("CLIENT_{i}"));
            c.add(&format!("CLIENT_{i}"));
        }
        assert!(!c.truncated(), "duplicates take no room");
        c.add("CLIENT_0");
        assert!(!c.truncated());
        c.add("CLIENT_new");
        assert!(c.truncated());
        assert_eq!(c.into_vec().len(), MAX_TRACKING_IDS);
    }
}

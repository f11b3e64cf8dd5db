//! Checks across the four files of one run (admin guide, "Group File
//! Formats": gu members are userSSOIds, gg children are ssoGroupIds; "User
//! File Formats": homeGroupSSOId, the inactivation file; "Group File
//! Formats": the deletion file), and cycles in the group hierarchy.

use std::borrow::Cow;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::groups::Groups;
use super::idlist::Id;
use super::rules as r;
use super::users::User;
use super::Sink;
use crate::csv::values;

/// What one run holds, each part with the name of its file.
pub struct Run<'a> {
    pub users: Option<(&'a str, &'a [User])>,
    pub groups: Option<(&'a str, &'a Groups)>,
    pub inactivated: Option<(&'a str, &'a [Id])>,
    pub deleted: Option<(&'a str, &'a [Id])>,
    pub sso: bool,
}

pub fn check(run: &Run, sink: &mut Sink) {
    let user_ids: HashSet<&str> = run
        .users
        .map(|(_, u)| u.iter().map(|u| u.id.as_str()).collect())
        .unwrap_or_default();
    if let Some((gfile, g)) = run.groups {
        sink.file = Some(gfile.to_string());
        if let Some((ufile, _)) = run.users {
            for m in &g.members {
                if !user_ids.contains(m.other.as_str()) {
                    sink.add(
                        &r::MEMBER_NOT_PROVISIONED,
                        format!(
                            "member `{}` of group `{}` is not in {}; the membership works only if that user already exists in Webex",
                            show(&m.other),
                            show(&m.group),
                            ufile
                        ),
                        Some(m.line),
                        Some("memberSSOID"),
                    );
                }
            }
        }
        let mut reported: HashSet<&str> = HashSet::new();
        let undefined = |id: &str| !g.index.contains_key(id);
        for (link, is_parent, col) in g
            .children
            .iter()
            .flat_map(|l| [(l, true, "ssoGroupId"), (l, false, "subGroupSSOID")])
            .chain(g.members.iter().map(|l| (l, true, "ssoGroupId")))
        {
            let id = if is_parent { &link.group } else { &link.other };
            if undefined(id) && reported.insert(id.as_str()) {
                sink.add(
                    &r::SUBGROUP_NOT_DEFINED,
                    format!(
                        "group `{}` has no g record in {gfile}; it must already exist in Webex",
                        show(id)
                    ),
                    Some(link.line),
                    Some(col),
                );
            }
        }
        let (found, more) = cycles(g);
        for (cycle, line) in found {
            sink.add(
                &r::GROUP_CYCLE,
                format!(
                    "the child-group records form a cycle: {}",
                    spell_cycle(&cycle)
                ),
                Some(line),
                Some("subGroupSSOID"),
            );
        }
        if let Some(line) = more {
            sink.add(
                &r::GROUP_CYCLE,
                format!("the child-group records form more cycles than the {MAX_CYCLES} listed; break these first and check again"),
                Some(line),
                Some("subGroupSSOID"),
            );
        }
    }
    if let (Some((ufile, users)), Some((ifile, ids))) = (run.users, run.inactivated) {
        sink.file = Some(ifile.to_string());
        // SSO ids as they are (borrowed); email addresses folded to lower case.
        let by_key: HashMap<Cow<str>, &User> = users
            .iter()
            .map(|u| {
                if run.sso {
                    (Cow::Borrowed(u.id.as_str()), u)
                } else {
                    (Cow::Owned(u.email.to_lowercase()), u)
                }
            })
            .collect();
        for id in ids {
            let key = if run.sso {
                Cow::Borrowed(id.id.as_str())
            } else {
                Cow::Owned(id.id.to_lowercase())
            };
            if let Some(u) = by_key.get(key.as_ref()) {
                sink.add(
                    &r::USER_PROVISIONED_AND_INACTIVATED,
                    format!(
                        "user `{}` is inactivated here and provisioned on row {} of {ufile}",
                        show(&id.id),
                        u.line
                    ),
                    Some(id.line),
                    Some("userSSOID"),
                );
            }
        }
    }
    if let Some((dfile, deleted)) = run.deleted {
        sink.file = Some(dfile.to_string());
        if let Some((gfile, g)) = run.groups {
            let names: HashMap<&str, &super::groups::GroupDef> =
                g.defs.iter().map(|d| (d.name.as_str(), d)).collect();
            for d in deleted {
                let def = if run.sso {
                    g.index.get(&d.id).map(|&i| &g.defs[i])
                } else {
                    names.get(d.id.as_str()).copied()
                };
                if let Some(def) = def {
                    sink.add(
                        &r::GROUP_DEFINED_AND_DELETED,
                        format!(
                            "group `{}` is deleted here and defined on row {} of {gfile}",
                            show(&d.id),
                            def.line
                        ),
                        Some(d.line),
                        Some("SSOGroupID"),
                    );
                }
            }
        }
        if let Some((ufile, users)) = run.users {
            let mut homed: HashMap<&str, Vec<&User>> = HashMap::new();
            for u in users.iter().filter(|u| !u.home_group.is_empty()) {
                homed.entry(u.home_group.as_str()).or_default().push(u);
                if !u.home_group_name.is_empty() && !run.sso {
                    homed.entry(u.home_group_name.as_str()).or_default().push(u);
                }
            }
            for d in deleted {
                if let Some(us) = homed.get(d.id.as_str()) {
                    let named: Vec<String> = us
                        .iter()
                        .take(3)
                        .map(|u| format!("`{}`", show(&u.id)))
                        .collect();
                    sink.add(
                        &r::HOME_GROUP_DELETED,
                        format!(
                            "group `{}` is deleted but {} user{} of {ufile} name it as home group ({}{})",
                            show(&d.id),
                            us.len(),
                            if us.len() == 1 { "" } else { "s" },
                            named.join(", "),
                            if us.len() > 3 { ", …" } else { "" }
                        ),
                        Some(d.line),
                        Some("SSOGroupID"),
                    );
                }
            }
        }
    }
    if let Some((ufile, users)) = run.users {
        sink.file = Some(ufile.to_string());
        let defined = |id: &str| run.groups.is_some_and(|(_, g)| g.index.contains_key(id));
        let mut seen: HashMap<&str, (u64, usize)> = HashMap::new();
        let mut order: Vec<&str> = Vec::new();
        for u in users
            .iter()
            .filter(|u| !u.home_group.is_empty() && !defined(&u.home_group))
        {
            let e = seen.entry(u.home_group.as_str()).or_insert_with(|| {
                order.push(u.home_group.as_str());
                (u.line, 0)
            });
            e.1 += 1;
        }
        if run.groups.is_some() {
            for id in order {
                let (line, n) = seen[id];
                sink.add(
                    &r::HOME_GROUP_UNDEFINED,
                    format!(
                        "homeGroupSSOId `{}` ({n} user{}) has no g record; the job creates the group or uses the existing one",
                        show(id),
                        if n == 1 { "" } else { "s" }
                    ),
                    Some(line),
                    Some("homeGroupSSOId"),
                );
            }
        }
    }
}

/// Every distinct cycle of the gg graph, spelled from its first-defined
/// group back to itself, with the line of the link that closes it.
/// Cycles listed at most; past this the files are too tangled for a list
/// to help, and listing them all costs time and memory with the square of
/// the number of groups.
pub const MAX_CYCLES: usize = 100;
/// Groups named at most in one cycle's message.
const MAX_SPELLED: usize = 12;

/// `a → b → c → a`, or for a long cycle its first groups, how many there
/// are, and the way back to the first.
fn spell_cycle(cycle: &[String]) -> String {
    let groups = cycle.len().saturating_sub(1);
    if groups <= MAX_SPELLED {
        return cycle
            .iter()
            .map(|s| show(s))
            .collect::<Vec<_>>()
            .join(" → ");
    }
    let head: Vec<String> = cycle[..MAX_SPELLED - 2].iter().map(|s| show(s)).collect();
    format!(
        "{} → … ({groups} groups in all) → {} → {}",
        head.join(" → "),
        show(&cycle[groups - 1]),
        show(&cycle[0])
    )
}

/// The cycles of the child-group links (each spelled from its first group
/// back to it, with the line of the link that closes it), at most
/// [`MAX_CYCLES`]; and the line of a further cycle, if there is one.
pub fn cycles(g: &Groups) -> (Vec<(Vec<String>, u64)>, Option<u64>) {
    let mut adj: Vec<Vec<(usize, u64)>> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut get = |s: &str, adj: &mut Vec<Vec<(usize, u64)>>| -> usize {
        if let Some(&i) = ids.get(s) {
            return i;
        }
        ids.insert(s.to_string(), names.len());
        names.push(s.to_string());
        adj.push(Vec::new());
        names.len() - 1
    };
    for l in &g.children {
        let a = get(&l.group, &mut adj);
        let b = get(&l.other, &mut adj);
        adj[a].push((b, l.line));
    }
    let n = adj.len();
    // 0 unvisited, 1 on the stack, 2 done.
    let mut state = vec![0u8; n];
    let mut pos_on_stack = vec![usize::MAX; n];
    let mut out = Vec::new();
    let mut seen: HashSet<Vec<usize>> = HashSet::new();
    for start in 0..n {
        if state[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = 1;
        pos_on_stack[start] = 0;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if *next < adj[v].len() {
                let (w, line) = adj[v][*next];
                *next += 1;
                match state[w] {
                    0 => {
                        state[w] = 1;
                        pos_on_stack[w] = stack.len();
                        stack.push((w, 0));
                    }
                    1 => {
                        if out.len() >= MAX_CYCLES {
                            return (out, Some(line));
                        }
                        let from = pos_on_stack[w];
                        let mut cyc: Vec<usize> = stack[from..].iter().map(|&(x, _)| x).collect();
                        let mut key = cyc.clone();
                        key.sort_unstable();
                        if seen.insert(key) {
                            // Start at the smallest index: the group named first.
                            let m = cyc
                                .iter()
                                .enumerate()
                                .min_by_key(|(_, &x)| x)
                                .map_or(0, |(i, _)| i);
                            cyc.rotate_left(m);
                            let mut spelled: Vec<String> =
                                cyc.iter().map(|&x| names[x].clone()).collect();
                            spelled.push(names[cyc[0]].clone());
                            out.push((spelled, line));
                        }
                    }
                    _ => {}
                }
            } else {
                state[v] = 2;
                pos_on_stack[v] = usize::MAX;
                stack.pop();
            }
        }
    }
    (out, None)
}

fn show(s: &str) -> String {
    values::show(s.as_bytes())
}

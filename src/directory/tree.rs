//! The picture of a run: the group hierarchy the job will build (admin
//! guide, "Group File Formats": g, gg and gu records; "User File Formats":
//! homeGroupSSOId associates a user with a group) and a summary of what the
//! run does.
//!
//! A group may be the child of several parents (the guide's own example puts
//! groupSSOID3 under groupSSOID1 and groupSSOID2), so the hierarchy is a
//! graph; the tree shows a shared group under each parent. A node budget
//! keeps a hostile file from expanding it exponentially, and a link back to
//! a group already on the path (a cycle) is shown and not followed.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use serde::{Deserialize, Serialize};

use super::groups::Groups;
use super::idlist::Id;
use super::users::User;

/// At most this many nodes are expanded per run.
pub const MAX_NODES: usize = 20_000;
/// Levels below this are not expanded. Real hierarchies are a handful of
/// levels deep; a chain of thousands must not exhaust the stack here, in
/// the JSON writer or on the page.
pub const MAX_DEPTH: usize = 32;
/// At most this many user ids are listed per group.
pub const MAX_USERS_LISTED: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupNode {
    pub id: String,
    /// The g record's name (or the home-group name, or the id itself).
    pub name: String,
    pub group_type: u8,
    /// Defined by a g record in this run.
    pub defined: bool,
    /// Listed in this run's groupDeletion file.
    pub deleted: bool,
    /// Distinct users of this group: gu members and users whose home group it is.
    pub members: usize,
    /// Members of this group and of every group under it (a user counted
    /// once per group).
    pub total_members: usize,
    /// The first `MAX_USERS_LISTED` user ids.
    pub users: Vec<String>,
    pub children: Vec<GroupNode>,
    /// The child link leads back to a group on the path (a cycle).
    #[serde(default)]
    pub cycle: bool,
    /// Children not expanded: the node budget ran out, or the group sits
    /// [`MAX_DEPTH`] levels down.
    #[serde(default)]
    pub truncated: bool,
}

/// The hierarchy of a run as drawn: the top-level groups, and how many more
/// were left out once the node budget ran out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Forest {
    pub roots: Vec<GroupNode>,
    pub omitted_roots: usize,
}

/// What the run will do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSummary {
    /// userFile rows: users created, or updated when the userSSOId exists.
    pub users_created_or_updated: usize,
    pub users_inactivated: usize,
    /// g records: groups created, or updated when the ssoGroupId exists.
    pub groups_created_or_updated: usize,
    pub groups_deleted: usize,
    /// Groups placed under a parent by gg records.
    pub groups_moved: usize,
    /// gu memberships.
    pub memberships: usize,
    /// Users with a homeGroupSSOId.
    pub home_group_assignments: usize,
    /// Home groups with no g record (created from the userFile or existing).
    pub home_groups_without_record: usize,
}

pub fn summary(
    users: Option<&[User]>,
    groups: Option<&Groups>,
    inactivated: Option<&[Id]>,
    deleted: Option<&[Id]>,
) -> RunSummary {
    let users = users.unwrap_or_default();
    let homes: HashSet<&str> = users
        .iter()
        .filter(|u| !u.home_group.is_empty())
        .map(|u| u.home_group.as_str())
        .collect();
    RunSummary {
        users_created_or_updated: users
            .iter()
            .map(|u| u.id.as_str())
            .collect::<HashSet<_>>()
            .len(),
        users_inactivated: inactivated.map_or(0, |i| i.len()),
        groups_created_or_updated: groups.map_or(0, |g| g.defs.len()),
        groups_deleted: deleted.map_or(0, |d| d.len()),
        groups_moved: groups.map_or(0, |g| {
            g.children
                .iter()
                .map(|l| l.other.as_str())
                .collect::<HashSet<_>>()
                .len()
        }),
        memberships: groups.map_or(0, |g| g.members.len()),
        home_group_assignments: users.iter().filter(|u| !u.home_group.is_empty()).count(),
        home_groups_without_record: homes
            .iter()
            .filter(|h| !groups.is_some_and(|g| g.index.contains_key(**h)))
            .count(),
    }
}

struct Graph<'a> {
    names: HashMap<&'a str, (String, u8, bool)>,
    children: HashMap<&'a str, Vec<&'a str>>,
    users: HashMap<&'a str, Vec<&'a str>>,
    deleted: HashSet<&'a str>,
}

/// The hierarchy as a forest: roots are groups no gg record places under
/// another, in the order they first appear.
pub fn tree(users: Option<&[User]>, groups: Option<&Groups>, deleted: Option<&[Id]>) -> Forest {
    let empty = Groups::default();
    let g = groups.unwrap_or(&empty);
    let users = users.unwrap_or_default();
    let mut order: Vec<&str> = Vec::new();
    let mut known: HashSet<&str> = HashSet::new();
    let mut graph = Graph {
        names: HashMap::new(),
        children: HashMap::new(),
        users: HashMap::new(),
        deleted: deleted
            .unwrap_or_default()
            .iter()
            .map(|d| d.id.as_str())
            .collect(),
    };
    for d in &g.defs {
        graph
            .names
            .insert(&d.id, (d.name.clone(), d.group_type, true));
        if known.insert(&d.id) {
            order.push(&d.id);
        }
    }
    let mut has_parent: HashSet<&str> = HashSet::new();
    let mut links: HashSet<(&str, &str)> = HashSet::new();
    for l in &g.children {
        if links.insert((&l.group, &l.other)) {
            graph.children.entry(&l.group).or_default().push(&l.other);
        }
        has_parent.insert(&l.other);
        for id in [l.group.as_str(), l.other.as_str()] {
            if known.insert(id) {
                order.push(id);
            }
        }
    }
    for l in &g.members {
        graph.users.entry(&l.group).or_default().push(&l.other);
        if known.insert(&l.group) {
            order.push(&l.group);
        }
    }
    for u in users.iter().filter(|u| !u.home_group.is_empty()) {
        graph.users.entry(&u.home_group).or_default().push(&u.id);
        if !graph.names.contains_key(u.home_group.as_str()) {
            let name = if u.home_group_name.is_empty() {
                u.home_group.clone()
            } else {
                u.home_group_name.clone()
            };
            graph.names.insert(&u.home_group, (name, 0, false));
        }
        if known.insert(&u.home_group) {
            order.push(&u.home_group);
        }
    }
    for list in graph.users.values_mut() {
        let mut seen = HashSet::new();
        list.retain(|u| seen.insert(*u));
    }
    let roots: Vec<&str> = order
        .iter()
        .copied()
        .filter(|id| !has_parent.contains(id))
        .collect();
    // Every group reachable from a root, whatever the budget; a group that
    // is not sits only on cycles, and one group of each such cycle is shown
    // as a top-level group so it is not lost.
    let mut reached: HashSet<&str> = HashSet::new();
    let mut tops = roots.clone();
    reach(&graph, &roots, &mut reached);
    for id in order {
        if !reached.contains(id) {
            tops.push(id);
            reach(&graph, &[id], &mut reached);
        }
    }
    let mut budget = MAX_NODES;
    let mut forest = Forest::default();
    for (i, id) in tops.iter().enumerate() {
        if budget == 0 {
            forest.omitted_roots = tops.len() - i;
            break;
        }
        let mut path = Vec::new();
        forest.roots.push(build(&graph, id, &mut path, &mut budget));
    }
    forest
}

/// Mark everything reachable from `from` (iteratively: chains can be long).
fn reach<'a>(g: &Graph<'a>, from: &[&'a str], reached: &mut HashSet<&'a str>) {
    let mut todo: Vec<&str> = from
        .iter()
        .copied()
        .filter(|id| reached.insert(id))
        .collect();
    while let Some(id) = todo.pop() {
        for &child in g.children.get(id).map(Vec::as_slice).unwrap_or_default() {
            if reached.insert(child) {
                todo.push(child);
            }
        }
    }
}

fn build<'a>(g: &Graph<'a>, id: &'a str, path: &mut Vec<&'a str>, budget: &mut usize) -> GroupNode {
    *budget = budget.saturating_sub(1);
    let (name, group_type, defined) = g
        .names
        .get(id)
        .cloned()
        .unwrap_or_else(|| (id.to_string(), 0, false));
    let users = g.users.get(id).map(Vec::as_slice).unwrap_or_default();
    let mut node = GroupNode {
        id: id.to_string(),
        name,
        group_type,
        defined,
        deleted: g.deleted.contains(id),
        members: users.len(),
        total_members: users.len(),
        users: users
            .iter()
            .take(MAX_USERS_LISTED)
            .map(|u| u.to_string())
            .collect(),
        children: Vec::new(),
        cycle: false,
        truncated: false,
    };
    let children = g.children.get(id).map(Vec::as_slice).unwrap_or_default();
    if path.len() + 1 >= MAX_DEPTH && !children.is_empty() {
        node.truncated = true;
        return node;
    }
    path.push(id);
    for &child in children {
        if path.contains(&child) {
            node.children.push(GroupNode {
                id: child.to_string(),
                name: g
                    .names
                    .get(child)
                    .map_or(child.to_string(), |n| n.0.clone()),
                group_type: 0,
                defined: g.names.get(child).is_some_and(|n| n.2),
                deleted: g.deleted.contains(child),
                members: 0,
                total_members: 0,
                users: Vec::new(),
                children: Vec::new(),
                cycle: true,
                truncated: false,
            });
            continue;
        }
        if *budget == 0 {
            node.truncated = true;
            break;
        }
        let c = build(g, child, path, budget);
        node.total_members += c.total_members;
        node.children.push(c);
    }
    path.pop();
    node
}

//! The groupFile (admin guide, "Group File Formats": `g` group records
//! `recIndicator,ssoGroupId,groupName,groupType` with groupType 0 or 4
//! (default 0), `gg` child-group records `recIndicator,ssoGroupId,subGroupSSOID…`,
//! `gu` member records `recIndicator,ssoGroupId,memberSSOID…`, "in any order").

use foldhash::HashMap;

use super::dialect::Record;
use super::rules as r;
use super::Sink;
use crate::csv::values;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDef {
    pub id: String,
    pub name: String,
    pub group_type: u8,
    pub line: u64,
}

/// One `gg` link or `gu` membership.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub group: String,
    pub other: String,
    pub line: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Groups {
    /// First definition of each group, in file order.
    pub defs: Vec<GroupDef>,
    pub index: HashMap<String, usize>,
    /// `gg`: group = parent, other = child.
    pub children: Vec<Link>,
    /// `gu`: group, other = member userSSOId.
    pub members: Vec<Link>,
}

impl Groups {
    /// Check one record of the groupFile and keep what it defines.
    pub fn record(&mut self, rec: &Record, sink: &mut Sink) {
        let g = self;
        let row = Some(rec.line);
        let ind = rec.get(0);
        let id = rec.get(1);
        match ind {
            "g" => {
                let name = rec.get(2);
                if id.is_empty() || name.is_empty() {
                    sink.add(
                        &r::GROUP_RECORD_SHORT,
                        format!(
                            "the g record has no {}",
                            if id.is_empty() {
                                "ssoGroupId"
                            } else {
                                "groupName"
                            }
                        ),
                        row,
                        Some(if id.is_empty() {
                            "ssoGroupId"
                        } else {
                            "groupName"
                        }),
                    );
                    if id.is_empty() {
                        return;
                    }
                }
                if rec.fields.len() > 4 {
                    sink.add(
                        &r::GROUP_RECORD_SHORT,
                        format!(
                            "the g record of `{}` has {} fields; it takes at most 4 (recIndicator, ssoGroupId, groupName, groupType) — a group name with a comma needs quotes",
                            show(id),
                            rec.fields.len()
                        ),
                        row,
                        Some("groupType"),
                    );
                }
                let ty = rec.get(3);
                let group_type = match ty {
                    "" | "0" => 0,
                    "4" => 4,
                    other => {
                        sink.add(
                            &r::GROUP_TYPE,
                            format!(
                                "groupType of `{}` is `{}`; it is 0 (normal) or 4 (presence)",
                                show(id),
                                show(other)
                            ),
                            row,
                            Some("groupType"),
                        );
                        0
                    }
                };
                match g.index.get(id) {
                    Some(&i) => {
                        let first = &g.defs[i];
                        if first.name != name || first.group_type != group_type {
                            sink.add(
                                &r::GROUP_REDEFINED,
                                format!(
                                    "group `{}` is defined as `{}` (type {}) here and as `{}` (type {}) on row {}",
                                    show(id),
                                    show(name),
                                    group_type,
                                    show(&first.name),
                                    first.group_type,
                                    first.line
                                ),
                                row,
                                Some("groupName"),
                            );
                        }
                    }
                    None => {
                        g.index.insert(id.to_string(), g.defs.len());
                        g.defs.push(GroupDef {
                            id: id.to_string(),
                            name: name.to_string(),
                            group_type,
                            line: rec.line,
                        });
                    }
                }
            }
            "gg" | "gu" => {
                let (list, col, what) = if ind == "gg" {
                    (&mut g.children, "subGroupSSOID", "child group")
                } else {
                    (&mut g.members, "memberSSOID", "member")
                };
                let others: Vec<&str> = rec
                    .fields
                    .iter()
                    .skip(2)
                    .map(|f| f.value.as_ref())
                    .filter(|v| !v.is_empty())
                    .collect();
                if id.is_empty() || others.is_empty() {
                    sink.add(
                        &r::GROUP_RECORD_SHORT,
                        if id.is_empty() {
                            format!("the {ind} record has no ssoGroupId")
                        } else {
                            format!("the {ind} record of `{}` lists no {what}", show(id))
                        },
                        row,
                        Some(if id.is_empty() { "ssoGroupId" } else { col }),
                    );
                }
                if id.is_empty() {
                    return;
                }
                for o in others {
                    list.push(Link {
                        group: id.to_string(),
                        other: o.to_string(),
                        line: rec.line,
                    });
                }
            }
            other => {
                let hint = match other.to_ascii_lowercase().as_str() {
                    "g" | "gg" | "gu" => {
                        format!("; write it in lower case: `{}`", other.to_ascii_lowercase())
                    }
                    _ => String::new(),
                };
                sink.add(
                    &r::GROUP_UNKNOWN_RECORD,
                    format!(
                        "record indicator `{}` is none of g, gg, gu{hint}",
                        show(other)
                    ),
                    row,
                    Some("recIndicator"),
                );
            }
        }
    }
}

fn show(s: &str) -> String {
    values::show(s.as_bytes())
}

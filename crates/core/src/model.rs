//! Flat, indexed views of the trees in a plan, shared by the checks, the
//! calculator and the user interfaces.
//!
//! Nodes are listed in pre-order (a parent before its children), each with its
//! JSON path, its parent's index and its depth; walking the list backwards
//! visits children before parents. Built iteratively: no recursion, however
//! deep the tree.

use rustc_hash::FxHashMap as HashMap;

use crate::format::{Objective, PlanFile, Unit};

/// An objective of the tree, with its place.
#[derive(Clone, Debug)]
pub struct FlatNode<'a> {
    /// The node.
    pub obj: &'a Objective,
    /// Its JSON path (`$.objectives[0].children[2]`).
    pub path: String,
    /// Index of the parent in the flat list.
    pub parent: Option<usize>,
    /// 0 for roots.
    pub depth: usize,
    /// Indices of the children, in order.
    pub children: Vec<usize>,
}

/// A unit of the organisation, with its place.
#[derive(Clone, Debug)]
pub struct FlatUnit<'a> {
    /// The unit.
    pub unit: &'a Unit,
    /// Its JSON path.
    pub path: String,
    /// Index of the parent unit.
    pub parent: Option<usize>,
    /// 0 for top-level units.
    pub depth: usize,
}

fn flatten_tree<'a, T>(
    roots: &'a [T],
    root_path: &str,
    kids: impl Fn(&'a T) -> &'a [T],
) -> Vec<(&'a T, String, Option<usize>, usize)> {
    let mut out = Vec::new();
    // Stack of (item, path, parent, depth), pushed in reverse to pop in order.
    let mut stack: Vec<(&'a T, String, Option<usize>, usize)> = roots
        .iter()
        .enumerate()
        .rev()
        .map(|(i, t)| (t, format!("{root_path}[{i}]"), None, 0))
        .collect();
    while let Some((item, path, parent, depth)) = stack.pop() {
        let me = out.len();
        for (i, c) in kids(item).iter().enumerate().rev() {
            stack.push((c, format!("{path}.children[{i}]"), Some(me), depth + 1));
        }
        out.push((item, path, parent, depth));
    }
    out
}

/// The objective tree in pre-order.
pub fn flatten_objectives(plan: &PlanFile) -> Vec<FlatNode<'_>> {
    let flat = flatten_tree(&plan.objectives, "$.objectives", |o: &Objective| {
        &o.children
    });
    let mut nodes: Vec<FlatNode<'_>> = flat
        .into_iter()
        .map(|(obj, path, parent, depth)| FlatNode {
            obj,
            path,
            parent,
            depth,
            children: Vec::new(),
        })
        .collect();
    for i in 0..nodes.len() {
        if let Some(p) = nodes[i].parent {
            nodes[p].children.push(i);
        }
    }
    nodes
}

/// The unit tree in pre-order.
pub fn flatten_units(plan: &PlanFile) -> Vec<FlatUnit<'_>> {
    flatten_tree(&plan.units, "$.units", |u: &Unit| &u.children)
        .into_iter()
        .map(|(unit, path, parent, depth)| FlatUnit {
            unit,
            path,
            parent,
            depth,
        })
        .collect()
}

/// Unit id → the unit and its ancestors, nearest first (a settore includes
/// its U.O.).
pub fn unit_chains<'a>(units: &[FlatUnit<'a>]) -> HashMap<&'a str, Vec<&'a str>> {
    let mut out = HashMap::default();
    for u in units {
        let mut chain = vec![u.unit.id.as_str()];
        let mut p = u.parent;
        while let Some(j) = p {
            chain.push(units[j].unit.id.as_str());
            p = units[j].parent;
        }
        out.insert(u.unit.id.as_str(), chain);
    }
    out
}

/// The units an objective is assigned to and all their ancestors, each
/// once, in order; unknown ids are left out.
pub fn units_and_ancestors<'a>(
    chains: &HashMap<&'a str, Vec<&'a str>>,
    ids: &[String],
) -> Vec<&'a str> {
    let mut k: Vec<&'a str> = Vec::new();
    for u in ids {
        for &c in chains.get(u.as_str()).map_or(&[][..], |v| &v[..]) {
            if !k.contains(&c) {
                k.push(c);
            }
        }
    }
    k
}

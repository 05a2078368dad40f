//! The decision tree drawn as an SVG, with the path the answers took
//! highlighted. Nodes are laid out in rows by their depth (the longest
//! route from the start, so every edge points down), at most a few per
//! row; the viewBox lets the drawing scale down to a 360 px phone.

use leptos::prelude::*;

use crate::domain::decision::{NodeId, Outcome, Step, Target, TREE};

// Whole numbers throughout: float attributes would pull float formatting
// into the WebAssembly for nothing.
const WIDTH: i32 = 360;
const ROW: i32 = 58;
const BOX_H: i32 = 40;
const BOX_W: i32 = 164;
const TOP: i32 = 6;
/// Labels longer than this are split over two lines.
const ONE_LINE: usize = 18;

/// Row and column of every node, and the number of rows.
struct Layout {
    /// (x of the centre, y of the top) per node, in `NodeId::ALL` order.
    at: Vec<(i32, i32)>,
    rows: usize,
}

fn layout() -> Layout {
    // Longest-path depth: the tree is a DAG listed so that relaxing it
    // as many times as it has nodes always settles.
    let mut depth = vec![0usize; TREE.len()];
    for _ in 0..TREE.len() {
        let mut changed = false;
        for node in TREE {
            for branch in node.branches {
                if let Target::Node(next) = branch.to {
                    let d = depth[node.id as usize] + 1;
                    if depth[next as usize] < d {
                        depth[next as usize] = d;
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let rows = depth.iter().max().map_or(1, |d| d + 1);
    let mut at = vec![(0, 0); TREE.len()];
    for row in 0..rows {
        let members: Vec<usize> = (0..TREE.len()).filter(|i| depth[*i] == row).collect();
        let k = members.len() as i32;
        for (col, i) in members.iter().enumerate() {
            at[*i] = (
                WIDTH * (2 * col as i32 + 1) / (2 * k),
                TOP + row as i32 * ROW,
            );
        }
    }
    Layout { at, rows }
}

/// Splits a label near its middle space when it is too long for one line.
fn lines(label: &'static str) -> (&'static str, Option<&'static str>) {
    if label.len() <= ONE_LINE {
        return (label, None);
    }
    let mid = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(mid));
    match split {
        Some(i) => (&label[..i], Some(&label[i + 1..])),
        None => (label, None),
    }
}

/// A box with a one- or two-line label.
fn node_box(x: i32, y: i32, label: &'static str, class: &'static str) -> impl IntoView {
    let (first, second) = lines(label);
    let cx = x;
    let (y1, y2) = if second.is_some() {
        (y + 13, y + 28)
    } else {
        (y + 20, 0)
    };
    view! {
        <g class=class>
            <rect x=x - BOX_W / 2 y=y width=BOX_W height=BOX_H rx="8"></rect>
            <text x=cx y=y1>{first}</text>
            {second.map(|s| view! { <text x=cx y=y2>{s}</text> })}
        </g>
    }
}

/// The decision tree with the path taken highlighted. The drawing is an
/// image named by `labelled_by`; the path is also given as text by the
/// page, which `described_by` points to.
#[component]
pub fn TreeDiagram(
    /// The steps the answers took through the tree.
    path: Vec<Step>,
    /// Where the path ended.
    outcome: Outcome,
    /// The id of the element that names the drawing.
    labelled_by: &'static str,
    /// The id of the text alternative.
    described_by: &'static str,
) -> impl IntoView {
    let Layout { at, rows } = layout();
    let on_path = |id: NodeId| path.iter().any(|s| s.node == id);
    let height = TOP * 2 + (rows as i32 + 1) * ROW;
    let leaf = (WIDTH / 2, TOP + rows as i32 * ROW);

    // Edges: one line per pair of nodes, highlighted when a path step
    // took it; the highlighted ones are drawn last so they stay on top.
    let mut muted = Vec::new();
    let mut lit = Vec::new();
    for node in TREE {
        let from = at[node.id as usize];
        let mut seen: Vec<NodeId> = Vec::new();
        for (index, branch) in node.branches.iter().enumerate() {
            let Target::Node(next) = branch.to else {
                continue;
            };
            let taken = path.iter().any(|s| s.node == node.id && s.branch == index);
            if seen.contains(&next) && !taken {
                continue;
            }
            seen.push(next);
            let to = at[next as usize];
            let line = (from.0, from.1 + BOX_H, to.0, to.1);
            if taken {
                lit.push(line);
            } else {
                muted.push(line);
            }
        }
    }
    if let Some(last) = path.last() {
        let from = at[last.node as usize];
        lit.push((from.0, from.1 + BOX_H, leaf.0, leaf.1));
    }
    let edge = |class: &'static str| {
        move |(x1, y1, x2, y2): (i32, i32, i32, i32)| {
            view! { <line class=class x1=x1 y1=y1 x2=x2 y2=y2></line> }
        }
    };
    let muted = muted.into_iter().map(edge("edge")).collect_view();
    let lit = lit.into_iter().map(edge("edge on-path")).collect_view();
    let nodes = TREE
        .iter()
        .map(|node| {
            let (x, y) = at[node.id as usize];
            let class = if on_path(node.id) {
                "node on-path"
            } else {
                "node"
            };
            node_box(x, y, node.label, class)
        })
        .collect_view();
    let result = node_box(leaf.0, leaf.1, outcome.label(), "node leaf on-path");
    view! {
        <svg
            class="decision-tree"
            role="img"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            viewBox=format!("0 0 {WIDTH} {height}")
            width="100%"
            preserveAspectRatio="xMidYMin meet"
        >
            <g aria-hidden="true">{muted} {lit} {nodes} {result}</g>
        </svg>
    }
}

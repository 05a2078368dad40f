//! The decision tree drawn as SVG, two ways. `PathDiagram` (shown first)
//! draws only the path the answers took, one node a row, with the other
//! answers each node could have taken beside it: readable on a 360 px
//! phone however large the tree grows. `TreeDiagram` draws the whole tree
//! with the path highlighted: nodes in rows by their depth (the longest
//! route from the start, so every edge points down), boxes narrowed when a
//! row holds several; the page puts it one tap away.

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
    /// The width of each node's box: narrower in a crowded row.
    width: Vec<i32>,
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
    let mut width = vec![BOX_W; TREE.len()];
    for row in 0..rows {
        let members: Vec<usize> = (0..TREE.len()).filter(|i| depth[*i] == row).collect();
        let k = members.len() as i32;
        for (col, i) in members.iter().enumerate() {
            at[*i] = (
                WIDTH * (2 * col as i32 + 1) / (2 * k),
                TOP + row as i32 * ROW,
            );
            width[*i] = BOX_W.min(WIDTH / k.max(1) - 6);
        }
    }
    Layout { at, width, rows }
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
    sized_box(x, y, BOX_W, label, class)
}

/// A box of a given width, centred on `x`.
fn sized_box(x: i32, y: i32, w: i32, label: &'static str, class: &'static str) -> impl IntoView {
    let (first, second) = lines(label);
    let cx = x;
    let (y1, y2) = if second.is_some() {
        (y + 13, y + 28)
    } else {
        (y + 20, 0)
    };
    view! {
        <g class=class>
            <rect x=x - w / 2 y=y width=w height=BOX_H rx="8"></rect>
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
    let Layout { at, width, rows } = layout();
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
            sized_box(x, y, width[node.id as usize], node.label, class)
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

// The path view: the node column on the left, the answers not taken on
// the right, so a phone shows every label at full size.
const PATH_X: i32 = 100;
const PATH_W: i32 = 184;
const ALT_X: i32 = 284;
const ALT_W: i32 = 144;
const ALT_H: i32 = 24;
const GAP: i32 = 18;

/// The path the answers took through the tree, one node a row, each with
/// the answers it could have taken instead drawn muted beside it, and the
/// outcome at the foot. An image named by `labelled_by`; the page gives
/// the same path as text (`described_by`).
#[component]
pub fn PathDiagram(
    /// The steps the answers took through the tree.
    path: Vec<Step>,
    /// Where the path ended.
    outcome: Outcome,
    /// The id of the element that names the drawing.
    labelled_by: &'static str,
    /// The id of the text alternative.
    described_by: &'static str,
) -> impl IntoView {
    // First the place of every row: a row is as tall as its alternatives.
    struct Row {
        label: &'static str,
        taken: &'static str,
        others: Vec<&'static str>,
        top: i32,
        height: i32,
    }
    let mut y = TOP;
    let mut rows = Vec::with_capacity(path.len());
    for step in &path {
        let node = step.node.node();
        let others: Vec<&'static str> = node
            .branches
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != step.branch)
            .map(|(_, b)| b.label)
            .collect();
        let height = BOX_H.max(others.len() as i32 * (ALT_H + 4) - 4);
        rows.push(Row {
            label: node.label,
            taken: node.branches.get(step.branch).map_or("", |b| b.label),
            others,
            top: y,
            height,
        });
        y += height + 2 * GAP;
    }
    let leaf_y = y;
    let box_top = |r: &Row| r.top + (r.height - BOX_H) / 2;
    let views = rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let top = box_top(row);
            let next_top = rows.get(index + 1).map_or(leaf_y, box_top);
            let alts_h = row.others.len() as i32 * (ALT_H + 4) - 4;
            let alts = row
                .others
                .iter()
                .enumerate()
                .map(|(i, label)| {
                    let ay = row.top + (row.height - alts_h) / 2 + i as i32 * (ALT_H + 4);
                    view! {
                        <g class="alt">
                            <line class="edge" x1=PATH_X + PATH_W / 2 y1=top + BOX_H / 2
                                x2=ALT_X - ALT_W / 2 y2=ay + ALT_H / 2></line>
                            <rect x=ALT_X - ALT_W / 2 y=ay width=ALT_W height=ALT_H rx="6"></rect>
                            <text x=ALT_X y=ay + ALT_H / 2>{*label}</text>
                        </g>
                    }
                })
                .collect_view();
            let mid = (top + BOX_H + next_top) / 2;
            view! {
                <line class="edge on-path" x1=PATH_X y1=top + BOX_H x2=PATH_X y2=next_top></line>
                <text class="taken" x=PATH_X + 8 y=mid>{row.taken}</text>
                {alts}
                {sized_box(PATH_X, top, PATH_W, row.label, "node on-path")}
            }
        })
        .collect_view();
    let leaf = sized_box(PATH_X, leaf_y, PATH_W, outcome.label(), "node leaf on-path");
    let height = leaf_y + BOX_H + TOP;
    view! {
        <svg
            class="decision-tree path-diagram"
            role="img"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            viewBox=format!("0 0 {WIDTH} {height}")
            width="100%"
            preserveAspectRatio="xMidYMin meet"
        >
            <g aria-hidden="true">{views} {leaf}</g>
        </svg>
    }
}

//! Finds the members that must be boxed so recursive types have a finite size.

use std::collections::BTreeSet;

use crate::model::{Model, ShapeId, ShapeKind};

/// Members `(shape, member)` to box: the back edges of a depth-first walk over
/// structure and union members, in id order so the choice is deterministic.
/// Lists and maps already hold their elements on the heap, so paths through them
/// need no box.
pub(super) fn members_to_box(model: &Model, closure: &BTreeSet<ShapeId>) -> BTreeSet<(ShapeId, String)> {
    let mut boxed = BTreeSet::new();
    let mut done = BTreeSet::new();
    for id in closure {
        let mut on_path = Vec::new();
        visit(model, id, &mut on_path, &mut done, &mut boxed);
    }
    boxed
}

fn visit(
    model: &Model,
    id: &ShapeId,
    on_path: &mut Vec<ShapeId>,
    done: &mut BTreeSet<ShapeId>,
    boxed: &mut BTreeSet<(ShapeId, String)>,
) {
    if done.contains(id) {
        return;
    }
    let Some(shape) = model.get(id) else { return };
    let members = match &shape.kind {
        ShapeKind::Structure(members) | ShapeKind::Union(members) => members,
        _ => return,
    };
    on_path.push(id.clone());
    for member in members {
        if on_path.contains(&member.target) {
            boxed.insert((id.clone(), member.name.clone()));
        } else {
            visit(model, &member.target, on_path, done, boxed);
        }
    }
    on_path.pop();
    done.insert(id.clone());
}

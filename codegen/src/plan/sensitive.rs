//! Which values `Debug` hides: `@sensitive` on a member, on its target, or on
//! anything a list or map target holds, at any depth.
//!
//! Structures and unions print their own members, so the search stops at them:
//! a nested structure hides its own sensitive members when it is printed.

use std::collections::BTreeSet;

use crate::model::{Member, Model, ShapeId, ShapeKind};

/// Whether `Debug` hides this member's value: the member, its target, or a list
/// member or map key or value inside the target is `@sensitive`.
pub(super) fn member_is_redacted(model: &Model, member: &Member) -> bool {
    member_redacted(model, member, &mut BTreeSet::new())
}

fn member_redacted(model: &Model, member: &Member, seen: &mut BTreeSet<ShapeId>) -> bool {
    member.traits.sensitive || target_is_redacted(model, &member.target, seen)
}

fn target_is_redacted(model: &Model, target: &ShapeId, seen: &mut BTreeSet<ShapeId>) -> bool {
    // A list or map that (wrongly) holds itself must not loop.
    if !seen.insert(target.clone()) {
        return false;
    }
    let Some(shape) = model.get(target) else {
        return false;
    };
    if shape.traits.sensitive {
        return true;
    }
    match &shape.kind {
        ShapeKind::List(member) => member_redacted(model, member, seen),
        ShapeKind::Map { key, value } => member_redacted(model, key, seen) || member_redacted(model, value, seen),
        _ => false,
    }
}

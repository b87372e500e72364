//! Which values `Debug` hides: `@sensitive` on a member, on its target, or on
//! anything a list or map target holds, at any depth.
//!
//! Structures and unions print their own members, so the search stops at them:
//! a nested structure hides its own sensitive members when it is printed.

use std::collections::BTreeSet;

use crate::model::{Member, ShapeId, ShapeKind};
use crate::plan::{Field, Plan};

/// The text printed in place of a hidden value.
pub(super) const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// Whether `Debug` hides this field: the member, its target, or a list member or
/// map key or value inside the target is `@sensitive`.
pub(super) fn field_is_redacted(plan: &Plan<'_>, field: &Field) -> bool {
    member_is_redacted(plan, &field.member, &mut BTreeSet::new())
}

/// Whether the shape itself is marked `@sensitive` (every member of a sensitive
/// structure or union is hidden).
pub(super) fn shape_is_sensitive(plan: &Plan<'_>, shape: &ShapeId) -> bool {
    plan.model.get(shape).is_some_and(|s| s.traits.sensitive)
}

fn member_is_redacted(plan: &Plan<'_>, member: &Member, seen: &mut BTreeSet<ShapeId>) -> bool {
    member.traits.sensitive || target_is_redacted(plan, &member.target, seen)
}

fn target_is_redacted(plan: &Plan<'_>, target: &ShapeId, seen: &mut BTreeSet<ShapeId>) -> bool {
    // A list or map that (wrongly) holds itself must not loop.
    if !seen.insert(target.clone()) {
        return false;
    }
    let Some(shape) = plan.model.get(target) else {
        return false;
    };
    if shape.traits.sensitive {
        return true;
    }
    match &shape.kind {
        ShapeKind::List(member) => member_is_redacted(plan, member, seen),
        ShapeKind::Map { key, value } => member_is_redacted(plan, key, seen) || member_is_redacted(plan, value, seen),
        _ => false,
    }
}

//! The `@timestampFormat` a timestamp is read and written in: the member's own,
//! else its timestamp shape's. `None` leaves the choice to the location's default
//! (epoch seconds in JSON, `date-time` in URIs, `http-date` in headers).

use crate::model::{Member, Model, ShapeId, ShapeKind, Simple, TimestampFormat};

/// The format of the value a member holds: its own trait, else its target's.
pub(super) fn member_format(model: &Model, member: &Member) -> Option<TimestampFormat> {
    member
        .traits
        .timestamp_format
        .or_else(|| model.get(&member.target).and_then(|t| t.traits.timestamp_format))
}

/// The format of the timestamps a list or map member holds, at any depth: the
/// innermost member's, else the timestamp shape's. `None` for other targets.
pub(super) fn nested_format(model: &Model, member: &Member) -> Option<TimestampFormat> {
    let target = model.get(&member.target)?;
    match target.kind {
        ShapeKind::List(_) | ShapeKind::Map { .. } => held_format(model, &member.target, None),
        _ => None,
    }
}

/// The format of the timestamps `shape` holds; `member` is the format set on the
/// member that targets it, which wins over the shape's own.
fn held_format(model: &Model, shape: &ShapeId, member: Option<TimestampFormat>) -> Option<TimestampFormat> {
    let shape = model.get(shape)?;
    match &shape.kind {
        ShapeKind::Simple(Simple::Timestamp) => member.or(shape.traits.timestamp_format),
        ShapeKind::List(item) => held_format(model, &item.target, item.traits.timestamp_format),
        ShapeKind::Map { value, .. } => held_format(model, &value.target, value.traits.timestamp_format),
        _ => None,
    }
}

//! The Smithy prelude: the shapes every model may target without defining them.

use serde_json::json;

/// `(name, type, default)` of every prelude shape, in the `smithy.api` namespace.
const PRELUDE: &[(&str, &str, Option<bool>)] = &[
    ("String", "string", None),
    ("Blob", "blob", None),
    ("BigInteger", "bigInteger", None),
    ("BigDecimal", "bigDecimal", None),
    ("Timestamp", "timestamp", None),
    ("Document", "document", None),
    ("Boolean", "boolean", None),
    ("PrimitiveBoolean", "boolean", Some(false)),
    ("Byte", "byte", None),
    ("PrimitiveByte", "byte", Some(true)),
    ("Short", "short", None),
    ("PrimitiveShort", "short", Some(true)),
    ("Integer", "integer", None),
    ("PrimitiveInteger", "integer", Some(true)),
    ("Long", "long", None),
    ("PrimitiveLong", "long", Some(true)),
    ("Float", "float", None),
    ("PrimitiveFloat", "float", Some(true)),
    ("Double", "double", None),
    ("PrimitiveDouble", "double", Some(true)),
];

/// The prelude as JSON AST shapes, keyed by absolute id. `Some(true)` above means
/// a numeric zero default, `Some(false)` the boolean `false` default.
pub(super) fn shapes() -> Vec<(String, serde_json::Value)> {
    let mut shapes: Vec<_> = PRELUDE
        .iter()
        .map(|(name, kind, default)| {
            let shape = match default {
                None => json!({ "type": kind }),
                Some(true) => json!({ "type": kind, "traits": { "smithy.api#default": 0 } }),
                Some(false) => json!({ "type": kind, "traits": { "smithy.api#default": false } }),
            };
            (format!("smithy.api#{name}"), shape)
        })
        .collect();
    shapes.push((
        "smithy.api#Unit".to_owned(),
        json!({ "type": "structure", "members": {}, "traits": { "smithy.api#unitType": {} } }),
    ));
    shapes
}

/// The id of the prelude's `Unit` structure.
pub(crate) const UNIT: &str = "smithy.api#Unit";

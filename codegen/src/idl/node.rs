//! Node values (the IDL's JSON-like values) and their conversion to JSON.

use super::lexer::Pos;
use serde_json::Value;

/// A shape id as written in the source, with where it was written.
/// Name resolution replaces `id` with the absolute shape id.
#[derive(Debug, Clone)]
pub(crate) struct ShapeRef {
    pub(crate) id: String,
    pub(crate) pos: Pos,
}

impl ShapeRef {
    pub(crate) fn new(id: impl Into<String>, pos: Pos) -> Self {
        Self { id: id.into(), pos }
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    Str(String),
    /// An unquoted shape id; a string once resolved.
    Id(ShapeRef),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl Node {
    /// Converts to JSON; shape ids become strings (their resolved text).
    pub(crate) fn to_json(&self) -> Value {
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(n) => Value::Number(n.clone()),
            Node::Str(s) => Value::String(s.clone()),
            Node::Id(r) => Value::String(r.id.clone()),
            Node::Array(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            Node::Object(entries) => Value::Object(entries.iter().map(|(k, v)| (k.clone(), v.to_json())).collect()),
        }
    }

    /// Visits every shape id in this value.
    pub(crate) fn for_each_id_mut(&mut self, f: &mut dyn FnMut(&mut ShapeRef)) {
        match self {
            Node::Id(r) => f(r),
            Node::Array(items) => items.iter_mut().for_each(|n| n.for_each_id_mut(f)),
            Node::Object(entries) => entries.iter_mut().for_each(|(_, n)| n.for_each_id_mut(f)),
            _ => {}
        }
    }
}

/// Parses a number literal into a JSON number (integers stay integers).
pub(crate) fn parse_number(text: &str) -> Option<serde_json::Number> {
    if !text.contains(['.', 'e', 'E']) {
        if let Ok(i) = text.parse::<i64>() {
            return Some(i.into());
        }
        if let Ok(u) = text.parse::<u64>() {
            return Some(u.into());
        }
    }
    text.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
}

/// Merges a trait or metadata value with an earlier one for the same key:
/// arrays concatenate, equal values are kept, anything else conflicts.
pub(crate) fn merge_values(existing: &mut Value, new: Value) -> Result<(), ()> {
    match (existing, new) {
        (Value::Array(a), Value::Array(b)) => {
            a.extend(b);
            Ok(())
        }
        (a, b) if *a == b => Ok(()),
        _ => Err(()),
    }
}

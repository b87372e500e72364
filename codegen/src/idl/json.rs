//! Builds the Smithy JSON AST document from resolved files: shapes, merged
//! metadata, and `apply` statements folded into the shapes they target.

use super::ast::{Body, FileAst, Member, ShapeDef, TraitApp};
use super::lexer::Pos;
use super::node::{merge_values, Node};
use super::prelude::is_prelude_list_trait;
use super::resolve::ShapeIndex;
use super::IdlError;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

pub(crate) fn build(files: &[FileAst], index: &ShapeIndex) -> Result<Value, Vec<IdlError>> {
    let mut b = Builder {
        files,
        index,
        errors: Vec::new(),
        path: "",
    };
    let metadata = b.metadata();
    let mut shapes = BTreeMap::new();
    for file in files {
        let Some(ns) = &file.namespace else { continue };
        b.path = &file.path;
        for shape in &file.shapes {
            shapes.insert(format!("{ns}#{}", shape.name), b.shape(shape));
        }
    }
    for file in files {
        b.path = &file.path;
        for apply in &file.applies {
            let traits = b.traits(&apply.traits, apply.target.pos);
            b.apply(&mut shapes, &apply.target.id, traits, apply.target.pos);
        }
    }
    if !b.errors.is_empty() {
        return Err(b.errors);
    }
    let mut shapes_json = Map::new();
    for (id, mut shape) in shapes {
        sort_traits(&mut shape);
        shapes_json.insert(id, shape);
    }
    let mut doc = Map::new();
    doc.insert("smithy".into(), "2.0".into());
    if !metadata.is_empty() {
        doc.insert("metadata".into(), Value::Object(metadata.into_iter().collect()));
    }
    doc.insert("shapes".into(), Value::Object(shapes_json));
    Ok(Value::Object(doc))
}

struct Builder<'a> {
    files: &'a [FileAst],
    index: &'a ShapeIndex,
    errors: Vec<IdlError>,
    /// The file being converted, for error messages.
    path: &'a str,
}

fn target(id: &str) -> Value {
    json!({ "target": id })
}

impl<'a> Builder<'a> {
    fn error(&mut self, pos: Pos, message: String) {
        self.errors.push(IdlError::at(self.path, pos, message));
    }

    fn metadata(&mut self) -> BTreeMap<String, Value> {
        let mut merged: BTreeMap<String, Value> = BTreeMap::new();
        for file in self.files {
            for (key, value, pos) in &file.metadata {
                match merged.get_mut(key) {
                    None => {
                        merged.insert(key.clone(), value.to_json());
                    }
                    Some(existing) => {
                        if merge_values(existing, value.to_json()).is_err() {
                            self.errors.push(IdlError::at(
                                &file.path,
                                *pos,
                                format!("metadata `{key}` conflicts with a different value defined in another file"),
                            ));
                        }
                    }
                }
            }
        }
        merged
    }

    fn kind_of(&self, id: &str) -> Option<&'static str> {
        self.index.get(id).map(|&(fi, si)| self.files[fi].shapes[si].kind)
    }

    /// Trait applications to a JSON object (merging repeated traits).
    fn traits(&mut self, traits: &[TraitApp], _pos: Pos) -> Map<String, Value> {
        let mut out = Map::new();
        for t in traits {
            let value = match &t.value {
                Some(v) => v.to_json(),
                None if matches!(self.kind_of(&t.name.id), Some("list" | "set"))
                    || (self.kind_of(&t.name.id).is_none() && is_prelude_list_trait(&t.name.id)) =>
                {
                    json!([])
                }
                None => json!({}),
            };
            self.add_trait(&mut out, &t.name.id, value, t.name.pos);
        }
        out
    }

    fn add_trait(&mut self, traits: &mut Map<String, Value>, name: &str, value: Value, pos: Pos) {
        match traits.get_mut(name) {
            None => {
                traits.insert(name.to_owned(), value);
            }
            Some(existing) => {
                if merge_values(existing, value).is_err() {
                    self.error(
                        pos,
                        format!("trait `{name}` is applied more than once with different values"),
                    );
                }
            }
        }
    }

    fn shape(&mut self, shape: &ShapeDef) -> Value {
        let mut obj = Map::new();
        let mut traits = self.traits(&shape.traits, shape.pos);
        let kind = match shape.kind {
            "set" => {
                self.add_trait(&mut traits, "smithy.api#uniqueItems", json!({}), shape.pos);
                "list"
            }
            k => k,
        };
        obj.insert("type".into(), kind.into());
        if !shape.mixins.is_empty() {
            obj.insert("mixins".into(), shape.mixins.iter().map(|m| target(&m.id)).collect());
        }
        match &shape.body {
            Body::None => {}
            Body::Members(members) => self.members(&mut obj, kind, members),
            Body::Operation(op) => {
                if let Some(i) = &op.input {
                    obj.insert("input".into(), target(&i.id));
                }
                if let Some(o) = &op.output {
                    obj.insert("output".into(), target(&o.id));
                }
                if let Some(errors) = &op.errors {
                    obj.insert("errors".into(), errors.iter().map(|e| target(&e.id)).collect());
                }
            }
            Body::Properties(props) => {
                for (key, value, pos) in props {
                    if let Some(v) = self.property(kind, key, value, *pos) {
                        obj.insert(key.clone(), v);
                    }
                }
            }
        }
        if !traits.is_empty() {
            obj.insert("traits".into(), Value::Object(traits));
        }
        Value::Object(obj)
    }

    fn members(&mut self, obj: &mut Map<String, Value>, kind: &str, members: &[Member]) {
        let mut map = Map::new();
        for m in members {
            let mut traits = self.traits(&m.traits, m.pos);
            let target_id = match kind {
                "enum" | "intEnum" => {
                    let value = match (&m.value, kind) {
                        (Some(Node::Str(s)), "enum") => Some(json!(s)),
                        (None, "enum") => {
                            traits.entry("smithy.api#enumValue").or_insert_with(|| json!(m.name));
                            None
                        }
                        (Some(Node::Number(n)), "intEnum") if n.is_i64() => Some(Value::Number(n.clone())),
                        (None, _) => None,
                        _ => {
                            let what = if kind == "enum" { "a string" } else { "an integer" };
                            self.error(m.pos, format!("the value of {kind} member `{}` must be {what}", m.name));
                            None
                        }
                    };
                    if let Some(v) = value {
                        self.add_trait(&mut traits, "smithy.api#enumValue", v, m.pos);
                    }
                    "smithy.api#Unit"
                }
                _ => {
                    if let Some(v) = &m.value {
                        self.add_trait(&mut traits, "smithy.api#default", v.to_json(), m.pos);
                    }
                    m.target.as_ref().map(|t| t.id.as_str()).unwrap_or("smithy.api#Unit")
                }
            };
            let mut member = Map::new();
            member.insert("target".into(), target_id.into());
            if !traits.is_empty() {
                member.insert("traits".into(), Value::Object(traits));
            }
            let allowed: &[&str] = match kind {
                "list" => &["member"],
                "map" => &["key", "value"],
                _ => &[],
            };
            if allowed.is_empty() {
                map.insert(m.name.clone(), Value::Object(member));
            } else if allowed.contains(&m.name.as_str()) {
                obj.insert(m.name.clone(), Value::Object(member));
            } else {
                self.error(
                    m.pos,
                    format!(
                        "a {kind} can only have members {}, not `{}`",
                        allowed.join(" and "),
                        m.name
                    ),
                );
            }
        }
        if !matches!(kind, "list" | "map") {
            obj.insert("members".into(), Value::Object(map));
        }
    }

    /// A service or resource property in JSON AST form.
    fn property(&mut self, kind: &str, key: &str, value: &Node, pos: Pos) -> Option<Value> {
        let ids = |value: &Node| -> Option<Vec<Value>> {
            match value {
                Node::Array(items) => items
                    .iter()
                    .map(|n| match n {
                        Node::Id(r) => Some(target(&r.id)),
                        _ => None,
                    })
                    .collect(),
                _ => None,
            }
        };
        let result = match (kind, key) {
            ("service", "version") => match value {
                Node::Str(s) => Some(json!(s)),
                _ => None,
            },
            ("service", "rename") => match value {
                Node::Object(entries) if entries.iter().all(|(_, v)| matches!(v, Node::Str(_))) => {
                    Some(value.to_json())
                }
                _ => None,
            },
            ("service", "operations" | "resources" | "errors")
            | ("resource", "operations" | "collectionOperations" | "resources") => ids(value).map(Value::Array),
            ("resource", "create" | "put" | "read" | "update" | "delete" | "list") => match value {
                Node::Id(r) => Some(target(&r.id)),
                _ => None,
            },
            ("resource", "identifiers" | "properties") => match value {
                Node::Object(entries) => entries
                    .iter()
                    .map(|(k, v)| match v {
                        Node::Id(r) => Some((k.clone(), target(&r.id))),
                        _ => None,
                    })
                    .collect::<Option<Map<_, _>>>()
                    .map(Value::Object),
                _ => None,
            },
            _ => {
                self.error(pos, format!("unknown {kind} property `{key}`"));
                return None;
            }
        };
        if result.is_none() {
            self.error(pos, format!("invalid value for {kind} property `{key}`"));
        }
        result
    }

    /// Adds the traits of an `apply` statement to the shape or member it
    /// targets, or to an `"apply"` entry when that is not defined here (a
    /// shape of an unloaded file, or a member inherited from a mixin).
    fn apply(&mut self, shapes: &mut BTreeMap<String, Value>, id: &str, traits: Map<String, Value>, pos: Pos) {
        let target = match id.split_once('$') {
            None => shapes.get(id).map(|_| (id, None)),
            Some((root, m)) => shapes.get(root).and_then(|shape| {
                let in_members = shape.get("members").and_then(|ms| ms.get(m)).is_some();
                let own = matches!(m, "member" | "key" | "value") && shape.get(m).is_some();
                (in_members || own).then_some((root, Some((m, in_members))))
            }),
        };
        let obj = match target {
            Some((root, None)) => shapes.get_mut(root),
            Some((root, Some((m, true)))) => shapes
                .get_mut(root)
                .and_then(|s| s.get_mut("members"))
                .and_then(|ms| ms.get_mut(m)),
            Some((root, Some((m, false)))) => shapes.get_mut(root).and_then(|s| s.get_mut(m)),
            None => Some(
                shapes
                    .entry(id.to_owned())
                    .or_insert_with(|| json!({ "type": "apply", "traits": {} })),
            ),
        };
        let Some(Value::Object(obj)) = obj else {
            return;
        };
        let mut existing = match obj.remove("traits") {
            Some(Value::Object(existing)) => existing,
            _ => Map::new(),
        };
        for (name, value) in traits {
            self.add_trait(&mut existing, &name, value, pos);
        }
        obj.insert("traits".into(), Value::Object(existing));
    }
}

/// Sorts trait maps by trait id (as the Smithy serializer writes them).
fn sort_traits(shape: &mut Value) {
    let Value::Object(obj) = shape else { return };
    if let Some(Value::Object(traits)) = obj.get_mut("traits") {
        traits.sort_keys();
    }
    if let Some(Value::Object(members)) = obj.get_mut("members") {
        for m in members.values_mut() {
            if let Some(Value::Object(traits)) = m.get_mut("traits") {
                traits.sort_keys();
            }
        }
    }
    for key in ["member", "key", "value"] {
        if let Some(Value::Object(traits)) = obj.get_mut(key).and_then(|m| m.get_mut("traits")) {
            traits.sort_keys();
        }
    }
}

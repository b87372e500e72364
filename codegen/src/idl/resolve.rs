//! Name resolution: rewrites every relative shape id of the parsed files to an
//! absolute one and fills in elided member targets (`$name`).
//!
//! A relative name resolves to, in order: a name imported with `use`, a shape
//! of the file's namespace defined in any loaded file, a prelude shape.

use super::ast::{Body, FileAst, Member, ShapeDef, TraitApp};
use super::node::{Node, ShapeRef};
use super::prelude::{is_prelude_name, PRELUDE_NAMESPACE};
use super::IdlError;
use std::collections::{HashMap, HashSet};

/// Where a defined shape is: (file index, shape index).
pub(crate) type ShapeIndex = HashMap<String, (usize, usize)>;

/// Resolves all files in place; returns the index of defined shapes.
pub(crate) fn resolve(files: &mut [FileAst]) -> Result<ShapeIndex, Vec<IdlError>> {
    let mut errors = Vec::new();
    let mut index = ShapeIndex::new();
    for (fi, file) in files.iter().enumerate() {
        let Some(ns) = &file.namespace else { continue };
        for (si, shape) in file.shapes.iter().enumerate() {
            let id = format!("{ns}#{}", shape.name);
            if let Some(&(other_file, _)) = index.get(&id) {
                let other = &files[other_file].path;
                errors.push(IdlError::at(
                    &file.path,
                    shape.pos,
                    format!("shape `{id}` is already defined in {other}"),
                ));
            } else {
                index.insert(id, (fi, si));
            }
        }
    }
    let defined: HashSet<String> = index.keys().cloned().collect();
    for file in files.iter_mut() {
        let Some(ns) = file.namespace.clone() else {
            continue;
        };
        let mut uses = HashMap::new();
        for u in &file.uses {
            let name = u.id.rsplit('#').next().unwrap_or_default().to_owned();
            if file.shapes.iter().any(|s| s.name == name) {
                errors.push(IdlError::at(
                    &file.path,
                    u.pos,
                    format!("`use {}` conflicts with shape `{name}` defined in this file", u.id),
                ));
            }
            if let Some(previous) = uses.insert(name.clone(), u.id.clone()) {
                if previous != u.id {
                    errors.push(IdlError::at(
                        &file.path,
                        u.pos,
                        format!("`use {}` conflicts with `use {previous}`", u.id),
                    ));
                }
            }
        }
        let mut scope = Scope {
            path: &file.path,
            ns: &ns,
            uses: &uses,
            defined: &defined,
            errors: &mut errors,
        };
        for shape in &mut file.shapes {
            scope.shape(shape);
        }
        for apply in &mut file.applies {
            scope.strict(&mut apply.target);
            scope.traits(&mut apply.traits);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    fill_elided_targets(files, &index)?;
    Ok(index)
}

struct Scope<'a> {
    path: &'a str,
    ns: &'a str,
    uses: &'a HashMap<String, String>,
    defined: &'a HashSet<String>,
    errors: &'a mut Vec<IdlError>,
}

impl Scope<'_> {
    fn lookup(&self, id: &str) -> Option<String> {
        if id.contains('#') {
            return Some(id.to_owned());
        }
        let (root, member) = match id.split_once('$') {
            Some((root, member)) => (root, Some(member)),
            None => (id, None),
        };
        let local = format!("{}#{root}", self.ns);
        let prelude = format!("{PRELUDE_NAMESPACE}#{root}");
        let absolute = if let Some(imported) = self.uses.get(root) {
            imported.clone()
        } else if self.defined.contains(&local) {
            local
        } else if is_prelude_name(root) || self.defined.contains(&prelude) {
            prelude
        } else {
            return None;
        };
        Some(match member {
            Some(m) => format!("{absolute}${m}"),
            None => absolute,
        })
    }

    /// Resolves a reference that must name a shape.
    fn strict(&mut self, r: &mut ShapeRef) {
        match self.lookup(&r.id) {
            Some(id) => r.id = id,
            None => self.errors.push(IdlError::at(
                self.path,
                r.pos,
                format!(
                    "cannot resolve shape `{}`: not imported with `use`, not defined in namespace `{}`, not in the prelude",
                    r.id, self.ns
                ),
            )),
        }
    }

    /// Resolves unquoted shape ids inside a node value when they name a
    /// known shape; others stay as written (they are plain strings).
    fn node(&self, node: &mut Node) {
        node.for_each_id_mut(&mut |r| {
            if let Some(id) = self.lookup(&r.id) {
                r.id = id;
            }
        });
    }

    fn traits(&mut self, traits: &mut [TraitApp]) {
        for t in traits {
            self.strict(&mut t.name);
            if let Some(v) = &mut t.value {
                self.node(v);
            }
        }
    }

    fn member(&mut self, m: &mut Member) {
        if let Some(t) = &mut m.target {
            self.strict(t);
        }
        self.traits(&mut m.traits);
        if let Some(v) = &mut m.value {
            self.node(v);
        }
    }

    fn shape(&mut self, shape: &mut ShapeDef) {
        self.traits(&mut shape.traits);
        shape.mixins.iter_mut().for_each(|m| self.strict(m));
        if let Some(r) = &mut shape.for_resource {
            self.strict(r);
        }
        match &mut shape.body {
            Body::None => {}
            Body::Members(members) => members.iter_mut().for_each(|m| self.member(m)),
            Body::Operation(op) => {
                op.input
                    .iter_mut()
                    .chain(op.output.iter_mut())
                    .for_each(|r| self.strict(r));
                op.errors.iter_mut().flatten().for_each(|r| self.strict(r));
            }
            Body::Properties(props) => {
                for (key, value, _) in props {
                    match key.as_str() {
                        "operations"
                        | "resources"
                        | "errors"
                        | "collectionOperations"
                        | "create"
                        | "put"
                        | "read"
                        | "update"
                        | "delete"
                        | "list" => self.strict_ids(value, false),
                        "identifiers" | "properties" => self.strict_ids(value, true),
                        _ => self.node(value),
                    }
                }
            }
        }
    }

    /// Resolves the shape ids of a service or resource property: a shape id,
    /// a list of them, or (`in_object`) an object whose values are shape ids.
    fn strict_ids(&mut self, value: &mut Node, in_object: bool) {
        match value {
            Node::Id(r) => self.strict(r),
            Node::Array(items) if !in_object => items.iter_mut().for_each(|n| self.strict_ids(n, false)),
            Node::Object(entries) if in_object => entries.iter_mut().for_each(|(_, n)| self.strict_ids(n, false)),
            _ => {} // Reported when the JSON AST is built.
        }
    }
}

/// Gives elided members (`$name`) the target of the same-named identifier or
/// property of the `for` resource, or of the member of a mixin.
fn fill_elided_targets(files: &mut [FileAst], index: &ShapeIndex) -> Result<(), Vec<IdlError>> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for (fi, file) in files.iter().enumerate() {
        let Some(ns) = &file.namespace else { continue };
        for (si, shape) in file.shapes.iter().enumerate() {
            let Body::Members(members) = &shape.body else {
                continue;
            };
            for (mi, m) in members.iter().enumerate() {
                if m.target.is_some() || matches!(shape.kind, "enum" | "intEnum") {
                    continue;
                }
                let id = format!("{ns}#{}", shape.name);
                match inherited_target(files, index, &id, &m.name, 0) {
                    Some(target) => found.push((fi, si, mi, target)),
                    None => errors.push(IdlError::at(
                        &file.path,
                        m.pos,
                        format!(
                            "cannot find the target of elided member `${}`: no such identifier or property in the `for` resource, nor member in the mixins",
                            m.name
                        ),
                    )),
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (fi, si, mi, (target, pos)) in found {
        if let Body::Members(members) = &mut files[fi].shapes[si].body {
            members[mi].target = Some(ShapeRef::new(target, pos));
        }
    }
    Ok(())
}

type Target = (String, super::lexer::Pos);

fn inherited_target(
    files: &[FileAst],
    index: &ShapeIndex,
    shape_id: &str,
    member: &str,
    depth: usize,
) -> Option<Target> {
    if depth > 64 {
        return None;
    }
    let &(fi, si) = index.get(shape_id)?;
    let shape = &files[fi].shapes[si];
    if depth > 0 {
        if let Body::Members(members) = &shape.body {
            if let Some(t) = members
                .iter()
                .find(|m| m.name == member)
                .and_then(|m| m.target.as_ref())
            {
                return Some((t.id.clone(), t.pos));
            }
        }
    }
    if let Some(resource) = &shape.for_resource {
        if let Some(&(rfi, rsi)) = index.get(&resource.id) {
            if let Body::Properties(props) = &files[rfi].shapes[rsi].body {
                for key in ["identifiers", "properties"] {
                    let entries = props.iter().find_map(|(k, v, _)| match v {
                        Node::Object(entries) if k == key => Some(entries),
                        _ => None,
                    });
                    if let Some(Node::Id(r)) = entries.and_then(|e| e.iter().find(|(k, _)| k == member).map(|(_, v)| v))
                    {
                        return Some((r.id.clone(), r.pos));
                    }
                }
            }
        }
    }
    shape
        .mixins
        .iter()
        .find_map(|mixin| inherited_target(files, index, &mixin.id, member, depth + 1))
}

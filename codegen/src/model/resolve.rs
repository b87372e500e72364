//! Turns a loaded [`Ast`] into a [`Model`], reporting every problem at once.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use serde_json::Value;

use super::prelude::{self, UNIT};
use super::{Member, Model, Operation, Resource, Service, Shape, ShapeId, ShapeKind, Simple, Traits};
use crate::error::{Error, Errors};
use crate::load::{Ast, AstMember, AstShape, Reference};

/// Resolves a loaded model: prelude, `apply`, mixins, targets and typed traits.
pub fn resolve(ast: Ast) -> Result<Model, Errors> {
    let mut errors = Errors::default();
    let mut raw: BTreeMap<ShapeId, AstShape> = BTreeMap::new();
    let mut applies = Vec::new();

    let prelude = prelude::shapes().into_iter();
    for (id, value) in prelude.chain(ast.shapes) {
        let parsed = serde_json::from_value::<AstShape>(value);
        let shape = match parsed {
            Ok(shape) => shape,
            Err(e) => {
                errors.push(Error::shape(&id, format!("invalid shape definition: {e}")));
                continue;
            }
        };
        if shape.kind == "apply" {
            applies.push((id, shape.traits));
            continue;
        }
        match ShapeId::parse(&id) {
            Some(shape_id) => {
                raw.insert(shape_id, shape);
            }
            None => errors.push(Error::shape(&id, "not an absolute shape id `namespace#Name`")),
        }
    }

    // Traits applied to a mixin's members must be there before the mixin is
    // copied; members that only exist once mixins are flattened are applied after.
    let mut deferred = Vec::new();
    for (target, traits) in applies {
        if let Err(traits) = apply(&mut raw, &target, traits, &mut errors) {
            deferred.push((target, traits));
        }
    }
    flatten_mixins(&mut raw, &mut errors);
    for (target, traits) in deferred {
        if apply(&mut raw, &target, traits, &mut errors).is_err() {
            errors.push(Error::shape(&target, "`apply` targets a member that does not exist"));
        }
    }

    let mut shapes = BTreeMap::new();
    let mut broken = BTreeSet::new();
    for (id, shape) in &raw {
        match build_shape(id, shape, &mut errors) {
            Some(shape) => {
                shapes.insert(id.clone(), shape);
            }
            None => {
                broken.insert(id.clone());
            }
        }
    }
    let metadata = ast.metadata.into_iter().collect();
    let model = Model { shapes, metadata };
    check_references(&model, &broken, &mut errors);
    errors.into_result(model)
}

/// Adds the traits of an `apply` statement to a shape or member. A member that
/// does not exist (yet) gives the traits back.
fn apply(
    raw: &mut BTreeMap<ShapeId, AstShape>,
    target: &str,
    traits: IndexMap<String, Value>,
    errors: &mut Errors,
) -> Result<(), IndexMap<String, Value>> {
    let (shape_id, member) = match target.split_once('$') {
        Some((shape, member)) => (shape, Some(member)),
        None => (target, None),
    };
    let shape = ShapeId::parse(shape_id).and_then(|id| raw.get_mut(&id));
    let Some(shape) = shape else {
        errors.push(Error::shape(target, "`apply` targets a shape that does not exist"));
        return Ok(());
    };
    let slot = match member {
        None => &mut shape.traits,
        Some(name) => match find_member(shape, name) {
            Some(member) => &mut member.traits,
            None => return Err(traits),
        },
    };
    slot.extend(traits);
    Ok(())
}

fn find_member<'a>(shape: &'a mut AstShape, name: &str) -> Option<&'a mut AstMember> {
    if let Some(member) = shape.members.get_mut(name) {
        return Some(member);
    }
    match name {
        "member" => shape.member.as_mut(),
        "key" => shape.key.as_mut(),
        "value" => shape.value.as_mut(),
        _ => None,
    }
}

/// Copies each mixin's members and traits into the shapes that use it, mixins of
/// mixins first. A member redeclared locally keeps the mixin's position and traits,
/// with the local traits winning.
fn flatten_mixins(raw: &mut BTreeMap<ShapeId, AstShape>, errors: &mut Errors) {
    let mut done: BTreeSet<ShapeId> = BTreeSet::new();
    let ids: Vec<ShapeId> = raw.keys().cloned().collect();
    for id in ids {
        let mut visiting = BTreeSet::new();
        flatten_one(raw, &id, &mut done, &mut visiting, errors);
    }
}

fn flatten_one(
    raw: &mut BTreeMap<ShapeId, AstShape>,
    id: &ShapeId,
    done: &mut BTreeSet<ShapeId>,
    visiting: &mut BTreeSet<ShapeId>,
    errors: &mut Errors,
) {
    if done.contains(id) {
        return;
    }
    if !visiting.insert(id.clone()) {
        errors.push(Error::shape(id, "mixins form a cycle"));
        return;
    }
    let mixins = raw.get(id).map(|s| s.mixins.clone()).unwrap_or_default();
    let mut members = IndexMap::new();
    let mut traits = IndexMap::new();
    for mixin in &mixins {
        let Some(mixin_id) = ShapeId::parse(&mixin.target).filter(|m| raw.contains_key(m)) else {
            errors.push(Error::shape(id, format!("mixin `{}` does not exist", mixin.target)));
            continue;
        };
        flatten_one(raw, &mixin_id, done, visiting, errors);
        let mixin_shape = &raw[&mixin_id];
        members.extend(mixin_shape.members.clone());
        let inherited = mixin_shape
            .traits
            .iter()
            .filter(|(name, _)| *name != "smithy.api#mixin");
        traits.extend(inherited.map(|(k, v)| (k.clone(), v.clone())));
        let (member, key, value) = (
            mixin_shape.member.clone(),
            mixin_shape.key.clone(),
            mixin_shape.value.clone(),
        );
        if let Some(shape) = raw.get_mut(id) {
            // Lists and maps take their member, key and value from a mixin too,
            // with the shape's own traits on them winning.
            inherit_part(&mut shape.member, member);
            inherit_part(&mut shape.key, key);
            inherit_part(&mut shape.value, value);
        }
    }
    if let Some(shape) = raw.get_mut(id) {
        if !mixins.is_empty() {
            for (name, local) in std::mem::take(&mut shape.members) {
                match members.get_mut(&name) {
                    Some(inherited) => {
                        inherited.traits.extend(local.traits);
                        inherited.target = local.target;
                    }
                    None => {
                        members.insert(name, local);
                    }
                }
            }
            shape.members = members;
            traits.extend(std::mem::take(&mut shape.traits));
            shape.traits = traits;
            shape.mixins.clear();
        }
    }
    visiting.remove(id);
    done.insert(id.clone());
}

fn inherit_part(local: &mut Option<AstMember>, inherited: Option<AstMember>) {
    match (local.as_mut(), inherited) {
        (None, inherited) => *local = inherited,
        (Some(own), Some(mut inherited)) => {
            inherited.traits.extend(std::mem::take(&mut own.traits));
            own.traits = inherited.traits;
        }
        (Some(_), None) => {}
    }
}

fn build_shape(id: &ShapeId, ast: &AstShape, errors: &mut Errors) -> Option<Shape> {
    let traits = parse_traits(&id.to_string(), &ast.traits, errors);
    let member = |name: &str, m: &AstMember, errors: &mut Errors| build_member(id, name, m, errors);
    let members = |errors: &mut Errors| -> Vec<Member> {
        ast.members
            .iter()
            .filter_map(|(name, m)| member(name, m, errors))
            .collect()
    };
    let required = |part: &Option<AstMember>, name: &str, errors: &mut Errors| match part {
        Some(m) => member(name, m, errors),
        None => {
            errors.push(Error::shape(id, format!("{} lacks its `{name}` member", ast.kind)));
            None
        }
    };
    let kind = match ast.kind.as_str() {
        "structure" => ShapeKind::Structure(members(errors)),
        "union" => ShapeKind::Union(members(errors)),
        "enum" => ShapeKind::Enum(enum_members(members(errors))),
        "intEnum" => ShapeKind::IntEnum(members(errors)),
        "list" | "set" => ShapeKind::List(Box::new(required(&ast.member, "member", errors)?)),
        "map" => {
            let key = required(&ast.key, "key", errors);
            let value = required(&ast.value, "value", errors);
            ShapeKind::Map {
                key: Box::new(key?),
                value: Box::new(value?),
            }
        }
        "operation" => ShapeKind::Operation(Operation {
            input: reference_or_unit(&ast.input),
            output: reference_or_unit(&ast.output),
            errors: references(id, &ast.errors, errors),
        }),
        "service" => ShapeKind::Service(Service {
            version: ast.version.clone().unwrap_or_default(),
            operations: references(id, &ast.operations, errors),
            resources: references(id, &ast.resources, errors),
            errors: references(id, &ast.errors, errors),
            rename: ast
                .rename
                .iter()
                .filter_map(|(from, to)| Some((ShapeId::parse(from)?, to.clone())))
                .collect(),
        }),
        "resource" => {
            let lifecycle = [&ast.create, &ast.put, &ast.read, &ast.update, &ast.delete, &ast.list];
            let mut operations: Vec<Reference> = lifecycle.into_iter().flatten().cloned().collect();
            operations.extend(ast.operations.iter().cloned());
            operations.extend(ast.collection_operations.iter().cloned());
            ShapeKind::Resource(Resource {
                operations: references(id, &operations, errors),
                resources: references(id, &ast.resources, errors),
            })
        }
        other => match Simple::from_name(other) {
            Some(simple) => ShapeKind::Simple(simple),
            None => {
                errors.push(Error::shape(id, format!("unknown shape type `{other}`")));
                return None;
            }
        },
    };
    Some(Shape {
        id: id.clone(),
        kind,
        traits,
    })
}

/// Smithy 2.0 enum members without `@enumValue` take their name as value.
fn enum_members(mut members: Vec<Member>) -> Vec<Member> {
    for member in &mut members {
        if member.traits.enum_value.is_none() {
            member.traits.enum_value = Some(Value::String(member.name.clone()));
        }
    }
    members
}

fn build_member(shape: &ShapeId, name: &str, ast: &AstMember, errors: &mut Errors) -> Option<Member> {
    let member_id = shape.member(name);
    let traits = parse_traits(&member_id, &ast.traits, errors);
    let Some(target) = ShapeId::parse(&ast.target) else {
        errors.push(Error::shape(
            member_id,
            format!("target `{}` is not an absolute shape id", ast.target),
        ));
        return None;
    };
    Some(Member {
        name: name.to_owned(),
        target,
        traits,
    })
}

fn parse_traits(owner: &str, traits: &IndexMap<String, Value>, errors: &mut Errors) -> Traits {
    let all = traits.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let (traits, problems) = Traits::parse(all);
    for problem in problems {
        errors.push(Error::shape(owner, problem));
    }
    traits
}

fn reference_or_unit(reference: &Option<Reference>) -> ShapeId {
    let target = reference.as_ref().map_or(UNIT, |r| r.target.as_str());
    ShapeId::parse(target).unwrap_or_else(|| ShapeId::parse(UNIT).expect("the Unit id is valid"))
}

fn references(owner: &ShapeId, references: &[Reference], errors: &mut Errors) -> Vec<ShapeId> {
    references
        .iter()
        .filter_map(|r| {
            let id = ShapeId::parse(&r.target);
            if id.is_none() {
                errors.push(Error::shape(
                    owner,
                    format!("`{}` is not an absolute shape id", r.target),
                ));
            }
            id
        })
        .collect()
}

/// Checks that every reference names a shape of the right kind.
/// Shapes in `broken` were already reported, so references to them are not.
fn check_references(model: &Model, broken: &BTreeSet<ShapeId>, errors: &mut Errors) {
    let exists = |owner: &str, target: &ShapeId, what: &str, errors: &mut Errors| -> bool {
        let found = model.shapes.contains_key(target);
        if !found && !broken.contains(target) {
            errors.push(Error::shape(owner, format!("{what} `{target}` does not exist")));
        }
        found
    };
    let kind_is = |owner: &str, target: &ShapeId, what: &str, ok: fn(&ShapeKind) -> bool, errors: &mut Errors| {
        if exists(owner, target, what, errors) && !ok(&model.shapes[target].kind) {
            let kind = model.shapes[target].kind.name();
            errors.push(Error::shape(owner, format!("{what} `{target}` is a {kind}")));
        }
    };
    let is_structure = |k: &ShapeKind| matches!(k, ShapeKind::Structure(_));
    let is_operation = |k: &ShapeKind| matches!(k, ShapeKind::Operation(_));
    let is_resource = |k: &ShapeKind| matches!(k, ShapeKind::Resource(_));
    for (id, shape) in &model.shapes {
        let owner = id.to_string();
        for member in shape.kind.members() {
            exists(&id.member(&member.name), &member.target, "target", errors);
        }
        match &shape.kind {
            ShapeKind::Operation(op) => {
                kind_is(&owner, &op.input, "input", is_structure, errors);
                kind_is(&owner, &op.output, "output", is_structure, errors);
                for error in &op.errors {
                    check_error(model, &owner, error, errors);
                }
            }
            ShapeKind::Service(svc) => {
                for op in &svc.operations {
                    kind_is(&owner, op, "operation", is_operation, errors);
                }
                for resource in &svc.resources {
                    kind_is(&owner, resource, "resource", is_resource, errors);
                }
                for error in &svc.errors {
                    check_error(model, &owner, error, errors);
                }
            }
            ShapeKind::Resource(resource) => {
                for op in &resource.operations {
                    kind_is(&owner, op, "operation", is_operation, errors);
                }
                for child in &resource.resources {
                    kind_is(&owner, child, "resource", is_resource, errors);
                }
            }
            ShapeKind::IntEnum(members) => {
                for member in members {
                    if !member.traits.enum_value.as_ref().is_some_and(Value::is_i64) {
                        errors.push(Error::shape(
                            id.member(&member.name),
                            "intEnum member needs an integer `enumValue`",
                        ));
                    }
                }
            }
            _ => {}
        }
    }
}

fn check_error(model: &Model, owner: &str, error: &ShapeId, errors: &mut Errors) {
    match model.shapes.get(error) {
        None => errors.push(Error::shape(owner, format!("error `{error}` does not exist"))),
        Some(shape) if shape.traits.error.is_none() || !matches!(shape.kind, ShapeKind::Structure(_)) => {
            errors.push(Error::shape(
                owner,
                format!("error `{error}` is not a structure with the `error` trait"),
            ))
        }
        Some(_) => {}
    }
}

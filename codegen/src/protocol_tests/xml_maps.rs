//! Where a request case's XML body holds map entries, so that the test can
//! compare them whatever their order (a Smithy map has no order; a list has).
//!
//! Each place is the path of element names from below the document's root to
//! the entries of one map: `myMap/entry` for a wrapped map member `myMap`,
//! `myMap` for a flattened one (whose entries are the repeated `<myMap>`
//! elements). Paths are found by walking the case's params with the shapes they
//! fill, so they are finite even for recursive shapes.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::model::{HttpBinding, Member, ShapeId, ShapeKind};
use crate::plan::{xml, OperationPlan, Plan};

/// The paths of the map entries of the XML body of `op`'s request for `params`
/// (restXml: the unbound input members, or the `@httpPayload` structure).
pub(super) fn request_map_entries(plan: &Plan<'_>, op: &OperationPlan, params: &Value) -> Vec<String> {
    let mut out = BTreeSet::new();
    let payload = op
        .input
        .fields
        .iter()
        .find(|f| matches!(f.http_binding, Some(HttpBinding::Payload)));
    match payload {
        // The payload structure is the document's root.
        Some(field) => {
            if let Some(value) = params.get(&field.member.name) {
                element_paths(plan, &field.member.target, false, value, "", &mut out);
            }
        }
        None => {
            for field in op.input.fields.iter().filter(|f| f.http_binding.is_none()) {
                if let Some(value) = params.get(&field.member.name) {
                    member_paths(plan, &field.member, value, "", &mut out);
                }
            }
        }
    }
    out.into_iter().collect()
}

/// The paths inside the element(s) of a structure member whose parent is at `parent`.
fn member_paths(plan: &Plan<'_>, member: &Member, value: &Value, parent: &str, out: &mut BTreeSet<String>) {
    if xml::is_attribute(member) {
        return;
    }
    let name = xml::element_name(member);
    let element = if parent.is_empty() {
        name
    } else {
        format!("{parent}/{name}")
    };
    element_paths(plan, &member.target, xml::is_flattened(member), value, &element, out);
}

/// The paths inside the element at `element` holding `value`, of shape `target`
/// (when `flattened`, a list's items or a map's entries are the repeated
/// elements at `element` themselves).
fn element_paths(
    plan: &Plan<'_>,
    target: &ShapeId,
    flattened: bool,
    value: &Value,
    element: &str,
    out: &mut BTreeSet<String>,
) {
    match &plan.model.shape(target).kind {
        ShapeKind::List(item) => {
            let items = if flattened {
                element.to_owned()
            } else {
                format!("{element}/{}", xml::list_item_name(plan.model, target))
            };
            for value in value.as_array().into_iter().flatten() {
                element_paths(plan, &item.target, false, value, &items, out);
            }
        }
        ShapeKind::Map {
            value: value_member, ..
        } => {
            let entries = if flattened {
                element.to_owned()
            } else {
                format!("{element}/entry")
            };
            let (_, value_name) = xml::map_entry_names(plan.model, target);
            let values = format!("{entries}/{value_name}");
            for value in value.as_object().into_iter().flat_map(|o| o.values()) {
                element_paths(plan, &value_member.target, false, value, &values, out);
            }
            out.insert(entries);
        }
        ShapeKind::Structure(members) | ShapeKind::Union(members) => {
            for (key, value) in value.as_object().into_iter().flatten() {
                if let Some(member) = members.iter().find(|m| &m.name == key) {
                    member_paths(plan, member, value, element, out);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = r#"{
      "smithy": "2.0",
      "shapes": {
        "ex#Svc": { "type": "service", "version": "1", "operations": [{ "target": "ex#Put" }, { "target": "ex#PutDoc" }],
                    "traits": { "aws.protocols#restXml": {} } },
        "ex#Put": { "type": "operation", "input": { "target": "ex#PutInput" },
                    "traits": { "smithy.api#http": { "method": "POST", "uri": "/put" } } },
        "ex#PutInput": { "type": "structure", "members": {
            "id": { "target": "smithy.api#String", "traits": { "smithy.api#httpHeader": "x-id" } },
            "kind": { "target": "smithy.api#String", "traits": { "smithy.api#xmlAttribute": {} } },
            "byName": { "target": "ex#Things" },
            "flat": { "target": "ex#Lists", "traits": { "smithy.api#xmlFlattened": {}, "smithy.api#xmlName": "F" } },
            "items": { "target": "ex#ThingList" }
        } },
        "ex#PutDoc": { "type": "operation", "input": { "target": "ex#PutDocInput" },
                       "traits": { "smithy.api#http": { "method": "POST", "uri": "/doc" } } },
        "ex#PutDocInput": { "type": "structure", "members": {
            "doc": { "target": "ex#Thing", "traits": { "smithy.api#httpPayload": {} } }
        } },
        "ex#Thing": { "type": "structure", "members": { "tags": { "target": "ex#Tags" } } },
        "ex#Things": { "type": "map", "key": { "target": "smithy.api#String" }, "value": { "target": "ex#Thing" } },
        "ex#Tags": { "type": "map", "key": { "target": "smithy.api#String" },
                     "value": { "target": "smithy.api#String", "traits": { "smithy.api#xmlName": "V" } } },
        "ex#Lists": { "type": "map", "key": { "target": "smithy.api#String" },
                      "value": { "target": "ex#TagsList", "traits": { "smithy.api#xmlName": "L" } } },
        "ex#TagsList": { "type": "list", "member": { "target": "ex#Tags", "traits": { "smithy.api#xmlName": "T" } } },
        "ex#ThingList": { "type": "list", "member": { "target": "ex#Thing" } }
      }
    }"#;

    fn entries(op: &str, params: &str) -> Vec<String> {
        let model =
            crate::model::resolve(crate::load::parse("xml_maps.json", MODEL).expect("loads")).expect("resolves");
        let plan = Plan::new(&model).expect("plans");
        let op = plan.operations.iter().find(|o| o.name == op).expect("the operation");
        request_map_entries(&plan, op, &serde_json::from_str(params).expect("JSON"))
    }

    #[test]
    fn map_entries_are_found_wherever_the_params_put_maps() {
        let params = r#"{
            "id": "i", "kind": "k",
            "byName": { "a": { "tags": { "x": "1" } }, "b": {} },
            "flat": { "c": [{ "y": "2" }] },
            "items": [{ "tags": { "z": "3" } }, {}]
        }"#;
        assert_eq!(
            entries("Put", params),
            [
                "F",
                "F/L/T/entry",
                "byName/entry",
                "byName/entry/value/tags/entry",
                "items/member/tags/entry",
            ]
        );
        // Maps the params leave out are not looked for.
        assert_eq!(entries("Put", r#"{ "items": [{}] }"#), Vec::<String>::new());
    }

    #[test]
    fn a_payload_structure_is_the_root() {
        assert_eq!(
            entries("PutDoc", r#"{ "doc": { "tags": { "x": "1" } } }"#),
            ["tags/entry"]
        );
    }
}

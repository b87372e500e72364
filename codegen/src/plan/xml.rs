//! What the XML traits, `@awsQueryError` and `@ec2QueryName` decide for the
//! XML protocols (awsQuery, ec2Query, restXml): member names, flattened and attribute members, the names
//! of list items and map entries, and the error code a response names an error by.

use crate::model::{Member, Model, Shape, ShapeId, ShapeKind, Traits};

/// `smithy.api#xmlName` of a member, if any.
pub fn xml_name(member: &Member) -> Option<String> {
    member
        .traits
        .get("smithy.api#xmlName")
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

/// The element name of a structure member: its `@xmlName`, else its name.
pub fn element_name(member: &Member) -> String {
    xml_name(member).unwrap_or_else(|| member.name.clone())
}

/// Whether a structure member's list or map is `@xmlFlattened`: its items are
/// repeated elements (query keys `A.1`) rather than wrapped (`A.member.1`).
pub fn is_flattened(member: &Member) -> bool {
    member.traits.has("smithy.api#xmlFlattened")
}

/// Whether a structure member is an `@xmlAttribute` of its element.
pub fn is_attribute(member: &Member) -> bool {
    member.traits.has("smithy.api#xmlAttribute")
}

/// The element name of a wrapped list's items: its member's `@xmlName`, else `member`.
pub fn list_item_name(model: &Model, list: &ShapeId) -> String {
    match &model.shape(list).kind {
        ShapeKind::List(member) => xml_name(member).unwrap_or_else(|| "member".to_owned()),
        _ => "member".to_owned(),
    }
}

/// The element names of a map's keys and values: their members' `@xmlName`,
/// else `key` and `value`.
pub fn map_entry_names(model: &Model, map: &ShapeId) -> (String, String) {
    match &model.shape(map).kind {
        ShapeKind::Map { key, value } => (
            xml_name(key).unwrap_or_else(|| "key".to_owned()),
            xml_name(value).unwrap_or_else(|| "value".to_owned()),
        ),
        _ => ("key".to_owned(), "value".to_owned()),
    }
}

/// The code an awsQuery error response names `error` by: its
/// `@awsQueryError` code, else its shape name.
pub fn query_error_code(error: &Shape) -> String {
    error
        .traits
        .get("aws.protocols#awsQueryError")
        .and_then(|v| v.get("code"))
        .and_then(|v| v.as_str())
        .map_or_else(|| error.id.name().to_owned(), str::to_owned)
}

/// The query key of a member in an ec2Query request: its `@ec2QueryName`, else
/// its `@xmlName` or member name with the first letter upper-cased.
pub fn ec2_query_name(member: &Member) -> String {
    if let Some(name) = member.traits.get("aws.protocols#ec2QueryName").and_then(|v| v.as_str()) {
        return name.to_owned();
    }
    let name = element_name(member);
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name,
    }
}

/// The element name of a shape written as a restXml document root: its
/// `@xmlName`, else its shape name.
pub fn root_name(shape: &Shape) -> String {
    shape
        .traits
        .get("smithy.api#xmlName")
        .and_then(|v| v.as_str())
        .map_or_else(|| shape.id.name().to_owned(), str::to_owned)
}

/// The `xmlns` attribute a member's `@xmlNamespace` asks for on its element.
pub fn member_namespace(member: &Member) -> Option<(String, String)> {
    namespace(&member.traits)
}

/// The `xmlns` attribute a shape's `@xmlNamespace` asks for on its element
/// (as the document's root: restXml ignores it below).
pub fn shape_namespace(shape: &Shape) -> Option<(String, String)> {
    namespace(&shape.traits)
}

/// The `xmlns` attribute `@xmlNamespace` (in `traits`, of a shape or member)
/// asks for: its name (`xmlns` or `xmlns:<prefix>`) and the namespace URI.
fn namespace(traits: &Traits) -> Option<(String, String)> {
    let ns = traits.get("smithy.api#xmlNamespace")?;
    let uri = ns.get("uri")?.as_str()?.to_owned();
    let name = match ns.get("prefix").and_then(|p| p.as_str()) {
        Some(prefix) => format!("xmlns:{prefix}"),
        None => "xmlns".to_owned(),
    };
    Some((name, uri))
}

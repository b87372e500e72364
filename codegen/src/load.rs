//! Stage 1, load: serde types that mirror the Smithy JSON AST.
//!
//! Nothing is interpreted here: traits stay as JSON values and shape references
//! stay as strings. [`crate::model`] resolves them.

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Errors};

/// A whole JSON AST document.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ast {
    /// The Smithy version, `"2.0"` or `"1.0"`.
    pub smithy: String,
    /// Free-form metadata.
    #[serde(default)]
    pub metadata: IndexMap<String, Value>,
    /// Shapes by absolute id, still as JSON: each is parsed on its own so one bad
    /// shape does not hide the others.
    #[serde(default)]
    pub shapes: IndexMap<String, Value>,
}

/// A reference to another shape: `{"target": "ns#Name"}`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// The absolute id of the shape referred to.
    pub target: String,
}

/// A member of an aggregate shape.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AstMember {
    /// The absolute id of the member's target.
    pub target: String,
    /// The member's traits.
    #[serde(default)]
    pub traits: IndexMap<String, Value>,
}

/// One entry of the `shapes` map.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AstShape {
    /// The shape type: `structure`, `string`, `apply`, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// The shape's traits.
    #[serde(default)]
    pub traits: IndexMap<String, Value>,
    /// Members of structures, unions, enums and intEnums, in model order.
    #[serde(default)]
    pub members: IndexMap<String, AstMember>,
    /// List member.
    pub member: Option<AstMember>,
    /// Map key.
    pub key: Option<AstMember>,
    /// Map value.
    pub value: Option<AstMember>,
    /// Mixins applied to this shape, in order.
    #[serde(default)]
    pub mixins: Vec<Reference>,
    /// Operation input.
    pub input: Option<Reference>,
    /// Operation output.
    pub output: Option<Reference>,
    /// Operation or service errors.
    #[serde(default)]
    pub errors: Vec<Reference>,
    /// Service version.
    pub version: Option<String>,
    /// Service or resource operations.
    #[serde(default)]
    pub operations: Vec<Reference>,
    /// Service or resource child resources.
    #[serde(default)]
    pub resources: Vec<Reference>,
    /// Service renames of conflicting shape names.
    #[serde(default)]
    pub rename: IndexMap<String, String>,
    /// Resource identifiers.
    #[serde(default)]
    pub identifiers: IndexMap<String, Reference>,
    /// Resource properties.
    #[serde(default)]
    pub properties: IndexMap<String, Reference>,
    /// Resource lifecycle operations.
    pub create: Option<Reference>,
    /// Resource lifecycle operations.
    pub put: Option<Reference>,
    /// Resource lifecycle operations.
    pub read: Option<Reference>,
    /// Resource lifecycle operations.
    pub update: Option<Reference>,
    /// Resource lifecycle operations.
    pub delete: Option<Reference>,
    /// Resource lifecycle operations.
    pub list: Option<Reference>,
    /// Resource operations on the collection.
    #[serde(default)]
    pub collection_operations: Vec<Reference>,
}

/// Parses a JSON AST document. `file` names the source in errors.
pub fn parse(file: &str, json: &str) -> Result<Ast, Errors> {
    let value: Value = serde_json::from_str(json).map_err(|e| Error::Json {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })?;
    from_value(file, value)
}

/// Reads a JSON AST document already parsed as JSON (for example by the IDL loader).
pub fn from_value(file: &str, value: Value) -> Result<Ast, Errors> {
    let ast: Ast = serde_json::from_value(value).map_err(|e| Error::NotAModel {
        file: file.to_owned(),
        message: e.to_string(),
    })?;
    if !ast.smithy.starts_with('1') && !ast.smithy.starts_with('2') {
        return Err(Error::NotAModel {
            file: file.to_owned(),
            message: format!("unsupported Smithy version `{}`", ast.smithy),
        }
        .into());
    }
    Ok(ast)
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

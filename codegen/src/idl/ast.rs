//! The syntax tree of one IDL file, before name resolution.

use super::lexer::Pos;
use super::node::{Node, ShapeRef};

#[derive(Debug, Default)]
pub(crate) struct FileAst {
    pub(crate) path: String,
    pub(crate) version: Option<String>,
    pub(crate) metadata: Vec<(String, Node, Pos)>,
    pub(crate) namespace: Option<String>,
    /// `use` statements: absolute ids.
    pub(crate) uses: Vec<ShapeRef>,
    pub(crate) shapes: Vec<ShapeDef>,
    pub(crate) applies: Vec<Apply>,
}

#[derive(Debug, Clone)]
pub(crate) struct TraitApp {
    pub(crate) name: ShapeRef,
    /// `None` for an annotation trait written without a value (`@sensitive`, `@foo()`).
    pub(crate) value: Option<Node>,
}

#[derive(Debug)]
pub(crate) struct Member {
    pub(crate) name: String,
    pub(crate) pos: Pos,
    /// `None` when the target is elided (`$name`).
    pub(crate) target: Option<ShapeRef>,
    pub(crate) traits: Vec<TraitApp>,
    /// `= value`: the default value, or the value of an enum member.
    pub(crate) value: Option<Node>,
}

#[derive(Debug)]
pub(crate) enum Body {
    /// Simple shapes: no body.
    None,
    /// enum, intEnum, list, map, structure, union: members in order.
    Members(Vec<Member>),
    /// service and resource: the properties of their node object.
    Properties(Vec<(String, Node, Pos)>),
    Operation(OperationBody),
}

#[derive(Debug, Default)]
pub(crate) struct OperationBody {
    pub(crate) input: Option<ShapeRef>,
    pub(crate) output: Option<ShapeRef>,
    pub(crate) errors: Option<Vec<ShapeRef>>,
}

#[derive(Debug)]
pub(crate) struct ShapeDef {
    /// The shape's name (relative), e.g. `Foo`.
    pub(crate) name: String,
    pub(crate) pos: Pos,
    /// The shape type as written (`structure`, `intEnum`, ...).
    pub(crate) kind: &'static str,
    pub(crate) traits: Vec<TraitApp>,
    pub(crate) mixins: Vec<ShapeRef>,
    pub(crate) for_resource: Option<ShapeRef>,
    pub(crate) body: Body,
}

/// `apply Target @a @b`.
#[derive(Debug)]
pub(crate) struct Apply {
    pub(crate) target: ShapeRef,
    pub(crate) traits: Vec<TraitApp>,
}

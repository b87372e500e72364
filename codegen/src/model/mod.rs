//! Stage 2, resolve: the model indexed by shape id, with the prelude built in,
//! mixins flattened, `apply` statements applied, targets checked and the traits
//! the generator understands parsed into typed values.

mod prelude;
mod resolve;
mod traits;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub use resolve::resolve;
pub use traits::{ErrorFault, HttpBinding, HttpTrait, Paginated, Retryable, TimestampFormat, Traits};

/// An absolute shape id, `namespace#Name`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShapeId(String);

impl ShapeId {
    /// Wraps an absolute id; `None` when it has no namespace.
    pub fn parse(id: &str) -> Option<ShapeId> {
        let (namespace, name) = id.split_once('#')?;
        let valid = !namespace.is_empty() && !name.is_empty() && !name.contains('$');
        valid.then(|| ShapeId(id.to_owned()))
    }

    /// The namespace, before `#`.
    pub fn namespace(&self) -> &str {
        self.0.split_once('#').map_or("", |(ns, _)| ns)
    }

    /// The shape name, after `#`.
    pub fn name(&self) -> &str {
        self.0.split_once('#').map_or(&self.0, |(_, name)| name)
    }

    /// The id as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of one of this shape's members, for error messages.
    pub fn member(&self, member: &str) -> String {
        format!("{}${member}", self.0)
    }
}

impl fmt::Display for ShapeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A member of an aggregate shape.
#[derive(Debug, Clone)]
pub struct Member {
    /// The member name as written in the model.
    pub name: String,
    /// The shape the member targets.
    pub target: ShapeId,
    /// The member's own traits merged with those of its target where Smithy says so
    /// is not done here: target traits stay on the target.
    pub traits: Traits,
}

/// A shape and its kind-specific parts.
#[derive(Debug, Clone)]
pub struct Shape {
    /// The shape's id.
    pub id: ShapeId,
    /// What kind of shape it is.
    pub kind: ShapeKind,
    /// The shape's traits.
    pub traits: Traits,
}

/// The simple types of Smithy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Simple {
    /// `blob`
    Blob,
    /// `boolean`
    Boolean,
    /// `string`
    String,
    /// `byte`
    Byte,
    /// `short`
    Short,
    /// `integer`
    Integer,
    /// `long`
    Long,
    /// `float`
    Float,
    /// `double`
    Double,
    /// `bigInteger`
    BigInteger,
    /// `bigDecimal`
    BigDecimal,
    /// `timestamp`
    Timestamp,
    /// `document`
    Document,
}

impl Simple {
    /// The simple type named `name` in the JSON AST.
    pub fn from_name(name: &str) -> Option<Simple> {
        Some(match name {
            "blob" => Simple::Blob,
            "boolean" => Simple::Boolean,
            "string" => Simple::String,
            "byte" => Simple::Byte,
            "short" => Simple::Short,
            "integer" => Simple::Integer,
            "long" => Simple::Long,
            "float" => Simple::Float,
            "double" => Simple::Double,
            "bigInteger" => Simple::BigInteger,
            "bigDecimal" => Simple::BigDecimal,
            "timestamp" => Simple::Timestamp,
            "document" => Simple::Document,
            _ => return None,
        })
    }
}

/// A service shape.
#[derive(Debug, Clone, Default)]
pub struct Service {
    /// The service version.
    pub version: String,
    /// Operations bound directly to the service.
    pub operations: Vec<ShapeId>,
    /// Resources bound to the service.
    pub resources: Vec<ShapeId>,
    /// Errors every operation of the service may return.
    pub errors: Vec<ShapeId>,
    /// Renames of shape names that would otherwise conflict.
    pub rename: BTreeMap<ShapeId, String>,
}

/// An operation shape.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The input structure (`smithy.api#Unit` when none).
    pub input: ShapeId,
    /// The output structure (`smithy.api#Unit` when none).
    pub output: ShapeId,
    /// The operation's own errors.
    pub errors: Vec<ShapeId>,
}

/// A resource shape: only its bindings matter to a client.
#[derive(Debug, Clone, Default)]
pub struct Resource {
    /// Every operation bound to the resource, lifecycle ones included.
    pub operations: Vec<ShapeId>,
    /// Child resources.
    pub resources: Vec<ShapeId>,
}

/// The kind of a shape.
#[derive(Debug, Clone)]
pub enum ShapeKind {
    /// A simple type.
    Simple(Simple),
    /// A string enum; members target `smithy.api#Unit` and carry `enumValue`.
    Enum(Vec<Member>),
    /// An integer enum; members carry an integer `enumValue`.
    IntEnum(Vec<Member>),
    /// A list.
    List(Box<Member>),
    /// A map.
    Map {
        /// The key member.
        key: Box<Member>,
        /// The value member.
        value: Box<Member>,
    },
    /// A structure.
    Structure(Vec<Member>),
    /// A tagged union.
    Union(Vec<Member>),
    /// An operation.
    Operation(Operation),
    /// A service.
    Service(Service),
    /// A resource.
    Resource(Resource),
}

impl ShapeKind {
    /// The members of an aggregate shape, in model order.
    pub fn members(&self) -> Vec<&Member> {
        match self {
            ShapeKind::Enum(m) | ShapeKind::IntEnum(m) | ShapeKind::Structure(m) | ShapeKind::Union(m) => {
                m.iter().collect()
            }
            ShapeKind::List(member) => vec![&**member],
            ShapeKind::Map { key, value } => vec![&**key, &**value],
            _ => Vec::new(),
        }
    }

    /// The JSON AST name of the kind, for messages.
    pub fn name(&self) -> &'static str {
        match self {
            ShapeKind::Simple(_) => "simple type",
            ShapeKind::Enum(_) => "enum",
            ShapeKind::IntEnum(_) => "intEnum",
            ShapeKind::List(_) => "list",
            ShapeKind::Map { .. } => "map",
            ShapeKind::Structure(_) => "structure",
            ShapeKind::Union(_) => "union",
            ShapeKind::Operation(_) => "operation",
            ShapeKind::Service(_) => "service",
            ShapeKind::Resource(_) => "resource",
        }
    }
}

/// A resolved model: every shape by id, the prelude included.
#[derive(Debug, Clone)]
pub struct Model {
    /// Every shape, ordered by id.
    pub shapes: BTreeMap<ShapeId, Shape>,
    /// The model's metadata.
    pub metadata: BTreeMap<String, serde_json::Value>,
}

impl Model {
    /// The shape with this id. Targets are checked when the model is resolved, so
    /// a missing shape here is a bug in the generator.
    pub fn shape(&self, id: &ShapeId) -> &Shape {
        self.shapes
            .get(id)
            .unwrap_or_else(|| panic!("resolved model lacks {id}"))
    }

    /// The shape with this id, if any.
    pub fn get(&self, id: &ShapeId) -> Option<&Shape> {
        self.shapes.get(id)
    }

    /// Every service shape outside the prelude.
    pub fn services(&self) -> impl Iterator<Item = &Shape> {
        self.shapes.values().filter(|s| matches!(s.kind, ShapeKind::Service(_)))
    }

    /// The one service a client is generated for.
    pub fn service(&self) -> Result<&Shape, crate::Error> {
        let mut services = self.services();
        match (services.next(), services.next()) {
            (Some(service), None) => Ok(service),
            (None, _) => Err(crate::Error::Model("the model defines no service shape".into())),
            (Some(a), Some(b)) => Err(crate::Error::Model(format!(
                "the model defines several services ({}, {}, ...): name the one to generate",
                a.id, b.id
            ))),
        }
    }

    /// Every operation of a service, those bound through resources included, ordered by id.
    pub fn operations(&self, service: &ShapeId) -> Vec<ShapeId> {
        let mut operations = BTreeSet::new();
        let ShapeKind::Service(svc) = &self.shape(service).kind else {
            return Vec::new();
        };
        operations.extend(svc.operations.iter().cloned());
        let mut resources: Vec<&ShapeId> = svc.resources.iter().collect();
        let mut seen = BTreeSet::new();
        while let Some(id) = resources.pop() {
            if !seen.insert(id) {
                continue;
            }
            if let ShapeKind::Resource(resource) = &self.shape(id).kind {
                operations.extend(resource.operations.iter().cloned());
                resources.extend(resource.resources.iter());
            }
        }
        operations.into_iter().collect()
    }

    /// Every shape reachable from the service: its operations (through resources
    /// too), their inputs, outputs and errors, the service errors, and every member
    /// target, transitively. Ordered by id.
    pub fn closure(&self, service: &ShapeId) -> BTreeSet<ShapeId> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![service.clone()];
        while let Some(id) = stack.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            let Some(shape) = self.get(&id) else { continue };
            match &shape.kind {
                ShapeKind::Service(svc) => {
                    stack.extend(svc.operations.iter().cloned());
                    stack.extend(svc.resources.iter().cloned());
                    stack.extend(svc.errors.iter().cloned());
                }
                ShapeKind::Resource(resource) => {
                    stack.extend(resource.operations.iter().cloned());
                    stack.extend(resource.resources.iter().cloned());
                }
                ShapeKind::Operation(op) => {
                    stack.push(op.input.clone());
                    stack.push(op.output.clone());
                    stack.extend(op.errors.iter().cloned());
                }
                kind => stack.extend(kind.members().into_iter().map(|m| m.target.clone())),
            }
        }
        seen
    }
}

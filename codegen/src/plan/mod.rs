//! Stage 3, plan: the Rust view of a model, decided once.
//!
//! Every Rust name, module, type and optionality the emitter uses comes from here,
//! and so does every decision a model trait drives: which values `Debug` hides
//! ([`Field::redacted`], [`Item::sensitive`]), timestamp formats
//! ([`Field::timestamp_format`]), HTTP bindings, event streams, pagination and
//! the operation's wire facts ([`OperationPlan`]).
//!
//! # Names that would collide
//!
//! A structure field's builder methods (`x`, `set_x`, `get_x`, see
//! [`Field::setter`]) never clash: a field whose methods would take another
//! field's or a builder's own (`build`, `new`, `send`, `default`, `clone`, ...)
//! is renamed `x_value`. An item file named `builders` (the module of the
//! builders) becomes `builders_shape`; errors named `Error` or `Unhandled` take
//! `Value`. Two members spelling one Rust name, and two errors of one operation
//! with one wire code, are refused: no rename would tell them apart.
//!
//! # Optionality
//!
//! A structure member is an `Option` unless the client can count on a value:
//! - members of operation inputs are always optional (Smithy 2.0 treats `@input`
//!   members as `@clientOptional`), and builders check `@required` ones;
//! - `@clientOptional` members are optional;
//! - `@required` members, and members with a non-null `@default`, are not.
//!
//! When a response lacks a `@required` member, the client fills in the member's
//! zero value (`false`, `0`, `""`, empty blob, list or map, epoch for timestamps,
//! the unknown variant for enums and unions, an empty structure), as the Smithy
//! 2.0 specification asks of clients ("error correction"), rather than failing the
//! whole call. A member with a `@default` takes that default instead.
//!
//! # Streaming blobs
//!
//! A member targeting a `@streaming` blob (Smithy allows one only as the
//! `@httpPayload` of an operation input or output) is a
//! [`RustType::ByteStream`]: `smithy_runtime::ByteStream`, sent and received
//! chunk by chunk rather than held in memory. A stream cannot be serialized with
//! serde, cloned or compared, so a structure holding one
//! ([`Item::has_byte_stream`]) derives only `Debug` (and `Default`) and its
//! builder takes `impl Into<ByteStream>` (bytes, a file, a stream); the
//! operation's fluent builder is not `Clone` either. Its request sends the stream
//! as the body; its output is built from the response's status and headers and
//! the body stream, handed over before the body is read.

pub mod auth;
pub mod features;
pub mod naming;
pub mod protocol;
mod recursion;
mod sensitive;
mod timestamps;
mod types;
pub mod xml;

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{Error, Errors};
use crate::model::{
    HttpBinding, HttpTrait, Member, Model, Paginated, Shape, ShapeId, ShapeKind, Simple, TimestampFormat, Traits,
};

pub use auth::AuthScheme;
pub use protocol::Protocol;
pub use types::RustType;

/// Where a generated type lives in the crate.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Module {
    /// `crate::types`: structures, enums and unions of the model.
    Types,
    /// `crate::error`: the modeled errors.
    Error,
    /// `crate::operation::<name>`: an operation's input, output and error.
    Operation(String),
}

impl Module {
    /// The module path, as Rust source.
    pub fn path(&self) -> String {
        match self {
            Module::Types => "crate::types".to_owned(),
            Module::Error => "crate::error".to_owned(),
            Module::Operation(name) => format!("crate::operation::{}", naming::escape(name)),
        }
    }
}

/// What kind of Rust item a shape becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A struct with a builder.
    Struct,
    /// A string enum keeping unknown values.
    Enum,
    /// An integer enum keeping unknown values.
    IntEnum,
    /// A tagged union with an unknown case.
    Union,
}

/// A named Rust item generated for a shape.
#[derive(Debug, Clone)]
pub struct Item {
    /// The shape it comes from.
    pub shape: ShapeId,
    /// The Rust type name.
    pub name: String,
    /// The name of its builder (structures), `<name>Builder`.
    pub builder: String,
    /// The module it lives in.
    pub module: Module,
    /// The file name (without `.rs`) inside the module's folder.
    pub file: String,
    /// What it is.
    pub kind: ItemKind,
    /// Fields (structures), variants (unions) or values (enums).
    pub fields: Vec<Field>,
    /// Whether this structure is an operation input (all members optional).
    pub is_input: bool,
    /// Whether the shape is `@sensitive`: `Debug` hides every member.
    pub sensitive: bool,
}

impl Item {
    /// The path of the type, as Rust source.
    pub fn path(&self) -> String {
        format!("{}::{}", self.module.path(), self.name)
    }

    /// [`Self::path`] as tokens, for the emitters.
    pub fn path_tokens(&self) -> proc_macro2::TokenStream {
        self.path().parse().expect("planned paths are valid Rust")
    }

    /// Whether a field is a `@streaming` blob ([`RustType::ByteStream`]): the
    /// item cannot derive serde, `Clone` or `PartialEq`.
    pub fn has_byte_stream(&self) -> bool {
        self.fields.iter().any(|f| f.ty == RustType::ByteStream)
    }

    /// The `@streaming` blob field (`@httpPayload`), if any.
    pub fn byte_stream_field(&self) -> Option<&Field> {
        self.fields.iter().find(|f| f.ty == RustType::ByteStream)
    }
}

/// A structure field, union variant or enum value.
#[derive(Debug, Clone)]
pub struct Field {
    /// The member as written in the model.
    pub member: Member,
    /// The Rust name: a field, or a variant for unions and enums.
    pub name: String,
    /// The name on the wire: `@jsonName` or `@xmlName` (where the protocol
    /// honours it), else the member name.
    pub wire_name: String,
    /// The Rust type of the value, without `Option`.
    pub ty: RustType,
    /// Whether the field is an `Option`.
    pub optional: bool,
    /// Whether the member is `@required`.
    pub required: bool,
    /// The member's `@default`, when not null.
    pub default: Option<serde_json::Value>,
    /// The enum value (enums and intEnums).
    pub enum_value: Option<serde_json::Value>,
    /// Documentation: the member's, else its target's.
    pub documentation: Option<String>,
    /// Whether `Debug` hides the value: `@sensitive` on the member, its target,
    /// or anything a list or map target holds.
    pub redacted: bool,
    /// The `@timestampFormat` of the value: the member's, else its target's
    /// (`None`: the location's default).
    pub timestamp_format: Option<TimestampFormat>,
    /// For a list or map field, the `@timestampFormat` of the timestamps it
    /// holds at any depth: the innermost member's, else the timestamp shape's.
    pub nested_timestamp_format: Option<TimestampFormat>,
    /// Where the member goes in the HTTP message (`@httpLabel`, `@httpHeader`,
    /// `@httpPayload`, ...); `None`: in the body (always, for a protocol that
    /// ignores HTTP bindings).
    pub http_binding: Option<HttpBinding>,
    /// Whether the member is an `@idempotencyToken`, filled in when unset.
    pub idempotency_token: bool,
    /// Whether the member is a `@hostLabel` of the operation's host prefix.
    pub host_label: bool,
    /// The member's `@deprecated` message (possibly empty), when deprecated.
    pub deprecated: Option<String>,
    /// The target's `@mediaType`: a header string is base64, a payload's
    /// `Content-Type`.
    pub media_type: Option<String>,
    /// Whether the target is `@requiresLength`: a streamed payload must be sent
    /// with a known length.
    pub requires_length: bool,
    /// The member's `smithy.rules#contextParam` (`{"name": ...}`): the endpoint
    /// parameter its value sets.
    pub context_param: Option<serde_json::Value>,
}

impl Field {
    /// The builder method that sets or clears the field, `set_<field>`.
    pub fn setter(&self) -> String {
        format!("set_{}", naming::unraw(&self.name))
    }

    /// The builder method that reads the field set so far, `get_<field>`.
    pub fn getter(&self) -> String {
        format!("get_{}", naming::unraw(&self.name))
    }
}

/// An operation, as the client offers it.
#[derive(Debug, Clone)]
pub struct OperationPlan {
    /// The operation shape.
    pub shape: ShapeId,
    /// The operation name, `DescribeJobExecution`.
    pub name: String,
    /// The client method and module name, `describe_job_execution`.
    pub method: String,
    /// The input item (`<Name>Input`).
    pub input: Item,
    /// The output item (`<Name>Output`).
    pub output: Item,
    /// The error enum name (`<Name>Error`).
    pub error_name: String,
    /// The fluent builder the client method returns (`<Name>FluentBuilder`).
    pub fluent_builder: String,
    /// The paginator type, for `@paginated` operations (`<Name>Paginator`).
    pub paginator: String,
    /// The modeled errors it may return (its own and the service's), by id.
    pub errors: Vec<ShapeId>,
    /// The `@http` binding (`None` for a protocol that ignores HTTP bindings).
    pub http: Option<HttpTrait>,
    /// The auth schemes it accepts, in order of preference (see [`auth`]).
    pub auth: Vec<AuthScheme>,
    /// The member of its input or output that streams events (it targets a
    /// `@streaming` union), which only `--allow-unsupported` lets through.
    pub event_stream: Option<String>,
    /// The `@endpoint` host prefix pattern (`{label}.` parts filled from
    /// `@hostLabel` members).
    pub host_prefix: Option<String>,
    /// The modeled errors (of [`errors`](Self::errors)) that are `@retryable`.
    pub retryable_errors: Vec<ShapeId>,
    /// Whether the payload is signed as `UNSIGNED-PAYLOAD` (`aws.auth#unsignedPayload`).
    pub unsigned_payload: bool,
    /// Whether the request body is gzipped (`@requestCompression` lists gzip).
    pub gzip_request: bool,
    /// Whether the request carries a `Content-MD5` (`@httpChecksumRequired`).
    pub checksum_required: bool,
    /// Its `@paginated` trait merged with the service's defaults, when paginated.
    pub paginated: Option<Paginated>,
    /// Its `smithy.rules#operationContextParams`: endpoint parameters read from
    /// the input by JMESPath paths.
    pub operation_context_params: Option<serde_json::Value>,
    /// Its `smithy.rules#staticContextParams`: endpoint parameters with fixed values.
    pub static_context_params: Option<serde_json::Value>,
    /// Its `smithy.waiters#waitable` waiter definitions, by waiter name.
    pub waitable: Option<serde_json::Value>,
}

/// A waiter (`smithy.waiters#waitable`), as the client offers it.
#[derive(Debug, Clone)]
pub struct WaiterPlan {
    /// The waiter's name in the model (`ThingReady`).
    pub name: String,
    /// The operation it polls.
    pub operation: ShapeId,
    /// The builder type (`ThingReadyWaiter`).
    pub type_name: String,
    /// The client method (`wait_until_thing_ready`).
    pub method: String,
    /// The function holding its acceptors (`thing_ready_acceptors`).
    pub acceptors_fn: String,
}

/// Methods of a waiter builder that input members must not shadow.
const WAITER_BUILDER_METHODS: &[&str] = &["max_wait", "min_delay", "max_delay", "wait", "new"];

/// The Rust view of one service.
#[derive(Debug, Clone)]
pub struct Plan<'m> {
    /// The resolved model.
    pub model: &'m Model,
    /// The service shape.
    pub service: &'m Shape,
    /// The protocol the client speaks.
    pub protocol: Protocol,
    /// Whether the service is `@awsQueryCompatible`: its error responses carry
    /// awsQuery error codes (`x-amzn-query-error`), which callers see.
    pub query_compatible: bool,
    /// Named items for the structures, enums and unions of `crate::types` and the
    /// errors of `crate::error`, by shape id.
    pub items: BTreeMap<ShapeId, Item>,
    /// The operations, ordered by name.
    pub operations: Vec<OperationPlan>,
    /// Every modeled error, ordered by Rust name.
    pub errors: Vec<ShapeId>,
    /// Members that are boxed to break recursion: `(shape, member)`.
    pub boxed: BTreeSet<(ShapeId, String)>,
    /// The waiters, ordered by name.
    pub waiters: Vec<WaiterPlan>,
    /// The function of the crate's private `de` module that reads each
    /// structure, union, list and map from JSON, by shape id (unique names).
    pub readers: BTreeMap<ShapeId, String>,
    /// Refused features that `--allow-unsupported` let through, documented on
    /// the items they affect.
    pub gaps: Vec<features::Gap>,
    /// The Markdown of the documentation the emitters write, each text converted once.
    pub markdown: crate::docs::MarkdownCache,
}

/// Names the error module already uses: the service-wide enum, and the
/// catch-all variant every error enum has.
const RESERVED_ERROR_NAMES: &[&str] = &["Error", "Unhandled"];
/// Module names an item file must not take: the module files of `types` and
/// `error` declare `pub mod builders`.
const RESERVED_FILES: &[&str] = &["builders"];
/// The entry reader of the map whose reader is `reader`.
fn entry_reader_of(reader: &str) -> String {
    format!("{reader}_entry")
}

/// Names that enums and unions use for their catch-all case.
const UNKNOWN: &str = "Unknown";
/// Methods of the generated `Client` that operations must not shadow.
const RESERVED_CLIENT_METHODS: &[&str] = &["new", "config"];
/// Builder methods a field's methods (`x`, `set_x`, `get_x`) must not take:
/// the structure builder's `build`, the structure's `builder`, the fluent
/// builder's `new`, `send`, `as_input` and `into_paginator`, and the trait
/// methods generated code calls on builders (`default`, `clone`), which an
/// inherent method of the same name would shadow.
const RESERVED_FIELDS: &[&str] = &[
    "build",
    "builder",
    "send",
    "new",
    "as_input",
    "into_paginator",
    "default",
    "clone",
];

impl<'m> Plan<'m> {
    /// Plans the client of the model's one service.
    pub fn new(model: &'m Model) -> Result<Plan<'m>, Errors> {
        Self::new_allowing(model, &BTreeSet::new())
    }

    /// [`Plan::new`], generating anyway the unsupported features named in
    /// `allowed` (trait ids or feature names, see [`features`]).
    pub fn new_allowing(model: &'m Model, allowed: &BTreeSet<String>) -> Result<Plan<'m>, Errors> {
        let service = model.service()?;
        Planner::new(model, service).run(allowed)
    }

    /// Whether an operation's response deserializer reads the modeled error
    /// `error`: one listed by an operation without an event stream (the client
    /// reads no event stream, so an error raised only inside one is not read).
    pub fn reads_error_from_responses(&self, error: &ShapeId) -> bool {
        self.operations
            .iter()
            .any(|op| op.event_stream.is_none() && op.errors.contains(error))
    }

    /// The name of every type the generated crate declares for the model:
    /// items, their builders, and each operation's and waiter's types.
    pub fn declared_type_names(&self) -> BTreeSet<&str> {
        let items = self
            .items
            .values()
            .chain(self.operations.iter().flat_map(|op| [&op.input, &op.output]));
        let operation_types = self
            .operations
            .iter()
            .flat_map(|op| [&op.error_name, &op.fluent_builder, &op.paginator]);
        items
            .flat_map(|item| [&item.name, &item.builder])
            .chain(operation_types)
            .chain(self.waiters.iter().map(|waiter| &waiter.type_name))
            .map(String::as_str)
            .collect()
    }

    /// Plans the client of service `id`, for models that define several services.
    pub fn for_service(model: &'m Model, id: &ShapeId) -> Result<Plan<'m>, Errors> {
        Self::for_service_allowing(model, id, &BTreeSet::new())
    }

    /// [`Plan::for_service`], generating anyway the unsupported features named in `allowed`.
    pub fn for_service_allowing(
        model: &'m Model,
        id: &ShapeId,
        allowed: &BTreeSet<String>,
    ) -> Result<Plan<'m>, Errors> {
        let service = model
            .get(id)
            .filter(|s| matches!(s.kind, ShapeKind::Service(_)))
            .ok_or_else(|| Error::Model(format!("the model defines no service `{id}`")))?;
        Planner::new(model, service).run(allowed)
    }

    /// The notes of the gaps that affect `shape` (or one of its members).
    pub fn gap_notes(&self, shape: &ShapeId) -> Vec<String> {
        self.gaps
            .iter()
            .filter(|g| &g.owner == shape)
            .map(features::Gap::note)
            .collect()
    }

    /// The `@timestampFormat` of the value a member holds (a list member or map
    /// value, say): the member's, else its target's.
    pub fn timestamp_format_of(&self, member: &Member) -> Option<TimestampFormat> {
        timestamps::member_format(self.model, member)
    }

    /// The item of a named shape.
    pub fn item(&self, id: &ShapeId) -> Option<&Item> {
        self.items.get(id)
    }

    /// The function of the crate's private `de` module that reads one entry of
    /// a map from XML (`<entry><key/><value/></entry>`): its reader's name with
    /// `_entry`, a name [`readers`](Self::readers) keeps free.
    pub fn map_entry_reader(&self, id: &ShapeId) -> Option<String> {
        match self.model.get(id)?.kind {
            ShapeKind::Map { .. } => Some(entry_reader_of(self.readers.get(id)?)),
            _ => None,
        }
    }

    /// The function of the crate's private `ser` module that writes a shape
    /// into a request body: its reader's name with `write_` for `read_`, so
    /// writers are as unique as [`readers`](Self::readers).
    pub fn writer(&self, id: &ShapeId) -> Option<String> {
        let reader = self.readers.get(id)?;
        Some(format!("write_{}", reader.strip_prefix("read_").unwrap_or(reader)))
    }

    /// A shape's documentation (`@documentation`), as the model writes it.
    pub fn docs(&self, shape: &ShapeId) -> Option<&'m str> {
        self.model.get(shape).and_then(|s| s.traits.documentation.as_deref())
    }

    /// The service's endpoint rule set (`smithy.rules#endpointRuleSet`).
    pub fn endpoint_rule_set(&self) -> Option<&'m serde_json::Value> {
        self.service.traits.get("smithy.rules#endpointRuleSet")
    }

    /// The service's endpoint test cases (`smithy.rules#endpointTests`).
    pub fn endpoint_tests(&self) -> Option<&'m serde_json::Value> {
        self.service.traits.get("smithy.rules#endpointTests")
    }

    /// The service's endpoint settings (`smithy.rules#clientContextParams`).
    pub fn client_context_params(&self) -> Option<&'m serde_json::Value> {
        self.service.traits.get("smithy.rules#clientContextParams")
    }

    /// The service's documentation.
    pub fn service_docs(&self) -> Option<&str> {
        self.service.traits.documentation.as_deref()
    }

    /// The service's title (`smithy.api#title`), else its shape name.
    pub fn service_title(&self) -> String {
        let title = self.service.traits.get("smithy.api#title").and_then(|v| v.as_str());
        title.map_or_else(|| self.service.id.name().to_owned(), str::to_owned)
    }

    /// The package name a crate of this service gets unless told otherwise: the
    /// service's `sdkId` (or shape name) in kebab case, `iot-jobs-data-plane`.
    pub fn default_crate_name(&self) -> String {
        naming::snake_case(self.sdk_id().unwrap_or(self.service.id.name())).replace('_', "-")
    }

    /// The features of `smithy-runtime` the generated crate turns on: its
    /// protocol's codecs, and request compression when an operation gzips its
    /// request. A JSON service without compression needs none.
    pub fn runtime_features(&self) -> Vec<&'static str> {
        let protocol = self.protocol.runtime_feature();
        let compression = self
            .operations
            .iter()
            .any(|op| op.gzip_request)
            .then_some("compression");
        protocol.into_iter().chain(compression).collect()
    }

    /// The service's `sdkId` (`aws.api#service`), for AWS services.
    pub fn sdk_id(&self) -> Option<&'m str> {
        let service = self.service.traits.get("aws.api#service");
        service.and_then(|s| s.get("sdkId")).and_then(|v| v.as_str())
    }

    /// The table of every name the plan decided: shape to type, member to field,
    /// enum value to variant, operation to method. One line each, sorted.
    pub fn name_table(&self) -> String {
        fn item_lines(lines: &mut Vec<String>, item: &Item) {
            lines.push(format!("{} -> {}", item.shape, item.path()));
            for field in &item.fields {
                let member = item.shape.member(&field.member.name);
                match item.kind {
                    ItemKind::Struct => {
                        let ty = if field.optional {
                            format!("Option<{}>", field.ty.display())
                        } else {
                            field.ty.display()
                        };
                        lines.push(format!("  {member} -> .{}: {ty}", field.name));
                    }
                    ItemKind::Union => lines.push(format!("  {member} -> ::{}({})", field.name, field.ty.display())),
                    ItemKind::Enum | ItemKind::IntEnum => {
                        let value = field.enum_value.as_ref().map(|v| v.to_string()).unwrap_or_default();
                        lines.push(format!("  {value} -> ::{}", field.name));
                    }
                }
            }
        }
        let mut lines = Vec::new();
        for item in self.items.values() {
            item_lines(&mut lines, item);
        }
        for op in &self.operations {
            lines.push(format!("{} -> Client::{}()", op.shape, op.method));
            item_lines(&mut lines, &op.input);
            item_lines(&mut lines, &op.output);
        }
        lines.join("\n") + "\n"
    }
}

/// Builds a [`Plan`], collecting every problem.
struct Planner<'m> {
    model: &'m Model,
    service: &'m Shape,
    errors: Errors,
    closure: BTreeSet<ShapeId>,
    boxed: BTreeSet<(ShapeId, String)>,
    /// Rust names decided for named shapes (before items are built).
    names: BTreeMap<ShapeId, (String, Module)>,
    /// The service's implemented auth schemes.
    auth_schemes: auth::ServiceSchemes,
    /// The protocol the client speaks (restJson1 when the service declares
    /// none the generator implements: the feature gate refuses it then).
    protocol: Protocol,
}

impl<'m> Planner<'m> {
    fn new(model: &'m Model, service: &'m Shape) -> Self {
        let closure = model.closure(&service.id);
        let boxed = recursion::members_to_box(model, &closure);
        Planner {
            model,
            service,
            errors: Errors::default(),
            closure,
            boxed,
            names: BTreeMap::new(),
            auth_schemes: auth::ServiceSchemes::default(),
            protocol: Protocol::of_service(service).unwrap_or(Protocol::RestJson1),
        }
    }

    fn run(mut self, allowed: &BTreeSet<String>) -> Result<Plan<'m>, Errors> {
        let gaps = match features::check(self.model, self.service, &self.closure, allowed) {
            Ok(gaps) => gaps,
            Err(refused) => {
                refused.0.into_iter().for_each(|e| self.errors.push(e));
                Vec::new()
            }
        };
        match auth::service_schemes(self.service) {
            Ok(schemes) => self.auth_schemes = schemes,
            Err(e) => self.errors.push(e),
        }
        let operations = self.model.operations(&self.service.id);
        let operation_shapes: BTreeSet<&ShapeId> = operations
            .iter()
            .flat_map(|op| match &self.model.shape(op).kind {
                ShapeKind::Operation(o) => vec![&o.input, &o.output],
                _ => vec![],
            })
            .collect();
        self.name_shapes(&operation_shapes);

        let mut items = BTreeMap::new();
        for (id, (name, module)) in self.names.clone() {
            let shape = self.model.shape(&id);
            if let Some(item) = self.item(shape, name, module, false) {
                items.insert(id, item);
            }
        }
        let mut planned = Vec::new();
        for op in &operations {
            if let Some(plan) = self.operation(op) {
                planned.push(plan);
            }
        }
        planned.sort_by(|a, b| a.method.cmp(&b.method));
        self.check_operation_names(&planned);
        let mut errors: Vec<ShapeId> = items
            .values()
            .filter(|item| item.module == Module::Error)
            .map(|item| item.shape.clone())
            .collect();
        errors.sort_by_key(|id| items[id].name.clone());
        let waiters = self.waiters(&planned);
        let readers = self.readers();
        let Planner {
            model,
            service,
            errors: problems,
            boxed,
            protocol,
            ..
        } = self;
        problems.into_result(Plan {
            model,
            service,
            protocol,
            query_compatible: service.traits.has(features::QUERY_COMPATIBLE),
            items,
            operations: planned,
            errors,
            boxed,
            waiters,
            readers,
            gaps,
            markdown: crate::docs::MarkdownCache::default(),
        })
    }

    /// Names the reader of every structure and union that is a type, and of
    /// every list and map, in shape id order; a name taken by an earlier shape
    /// gets a number. A map's name also takes its entry reader's (see
    /// [`Plan::map_entry_reader`]), so no shape's reader can be called that.
    fn readers(&self) -> BTreeMap<ShapeId, String> {
        let mut taken = BTreeSet::new();
        let mut readers = BTreeMap::new();
        for id in &self.closure {
            let is_map = match &self.model.shape(id).kind {
                ShapeKind::Structure(_) | ShapeKind::Union(_) if self.names.contains_key(id) => false,
                ShapeKind::List(_) => false,
                ShapeKind::Map { .. } => true,
                _ => continue,
            };
            let base = naming::reader_fn(id.name());
            let name = (1..)
                .map(|n| if n == 1 { base.clone() } else { format!("{base}_{n}") })
                .find(|name| {
                    let entry_taken = is_map && taken.contains(&entry_reader_of(name));
                    !taken.contains(name) && !entry_taken
                })
                .expect("an unused name");
            if is_map {
                taken.insert(entry_reader_of(&name));
            }
            taken.insert(name.clone());
            readers.insert(id.clone(), name);
        }
        readers
    }

    /// Names every structure, enum and union of the closure that becomes a type of
    /// its own, and reports names that collide.
    fn name_shapes(&mut self, operation_shapes: &BTreeSet<&ShapeId>) {
        let referenced_as_member: BTreeSet<ShapeId> = self
            .closure
            .iter()
            .flat_map(|id| {
                self.model
                    .shape(id)
                    .kind
                    .members()
                    .into_iter()
                    .map(|m| m.target.clone())
            })
            .collect();
        let mut taken: BTreeMap<(Module, String), ShapeId> = BTreeMap::new();
        for name in RESERVED_ERROR_NAMES {
            taken.insert((Module::Error, (*name).to_owned()), self.service.id.clone());
        }
        for id in &self.closure {
            let shape = self.model.shape(id);
            let named = match &shape.kind {
                ShapeKind::Structure(_) => {
                    // Operation inputs and outputs get their own per-operation
                    // copies; the shape itself is a type only if a member uses it.
                    (!operation_shapes.contains(id) || referenced_as_member.contains(id))
                        && !shape.traits.has("smithy.api#unitType")
                }
                ShapeKind::Enum(_) | ShapeKind::IntEnum(_) | ShapeKind::Union(_) => true,
                ShapeKind::Simple(Simple::String) => shape.traits.legacy_enum.is_some(),
                _ => false,
            };
            if !named {
                continue;
            }
            let module = if shape.traits.error.is_some() {
                Module::Error
            } else {
                Module::Types
            };
            let base = match self.rename_of(id) {
                Some(renamed) => naming::type_name(renamed),
                None => naming::type_name(id.name()),
            };
            let name = if taken.contains_key(&(module.clone(), base.clone())) && module == Module::Error {
                format!("{base}Value")
            } else {
                base
            };
            if let Some(other) = taken.insert((module.clone(), name.clone()), id.clone()) {
                self.errors.push(Error::shape(
                    id,
                    format!("its Rust name `{name}` collides with that of `{other}`; rename one (service `rename`)"),
                ));
            }
            self.names.insert(id.clone(), (name, module));
        }
    }

    fn rename_of(&self, id: &ShapeId) -> Option<&str> {
        match &self.service.kind {
            ShapeKind::Service(svc) => svc.rename.get(id).map(String::as_str),
            _ => None,
        }
    }

    /// Names the waiters of every operation, and reports names that collide
    /// with an operation's method or that an input member would shadow.
    fn waiters(&mut self, operations: &[OperationPlan]) -> Vec<WaiterPlan> {
        let mut waiters = Vec::new();
        let mut lowercase: BTreeMap<String, String> = BTreeMap::new();
        for op in operations {
            let waitable = self.model.shape(&op.shape).traits.get("smithy.waiters#waitable");
            let Some(names) = waitable.and_then(serde_json::Value::as_object) else {
                continue;
            };
            for name in names.keys() {
                let problem = |message: String| Error::shape(&op.shape, format!("waiter `{name}`: {message}"));
                if let Some(other) = lowercase.insert(name.to_lowercase(), name.clone()) {
                    self.errors.push(problem(format!(
                        "its name is not case-insensitively unique (see `{other}`)"
                    )));
                    continue;
                }
                let snake = naming::snake_case(name);
                let method = format!("wait_until_{snake}");
                if operations.iter().any(|o| naming::unraw(&o.method) == method) {
                    self.errors.push(problem(format!(
                        "its client method `{method}` collides with an operation's"
                    )));
                }
                for field in &op.input.fields {
                    let field_name = naming::unraw(&field.name);
                    let setter = format!("set_{field_name}");
                    if WAITER_BUILDER_METHODS.contains(&field_name) || WAITER_BUILDER_METHODS.contains(&setter.as_str())
                    {
                        self.errors.push(problem(format!(
                            "input member `{}` collides with the waiter method `{field_name}`",
                            field.member.name
                        )));
                    }
                }
                waiters.push(WaiterPlan {
                    name: name.clone(),
                    operation: op.shape.clone(),
                    type_name: format!("{}Waiter", naming::upper_camel_case(name)),
                    method,
                    acceptors_fn: format!("{snake}_acceptors"),
                });
            }
        }
        waiters.sort_by(|a, b| a.name.cmp(&b.name));
        waiters
    }

    /// The JSON protocols name an error on the wire by its shape name alone (the
    /// code is sanitized of any namespace): two errors of one operation with one
    /// name cannot be told apart, so the model is refused.
    fn check_error_codes(&mut self, operation: &ShapeId, errors: &[ShapeId]) {
        let mut codes: BTreeMap<&str, &ShapeId> = BTreeMap::new();
        for error in errors {
            if let Some(other) = codes.insert(error.name(), error) {
                self.errors.push(Error::shape(
                    operation,
                    format!(
                        "errors `{other}` and `{error}` share the wire code `{}`: {} cannot tell them apart; \
                         rename one of the shapes",
                        error.name(),
                        self.protocol.name()
                    ),
                ));
            }
        }
    }

    fn check_operation_names(&mut self, operations: &[OperationPlan]) {
        let mut seen: BTreeMap<&str, &ShapeId> = BTreeMap::new();
        for op in operations {
            if let Some(other) = seen.insert(&op.method, &op.shape) {
                self.errors.push(Error::shape(
                    &op.shape,
                    format!("its method name `{}` collides with that of `{other}`", op.method),
                ));
            }
        }
    }

    fn operation(&mut self, id: &ShapeId) -> Option<OperationPlan> {
        let shape = self.model.shape(id);
        let ShapeKind::Operation(op) = &shape.kind else {
            return None;
        };
        let base = self.rename_of(id).unwrap_or(id.name()).to_owned();
        let name = naming::upper_camel_case(&base);
        let mut method = naming::escape(&naming::snake_case(&base));
        if RESERVED_CLIENT_METHODS.contains(&method.as_str()) {
            method = format!("{method}_operation");
        }
        let module = Module::Operation(naming::unraw(&method).to_owned());
        let input_shape = self.model.shape(&op.input);
        let output_shape = self.model.shape(&op.output);
        let input = self.item(input_shape, format!("{name}Input"), module.clone(), true)?;
        let output = self.item(output_shape, format!("{name}Output"), module, false)?;
        let mut errors: Vec<ShapeId> = op.errors.clone();
        if let ShapeKind::Service(svc) = &self.service.kind {
            errors.extend(svc.errors.iter().cloned());
        }
        errors.sort_by_key(|e| self.names.get(e).map(|(n, _)| n.clone()).unwrap_or_default());
        errors.dedup();
        self.check_error_codes(id, &errors);
        let auth = auth::operation_schemes(shape, self.service, &self.auth_schemes).unwrap_or_else(|e| {
            self.errors.push(e);
            Vec::new()
        });
        let event_stream = self.event_stream_member([&input, &output]);
        let retryable_errors = errors
            .iter()
            .filter(|e| self.model.shape(e).traits.retryable.is_some())
            .cloned()
            .collect();
        // gzip is the one encoding the runtime has.
        let gzip_request = shape
            .traits
            .get("smithy.api#requestCompression")
            .and_then(|t| t.get("encodings"))
            .and_then(|e| e.as_array())
            .is_some_and(|encodings| {
                encodings
                    .iter()
                    .any(|e| e.as_str().is_some_and(|e| e.eq_ignore_ascii_case("gzip")))
            });
        Some(OperationPlan {
            shape: id.clone(),
            error_name: format!("{name}Error"),
            fluent_builder: format!("{name}FluentBuilder"),
            paginator: format!("{name}Paginator"),
            name,
            method,
            input,
            output,
            errors,
            http: shape.traits.http.clone().filter(|_| self.protocol.uses_http_bindings()),
            auth,
            event_stream,
            host_prefix: shape.traits.host_prefix.clone(),
            retryable_errors,
            unsigned_payload: shape.traits.has("aws.auth#unsignedPayload"),
            gzip_request,
            checksum_required: shape.traits.has("smithy.api#httpChecksumRequired"),
            paginated: shape
                .traits
                .paginated
                .as_ref()
                .map(|own| match &self.service.traits.paginated {
                    Some(defaults) => own.merged_with(defaults),
                    None => own.clone(),
                }),
            operation_context_params: shape.traits.get("smithy.rules#operationContextParams").cloned(),
            static_context_params: shape.traits.get("smithy.rules#staticContextParams").cloned(),
            waitable: shape.traits.get("smithy.waiters#waitable").cloned(),
        })
    }

    /// The first member of `items` that targets a `@streaming` union.
    fn event_stream_member(&self, items: [&Item; 2]) -> Option<String> {
        items.into_iter().flat_map(|item| &item.fields).find_map(|field| {
            let target = self.model.shape(&field.member.target);
            (target.traits.streaming && matches!(target.kind, ShapeKind::Union(_))).then(|| field.member.name.clone())
        })
    }

    fn item(&mut self, shape: &Shape, name: String, module: Module, is_input: bool) -> Option<Item> {
        let (kind, members) = match &shape.kind {
            ShapeKind::Structure(members) => (ItemKind::Struct, members.clone()),
            ShapeKind::Union(members) => (ItemKind::Union, members.clone()),
            ShapeKind::Enum(members) => (ItemKind::Enum, members.clone()),
            ShapeKind::IntEnum(members) => (ItemKind::IntEnum, members.clone()),
            ShapeKind::Simple(Simple::String) => (ItemKind::Enum, legacy_enum_members(shape)),
            _ => return None,
        };
        let mut fields = Vec::new();
        for member in members {
            let field = match kind {
                ItemKind::Struct => self.struct_field(shape, member, is_input),
                ItemKind::Union => self.union_variant(shape, member),
                ItemKind::Enum | ItemKind::IntEnum => self.enum_variant(member),
            };
            fields.push(field);
        }
        self.check_field_names(&shape.id, &fields);
        if kind == ItemKind::Struct {
            // A modeled error also holds its response's metadata.
            let also_taken: &[&str] = if module == Module::Error {
                &[ERROR_METADATA_FIELD]
            } else {
                &[]
            };
            rename_colliding_methods(&mut fields, also_taken);
        }
        let mut file = naming::snake_case(&name);
        if RESERVED_FILES.contains(&file.as_str()) {
            file.push_str("_shape");
        }
        Some(Item {
            shape: shape.id.clone(),
            builder: format!("{name}Builder"),
            name,
            module,
            file,
            kind,
            fields,
            is_input,
            sensitive: shape.traits.sensitive,
        })
    }

    fn struct_field(&mut self, owner: &Shape, member: Member, is_input: bool) -> Field {
        let name = naming::field_name(&member.name);
        let ty = self.rust_type(owner, &member);
        let default = member.traits.default.clone().filter(|v| !v.is_null());
        let required = member.traits.required;
        let optional = is_input || member.traits.client_optional || !(required || default.is_some());
        Field {
            optional,
            required,
            default,
            ..self.field(member, name, ty)
        }
    }

    fn union_variant(&mut self, owner: &Shape, member: Member) -> Field {
        let mut name = naming::variant_name(&member.name);
        if name == UNKNOWN {
            name = format!("{UNKNOWN}Value");
        }
        let ty = self.rust_type(owner, &member);
        self.field(member, name, ty)
    }

    fn enum_variant(&mut self, member: Member) -> Field {
        let mut name = naming::variant_name(&member.name);
        if name == UNKNOWN {
            name = format!("{UNKNOWN}Value");
        }
        let value = member.traits.enum_value.clone();
        Field {
            wire_name: value
                .as_ref()
                .and_then(|v| v.as_str())
                .unwrap_or(&member.name)
                .to_owned(),
            documentation: member.traits.documentation.clone(),
            enum_value: value,
            ..self.field(member, name, RustType::Unit)
        }
    }

    /// A field named `name` of type `ty` for `member`, with what the model says
    /// of the member (neither optional nor required, no default: structure
    /// members set those).
    fn field(&self, member: Member, name: String, ty: RustType) -> Field {
        Field {
            wire_name: member
                .traits
                .json_name
                .clone()
                .filter(|_| self.protocol.uses_json_name())
                .or_else(|| xml::xml_name(&member).filter(|_| self.protocol.uses_xml_name()))
                .unwrap_or_else(|| member.name.clone()),
            documentation: self.documentation(&member),
            name,
            ty,
            optional: false,
            required: false,
            default: None,
            enum_value: None,
            redacted: sensitive::member_is_redacted(self.model, &member),
            timestamp_format: timestamps::member_format(self.model, &member),
            nested_timestamp_format: timestamps::nested_format(self.model, &member),
            http_binding: member
                .traits
                .http_binding
                .clone()
                .filter(|_| self.protocol.uses_http_bindings()),
            idempotency_token: member.traits.idempotency_token,
            host_label: member.traits.host_label,
            deprecated: member.traits.deprecated.clone(),
            media_type: self.target_traits(&member).and_then(|t| t.media_type.clone()),
            requires_length: self
                .target_traits(&member)
                .is_some_and(|t| t.has("smithy.api#requiresLength")),
            context_param: member.traits.get("smithy.rules#contextParam").cloned(),
            member,
        }
    }

    /// The traits of the shape a member targets.
    fn target_traits(&self, member: &Member) -> Option<&'m Traits> {
        self.model.get(&member.target).map(|t| &t.traits)
    }

    fn documentation(&self, member: &Member) -> Option<String> {
        let own = member.traits.documentation.clone();
        own.or_else(|| {
            self.model
                .get(&member.target)
                .and_then(|t| t.traits.documentation.clone())
        })
    }

    /// Two members whose Rust names are the same are two spellings of one name:
    /// refused, since no rename would tell a user which is which.
    fn check_field_names(&mut self, owner: &ShapeId, fields: &[Field]) {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for field in fields {
            if let Some(other) = seen.insert(field.name.clone(), &field.member.name) {
                self.errors.push(Error::shape(
                    owner.member(&field.member.name),
                    format!("its Rust name `{}` collides with that of member `{other}`", field.name),
                ));
            }
        }
    }

    fn rust_type(&mut self, owner: &Shape, member: &Member) -> RustType {
        let ty = types::rust_type(self.model, &self.names, &member.target);
        if self.boxed.contains(&(owner.id.clone(), member.name.clone())) {
            RustType::Boxed(Box::new(ty))
        } else {
            ty
        }
    }
}

/// The field and builder method of a generated modeled error that hold the
/// response's `smithy_runtime::error::ErrorMetadata` (status, code, message,
/// request id).
pub const ERROR_METADATA_FIELD: &str = "meta";

/// Gives every structure field builder methods (`x`, `set_x`, `get_x`) no
/// other field or the builders use: a field whose methods would collide takes
/// `_value` (`get_foo` beside `foo`, whose getter is `get_foo`, becomes
/// `get_foo_value`; `new` becomes `new_value`). Fields named like another's
/// accessor (`get_*`, `set_*`) yield, so `foo` keeps its own methods.
/// `also_taken` names fields the item itself adds (a modeled error's `meta`),
/// whose methods are taken too.
fn rename_colliding_methods(fields: &mut [Field], also_taken: &[&str]) {
    let mut taken: BTreeSet<String> = RESERVED_FIELDS.iter().map(|n| (*n).to_owned()).collect();
    for name in also_taken {
        taken.extend([(*name).to_owned(), format!("set_{name}"), format!("get_{name}")]);
    }
    let accessor_like = |f: &Field| {
        let name = naming::unraw(&f.name);
        name.starts_with("get_") || name.starts_with("set_")
    };
    let mut order: Vec<usize> = (0..fields.len()).collect();
    order.sort_by_key(|&i| accessor_like(&fields[i]));
    for i in order {
        loop {
            let field = &fields[i];
            let methods = [naming::unraw(&field.name).to_owned(), field.setter(), field.getter()];
            if methods.iter().all(|m| !taken.contains(m)) {
                taken.extend(methods);
                break;
            }
            fields[i].name = format!("{}_value", naming::unraw(&fields[i].name));
        }
    }
}

/// The values of a Smithy 1.0 `@enum` string, as enum members.
fn legacy_enum_members(shape: &Shape) -> Vec<Member> {
    let values = shape.traits.legacy_enum.clone().unwrap_or_default();
    values
        .into_iter()
        .map(|value| {
            let traits = Traits {
                documentation: value.documentation.clone(),
                enum_value: Some(serde_json::Value::String(value.value.clone())),
                ..Traits::default()
            };
            Member {
                name: value.name.clone().unwrap_or(value.value),
                target: ShapeId::parse("smithy.api#Unit").expect("valid id"),
                traits,
            }
        })
        .collect()
}

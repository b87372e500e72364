//! Generates, into `OUT_DIR/clients.rs` (included by `tests/responses.rs`):
//!
//! - the clients of four shared models (one of them awsJson1_0), each inlined as a module of the test
//!   binary (module `clients::<module>`, its `crate::` paths rewritten to match; nothing is
//!   committed: the clients follow the generator on every build);
//! - for those and for the committed `iot-jobs-data` crate, a `driver` module:
//!   `OPERATIONS`, what each operation's responses look like (a valid body, its
//!   errors, the headers it reads), and `call`, which sends operation `i` with
//!   every required input member set.

use std::fmt::Write as _;
use std::path::PathBuf;

use codegen::emit::{Header, Options};
use codegen::inline::{crate_as_module, rewrite_crate_paths};
use codegen::model::{HttpBinding, Model, ShapeId, ShapeKind, Simple, TimestampFormat};
use codegen::plan::{ItemKind, Plan, RustType};
use serde_json::{json, Value};

/// A service under test: its module, its model (relative to this package), and
/// whether its client is generated here (or is the `iot-jobs-data` dependency).
struct Service {
    module: &'static str,
    model: &'static str,
    inline: bool,
}

const SERVICES: &[Service] = &[
    Service {
        module: "iot_jobs_data",
        model: "../../model/iot-jobs-data.json",
        inline: false,
    },
    // Unions, lists, a map, timestamps in several formats, 39 operations.
    Service {
        module: "connectcases",
        model: "../../../shared/models/connectcases.json",
        inline: true,
    },
    // Documents, maps, lists, timestamps.
    Service {
        module: "mwaa",
        model: "../../../shared/models/mwaa.json",
        inline: true,
    },
    // Output headers (integers, longs, an http-date timestamp), the status code
    // as a member, and streaming bodies.
    Service {
        module: "mediastore_data",
        model: "../../../shared/models/mediastore-data.json",
        inline: true,
    },
    // awsJson1_0: every member in the JSON body, errors named by `__type`;
    // recursive unions (`AttributeValue`), lists, maps, epoch timestamps. The
    // model has no HTTP binding or `@jsonName` traits, so the samples below
    // (which read those traits) are its wire form too.
    Service {
        module: "dynamodb_streams",
        model: "../../../shared/models-other-protocols/dynamodb-streams.json",
        inline: true,
    },
];

/// Modules of the test binary itself, which the drivers' `crate::` paths name.
const TEST_MODULES: &[&str] = &["support::"];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    println!("cargo:rerun-if-changed=build.rs");
    // The project's partitions table, as `cargo xtask codegen` passes it: the
    // endpoint tests of the inlined clients run in the test binary too.
    let partitions_path = manifest.join("../../model/partitions.json");
    println!("cargo:rerun-if-changed={}", partitions_path.display());
    let partitions: Value = serde_json::from_str(&std::fs::read_to_string(&partitions_path).unwrap()).unwrap();
    let mut out = String::new();
    for service in SERVICES {
        let path = manifest.join(service.model);
        println!("cargo:rerun-if-changed={}", path.display());
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let ast = codegen::load::parse(service.model, &json).unwrap_or_else(|e| panic!("{e}"));
        let model = codegen::model::resolve(ast).unwrap_or_else(|e| panic!("{e}"));
        let plan = Plan::new(&model).unwrap_or_else(|e| panic!("{}: {e}", service.model));
        let driver = driver(&plan);
        let module = service.module;
        if service.inline {
            let options = Options {
                crate_name: module.replace('_', "-"),
                crate_version: "0.1.0".to_owned(),
                runtime_path: "../../runtime".to_owned(),
                header: Header {
                    model: service.model.trim_start_matches("../").to_owned(),
                    command: "tests/robustness/build.rs".to_owned(),
                },
                partitions: Some(partitions.clone()),
                allow_unsupported: Default::default(),
            };
            let files = codegen::emit::emit(&plan, &options).unwrap_or_else(|e| panic!("{module}: {e}"));
            let to = format!("crate::clients::{module}::");
            let client = crate_as_module(&files, &to, &|_| None);
            let driver = rewrite_crate_paths(&driver, &to, TEST_MODULES);
            writeln!(
                out,
                "/// The generated client of `{}`.\npub mod {module} {{\n{client}\n/// Calls of every operation.\npub mod driver {{\n{driver}\n}}\n}}",
                service.model
            )
            .unwrap();
        } else {
            let driver = rewrite_crate_paths(&driver, &format!("::{module}::"), TEST_MODULES);
            writeln!(
                out,
                "/// Calls of every operation of the `{module}` crate.\npub mod {module} {{\npub mod driver {{\n{driver}\n}}\n}}"
            )
            .unwrap();
        }
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("clients.rs"), out).unwrap();
}

/// `OPERATIONS` and `call` for one service, with `crate::` paths.
fn driver(plan: &Plan<'_>) -> String {
    let mut cases = String::new();
    let mut arms = String::new();
    for (index, op) in plan.operations.iter().enumerate() {
        let output = plan.model.shape(&op.output.shape);
        let body = body_sample(plan.model, output);
        let errors: Vec<(String, String)> = op
            .errors
            .iter()
            .map(|id| {
                let shape = plan.model.shape(id);
                let mut value = structure_sample(plan.model, shape, &mut Vec::new());
                if let Value::Object(map) = &mut value {
                    // Under the member's own spelling (`message` or `Message`).
                    let key = map.keys().find(|k| k.eq_ignore_ascii_case("message")).cloned();
                    map.insert(key.unwrap_or_else(|| "message".to_owned()), json!("sample message"));
                }
                (id.name().to_owned(), value.to_string())
            })
            .collect();
        let headers: Vec<String> = output
            .kind
            .members()
            .iter()
            .filter_map(|m| match &m.traits.http_binding {
                Some(HttpBinding::Header(name)) => Some(name.to_ascii_lowercase()),
                Some(HttpBinding::PrefixHeaders(prefix)) => Some(format!("{}name", prefix.to_ascii_lowercase())),
                _ => None,
            })
            .collect();
        let success = op.http.as_ref().map_or(200, |h| h.code);
        writeln!(
            cases,
            "crate::support::OperationCase {{ name: {:?}, success: {success}, body: {:?}, errors: &[{}], headers: &[{}] }},",
            op.name,
            body,
            errors.iter().map(|(n, b)| format!("({n:?}, {b:?})")).collect::<Vec<_>>().join(", "),
            headers.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>().join(", "),
        )
        .unwrap();
        let mut call = format!("client.{}()", op.method);
        for field in op.input.fields.iter().filter(|f| f.required) {
            let setter = format!("set_{}", field.name.trim_start_matches("r#"));
            write!(call, ".{setter}(Some({}))", input_sample(plan, &field.ty)).unwrap();
        }
        writeln!(arms, "{index} => crate::support::outcome({call}.send().await),").unwrap();
    }
    format!(
        "/// Every operation, in the order `call` numbers them.\n\
         pub const OPERATIONS: &[crate::support::OperationCase] = &[\n{cases}];\n\n\
         /// Sends operation `index` with every required input member set.\n\
         pub async fn call(config: ::smithy_runtime::ClientConfig, index: usize) -> crate::support::Outcome {{\n\
             let client = crate::Client::new(config);\n\
             match index {{\n{arms}_ => unreachable!(\"no operation {{index}}\"),\n}}\n}}\n"
    )
}

/// A Rust expression of type `ty`: a value the request serializer accepts.
fn input_sample(plan: &Plan<'_>, ty: &RustType) -> String {
    match ty {
        RustType::Bool => "true".to_owned(),
        RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64 => "1".to_owned(),
        RustType::F32 | RustType::F64 => "1.0".to_owned(),
        RustType::String => "::std::string::String::from(\"x\")".to_owned(),
        RustType::Blob => "::smithy_runtime::Blob::new(b\"x\".to_vec())".to_owned(),
        RustType::ByteStream => "::smithy_runtime::ByteStream::from_static(b\"x\")".to_owned(),
        RustType::Timestamp => "::smithy_runtime::DateTime::from_secs(0)".to_owned(),
        RustType::Boxed(inner) => format!("::std::boxed::Box::new({})", input_sample(plan, inner)),
        RustType::Named { path, shape } => match plan.item(shape).map(|i| (i.kind, i)) {
            Some((ItemKind::Enum, _)) => format!("{path}::from(\"x\")"),
            Some((ItemKind::IntEnum, _)) => format!("{path}::from(1)"),
            Some((ItemKind::Union, item)) => {
                let first = item.fields.first().expect("a union has a member");
                let variant = format!("{path}::{}", first.name);
                if first.ty == RustType::Unit {
                    variant
                } else {
                    format!("{variant}({})", input_sample(plan, &first.ty))
                }
            }
            _ => "::std::default::Default::default()".to_owned(),
        },
        _ => "::std::default::Default::default()".to_owned(),
    }
}

/// The body of a valid response of `output`: its payload member, or the JSON
/// object of its unbound members.
fn body_sample(model: &Model, output: &codegen::model::Shape) -> String {
    let members = output.kind.members();
    if let Some(payload) = members
        .iter()
        .find(|m| matches!(m.traits.http_binding, Some(HttpBinding::Payload)))
    {
        let target = model.shape(&payload.target);
        return match &target.kind {
            ShapeKind::Simple(Simple::Blob | Simple::String) => "payload bytes".to_owned(),
            _ => value_sample(model, &payload.target, payload.traits.timestamp_format, &mut Vec::new())
                .unwrap_or(Value::Null)
                .to_string(),
        };
    }
    structure_sample(model, output, &mut Vec::new()).to_string()
}

/// A JSON object with a sample of every member not bound to the HTTP message;
/// a member that would recurse into a structure being sampled is left out.
fn structure_sample(model: &Model, shape: &codegen::model::Shape, path: &mut Vec<ShapeId>) -> Value {
    let mut map = serde_json::Map::new();
    path.push(shape.id.clone());
    for member in shape.kind.members() {
        if member.traits.http_binding.is_some() {
            continue;
        }
        let name = member.traits.json_name.clone().unwrap_or_else(|| member.name.clone());
        if let Some(value) = value_sample(model, &member.target, member.traits.timestamp_format, path) {
            map.insert(name, value);
        }
    }
    path.pop();
    Value::Object(map)
}

/// A sample JSON value of the shape `id`; `None` for a structure or union
/// already on `path` (a recursive shape).
fn value_sample(
    model: &Model,
    id: &ShapeId,
    format: Option<TimestampFormat>,
    path: &mut Vec<ShapeId>,
) -> Option<Value> {
    let shape = model.shape(id);
    let value = match &shape.kind {
        ShapeKind::Simple(simple) => match simple {
            Simple::Blob => json!("aGVsbG8="),
            Simple::Boolean => json!(true),
            Simple::String => match &shape.traits.legacy_enum {
                Some(values) if !values.is_empty() => json!(values[0].value),
                _ => json!("text"),
            },
            Simple::Byte | Simple::Short | Simple::Integer | Simple::Long | Simple::BigInteger => json!(7),
            Simple::Float | Simple::Double | Simple::BigDecimal => json!(1.5),
            Simple::Timestamp => match format.or(shape.traits.timestamp_format) {
                Some(TimestampFormat::DateTime) => json!("2019-12-16T23:48:18Z"),
                Some(TimestampFormat::HttpDate) => json!("Mon, 16 Dec 2019 23:48:18 GMT"),
                _ => json!(1_576_540_098),
            },
            Simple::Document => json!({"d": [1, "x", null, {"e": false}]}),
        },
        ShapeKind::Enum(members) | ShapeKind::IntEnum(members) => members.first()?.traits.enum_value.clone()?,
        ShapeKind::List(member) => {
            let item = value_sample(model, &member.target, member.traits.timestamp_format, path);
            Value::Array(item.into_iter().collect())
        }
        ShapeKind::Map { value, .. } => {
            let item = value_sample(model, &value.target, value.traits.timestamp_format, path);
            Value::Object(item.into_iter().map(|v| ("k".to_owned(), v)).collect())
        }
        ShapeKind::Structure(_) if path.contains(id) => return None,
        ShapeKind::Structure(_) => structure_sample(model, shape, path),
        ShapeKind::Union(_) if path.contains(id) => return None,
        ShapeKind::Union(members) => {
            path.push(id.clone());
            let first = members.iter().find_map(|m| {
                let value = value_sample(model, &m.target, m.traits.timestamp_format, path)?;
                Some(json!({ m.name.clone(): value }))
            });
            path.pop();
            first?
        }
        _ => return None,
    };
    Some(value)
}

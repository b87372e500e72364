//! JSON readers generated per shape: the private `de` module of the crate, with
//! one function for each structure, union, list and map a response body may
//! hold, and the expressions that read one value. They call
//! `smithy_runtime::json::JsonReader`, token by token, straight into the
//! crate's types: `null` reads as absent, unknown members are skipped, and an
//! array, string or number where an object is expected is an error.
//!
//! An rpcv2Cbor crate's `de` module is the same code over
//! `smithy_runtime::protocol::rpc_v2_cbor::CborReader`, whose methods mirror
//! the JSON reader's (see [`super::rpc_v2_cbor`]).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::{ident, values};
use crate::error::Error;
use crate::model::{HttpBinding, ShapeId, ShapeKind, TimestampFormat};
use crate::plan::{Field, Item, ItemKind, OperationPlan, Plan, Protocol, RustType};
use crate::std_names::{BOX, OPTION, RESULT, VEC};

/// The shapes whose reader some response needs, with their Rust type, in shape
/// id order: what the bodies, payloads and errors of the operations hold.
pub(in crate::emit) fn needed(plan: &Plan<'_>) -> BTreeMap<ShapeId, RustType> {
    let mut needed = BTreeMap::new();
    for op in &plan.operations {
        if op.event_stream.is_some() {
            // Its `send` fails before anything is read.
            continue;
        }
        for field in body_fields(op).into_iter().chain(payload_field(op)) {
            visit(plan, &field.member.target, &field.ty, &mut needed);
        }
        for error in op.errors.iter().filter_map(|id| plan.item(id)) {
            visit(plan, &error.shape, &RustType::Unit, &mut needed);
        }
    }
    needed
}

/// The output members read from a JSON body: none when a payload is bound.
pub(super) fn body_fields(op: &OperationPlan) -> Vec<&Field> {
    if payload_field(op).is_some() || op.output.has_byte_stream() {
        return Vec::new();
    }
    op.output.fields.iter().filter(|f| super::in_body(f)).collect()
}

/// The output member bound to the whole body (`@httpPayload`), if any.
fn payload_field(op: &OperationPlan) -> Option<&Field> {
    op.output
        .fields
        .iter()
        .find(|f| f.http_binding == Some(HttpBinding::Payload))
}

/// Adds `target` (of Rust type `ty`) and every structure, union, list and map
/// it holds to `needed`: what the readers of `de` and the writers of `ser` (JSON,
/// XML, query or CBOR) are generated for.
pub(super) fn visit(plan: &Plan<'_>, target: &ShapeId, ty: &RustType, needed: &mut BTreeMap<ShapeId, RustType>) {
    if !plan.readers.contains_key(target) || needed.contains_key(target) {
        return;
    }
    needed.insert(target.clone(), ty.unboxed().clone());
    if let Some(item) = plan.item(target) {
        for field in &item.fields {
            visit(plan, &field.member.target, &field.ty, needed);
        }
        return;
    }
    match (&plan.model.shape(target).kind, ty.unboxed()) {
        (ShapeKind::List(member), RustType::List { item, .. }) => visit(plan, &member.target, item, needed),
        (ShapeKind::Map { value: member, .. }, RustType::Map { value, .. }) => {
            visit(plan, &member.target, value, needed);
        }
        _ => {}
    }
}

/// The `de` module: every reader some response needs; `None` when none does.
pub(in crate::emit) fn module(plan: &Plan<'_>) -> Result<Option<TokenStream>, Error> {
    let needed = needed(plan);
    let doc = if plan.protocol == Protocol::RpcV2Cbor {
        quote! {
            //! Reads the crate's types from CBOR response bodies, one function per
            //! shape. Each reads one value and gives `None` for `null`.
        }
    } else {
        quote! {
            //! Reads the crate's types from JSON response bodies, one function per
            //! shape. Each reads one value and gives `None` for `null`.
        }
    };
    super::per_shape_module(
        plan,
        &needed,
        doc,
        |item| structure_reader(plan, item),
        |item| union_reader(plan, item),
        |id, ty| container_reader(plan, id, ty),
    )
}

/// The path of the reader of `id`: `crate::de::read_job_execution`.
pub(super) fn reader_path(plan: &Plan<'_>, id: &ShapeId) -> Result<TokenStream, Error> {
    let name = plan
        .readers
        .get(id)
        .ok_or_else(|| Error::shape(id, "has no JSON reader (the plan names none)"))?;
    let name = format_ident!("{name}");
    Ok(quote!(crate::de::#name))
}

/// The signature of a reader of `ty` named for `id`, with its doc.
fn signature(plan: &Plan<'_>, id: &ShapeId, ty: TokenStream, what: &str) -> Result<TokenStream, Error> {
    let name = format_ident!("{}", plan.readers[id]);
    let doc = format!(" Reads the {what} `{}`; `null` reads as `None`.", id.name());
    let (reader, error) = if plan.protocol == Protocol::RpcV2Cbor {
        super::rpc_v2_cbor::reader_types()
    } else {
        (
            quote!(::smithy_runtime::json::JsonReader<'_>),
            quote!(::smithy_runtime::json::JsonError),
        )
    };
    Ok(quote! {
        #[doc = #doc]
        pub(crate) fn #name(
            reader: &mut #reader,
        ) -> #RESULT<#OPTION<#ty>, #error>
    })
}

/// A structure: its `Default`, then each member as read (a required member
/// that reads as `null` takes its default or zero value). A duplicate key
/// keeps the last value; unknown keys are skipped.
fn structure_reader(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let signature = signature(plan, &item.shape, path.clone(), "structure")?;
    let shape_name = item.shape.name();
    let in_error = item.module == crate::plan::Module::Error;
    let mut arms = Vec::new();
    for field in &item.fields {
        let name = ident(&field.name);
        let wire = &field.wire_name;
        let raw = field_value(plan, field)?;
        let value = match &field.default {
            _ if field.optional => raw,
            Some(default) => values::or_default(plan, &item.shape, field, default, raw)?,
            None => values::or_zero(plan, &field.ty, raw),
        };
        let aliases = message_aliases(item, field, in_error);
        if !aliases.is_empty() {
            // The member's own key wins over the other spellings, whatever their order.
            let fill = if field.optional {
                quote!(if value.#name.is_none() { value.#name = alias; })
            } else {
                quote!(value.#name = alias;)
            };
            arms.push(quote!(#(#aliases)|* => { let alias = #value; #fill }));
        }
        arms.push(quote!(#wire => value.#name = #value,));
    }
    let read = if arms.is_empty() {
        quote! {
            while reader.next_key()?.is_some() {
                reader.skip_value()?;
            }
            Ok(Some(#path::default()))
        }
    } else {
        quote! {
            let mut value = #path::default();
            while let Some(key) = reader.next_key()? {
                match key.as_ref() {
                    #(#arms)*
                    _ => reader.skip_value()?,
                }
            }
            Ok(Some(value))
        }
    };
    Ok(quote! {
        #signature {
            if !reader.start_object(#shape_name)? {
                return Ok(None);
            }
            #read
        }
    })
}

/// The other JSON keys of an error's message member: the spellings services use
/// (`message`, `Message`, `errorMessage`) that no member takes as its own.
fn message_aliases(item: &Item, field: &Field, in_error: bool) -> Vec<&'static str> {
    if !(in_error && field.member.name.eq_ignore_ascii_case("message") && field.ty == RustType::String) {
        return Vec::new();
    }
    ["message", "Message", "errorMessage"]
        .into_iter()
        .filter(|alias| !item.fields.iter().any(|f| f.wire_name == *alias))
        .collect()
}

/// A union: exactly one member set (`null` members are not set); `__type`
/// is ignored, as restJson1 asks; an unknown member reads as `Unknown`.
fn union_reader(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let signature = signature(plan, &item.shape, path.clone(), "union")?;
    let shape_name = item.shape.name();
    let mut arms = Vec::new();
    for field in &item.fields {
        let variant = ident(&field.name);
        let wire = &field.wire_name;
        let value = if field.ty == RustType::Unit {
            quote!(reader.present()?.then_some(#path::#variant))
        } else {
            let value = field_value(plan, field)?;
            quote!(#value.map(#path::#variant))
        };
        arms.push(quote!(#wire => #value,));
    }
    if !item.fields.iter().any(|f| f.wire_name == "__type") {
        arms.push(quote!("__type" => {
            reader.skip_value()?;
            None
        }));
    }
    let two = format!("the `{shape_name}` union sets more than one member");
    let none = format!("the `{shape_name}` union sets no member");
    Ok(quote! {
        #signature {
            if !reader.start_object(#shape_name)? {
                return Ok(None);
            }
            let mut value = None;
            while let Some(key) = reader.next_key()? {
                let member = match key.as_ref() {
                    #(#arms)*
                    _ => {
                        reader.skip_value()?;
                        Some(#path::Unknown(key.into_owned()))
                    }
                };
                if member.is_some() && value.is_some() {
                    return Err(reader.invalid(#two));
                }
                value = value.or(member);
            }
            value.map(Some).ok_or_else(|| reader.invalid(#none))
        }
    })
}

/// A list or map. In a dense one a `null` element is skipped, as AWS clients
/// do; a `@sparse` one keeps it as `None`.
fn container_reader(plan: &Plan<'_>, id: &ShapeId, ty: &RustType) -> Result<TokenStream, Error> {
    let shape = plan.model.shape(id);
    let shape_name = id.name();
    let what = if matches!(shape.kind, ShapeKind::List(_)) {
        "list"
    } else {
        "map"
    };
    let signature = signature(plan, id, ty.tokens(), what)?;
    match (&shape.kind, ty) {
        (ShapeKind::List(member), RustType::List { item, sparse }) => {
            let value = value(plan, &member.target, item, plan.timestamp_format_of(member))?;
            let push = if *sparse {
                quote!(items.push(#value);)
            } else {
                quote! {
                    if let Some(item) = #value {
                        items.push(item);
                    }
                }
            };
            Ok(quote! {
                #signature {
                    if !reader.start_array(#shape_name)? {
                        return Ok(None);
                    }
                    let mut items = #VEC::new();
                    while reader.next_element()? {
                        #push
                    }
                    Ok(Some(items))
                }
            })
        }
        (
            ShapeKind::Map { value: member, .. },
            RustType::Map {
                key,
                value: value_ty,
                sparse,
            },
        ) => {
            let key = match key.unboxed() {
                RustType::String => quote!(key.into_owned()),
                RustType::Named { path, .. } => {
                    let path: TokenStream = path.parse().expect("planned paths are valid Rust");
                    quote!(#path::from(key.as_ref()))
                }
                other => {
                    return Err(Error::shape(
                        id,
                        format!("a map keyed by {} cannot be read from JSON", other.display()),
                    ));
                }
            };
            let value = value(plan, &member.target, value_ty, plan.timestamp_format_of(member))?;
            let insert = if *sparse {
                quote!(map.insert(#key, #value);)
            } else {
                quote! {
                    if let Some(value) = #value {
                        map.insert(#key, value);
                    }
                }
            };
            Ok(quote! {
                #signature {
                    if !reader.start_object(#shape_name)? {
                        return Ok(None);
                    }
                    let mut map = ::std::collections::HashMap::new();
                    while let Some(key) = reader.next_key()? {
                        #insert
                    }
                    Ok(Some(map))
                }
            })
        }
        _ => Err(Error::shape(id, "is not a list or map the JSON reader knows")),
    }
}

/// An expression reading the value of a structure or union member: an
/// `Option` of it, with `?` applied.
pub(super) fn field_value(plan: &Plan<'_>, field: &Field) -> Result<TokenStream, Error> {
    value(plan, &field.member.target, &field.ty, field.timestamp_format)
}

/// An expression reading a value of shape `target` and type `ty` (an `Option`
/// of it, with `?` applied); `format` is the planned `@timestampFormat` of the
/// member holding it.
fn value(
    plan: &Plan<'_>,
    target: &ShapeId,
    ty: &RustType,
    format: Option<TimestampFormat>,
) -> Result<TokenStream, Error> {
    Ok(match ty {
        RustType::BigInteger | RustType::BigDecimal | RustType::Document if plan.protocol == Protocol::RpcV2Cbor => {
            return Err(Error::shape(
                target,
                format!("a {} cannot be read from an rpcv2Cbor body", ty.display()),
            ));
        }
        RustType::Boxed(inner) => {
            let inner = value(plan, target, inner, format)?;
            quote!(#inner.map(#BOX::new))
        }
        RustType::Bool => quote!(reader.bool()?),
        RustType::I8 => quote!(reader.i8()?),
        RustType::I16 => quote!(reader.i16()?),
        RustType::I32 => quote!(reader.i32()?),
        RustType::I64 => quote!(reader.i64()?),
        RustType::BigInteger => quote!(reader.big_integer()?),
        RustType::F32 => quote!(reader.f32()?),
        RustType::F64 => quote!(reader.f64()?),
        RustType::BigDecimal => quote!(reader.big_decimal()?),
        RustType::String => quote!(reader.string()?),
        RustType::Blob => quote!(reader.blob()?),
        RustType::Document => quote!(reader.document()?),
        // CBOR timestamps are epoch seconds, whatever `@timestampFormat` says.
        RustType::Timestamp if plan.protocol == Protocol::RpcV2Cbor => quote!(reader.timestamp()?),
        RustType::Timestamp => {
            let format = match format.unwrap_or(TimestampFormat::EpochSeconds) {
                TimestampFormat::DateTime => quote!(DateTime),
                TimestampFormat::HttpDate => quote!(HttpDate),
                TimestampFormat::EpochSeconds => quote!(EpochSeconds),
            };
            quote!(reader.timestamp(::smithy_runtime::TimestampFormat::#format)?)
        }
        RustType::Named { path, shape } => {
            let path: TokenStream = path.parse().expect("planned paths are valid Rust");
            match plan.item(shape).map(|i| i.kind) {
                Some(ItemKind::Enum) => quote!(reader.string()?.map(#path::from)),
                Some(ItemKind::IntEnum) => quote!(reader.i32()?.map(#path::from)),
                _ => {
                    let reader = reader_path(plan, shape)?;
                    quote!(#reader(reader)?)
                }
            }
        }
        RustType::List { .. } | RustType::Map { .. } => {
            let reader = reader_path(plan, target)?;
            quote!(#reader(reader)?)
        }
        RustType::Unit | RustType::ByteStream => {
            return Err(Error::shape(
                target,
                format!("a {} cannot be read from a JSON body", ty.display()),
            ));
        }
    })
}

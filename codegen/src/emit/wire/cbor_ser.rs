//! CBOR writers generated per shape: the private `ser` module of an rpcv2Cbor
//! crate, with one function for each structure, union, list and map a request
//! may hold, and the statements that write one value. They call
//! `smithy_runtime::protocol::rpc_v2_cbor::CborWriter`: structures are maps of
//! their present members, blobs byte strings, timestamps tag 1 epoch seconds,
//! enums their wire value; a `None` of a sparse list or map is `null`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::json_de;
use crate::emit::ident;
use crate::error::Error;
use crate::model::{ShapeId, ShapeKind};
use crate::plan::{Field, Item, ItemKind, Plan, Protocol, RustType};
use crate::std_names::RESULT;

/// The shapes whose writer some request needs, with their Rust type, in shape
/// id order: what the operations' inputs hold.
pub(in crate::emit) fn needed(plan: &Plan<'_>) -> BTreeMap<ShapeId, RustType> {
    let mut needed = BTreeMap::new();
    if plan.protocol != Protocol::RpcV2Cbor {
        return needed;
    }
    for op in plan.operations.iter().filter(|op| op.event_stream.is_none()) {
        for field in &op.input.fields {
            json_de::visit(plan, &field.member.target, &field.ty, &mut needed);
        }
    }
    needed
}

/// The `ser` module: every writer some request needs; `None` when none does.
pub(in crate::emit) fn module(plan: &Plan<'_>) -> Result<Option<TokenStream>, Error> {
    let needed = needed(plan);
    super::per_shape_module(
        plan,
        &needed,
        quote! {
            //! Writes the crate's types into CBOR request bodies, one function per
            //! shape.
        },
        |item| structure_writer(plan, item),
        |item| union_writer(plan, item),
        |id, ty| container_writer(plan, id, ty),
    )
}

/// The path of the writer of `id`: `crate::ser::write_job_execution`.
fn writer_path(plan: &Plan<'_>, id: &ShapeId) -> Result<TokenStream, Error> {
    let name = super::writer_ident(plan, id, "CBOR")?;
    Ok(quote!(crate::ser::#name))
}

/// The signature of the writer of `id`, taking a `ty`, with its doc.
fn signature(plan: &Plan<'_>, id: &ShapeId, ty: TokenStream, what: &str) -> Result<TokenStream, Error> {
    let name = super::writer_ident(plan, id, "CBOR")?;
    let doc = format!(" Writes the {what} `{}`.", id.name());
    Ok(quote! {
        #[doc = #doc]
        pub(crate) fn #name(
            writer: &mut ::smithy_runtime::protocol::rpc_v2_cbor::CborWriter,
            value: &#ty,
        ) -> #RESULT<(), ::smithy_runtime::error::BuildError>
    })
}

/// Statements writing the keys and values of `fields` of `owner` (an
/// expression of the structure, such as `input` or `value`) into an open map:
/// an absent optional member is left out.
pub(super) fn member_statements(
    plan: &Plan<'_>,
    fields: &[&Field],
    owner: &TokenStream,
) -> Result<Vec<TokenStream>, Error> {
    let mut statements = Vec::new();
    for field in fields {
        let name = ident(&field.name);
        let wire = &field.wire_name;
        let write = value(plan, &field.member.target, &field.ty, &quote!(member))?;
        statements.push(if field.optional {
            quote! {
                if let Some(member) = &#owner.#name {
                    writer.str(#wire);
                    #write
                }
            }
        } else {
            quote! {
                {
                    let member = &#owner.#name;
                    writer.str(#wire);
                    #write
                }
            }
        });
    }
    Ok(statements)
}

/// A structure: the map of its present members.
fn structure_writer(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let signature = signature(plan, &item.shape, path, "structure")?;
    let fields: Vec<&Field> = item.fields.iter().collect();
    let members = member_statements(plan, &fields, &quote!(value))?;
    let value_param = if fields.is_empty() {
        quote!(let _ = value;)
    } else {
        quote!()
    };
    Ok(quote! {
        #signature {
            #value_param
            writer.begin_map();
            #(#members)*
            writer.end();
            Ok(())
        }
    })
}

/// A union: a map of its one member; `Unknown` cannot be sent.
fn union_writer(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let signature = signature(plan, &item.shape, path.clone(), "union")?;
    let shape_name = item.shape.name();
    let mut arms = Vec::new();
    for field in &item.fields {
        let variant = ident(&field.name);
        let wire = &field.wire_name;
        arms.push(if field.ty == RustType::Unit {
            quote!(#path::#variant => {
                writer.str(#wire).map(0);
            })
        } else {
            let write = value(plan, &field.member.target, &field.ty, &quote!(member))?;
            quote!(#path::#variant(member) => {
                writer.str(#wire);
                #write
            })
        });
    }
    Ok(quote! {
        #signature {
            if let #path::Unknown(_) = value {
                return Err(::smithy_runtime::error::BuildError::invalid_field(
                    #shape_name,
                    "Unknown",
                    "a union member this client does not know cannot be sent",
                ));
            }
            writer.map(1);
            match value {
                #(#arms)*
                #path::Unknown(_) => {}
            }
            Ok(())
        }
    })
}

/// A list (an array) or map (keys as text).
fn container_writer(plan: &Plan<'_>, id: &ShapeId, ty: &RustType) -> Result<TokenStream, Error> {
    let shape = plan.model.shape(id);
    match (&shape.kind, ty) {
        (ShapeKind::List(member), RustType::List { item, sparse }) => {
            let signature = signature(plan, id, ty.tokens(), "list")?;
            let write = value(plan, &member.target, item, &quote!(item))?;
            let each = if *sparse {
                quote! {
                    match item {
                        Some(item) => { #write }
                        None => { writer.null(); }
                    }
                }
            } else {
                write
            };
            Ok(quote! {
                #signature {
                    writer.array(value.len());
                    for item in value {
                        #each
                    }
                    Ok(())
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
            let signature = signature(plan, id, ty.tokens(), "map")?;
            let key = match key.unboxed() {
                RustType::String => quote!(writer.str(key);),
                RustType::Named { .. } => quote!(writer.str(key.as_str());),
                other => {
                    return Err(Error::shape(
                        id,
                        format!("a map keyed by {} cannot be written as CBOR", other.display()),
                    ));
                }
            };
            let write = value(plan, &member.target, value_ty, &quote!(item))?;
            let each = if *sparse {
                quote! {
                    match item {
                        Some(item) => { #write }
                        None => { writer.null(); }
                    }
                }
            } else {
                write
            };
            Ok(quote! {
                #signature {
                    writer.map(value.len());
                    for (key, item) in value {
                        #key
                        #each
                    }
                    Ok(())
                }
            })
        }
        _ => Err(Error::shape(id, "is not a list or map the CBOR writer knows")),
    }
}

/// Statements writing `expr` (a reference to a value of shape `target` and
/// type `ty`).
fn value(plan: &Plan<'_>, target: &ShapeId, ty: &RustType, expr: &TokenStream) -> Result<TokenStream, Error> {
    Ok(match ty {
        RustType::Boxed(inner) => {
            let inner = value(plan, target, inner, &quote!(boxed))?;
            quote! {
                let boxed = &**#expr;
                #inner
            }
        }
        RustType::Bool => quote!(writer.bool(*#expr);),
        RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64 => quote!(writer.int(*#expr);),
        RustType::F32 => quote!(writer.f32(*#expr);),
        RustType::F64 => quote!(writer.f64(*#expr);),
        RustType::String => quote!(writer.str(#expr);),
        RustType::Blob => quote!(writer.blob(#expr);),
        RustType::Timestamp => quote!(writer.timestamp(#expr);),
        RustType::Named { shape, .. } => match plan.item(shape).map(|i| i.kind) {
            Some(ItemKind::Enum) => quote!(writer.str(#expr.as_str());),
            Some(ItemKind::IntEnum) => quote!(writer.int(#expr.as_i32());),
            _ => {
                let path = writer_path(plan, shape)?;
                quote!(#path(writer, #expr)?;)
            }
        },
        RustType::List { .. } | RustType::Map { .. } => {
            let path = writer_path(plan, target)?;
            quote!(#path(writer, #expr)?;)
        }
        RustType::BigInteger | RustType::BigDecimal | RustType::Document | RustType::Unit | RustType::ByteStream => {
            return Err(Error::shape(
                target,
                format!("a {} cannot be written to an rpcv2Cbor body", ty.display()),
            ));
        }
    })
}

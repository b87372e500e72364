//! Query writers generated per shape: the private `ser` module of an awsQuery
//! crate, with one function for each structure, union, list and map an input
//! holds. Each writes its value under a key prefix through
//! `smithy_runtime::protocol::query_writer::QueryWriter`: structure members
//! as `prefix.Name`, list items as `prefix.member.1` (`prefix.1` when the
//! member is `@xmlFlattened`), map entries as `prefix.entry.1.key`/`.value`,
//! an empty list as `prefix=`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::json_de;
use crate::emit::ident;
use crate::error::Error;
use crate::model::{ShapeId, ShapeKind, TimestampFormat};
use crate::plan::{xml, Field, Item, ItemKind, Plan, Protocol, RustType};
use crate::std_names::{OPTION, VEC};

/// The shapes whose writer some input needs, with their Rust type.
pub(in crate::emit) fn needed(plan: &Plan<'_>) -> BTreeMap<ShapeId, RustType> {
    let mut needed = BTreeMap::new();
    for op in &plan.operations {
        if op.event_stream.is_some() {
            continue;
        }
        for field in &op.input.fields {
            json_de::visit(plan, &field.member.target, &field.ty, &mut needed);
        }
    }
    needed
}

/// The `ser` module: every writer some input needs; `None` when none does.
pub(in crate::emit) fn module(plan: &Plan<'_>) -> Result<Option<TokenStream>, Error> {
    let needed = needed(plan);
    super::per_shape_module(
        plan,
        &needed,
        quote! {
            //! Writes the crate's types as query parameters, one function per
            //! shape, each under a key prefix.
        },
        |item| structure_writer(plan, item),
        |item| union_writer(plan, item),
        |id, ty| container_writer(plan, id, ty),
    )
}

/// The query key of a member: ec2Query's own name, else the wire name.
fn key_name(plan: &Plan<'_>, field: &Field) -> String {
    if plan.protocol == Protocol::Ec2Query {
        xml::ec2_query_name(&field.member)
    } else {
        field.wire_name.clone()
    }
}

/// Statements writing the members of `item` from `value` (a reference to it)
/// under `prefix`.
pub(super) fn members(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let mut statements = Vec::new();
    for field in &item.fields {
        let name = ident(&field.name);
        let wire = key_name(plan, field);
        let key = quote!(&::smithy_runtime::protocol::query_writer::key(prefix, #wire));
        let write = field_value(plan, field, key, quote!(v))?;
        statements.push(if field.optional {
            quote!(if let Some(v) = &value.#name { #write })
        } else {
            quote!({ let v = &value.#name; #write })
        });
    }
    Ok(quote!(#(#statements)*))
}

fn structure_writer(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let name = super::writer_ident(plan, &item.shape, "query")?;
    let doc = format!(" Writes the structure `{}` under `prefix`.", item.shape.name());
    let members = members(plan, item)?;
    let (prefix, value) = if item.fields.is_empty() {
        (quote!(_prefix), quote!(_value))
    } else {
        (quote!(prefix), quote!(value))
    };
    let writer = if item.fields.is_empty() {
        quote!(_writer)
    } else {
        quote!(writer)
    };
    Ok(quote! {
        #[doc = #doc]
        pub(crate) fn #name(#writer: &mut ::smithy_runtime::protocol::query_writer::QueryWriter, #prefix: &str, #value: &#path) {
            #members
        }
    })
}

fn union_writer(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let name = super::writer_ident(plan, &item.shape, "query")?;
    let doc = format!(
        " Writes the union `{}` under `prefix` (its one member).",
        item.shape.name()
    );
    let mut arms = Vec::new();
    for field in &item.fields {
        let variant = ident(&field.name);
        let wire = key_name(plan, field);
        let key = quote!(&::smithy_runtime::protocol::query_writer::key(prefix, #wire));
        if field.ty == RustType::Unit {
            arms.push(quote!(#path::#variant => writer.write(#key, ""),));
        } else {
            let write = field_value(plan, field, key, quote!(v))?;
            arms.push(quote!(#path::#variant(v) => { #write }));
        }
    }
    Ok(quote! {
        #[doc = #doc]
        pub(crate) fn #name(writer: &mut ::smithy_runtime::protocol::query_writer::QueryWriter, prefix: &str, value: &#path) {
            match value {
                #(#arms)*
                #path::Unknown(_) => {}
            }
        }
    })
}

fn container_writer(plan: &Plan<'_>, id: &ShapeId, ty: &RustType) -> Result<TokenStream, Error> {
    let name = super::writer_ident(plan, id, "query")?;
    let qw = quote!(::smithy_runtime::protocol::query_writer);
    match (&plan.model.shape(id).kind, ty) {
        (ShapeKind::List(member), RustType::List { item, sparse }) => {
            let item_ty = item.tokens_maybe_optional(*sparse);
            let write = value(
                plan,
                &member.target,
                item,
                plan.timestamp_format_of(member),
                quote!(&key),
                quote!(v),
                false,
            )?;
            let each = if *sparse {
                quote!(if let Some(v) = v { #write })
            } else {
                write
            };
            let when_empty = if plan.protocol == Protocol::Ec2Query {
                "nothing"
            } else {
                "`prefix=`"
            };
            let doc = format!(
                " Writes the list `{}` under `prefix`: `prefix.<item>.1`, ... (`prefix.1` with no `item`, flattened); {when_empty} when empty.",
                id.name()
            );
            // awsQuery sends an empty list as `prefix=`; ec2Query sends nothing.
            let empty = if plan.protocol == Protocol::Ec2Query {
                quote!()
            } else {
                quote! {
                    if items.is_empty() {
                        writer.write(prefix, "");
                    }
                }
            };
            Ok(quote! {
                #[doc = #doc]
                pub(crate) fn #name(writer: &mut #qw::QueryWriter, prefix: &str, items: &[#item_ty], item: #OPTION<&str>) {
                    #empty
                    for (index, v) in items.iter().enumerate() {
                        let key = #qw::indexed(prefix, item, index);
                        #each
                    }
                }
            })
        }
        (
            ShapeKind::Map {
                key: key_member,
                value: member,
            },
            RustType::Map {
                key,
                value: value_ty,
                sparse,
            },
        ) => {
            let (key_name, value_name) = xml::map_entry_names(plan.model, id);
            let key_ty = key.tokens();
            let value_tokens = value_ty.tokens_maybe_optional(*sparse);
            let write_key = value(
                plan,
                &key_member.target,
                key,
                None,
                quote!(&#qw::key(&entry, #key_name)),
                quote!(k),
                false,
            )?;
            let write_value = value(
                plan,
                &member.target,
                value_ty,
                plan.timestamp_format_of(member),
                quote!(&#qw::key(&entry, #value_name)),
                quote!(v),
                false,
            )?;
            let write_value = if *sparse {
                quote!(if let Some(v) = v { #write_value })
            } else {
                write_value
            };
            let doc = format!(
                " Writes the map `{}` under `prefix`, entries in key order: `prefix.<entry>.1.{key_name}` and `.{value_name}` (`prefix.1.{key_name}` with no `entry`, flattened).",
                id.name()
            );
            Ok(quote! {
                #[doc = #doc]
                pub(crate) fn #name(writer: &mut #qw::QueryWriter, prefix: &str, map: &::std::collections::HashMap<#key_ty, #value_tokens>, entry: #OPTION<&str>) {
                    let mut entries: #VEC<_> = map.iter().collect();
                    entries.sort_by(|(a, _), (b, _)| a.as_str().cmp(b.as_str()));
                    for (index, (k, v)) in entries.into_iter().enumerate() {
                        let entry = #qw::indexed(prefix, entry, index);
                        #write_key
                        #write_value
                    }
                }
            })
        }
        _ => Err(Error::shape(id, "is not a list or map the query writer knows")),
    }
}

/// Statements writing a structure or union member's value `v` (a reference)
/// under `key` (a `&str` expression).
fn field_value(plan: &Plan<'_>, field: &Field, key: TokenStream, v: TokenStream) -> Result<TokenStream, Error> {
    let flattened = xml::is_flattened(&field.member);
    value(
        plan,
        &field.member.target,
        &field.ty,
        field.timestamp_format,
        key,
        v,
        flattened,
    )
}

/// Statements writing `v` (a reference to a value of shape `target` and type
/// `ty`) under `key`; `flattened` lists and maps repeat their items at `key`.
fn value(
    plan: &Plan<'_>,
    target: &ShapeId,
    ty: &RustType,
    format: Option<TimestampFormat>,
    key: TokenStream,
    v: TokenStream,
    flattened: bool,
) -> Result<TokenStream, Error> {
    Ok(match ty {
        RustType::Boxed(inner) => {
            let inner = value(plan, target, inner, format, key, quote!(v), flattened)?;
            quote!({ let v: &_ = &**#v; #inner })
        }
        RustType::Bool => quote!(writer.bool(#key, *#v);),
        RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64 => quote!(writer.integer(#key, *#v);),
        RustType::F32 => quote!(writer.f32(#key, *#v);),
        RustType::F64 => quote!(writer.f64(#key, *#v);),
        RustType::BigInteger | RustType::BigDecimal => quote!(writer.write(#key, #v.as_str());),
        RustType::String => quote!(writer.write(#key, #v);),
        RustType::Blob => quote!(writer.blob(#key, #v);),
        RustType::Timestamp => {
            let format = match format.unwrap_or(TimestampFormat::DateTime) {
                TimestampFormat::DateTime => quote!(DateTime),
                TimestampFormat::HttpDate => quote!(HttpDate),
                TimestampFormat::EpochSeconds => quote!(EpochSeconds),
            };
            quote!(writer.timestamp(#key, *#v, ::smithy_runtime::TimestampFormat::#format);)
        }
        RustType::Named { shape, .. } => match plan.item(shape).map(|i| i.kind) {
            Some(ItemKind::Enum) => quote!(writer.write(#key, #v.as_str());),
            Some(ItemKind::IntEnum) => quote!(writer.integer(#key, #v.as_i32());),
            _ => {
                let name = super::writer_ident(plan, shape, "query")?;
                quote!(crate::ser::#name(writer, #key, #v);)
            }
        },
        RustType::List { .. } => {
            let name = super::writer_ident(plan, target, "query")?;
            // ec2Query flattens every list.
            let item = if flattened || plan.protocol == Protocol::Ec2Query {
                quote!(None)
            } else {
                let item = xml::list_item_name(plan.model, target);
                quote!(Some(#item))
            };
            quote!(crate::ser::#name(writer, #key, #v, #item);)
        }
        RustType::Map { .. } => {
            let name = super::writer_ident(plan, target, "query")?;
            let entry = if flattened { quote!(None) } else { quote!(Some("entry")) };
            quote!(crate::ser::#name(writer, #key, #v, #entry);)
        }
        RustType::Unit | RustType::ByteStream | RustType::Document => {
            return Err(Error::shape(
                target,
                format!("a {} cannot be written as a query parameter", ty.display()),
            ));
        }
    })
}

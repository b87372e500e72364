//! XML writers generated per shape: the private `ser` module of a restXml
//! crate, with one function for each structure, union, list and map a request
//! body holds. Each writes its value as one element named by the caller
//! through `smithy_runtime::protocol::xml_writer::XmlWriter`: structure
//! members as child elements (`@xmlName`, else the member name) or, when
//! `@xmlAttribute`, as attributes; a member's `@xmlNamespace` as an `xmlns`
//! attribute (a structure's only at the document's root);
//! wrapped lists (`<A><member>..</member></A>`) and maps
//! (`<A><entry><key/><value/></entry></A>`), or `@xmlFlattened` ones
//! (repeated `<A>` elements).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::json_de;
use crate::emit::ident;
use crate::error::Error;
use crate::model::{HttpBinding, ShapeId, ShapeKind, TimestampFormat};
use crate::plan::{xml, Field, Item, ItemKind, Plan, RustType};
use crate::std_names::{OPTION, VEC};

/// The shapes whose writer some request body needs, with their Rust type.
pub(in crate::emit) fn needed(plan: &Plan<'_>) -> BTreeMap<ShapeId, RustType> {
    let mut needed = BTreeMap::new();
    for op in &plan.operations {
        if op.event_stream.is_some() {
            continue;
        }
        for field in op.input.fields.iter().filter(|f| in_body(f)) {
            json_de::visit(plan, &field.member.target, &field.ty, &mut needed);
        }
    }
    needed
}

/// Whether an input member is written in the XML body (unbound, or the payload).
pub(super) fn in_body(field: &Field) -> bool {
    matches!(field.http_binding, None | Some(HttpBinding::Payload))
}

/// The `ser` module: every writer some request body needs; `None` when none does.
pub(in crate::emit) fn module(plan: &Plan<'_>) -> Result<Option<TokenStream>, Error> {
    let needed = needed(plan);
    super::per_shape_module(
        plan,
        &needed,
        quote! {
            //! Writes the crate's types as XML elements, one function per shape.
        },
        |item| structure_writer(plan, item),
        |item| union_writer(plan, item),
        |id, ty| container_writer(plan, id, ty),
    )
}

/// The path of the writer of `id`: `crate::ser::write_<shape>`.
pub(super) fn writer_path(plan: &Plan<'_>, id: &ShapeId) -> Result<TokenStream, Error> {
    let name = super::writer_ident(plan, id, "XML")?;
    Ok(quote!(crate::ser::#name))
}

fn writer_type() -> TokenStream {
    quote!(::smithy_runtime::protocol::xml_writer::XmlWriter)
}

/// Statements writing the `@xmlAttribute` members of `fields` (of `value`, a
/// reference) into the start tag just begun.
fn attributes(plan: &Plan<'_>, item: &Item, fields: &[&Field]) -> Result<TokenStream, Error> {
    let mut statements = Vec::new();
    for field in fields.iter().filter(|f| xml::is_attribute(&f.member)) {
        let name = ident(&field.name);
        let wire = &field.wire_name;
        let text = scalar_text(plan, &field.ty, field.timestamp_format, quote!(v)).ok_or_else(|| {
            Error::shape(
                item.shape.member(&field.member.name),
                "an `@xmlAttribute` member must be a scalar",
            )
        })?;
        statements.push(if field.optional {
            quote!(if let Some(v) = &value.#name { writer.attribute(#wire, #text); })
        } else {
            quote!({ let v = &value.#name; writer.attribute(#wire, #text); })
        });
    }
    Ok(quote!(#(#statements)*))
}

/// Statements writing the element members of `fields` (of `value`, a reference).
fn elements(plan: &Plan<'_>, fields: &[&Field]) -> Result<TokenStream, Error> {
    let mut statements = Vec::new();
    for field in fields.iter().filter(|f| !xml::is_attribute(&f.member)) {
        let name = ident(&field.name);
        let wire = &field.wire_name;
        let flattened = xml::is_flattened(&field.member);
        let write = value(
            plan,
            &field.member.target,
            &field.ty,
            field.timestamp_format,
            quote!(#wire),
            quote!(v),
            flattened,
        )?;
        let write = match xml::member_namespace(&field.member) {
            Some((attr, uri)) => quote!(writer.attribute_next(#attr, #uri); #write),
            None => write,
        };
        statements.push(if field.optional {
            quote!(if let Some(v) = &value.#name { #write })
        } else {
            quote!({ let v = &value.#name; #write })
        });
    }
    Ok(quote!(#(#statements)*))
}

/// Statements writing `value` (a reference to `item`, or to the operation
/// input holding `fields`) as the element `name` (a `&str` expression), with
/// the `xmlns` attribute `namespace`.
pub(super) fn element(
    plan: &Plan<'_>,
    item: &Item,
    fields: &[&Field],
    name: TokenStream,
    namespace: Option<(String, String)>,
) -> Result<TokenStream, Error> {
    let attributes = attributes(plan, item, fields)?;
    let elements = elements(plan, fields)?;
    let namespace = namespace.map(|(attr, uri)| quote!(writer.attribute(#attr, #uri);));
    Ok(quote! {
        writer.start(#name);
        #namespace
        #attributes
        writer.open();
        #elements
        writer.end(#name);
    })
}

fn structure_writer(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let name = super::writer_ident(plan, &item.shape, "XML")?;
    let doc = format!(" Writes the structure `{}` as the element `name`.", item.shape.name());
    let fields: Vec<&Field> = item.fields.iter().collect();
    // A structure's own `@xmlNamespace` counts only at the document's root.
    let body = element(plan, item, &fields, quote!(name), None)?;
    let value = if item.fields.is_empty() {
        quote!(_value)
    } else {
        quote!(value)
    };
    let w = writer_type();
    Ok(quote! {
        #[doc = #doc]
        pub(crate) fn #name(writer: &mut #w, name: &str, #value: &#path) {
            #body
        }
    })
}

fn union_writer(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let name = super::writer_ident(plan, &item.shape, "XML")?;
    let doc = format!(
        " Writes the union `{}` as the element `name` (its one member).",
        item.shape.name()
    );
    let mut arms = Vec::new();
    for field in &item.fields {
        let variant = ident(&field.name);
        let wire = &field.wire_name;
        if field.ty == RustType::Unit {
            arms.push(quote!(#path::#variant => writer.element(#wire, ""),));
        } else {
            let flattened = xml::is_flattened(&field.member);
            let write = value(
                plan,
                &field.member.target,
                &field.ty,
                field.timestamp_format,
                quote!(#wire),
                quote!(v),
                flattened,
            )?;
            arms.push(quote!(#path::#variant(v) => { #write }));
        }
    }
    let w = writer_type();
    Ok(quote! {
        #[doc = #doc]
        pub(crate) fn #name(writer: &mut #w, name: &str, value: &#path) {
            writer.start(name);
            writer.open();
            match value {
                #(#arms)*
                #path::Unknown(_) => {}
            }
            writer.end(name);
        }
    })
}

fn container_writer(plan: &Plan<'_>, id: &ShapeId, ty: &RustType) -> Result<TokenStream, Error> {
    let name = super::writer_ident(plan, id, "XML")?;
    let w = writer_type();
    match (&plan.model.shape(id).kind, ty) {
        (ShapeKind::List(member), RustType::List { item, sparse }) => {
            let item_ty = item.tokens_maybe_optional(*sparse);
            let write = value(
                plan,
                &member.target,
                item,
                plan.timestamp_format_of(member),
                quote!(item_name),
                quote!(v),
                false,
            )?;
            let write = match xml::member_namespace(member) {
                Some((attr, uri)) => quote!(writer.attribute_next(#attr, #uri); #write),
                None => write,
            };
            let each = if *sparse {
                quote!(if let Some(v) = v { #write })
            } else {
                write
            };
            let doc = format!(
                " Writes the list `{}` as the element `name` holding one `<item>` per item (with no `item`, flattened: one `<name>` per item).",
                id.name()
            );
            Ok(quote! {
                #[doc = #doc]
                pub(crate) fn #name(writer: &mut #w, name: &str, items: &[#item_ty], item: #OPTION<&str>) {
                    if let Some(item_name) = item {
                        writer.start(name);
                        writer.open();
                        for v in items {
                            #each
                        }
                        writer.end(name);
                    } else {
                        let item_name = name;
                        for v in items {
                            #each
                        }
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
            let write_key = value(plan, &key_member.target, key, None, quote!(#key_name), quote!(k), false)?;
            let write_value = value(
                plan,
                &member.target,
                value_ty,
                plan.timestamp_format_of(member),
                quote!(#value_name),
                quote!(v),
                false,
            )?;
            let namespaced = |member: &crate::model::Member, write: TokenStream| match xml::member_namespace(member) {
                Some((attr, uri)) => quote!(writer.attribute_next(#attr, #uri); #write),
                None => write,
            };
            let write_key = namespaced(key_member, write_key);
            let write_value = namespaced(member, write_value);
            let write_value = if *sparse {
                quote!(if let Some(v) = v { #write_value })
            } else {
                write_value
            };
            let doc = format!(
                " Writes the map `{}` as the element `name` holding one `<entry><{key_name}/><{value_name}/></entry>` per entry, in key order (with `flattened`, one `<name>` per entry).",
                id.name()
            );
            Ok(quote! {
                #[doc = #doc]
                pub(crate) fn #name(writer: &mut #w, name: &str, map: &::std::collections::HashMap<#key_ty, #value_tokens>, flattened: bool) {
                    let mut entries: #VEC<_> = map.iter().collect();
                    entries.sort_by(|(a, _), (b, _)| a.as_str().cmp(b.as_str()));
                    if !flattened {
                        writer.start(name);
                        writer.open();
                    }
                    let entry = if flattened { name } else { "entry" };
                    for (k, v) in entries {
                        writer.start(entry);
                        writer.open();
                        #write_key
                        #write_value
                        writer.end(entry);
                    }
                    if !flattened {
                        writer.end(name);
                    }
                }
            })
        }
        _ => Err(Error::shape(id, "is not a list or map the XML writer knows")),
    }
}

/// Statements writing `v` (a reference to a value of shape `target` and type
/// `ty`) as the element `name`; `flattened` lists and maps repeat their items as `name`.
fn value(
    plan: &Plan<'_>,
    target: &ShapeId,
    ty: &RustType,
    format: Option<TimestampFormat>,
    name: TokenStream,
    v: TokenStream,
    flattened: bool,
) -> Result<TokenStream, Error> {
    if let Some(text) = scalar_text(plan, ty, format, v.clone()) {
        return Ok(quote!(writer.element(#name, #text);));
    }
    Ok(match ty {
        RustType::Boxed(inner) => {
            let inner = value(plan, target, inner, format, name, quote!(v), flattened)?;
            quote!({ let v: &_ = &**#v; #inner })
        }
        RustType::Named { shape, .. } => {
            let path = writer_path(plan, shape)?;
            quote!(#path(writer, #name, #v);)
        }
        RustType::List { .. } => {
            let path = writer_path(plan, target)?;
            let item = if flattened {
                quote!(None)
            } else {
                let item = xml::list_item_name(plan.model, target);
                quote!(Some(#item))
            };
            quote!(#path(writer, #name, #v, #item);)
        }
        RustType::Map { .. } => {
            let path = writer_path(plan, target)?;
            quote!(#path(writer, #name, #v, #flattened);)
        }
        _ => {
            return Err(Error::shape(
                target,
                format!("a {} cannot be written in an XML body", ty.display()),
            ));
        }
    })
}

/// A `&str` expression of the text of the scalar `v` (a reference) of type `ty`;
/// `None` for a type that is not a scalar.
fn scalar_text(plan: &Plan<'_>, ty: &RustType, format: Option<TimestampFormat>, v: TokenStream) -> Option<TokenStream> {
    let wire = quote!(::smithy_runtime::protocol::wire);
    Some(match ty {
        RustType::Bool => quote!(if *#v { "true" } else { "false" }),
        RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64 => quote!(&#v.to_string()),
        RustType::F32 => quote!(&#wire::fmt_f32(*#v)),
        RustType::F64 => quote!(&#wire::fmt_float(*#v)),
        RustType::BigInteger | RustType::BigDecimal => quote!(#v.as_str()),
        RustType::String => quote!(#v.as_str()),
        RustType::Blob => quote!(&#v.to_base64()),
        RustType::Timestamp => {
            let format = match format.unwrap_or(TimestampFormat::DateTime) {
                TimestampFormat::DateTime => quote!(DateTime),
                TimestampFormat::HttpDate => quote!(HttpDate),
                TimestampFormat::EpochSeconds => quote!(EpochSeconds),
            };
            quote!(&#v.fmt(::smithy_runtime::TimestampFormat::#format))
        }
        RustType::Named { shape, .. } => match plan.item(shape).map(|i| i.kind) {
            Some(ItemKind::Enum) => quote!(#v.as_str()),
            Some(ItemKind::IntEnum) => quote!(&#v.as_i32().to_string()),
            _ => return None,
        },
        _ => return None,
    })
}

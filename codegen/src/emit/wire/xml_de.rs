//! XML readers generated per shape: the private `de` module of an awsQuery,
//! ec2Query or restXml crate, with one function for each structure, union,
//! list and map a response may hold (a list read only flattened needs none, a
//! map read only flattened only its entry reader). Each reads one `smithy_runtime::protocol::xml::XmlElement`
//! straight into the crate's types: members by element name (`@xmlName`, else
//! the member name), `@xmlAttribute` members from attributes, wrapped lists
//! (`<A><member>..</member></A>`) and maps (`<A><entry><key/><value/></entry></A>`)
//! or `@xmlFlattened` ones (repeated `<A>` elements); unknown elements are skipped.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::json_de;
use crate::emit::ident;
use crate::error::Error;
use crate::model::{Member, ShapeId, ShapeKind, TimestampFormat};
use crate::plan::{xml, Field, Item, ItemKind, Plan, RustType};
use crate::std_names::{BOX, RESULT, VEC};

/// The `de` module: every reader some response needs; `None` when none does.
pub(in crate::emit) fn module(plan: &Plan<'_>) -> Result<Option<TokenStream>, Error> {
    let needed = json_de::needed(plan);
    let wrapped = wrapped_containers(plan, &needed);
    super::per_shape_module(
        plan,
        &needed,
        quote! {
            //! Reads the crate's types from XML response bodies, one function per shape.
        },
        |item| structure_reader(plan, item),
        |item| union_reader(plan, item),
        |id, ty| container_reader(plan, id, ty, wrapped.contains(id)),
    )
}

/// The lists and maps of `needed` that some response holds wrapped, in an
/// element of their own: only those get a reader of the whole container. A
/// list read only `@xmlFlattened` is read item by item where it is a member,
/// a map so read entry by entry (its entry reader).
fn wrapped_containers(plan: &Plan<'_>, needed: &BTreeMap<ShapeId, RustType>) -> BTreeSet<ShapeId> {
    let is_container = |id: &ShapeId| needed.contains_key(id) && plan.item(id).is_none();
    let mut wrapped = BTreeSet::new();
    let mut member_of_structure = |member: &Member, flattening_read: bool| {
        if is_container(&member.target) && !(flattening_read && xml::is_flattened(member)) {
            wrapped.insert(member.target.clone());
        }
    };
    for op in plan.operations.iter().filter(|op| op.event_stream.is_none()) {
        for field in json_de::body_fields(op) {
            member_of_structure(&field.member, true);
        }
    }
    for id in needed.keys() {
        match plan.item(id) {
            // A union reads its members whole, flattened or not.
            Some(item) => {
                let flattening_read = item.kind != ItemKind::Union;
                for field in &item.fields {
                    member_of_structure(&field.member, flattening_read);
                }
            }
            // Lists and maps nested in others are always wrapped.
            None => match &plan.model.shape(id).kind {
                ShapeKind::List(member) | ShapeKind::Map { value: member, .. } => {
                    member_of_structure(member, false);
                }
                _ => {}
            },
        }
    }
    wrapped
}

/// The path of the reader of `id`: `crate::de::read_job_execution`.
pub(super) fn reader_path(plan: &Plan<'_>, id: &ShapeId) -> Result<TokenStream, Error> {
    json_de::reader_path(plan, id)
}

fn xml_types() -> TokenStream {
    quote!(::smithy_runtime::protocol::xml)
}

/// Statements that read the members of `item` from `element` into `value`
/// (a mutable binding of its type, starting at its default).
pub(super) fn members(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let mut arms = Vec::new();
    let mut attributes = Vec::new();
    for field in &item.fields {
        let name = ident(&field.name);
        let wire = &field.wire_name;
        if xml::is_attribute(&field.member) {
            let read = scalar(plan, &field.ty, field.timestamp_format, quote!(attribute)).ok_or_else(|| {
                Error::shape(
                    item.shape.member(&field.member.name),
                    "an `@xmlAttribute` member must be a scalar",
                )
            })?;
            let set = set(field, read);
            attributes.push(quote!(if let Some(attribute) = element.attribute(#wire) { #set }));
            continue;
        }
        let flattened = xml::is_flattened(&field.member);
        let arm = match field.ty.unboxed() {
            RustType::List { item: item_ty, sparse } if flattened => {
                let list = plan.model.shape(&field.member.target);
                let ShapeKind::List(member) = &list.kind else {
                    return Err(Error::shape(&field.member.target, "is not a list"));
                };
                let read = element_value(
                    plan,
                    &member.target,
                    item_ty,
                    plan.timestamp_format_of(member),
                    quote!(child),
                )?;
                let read = if *sparse { quote!(Some(#read)) } else { read };
                let list = if field.optional {
                    quote!(value.#name.get_or_insert_with(#VEC::new))
                } else {
                    quote!(value.#name)
                };
                quote!(#list.push(#read))
            }
            RustType::Map { .. } if flattened => {
                let entry = format_ident!("{}", map_entry_reader(plan, &field.member.target)?);
                let map = if field.optional {
                    quote!(value.#name.get_or_insert_with(::std::collections::HashMap::new))
                } else {
                    quote!(value.#name)
                };
                quote! {{
                    let (k, v) = crate::de::#entry(child)?;
                    #map.insert(k, v);
                }}
            }
            _ => set(
                field,
                element_value(
                    plan,
                    &field.member.target,
                    &field.ty,
                    field.timestamp_format,
                    quote!(child),
                )?,
            ),
        };
        arms.push((wire, arm));
    }
    let children = if arms.is_empty() {
        quote!()
    } else if let [(wire, arm)] = arms.as_slice() {
        quote! {
            for child in element.children() {
                if child.name() == #wire {
                    #arm;
                }
            }
        }
    } else {
        let arms = arms.iter().map(|(wire, arm)| quote!(#wire => #arm,));
        quote! {
            for child in element.children() {
                match child.name() {
                    #(#arms)*
                    _ => {}
                }
            }
        }
    };
    Ok(quote!(#children #(#attributes)*))
}

/// The statement setting `field` of `value` to `read`.
fn set(field: &Field, read: TokenStream) -> TokenStream {
    let name = ident(&field.name);
    if field.optional {
        quote!(value.#name = Some(#read))
    } else {
        quote!(value.#name = #read)
    }
}

fn reader_name(plan: &Plan<'_>, id: &ShapeId) -> Result<String, Error> {
    plan.readers
        .get(id)
        .cloned()
        .ok_or_else(|| Error::shape(id, "has no XML reader (the plan names none)"))
}

fn map_entry_reader(plan: &Plan<'_>, id: &ShapeId) -> Result<String, Error> {
    plan.map_entry_reader(id)
        .ok_or_else(|| Error::shape(id, "has no XML entry reader (the plan names none)"))
}

fn signature(plan: &Plan<'_>, id: &ShapeId, ty: TokenStream, what: &str) -> Result<TokenStream, Error> {
    let name = format_ident!("{}", reader_name(plan, id)?);
    let xml = xml_types();
    let doc = format!(" Reads the {what} `{}` from its element.", id.name());
    Ok(quote! {
        #[doc = #doc]
        pub(crate) fn #name(element: &#xml::XmlElement) -> #RESULT<#ty, #xml::XmlError>
    })
}

fn structure_reader(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let signature = signature(plan, &item.shape, path.clone(), "structure")?;
    if item.fields.is_empty() {
        let name = format_ident!("{}", reader_name(plan, &item.shape)?);
        let xml = xml_types();
        let doc = format!(" Reads the structure `{}` (it has no members).", item.shape.name());
        return Ok(quote! {
            #[doc = #doc]
            pub(crate) fn #name(_element: &#xml::XmlElement) -> #RESULT<#path, #xml::XmlError> {
                Ok(#path::default())
            }
        });
    }
    let members = members(plan, item)?;
    Ok(quote! {
        #signature {
            let mut value = #path::default();
            #members
            Ok(value)
        }
    })
}

/// A union: the first member element set; an unknown one reads as `Unknown`.
fn union_reader(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    let path = item.path_tokens();
    let signature = signature(plan, &item.shape, path.clone(), "union")?;
    let xml = xml_types();
    let mut arms = Vec::new();
    for field in &item.fields {
        let variant = ident(&field.name);
        let wire = &field.wire_name;
        let read = if field.ty == RustType::Unit {
            quote!(#path::#variant)
        } else {
            let read = element_value(
                plan,
                &field.member.target,
                &field.ty,
                field.timestamp_format,
                quote!(child),
            )?;
            quote!(#path::#variant(#read))
        };
        arms.push(quote!(#wire => return Ok(#read),));
    }
    let none = format!("the `{}` union sets no member", item.shape.name());
    Ok(quote! {
        #signature {
            if let Some(child) = element.children().first() {
                match child.name() {
                    #(#arms)*
                    other => return Ok(#path::Unknown(other.to_owned())),
                }
            }
            Err(#xml::XmlError::new(#none))
        }
    })
}

/// The reader of a list or map (`wrapped`: of the whole container, else
/// nothing for a list and only the entry reader for a map).
fn container_reader(plan: &Plan<'_>, id: &ShapeId, ty: &RustType, wrapped: bool) -> Result<TokenStream, Error> {
    let xml = xml_types();
    match (&plan.model.shape(id).kind, ty) {
        (ShapeKind::List(_), RustType::List { .. }) if !wrapped => Ok(quote!()),
        (ShapeKind::List(member), RustType::List { item, sparse }) => {
            let signature = signature(plan, id, ty.tokens(), "list")?;
            let item_name = xml::list_item_name(plan.model, id);
            let read = element_value(
                plan,
                &member.target,
                item,
                plan.timestamp_format_of(member),
                quote!(child),
            )?;
            let read = if *sparse { quote!(Some(#read)) } else { read };
            Ok(quote! {
                #signature {
                    let mut items = #VEC::new();
                    for child in element.children().iter().filter(|c| c.name() == #item_name) {
                        items.push(#read);
                    }
                    Ok(items)
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
            let signature = signature(plan, id, ty.tokens(), "map")?;
            let entry = format_ident!("{}", map_entry_reader(plan, id)?);
            let (key_name, value_name) = xml::map_entry_names(plan.model, id);
            let key_ty = key.tokens();
            let value_tokens = value_ty.tokens_maybe_optional(*sparse);
            let read_key = element_value(plan, &key_member.target, key, None, quote!(child))?;
            let read_value = element_value(
                plan,
                &member.target,
                value_ty,
                plan.timestamp_format_of(member),
                quote!(child),
            )?;
            let read_value = if *sparse { quote!(Some(#read_value)) } else { read_value };
            let no_key = format!("an entry of the map `{}` has no `{key_name}`", id.name());
            let no_value = format!("an entry of the map `{}` has no `{value_name}`", id.name());
            let entry_doc = format!(
                " Reads one entry of the map `{}` (`<{key_name}>` and `<{value_name}>`).",
                id.name()
            );
            let whole = wrapped.then(|| {
                quote! {
                    #signature {
                        let mut map = ::std::collections::HashMap::new();
                        for child in element.children().iter().filter(|c| c.name() == "entry") {
                            let (k, v) = #entry(child)?;
                            map.insert(k, v);
                        }
                        Ok(map)
                    }
                }
            });
            Ok(quote! {
                #whole

                #[doc = #entry_doc]
                pub(crate) fn #entry(element: &#xml::XmlElement) -> #RESULT<(#key_ty, #value_tokens), #xml::XmlError> {
                    let k = match element.child(#key_name) {
                        Some(child) => #read_key,
                        None => return Err(#xml::XmlError::new(#no_key)),
                    };
                    let v = match element.child(#value_name) {
                        Some(child) => #read_value,
                        None => return Err(#xml::XmlError::new(#no_value)),
                    };
                    Ok((k, v))
                }
            })
        }
        _ => Err(Error::shape(id, "is not a list or map the XML reader knows")),
    }
}

/// An expression reading the value of shape `target` and type `ty` from the
/// element `element` (with `?` applied).
fn element_value(
    plan: &Plan<'_>,
    target: &ShapeId,
    ty: &RustType,
    format: Option<TimestampFormat>,
    element: TokenStream,
) -> Result<TokenStream, Error> {
    if let Some(read) = scalar(plan, ty, format, quote!(#element.value())) {
        return Ok(read);
    }
    Ok(match ty {
        RustType::Boxed(inner) => {
            let inner = element_value(plan, target, inner, format, element)?;
            quote!(#BOX::new(#inner))
        }
        RustType::Named { shape, .. } => {
            let reader = reader_path(plan, shape)?;
            quote!(#reader(#element)?)
        }
        RustType::List { .. } | RustType::Map { .. } => {
            let reader = reader_path(plan, target)?;
            quote!(#reader(#element)?)
        }
        _ => {
            return Err(Error::shape(
                target,
                format!("a {} cannot be read from an XML body", ty.display()),
            ));
        }
    })
}

/// An expression reading a scalar of type `ty` from `scalar` (a
/// `smithy_runtime::protocol::xml::Scalar`), with `?` applied; `None` for a
/// type that is not a scalar.
fn scalar(plan: &Plan<'_>, ty: &RustType, format: Option<TimestampFormat>, scalar: TokenStream) -> Option<TokenStream> {
    Some(match ty {
        RustType::Bool => quote!(#scalar.bool()?),
        RustType::I8 => quote!(#scalar.i8()?),
        RustType::I16 => quote!(#scalar.i16()?),
        RustType::I32 => quote!(#scalar.i32()?),
        RustType::I64 => quote!(#scalar.i64()?),
        RustType::BigInteger => quote!(#scalar.big_integer()?),
        RustType::F32 => quote!(#scalar.f32()?),
        RustType::F64 => quote!(#scalar.f64()?),
        RustType::BigDecimal => quote!(#scalar.big_decimal()?),
        RustType::String => quote!(#scalar.string()),
        RustType::Blob => quote!(#scalar.blob()?),
        RustType::Timestamp => {
            let format = match format.unwrap_or(TimestampFormat::DateTime) {
                TimestampFormat::DateTime => quote!(DateTime),
                TimestampFormat::HttpDate => quote!(HttpDate),
                TimestampFormat::EpochSeconds => quote!(EpochSeconds),
            };
            quote!(#scalar.timestamp(::smithy_runtime::TimestampFormat::#format)?)
        }
        RustType::Named { path, shape } => {
            let path: TokenStream = path.parse().expect("planned paths are valid Rust");
            match plan.item(shape).map(|i| i.kind) {
                Some(ItemKind::Enum) => quote!(#path::from(#scalar.string())),
                Some(ItemKind::IntEnum) => quote!(#path::from(#scalar.i32()?)),
                _ => return None,
            }
        }
        _ => return None,
    })
}

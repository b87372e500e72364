//! Scalar values in URIs and headers: to text for requests, from text for
//! responses.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::TimestampFormat;
use crate::plan::{Field, ItemKind, Plan, RustType};
use crate::std_names::{OPTION, RESULT};

/// Where a scalar is written; each has its own default timestamp format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Location {
    /// A path label or query value: `date-time`.
    Uri,
    /// A header: `http-date`.
    Header,
}

/// The format of a timestamp at `location`.
pub(super) fn format_tokens(field: &Field, location: Location) -> TokenStream {
    let default = match location {
        Location::Uri => TimestampFormat::DateTime,
        Location::Header => TimestampFormat::HttpDate,
    };
    match field.timestamp_format.unwrap_or(default) {
        TimestampFormat::DateTime => quote!(::smithy_runtime::TimestampFormat::DateTime),
        TimestampFormat::HttpDate => quote!(::smithy_runtime::TimestampFormat::HttpDate),
        TimestampFormat::EpochSeconds => quote!(::smithy_runtime::TimestampFormat::EpochSeconds),
    }
}

/// Whether a header string member is base64 (`@mediaType` on its target).
fn is_media_type(field: &Field) -> bool {
    field.media_type.is_some()
}

/// A `String` expression for `value` (an expression of type `&T`), or `None`
/// when the type cannot be written as text.
pub(super) fn to_text(
    plan: &Plan<'_>,
    field: &Field,
    ty: &RustType,
    value: TokenStream,
    location: Location,
) -> Option<TokenStream> {
    Some(match ty.unboxed() {
        RustType::String if location == Location::Header && is_media_type(field) => {
            quote!(::smithy_runtime::Blob::new(#value.as_bytes()).to_base64())
        }
        RustType::String => quote!(#value.to_string()),
        // Big numbers are written with their exact text.
        RustType::Bool
        | RustType::I8
        | RustType::I16
        | RustType::I32
        | RustType::I64
        | RustType::BigInteger
        | RustType::BigDecimal => {
            quote!(#value.to_string())
        }
        // An `f32` is written in its own shortest form (`1.1`, not `1.100000023841858`).
        RustType::F32 => quote!(::smithy_runtime::protocol::wire::fmt_f32(*#value)),
        RustType::F64 => {
            quote!(::smithy_runtime::protocol::wire::fmt_float(*#value))
        }
        RustType::Timestamp => {
            let format = format_tokens(field, location);
            quote!(#value.fmt(#format))
        }
        RustType::Blob => quote!(#value.to_base64()),
        RustType::Named { shape, .. } => match plan.item(shape)?.kind {
            ItemKind::Enum => quote!(#value.as_str().to_owned()),
            ItemKind::IntEnum => quote!(#value.as_i32().to_string()),
            _ => return None,
        },
        _ => return None,
    })
}

/// The URI text of `value` (an expression of type `&T`), a path label or a query
/// value, as an `impl AsRef<str>` expression: a string is its own text and an
/// enum lends its own; other types are written as [`to_text`] writes them in a URI.
pub(super) fn uri_text(plan: &Plan<'_>, field: &Field, ty: &RustType, value: TokenStream) -> Option<TokenStream> {
    match ty.unboxed() {
        RustType::String => Some(value),
        RustType::Named { shape, .. } if plan.item(shape)?.kind == ItemKind::Enum => Some(quote!(#value.as_str())),
        _ => to_text(plan, field, ty, value, Location::Uri),
    }
}

/// An expression of type `Result<Option<T>, UnhandledError>` reading header
/// `name` of `response`, or `None` when the type cannot be read from a header.
pub(super) fn from_header(plan: &Plan<'_>, field: &Field, ty: &RustType, name: &str) -> Option<TokenStream> {
    let wire = quote!(::smithy_runtime::protocol::wire);
    Some(match ty.unboxed() {
        RustType::String if is_media_type(field) => quote!(#wire::parse_base64_header(response, #name)),
        RustType::String => {
            quote!(#RESULT::<_, ::smithy_runtime::error::UnhandledError>::Ok(#wire::header(response, #name)))
        }
        RustType::Bool
        | RustType::I8
        | RustType::I16
        | RustType::I32
        | RustType::I64
        | RustType::BigInteger
        | RustType::BigDecimal => {
            let t = ty.unboxed().tokens();
            quote!(#wire::parse_header::<#t>(response, #name))
        }
        RustType::F64 => quote!(#wire::parse_float_header(response, #name)),
        RustType::F32 => quote!(#wire::parse_float_header(response, #name).map(|v| v.map(|v| v as f32))),
        RustType::Timestamp => {
            let format = format_tokens(field, Location::Header);
            quote!(#wire::parse_timestamp_header(response, #name, #format))
        }
        RustType::Named { shape, path } => {
            let path: TokenStream = path.parse().ok()?;
            match plan.item(shape)?.kind {
                ItemKind::Enum => {
                    quote!(#RESULT::<_, ::smithy_runtime::error::UnhandledError>::Ok(#wire::header(response, #name).map(|v| #path::from(v.as_str()))))
                }
                ItemKind::IntEnum => quote!(#wire::parse_header::<i32>(response, #name).map(|v| v.map(#path::from))),
                _ => return None,
            }
        }
        RustType::List { item, sparse: false } => list_from_header(plan, field, item, name)?,
        _ => return None,
    })
}

fn list_from_header(plan: &Plan<'_>, field: &Field, item: &RustType, name: &str) -> Option<TokenStream> {
    let wire = quote!(::smithy_runtime::protocol::wire);
    Some(match item {
        RustType::String => {
            quote!(#RESULT::<_, ::smithy_runtime::error::UnhandledError>::Ok(#wire::header_list(response, #name)))
        }
        RustType::Timestamp => {
            let format = format_tokens(field, Location::Header);
            quote!(#wire::parse_timestamp_list_header(response, #name, #format))
        }
        RustType::Bool
        | RustType::I8
        | RustType::I16
        | RustType::I32
        | RustType::I64
        | RustType::BigInteger
        | RustType::BigDecimal => {
            let t = item.tokens();
            quote! {
                match #wire::header_list(response, #name) {
                    Some(items) => #wire::parse_list_items::<#t>(response, #name, items).map(#OPTION::Some),
                    None => Ok(None),
                }
            }
        }
        RustType::Named { shape, path } if plan.item(shape)?.kind == ItemKind::Enum => {
            let path: TokenStream = path.parse().ok()?;
            quote!(#RESULT::<_, ::smithy_runtime::error::UnhandledError>::Ok(#wire::header_list(response, #name).map(|items| items.iter().map(|v| #path::from(v.as_str())).collect())))
        }
        RustType::Named { shape, path } if plan.item(shape)?.kind == ItemKind::IntEnum => {
            let path: TokenStream = path.parse().ok()?;
            quote! {
                match #wire::header_list(response, #name) {
                    Some(items) => #wire::parse_list_items::<i32>(response, #name, items)
                        .map(|items| Some(items.into_iter().map(#path::from).collect())),
                    None => Ok(None),
                }
            }
        }
        _ => return None,
    })
}

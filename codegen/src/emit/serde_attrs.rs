//! `#[serde(...)]` attributes that give each field its wire form.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::TimestampFormat;
use crate::plan::{naming, Field, RustType};
use crate::std_names::OPTION;

/// The attribute of a structure field: wire name, `None` left out, and the
/// wire format of timestamps and special floats.
pub(super) fn field(field: &Field) -> TokenStream {
    field_of(field, false)
}

/// [`field`], for a member of a modeled error when `in_error`.
pub(super) fn field_of(field: &Field, in_error: bool) -> TokenStream {
    let mut parts = Vec::new();
    if field.wire_name != naming::unraw(&field.name) {
        let wire = &field.wire_name;
        parts.push(quote!(rename = #wire));
    }
    if in_error && field.member.name.eq_ignore_ascii_case("message") && field.ty == RustType::String {
        // Services spell the message member of an error `message`, `Message` or
        // `errorMessage` whatever the model says.
        for alias in ["message", "Message", "errorMessage"]
            .into_iter()
            .filter(|a| *a != field.wire_name)
        {
            parts.push(quote!(alias = #alias));
        }
    }
    if field.optional {
        let is_none = format!("{}::is_none", OPTION.text());
        parts.push(quote!(skip_serializing_if = #is_none));
    }
    if let Some(with) = with_module(field) {
        let with = if field.optional {
            format!("{with}::option")
        } else {
            with
        };
        parts.push(quote!(with = #with));
    } else if let Some(nested) = nested_module(field) {
        // The nested helpers take the `Option` in their stride.
        parts.push(quote!(with = #nested));
    }
    if parts.is_empty() {
        quote!()
    } else {
        quote!(#[serde(#(#parts),*)])
    }
}

/// The `serde(with)` module for a value that needs more than its type's own
/// serde impl: timestamps in a format other than epoch seconds, and floats,
/// which restJson1 writes as `"NaN"` or `"Infinity"` when not finite.
pub(super) fn with_module(field: &Field) -> Option<String> {
    match field.ty {
        RustType::Timestamp => match field.timestamp_format? {
            TimestampFormat::DateTime => Some("::smithy_runtime::serde::timestamp::date_time".into()),
            TimestampFormat::HttpDate => Some("::smithy_runtime::serde::timestamp::http_date".into()),
            TimestampFormat::EpochSeconds => None,
        },
        RustType::F32 => Some("::smithy_runtime::serde::float::f32".into()),
        RustType::F64 => Some("::smithy_runtime::serde::float::f64".into()),
        _ => None,
    }
}

/// The `serde(with)` module for a list or map (possibly nested, sparse or
/// optional) whose timestamps are not in epoch seconds: the format on the
/// innermost member, else on its timestamp shape.
fn nested_module(field: &Field) -> Option<&'static str> {
    if !matches!(field.ty.unboxed(), RustType::List { .. } | RustType::Map { .. }) {
        return None;
    }
    match field.nested_timestamp_format? {
        TimestampFormat::DateTime => Some("::smithy_runtime::serde::nested::date_time"),
        TimestampFormat::HttpDate => Some("::smithy_runtime::serde::nested::http_date"),
        TimestampFormat::EpochSeconds => None,
    }
}

/// The marker type of the non-default timestamp format of a value that holds
/// timestamps (directly or in lists and maps), for code that (de)serializes by
/// hand with `smithy_runtime::serde::nested::{Formatted, Parsed}`.
pub(super) fn timestamp_format_marker(field: &Field) -> Option<TokenStream> {
    let format = match field.ty.unboxed() {
        RustType::Timestamp => field.timestamp_format?,
        RustType::List { .. } | RustType::Map { .. } => field.nested_timestamp_format?,
        _ => return None,
    };
    match format {
        TimestampFormat::DateTime => Some(quote!(::smithy_runtime::serde::nested::DateTimeFormat)),
        TimestampFormat::HttpDate => Some(quote!(::smithy_runtime::serde::nested::HttpDateFormat)),
        TimestampFormat::EpochSeconds => None,
    }
}

//! restJson1 responses: the output from the status, headers and body, and the
//! operation error from an error response.

use proc_macro2::TokenStream;
use quote::quote;

use super::{json_de, scalar};
use crate::emit::{ident, values};
use crate::error::Error;
use crate::model::{HttpBinding, ShapeKind, Simple};
use crate::plan::{Field, ItemKind, OperationPlan, Plan, RustType};

/// `fn deserialize_response(&HttpResponse) -> Result<Output, Error>`.
pub(super) fn deserialize_response(plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
    let output = &op.output;
    let output_type = ident(&output.name);
    let error_type = ident(&op.error_name);
    let body_fields: Vec<&Field> = output.fields.iter().filter(|f| in_body(f)).collect();
    let has_payload = output
        .fields
        .iter()
        .any(|f| f.http_binding == Some(HttpBinding::Payload));

    let body = if body_fields.is_empty() || has_payload {
        quote!()
    } else {
        let declarations = body_fields.iter().map(|f| {
            let name = ident(&f.name);
            let ty = f.ty.tokens_maybe_optional(true);
            quote!(#name: #ty,)
        });
        let mut arms = Vec::new();
        for field in &body_fields {
            let name = ident(&field.name);
            let wire = &field.wire_name;
            let value = json_de::field_value(plan, field)?;
            arms.push(quote!(#wire => body.#name = #value,));
        }
        let shape_name = output.shape.name();
        quote! {
            /// The members of the JSON body, each `None` until read.
            #[derive(Default)]
            struct ResponseBody {
                #(#declarations)*
            }
            let body = ::smithy_runtime::protocol::wire::read_body(response, |reader| {
                let mut body = ResponseBody::default();
                reader.start_object(#shape_name)?;
                while let Some(key) = reader.next_key()? {
                    match key.as_ref() {
                        #(#arms)*
                        _ => reader.skip_value()?,
                    }
                }
                Ok(body)
            })?;
        }
    };

    let mut values = Vec::new();
    for field in &output.fields {
        let name = ident(&field.name);
        if field.ty == RustType::ByteStream {
            // The `@streaming` payload: the body, unread.
            let value = if field.optional {
                quote!(Some(stream))
            } else {
                quote!(stream)
            };
            values.push(quote!(#name: #value,));
            continue;
        }
        let raw = match field.http_binding.clone() {
            _ if in_body(field) && has_payload => quote!(None),
            _ if in_body(field) => quote!(body.#name),
            Some(HttpBinding::Header(header)) => {
                let read = scalar::from_header(plan, field, &field.ty, &header)
                    .ok_or_else(|| unsupported(op, field, "a header"))?;
                quote!(#read?)
            }
            Some(HttpBinding::PrefixHeaders(prefix)) => {
                quote!(::smithy_runtime::protocol::wire::prefix_headers(response, #prefix))
            }
            Some(HttpBinding::ResponseCode) if !field.optional => {
                values.push(quote!(#name: i32::from(response.status),));
                continue;
            }
            Some(HttpBinding::ResponseCode) => quote!(Some(i32::from(response.status))),
            Some(HttpBinding::Payload) => payload(plan, field)?,
            // Unbound members are read from the body above.
            _ => quote!(None),
        };
        let value = finish(plan, op, field, raw)?;
        values.push(quote!(#name: #value,));
    }
    if output.has_byte_stream() {
        // The body streams: the output is built from the status and headers, and
        // holds the body to read. Error responses come fully read.
        return Ok(quote! {
            /// The output of a response (status, headers, and the body as a stream),
            /// or the operation's error when the status is not 2xx.
            pub(super) fn deserialize_response(response: ::smithy_runtime::http::StreamingHttpResponse) -> ::std::result::Result<super::#output_type, super::#error_type> {
                let (head, stream) = response.into_parts();
                let response = &head;
                if !response.is_success() {
                    return Err(deserialize_error(response));
                }
                Ok(super::#output_type { #(#values)* })
            }
        });
    }
    Ok(quote! {
        /// The output of a response, or the operation's error when the status is not 2xx.
        pub(super) fn deserialize_response(response: &::smithy_runtime::http::HttpResponse) -> ::std::result::Result<super::#output_type, super::#error_type> {
            if !response.is_success() {
                return Err(deserialize_error(response));
            }
            #body
            Ok(super::#output_type { #(#values)* })
        }
    })
}

/// Whether a member is read from the JSON body: unbound members, and those bound
/// to the request URI (`@httpLabel`, `@httpQuery`, `@httpQueryParams`), which
/// mean nothing in a response.
pub(super) fn in_body(field: &Field) -> bool {
    matches!(
        field.http_binding,
        None | Some(HttpBinding::Label | HttpBinding::Query(_) | HttpBinding::QueryParams)
    )
}

fn unsupported(op: &OperationPlan, field: &Field, place: &str) -> Error {
    Error::shape(
        op.output.shape.member(&field.member.name),
        format!("a {} cannot be read from {place}", field.ty.display()),
    )
}

/// An `Option<T>` expression for a `@httpPayload` member.
fn payload(plan: &Plan<'_>, field: &Field) -> Result<TokenStream, Error> {
    let target = plan.model.shape(&field.member.target);
    Ok(match (&target.kind, field.ty.unboxed()) {
        (ShapeKind::Simple(Simple::Blob), _) => quote! {
            if response.body.is_empty() {
                None
            } else {
                Some(::smithy_runtime::Blob::new(response.body.to_vec()))
            }
        },
        (ShapeKind::Simple(Simple::String), RustType::String) => {
            quote!(::smithy_runtime::protocol::wire::text_payload(response)?)
        }
        (_, RustType::Named { shape, path }) if plan.item(shape).is_some_and(|i| i.kind == ItemKind::Enum) => {
            let path: TokenStream = path.parse().expect("valid path");
            quote!(::smithy_runtime::protocol::wire::text_payload(response)?.map(#path::from))
        }
        (_, RustType::Document) => {
            quote!(::smithy_runtime::protocol::wire::read_payload(response, |reader| {
                reader.document()
            })?)
        }
        (ShapeKind::Structure(_) | ShapeKind::Union(_), _) => {
            let reader = json_de::reader_path(plan, &field.member.target)?;
            quote!(::smithy_runtime::protocol::wire::read_payload(response, #reader)?)
        }
        _ => {
            return Err(Error::shape(
                &field.member.target,
                format!("a {} cannot be read as a JSON payload", field.ty.display()),
            ));
        }
    })
}

/// The field's value from `raw`, an `Option` of it: as is when the field is
/// optional, else its default, else its zero value (Smithy's error correction).
fn finish(plan: &Plan<'_>, op: &OperationPlan, field: &Field, raw: TokenStream) -> Result<TokenStream, Error> {
    match &field.default {
        _ if field.optional => Ok(raw),
        Some(default) => values::or_default(plan, &op.output.shape, field, default, raw),
        None => Ok(values::or_zero(plan, &field.ty, raw)),
    }
}

/// `fn deserialize_error(&HttpResponse) -> Error`: the modeled error named by
/// the response's error code, else `Unhandled`; either way with the response's
/// metadata (status, code, message, request id).
///
/// A modeled error whose body cannot be read is still that error (callers match
/// on it to back off or give up): its members are left at their zero or absent
/// values, its message taken from the metadata.
pub(super) fn deserialize_error(plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
    let error_type = ident(&op.error_name);
    if op.errors.is_empty() {
        return Ok(quote! {
            /// The operation error of an error response: the operation models none.
            fn deserialize_error(response: &::smithy_runtime::http::HttpResponse) -> super::#error_type {
                super::#error_type::Unhandled(::smithy_runtime::protocol::rest_json::unhandled_error(response))
            }
        });
    }
    let meta = quote::format_ident!("{}", crate::plan::ERROR_METADATA_FIELD);
    let mut arms = Vec::new();
    for item in op.errors.iter().filter_map(|id| plan.item(id)) {
        let code = item.shape.name();
        let reader = json_de::reader_path(plan, &item.shape)?;
        let variant = ident(&item.name);
        // Members bound to headers are read from the headers; one that does not
        // parse is left as the body gave it.
        let headers: Vec<TokenStream> = item
            .fields
            .iter()
            .filter_map(|field| {
                let Some(HttpBinding::Header(header)) = &field.http_binding else {
                    return None;
                };
                let read = scalar::from_header(plan, field, &field.ty, header)?;
                let name = ident(&field.name);
                let value = if field.optional {
                    quote!(Some(value))
                } else {
                    quote!(value)
                };
                Some(quote! {
                    if let Ok(Some(value)) = #read {
                        error.#name = #value;
                    }
                })
            })
            .collect();
        // The message member, when the body did not give it (unreadable, or
        // under another key), from the metadata.
        let message = super::super::errors::message_field(item)
            .filter(|f| f.optional)
            .map(|field| {
                let name = ident(&field.name);
                quote! {
                    if error.#name.is_none() {
                        error.#name = meta.message().map(::std::borrow::ToOwned::to_owned);
                    }
                }
            });
        arms.push(quote! {
            Some(#code) => {
                let mut error = ::smithy_runtime::protocol::wire::read_error(response, #reader);
                #(#headers)*
                #message
                error.#meta = meta;
                super::#error_type::#variant(error)
            }
        });
    }
    Ok(quote! {
        /// The operation error of an error response.
        fn deserialize_error(response: &::smithy_runtime::http::HttpResponse) -> super::#error_type {
            let meta = ::smithy_runtime::protocol::rest_json::error_metadata(response);
            match meta.code() {
                #(#arms)*
                _ => super::#error_type::Unhandled(::smithy_runtime::error::UnhandledError::from_service_metadata(meta, response.body.to_vec())),
            }
        }
    })
}

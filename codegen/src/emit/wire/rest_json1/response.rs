//! restJson1 and restXml responses: the output from the status, headers and body.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::{in_body, json_body, json_de, scalar, xml_de};
use super::BodyFormat;
use crate::emit::ident;
use crate::error::Error;
use crate::model::{HttpBinding, ShapeKind, Simple};
use crate::plan::{Field, ItemKind, OperationPlan, Plan, RustType};
use crate::std_names::RESULT;

/// `fn deserialize_response(&HttpResponse) -> Result<Output, Error>`.
pub(in crate::emit::wire) fn deserialize_response(
    plan: &Plan<'_>,
    op: &OperationPlan,
    format: BodyFormat,
) -> Result<TokenStream, Error> {
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
    } else if format == BodyFormat::Xml {
        read_xml_members(plan, output, &body_fields)?
    } else {
        json_body::read_members(plan, output, &body_fields)?
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
            // The XML body was read into the output type itself.
            _ if in_body(field) && format == BodyFormat::Xml => {
                values.push(quote!(#name: body.#name,));
                continue;
            }
            _ if in_body(field) => quote!(body.#name),
            Some(HttpBinding::Header(header)) => {
                let read = scalar::from_header(plan, field, &field.ty, &header)
                    .ok_or_else(|| unsupported(op, field, "a header"))?;
                quote!(#read?)
            }
            Some(HttpBinding::PrefixHeaders(prefix)) => {
                // An empty map when no header matches, never unset.
                quote!(Some(::smithy_runtime::protocol::wire::prefix_headers(response, #prefix)))
            }
            Some(HttpBinding::ResponseCode) if !field.optional => {
                values.push(quote!(#name: i32::from(response.status),));
                continue;
            }
            Some(HttpBinding::ResponseCode) => quote!(Some(i32::from(response.status))),
            Some(HttpBinding::Payload) => payload(plan, field, format)?,
            // Unbound members are read from the body above.
            _ => quote!(None),
        };
        let value = json_body::finish(plan, op, field, raw)?;
        values.push(quote!(#name: #value,));
    }
    if output.has_byte_stream() {
        // The body streams: the output is built from the status and headers, and
        // holds the body to read. Error responses come fully read.
        return Ok(quote! {
            /// The output of a response (status, headers, and the body as a stream),
            /// or the operation's error when the status is not 2xx.
            pub(super) fn deserialize_response(response: ::smithy_runtime::http::StreamingHttpResponse) -> #RESULT<super::#output_type, super::#error_type> {
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
        pub(super) fn deserialize_response(response: &::smithy_runtime::http::HttpResponse) -> #RESULT<super::#output_type, super::#error_type> {
            if !response.is_success() {
                return Err(deserialize_error(response));
            }
            #body
            Ok(super::#output_type { #(#values)* })
        }
    })
}

fn unsupported(op: &OperationPlan, field: &Field, place: &str) -> Error {
    Error::shape(
        op.output.shape.member(&field.member.name),
        format!("a {} cannot be read from {place}", field.ty.display()),
    )
}

/// `let body`: the output type with the members of the XML body read (the
/// root element's children); an empty body reads as no members.
fn read_xml_members(plan: &Plan<'_>, output: &crate::plan::Item, fields: &[&Field]) -> Result<TokenStream, Error> {
    let output_type = ident(&output.name);
    let mut body_item = output.clone();
    body_item.fields = fields.iter().map(|f| (*f).clone()).collect();
    let members = xml_de::members(plan, &body_item)?;
    let rx = quote!(::smithy_runtime::protocol::rest_xml);
    Ok(quote! {
        let mut body = super::#output_type::default();
        if let Some(element) = #rx::read_body(response)? {
            let read = |element: &::smithy_runtime::protocol::xml::XmlElement, value: &mut super::#output_type| -> #RESULT<(), ::smithy_runtime::protocol::xml::XmlError> {
                #members
                Ok(())
            };
            read(&element, &mut body).map_err(|e| #rx::malformed(response, e))?;
        }
    })
}

/// An `Option<T>` expression for a `@httpPayload` member.
fn payload(plan: &Plan<'_>, field: &Field, format: BodyFormat) -> Result<TokenStream, Error> {
    let target = plan.model.shape(&field.member.target);
    if format == BodyFormat::Xml && matches!(target.kind, ShapeKind::Structure(_) | ShapeKind::Union(_)) {
        let reader = xml_de::reader_path(plan, &field.member.target)?;
        let rx = quote!(::smithy_runtime::protocol::rest_xml);
        return Ok(quote! {
            #rx::read_body(response)?
                .map(|element| #reader(&element))
                .transpose()
                .map_err(|e| #rx::malformed(response, e))?
        });
    }
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

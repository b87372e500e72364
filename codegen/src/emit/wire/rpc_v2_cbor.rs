//! rpcv2Cbor: every operation is `POST /service/<Service>/operation/<Operation>`
//! (after the endpoint's path) with `smithy-protocol: rpc-v2-cbor` and
//! `Accept: application/cbor`; the input is a CBOR map of its members
//! (`Content-Type: application/cbor`), or no body at all when the operation has
//! no input. The output is the response's CBOR map, read by the crate's `de`
//! module over the runtime's CBOR reader. HTTP binding traits mean nothing here
//! (the plan drops them). Errors are named by the body's `__type`
//! (`smithy_runtime::protocol::rpc_v2_cbor`); an `@awsQueryCompatible` service's
//! client sends `x-amzn-query-mode: true` and gives callers the awsQuery code
//! of `x-amzn-query-error`, as awsJson does.

use proc_macro2::TokenStream;
use quote::quote;

use super::json_body::{self, ErrorCodes};
use super::{cbor_ser, WireProtocol};
use crate::emit::{customize, ident};
use crate::error::Error;
use crate::plan::{Field, Item, OperationPlan, Plan, Protocol, RustType};
use crate::std_names::RESULT;

/// rpcv2Cbor.
pub(super) struct RpcV2Cbor;

/// The runtime module of the protocol.
fn runtime() -> TokenStream {
    quote!(::smithy_runtime::protocol::rpc_v2_cbor)
}

/// The reader and error types of the `de` module's functions.
pub(super) fn reader_types() -> (TokenStream, TokenStream) {
    let runtime = runtime();
    (quote!(#runtime::CborReader<'_>), quote!(#runtime::CborError))
}

impl WireProtocol for RpcV2Cbor {
    fn serialize_request(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        no_byte_stream(&op.input)?;
        let runtime = runtime();
        let input = &op.input;
        let shape_name = input.name.as_str();
        let custom = customize::request(plan, op);
        let header_error = |header: &str| quote!(|_| ::smithy_runtime::error::BuildError::invalid_field(#shape_name, #header, "is not a valid HTTP header value"));
        let mut statements = Vec::new();
        for token in input.fields.iter().filter(|f| f.idempotency_token) {
            let name = ident(&token.name);
            statements.push(quote! {
                if input.#name.is_none() {
                    input.#name = Some(::smithy_runtime::protocol::wire::idempotency_token());
                }
            });
        }
        // The service's and operation's shape names, as the protocol asks.
        let path = format!("/service/{}/operation/{}", plan.service.id.name(), op.shape.name());
        let protocol_error = header_error("smithy-protocol");
        let accept_error = header_error("Accept");
        statements.push(quote! {
            let mut request = ::smithy_runtime::http::HttpRequest::new(::smithy_runtime::http::Method::POST, #path);
            request.append_header(#runtime::PROTOCOL_HEADER, #runtime::PROTOCOL).map_err(#protocol_error)?;
            request.append_header("Accept", #runtime::CONTENT_TYPE).map_err(#accept_error)?;
        });
        if plan.query_compatible {
            let mode_error = header_error("x-amzn-query-mode");
            statements.push(quote! {
                request
                    .append_header(::smithy_runtime::protocol::aws_json::QUERY_MODE_HEADER, "true")
                    .map_err(#mode_error)?;
            });
        }
        statements.extend(custom.header_statements(shape_name));
        // An operation without input sends no body (and so no `Content-Type`).
        if !is_unit(input) {
            let fields: Vec<&Field> = input.fields.iter().collect();
            let members = cbor_ser::member_statements(plan, &fields, &quote!(input))?;
            statements.push(quote! {
                let mut body = #runtime::CborWriter::new();
                let writer = &mut body;
                writer.begin_map();
                #(#members)*
                writer.end();
                ::smithy_runtime::protocol::wire::set_body(&mut request, #shape_name, #runtime::CONTENT_TYPE, body.into_bytes())?;
            });
        }
        if op.gzip_request {
            statements.push(quote! {
                ::smithy_runtime::protocol::compression::gzip_request(
                    &mut request,
                    #shape_name,
                    ::smithy_runtime::protocol::compression::DEFAULT_MIN_COMPRESSION_SIZE,
                )?;
            });
        }
        if op.checksum_required {
            statements.push(quote!(::smithy_runtime::protocol::checksum::set_content_md5(&mut request, #shape_name)?;));
        }
        statements.extend(custom.checksum_statements(shape_name));
        let input_type = ident(&input.name);
        let mutable = if input.fields.iter().any(|f| f.idempotency_token) {
            quote!(mut)
        } else {
            quote!()
        };
        let input_param = if input.fields.is_empty() {
            quote!(_input)
        } else {
            quote!(input)
        };
        Ok(quote! {
            /// The HTTP request for `input`; fails when a member the request needs is missing or invalid.
            pub(super) fn serialize_request(#mutable #input_param: super::#input_type) -> #RESULT<::smithy_runtime::http::HttpRequest, ::smithy_runtime::error::BuildError> {
                #(#statements)*
                Ok(request)
            }
        })
    }

    fn deserialize_response(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        no_byte_stream(&op.output)?;
        let runtime = runtime();
        let output = &op.output;
        let output_type = ident(&output.name);
        let error_type = ident(&op.error_name);
        let fields: Vec<&Field> = output.fields.iter().collect();
        // An output without members ignores the body, whatever it holds.
        let body = if fields.is_empty() {
            quote!()
        } else {
            json_body::read_members_with(plan, output, &fields, "CBOR", quote!(#runtime::read_body))?
        };
        let mut values = Vec::new();
        for field in &fields {
            let name = ident(&field.name);
            let value = json_body::finish(plan, op, field, quote!(body.#name))?;
            values.push(quote!(#name: #value,));
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

    fn deserialize_error(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        let runtime = runtime();
        let codes = if plan.query_compatible {
            // The modeled error is named by its shape name; callers see the awsQuery code.
            ErrorCodes {
                metadata: quote!(let (code, meta) = #runtime::query_compatible_metadata(response);),
                code: quote!(code.as_deref()),
                unhandled: quote!(#runtime::query_compatible_unhandled_error(response)),
            }
        } else {
            ErrorCodes {
                metadata: quote!(let meta = #runtime::error_metadata(response);),
                code: quote!(meta.code()),
                unhandled: quote!(#runtime::unhandled_error(response)),
            }
        };
        json_body::deserialize_error(plan, op, &codes)
    }

    fn runtime_protocol(&self) -> Option<TokenStream> {
        Some(quote!(::smithy_runtime::protocol::Protocol::RpcV2Cbor))
    }

    fn error_from_body(&self, plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
        let runtime = runtime();
        json_body::error_from_body(plan, item, &quote!(#runtime::read_error))
    }
}

/// Whether the operation has no input (`smithy.api#Unit`), which sends no body.
fn is_unit(input: &Item) -> bool {
    input.shape.as_str() == "smithy.api#Unit"
}

/// A `@streaming` blob needs an `@httpPayload` binding, which rpcv2Cbor has not.
fn no_byte_stream(item: &Item) -> Result<(), Error> {
    match item.fields.iter().find(|f| f.ty == RustType::ByteStream) {
        Some(field) => Err(Error::shape(
            item.shape.member(&field.member.name),
            format!(
                "a `@streaming` blob cannot be sent by {}: the protocol puts every member in the CBOR body",
                Protocol::RpcV2Cbor.name()
            ),
        )),
        None => Ok(()),
    }
}

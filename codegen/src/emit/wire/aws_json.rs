//! awsJson1_0 and awsJson1_1: every operation is `POST /` (after the endpoint's
//! path) with `X-Amz-Target: <Service>.<Operation>`, the protocol's media type
//! and the whole input as a JSON object (`{}` when it has no members); the
//! output is the response's JSON body. HTTP binding traits and `@jsonName` mean
//! nothing here (the plan drops them). Error codes are read by
//! `smithy_runtime::protocol::aws_json`; an `@awsQueryCompatible` service's
//! client also sends `x-amzn-query-mode: true` and gives callers the awsQuery
//! code of `x-amzn-query-error`.

use proc_macro2::TokenStream;
use quote::quote;

use super::json_body::{self, ErrorCodes};
use super::WireProtocol;
use crate::emit::{customize, ident};
use crate::error::Error;
use crate::plan::{Field, Item, OperationPlan, Plan, Protocol, RustType};
use crate::std_names::RESULT;

/// awsJson1_0 or awsJson1_1.
pub(super) struct AwsJson(pub(super) Protocol);

impl WireProtocol for AwsJson {
    fn serialize_request(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
        no_byte_stream(self.0, &op.input)?;
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
        // The service's shape name, as the protocol asks (not its `sdkId`).
        let target = format!("{}.{}", plan.service.id.name(), op.shape.name());
        let target_error = header_error("X-Amz-Target");
        statements.push(quote! {
            let mut request = ::smithy_runtime::http::HttpRequest::new(::smithy_runtime::http::Method::POST, "/");
            request.append_header("X-Amz-Target", #target).map_err(#target_error)?;
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
        let content_type = self.0.content_type();
        let fields: Vec<&Field> = input.fields.iter().collect();
        statements.push(if fields.is_empty() {
            quote! {
                ::smithy_runtime::protocol::wire::set_body(&mut request, #shape_name, #content_type, b"{}".to_vec())?;
            }
        } else {
            json_body::write_members(&fields, shape_name, content_type)
        });
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
        no_byte_stream(self.0, &op.output)?;
        let output = &op.output;
        let output_type = ident(&output.name);
        let error_type = ident(&op.error_name);
        let fields: Vec<&Field> = output.fields.iter().collect();
        // An output without members ignores the body, whatever it holds.
        let body = if fields.is_empty() {
            quote!()
        } else {
            json_body::read_members(plan, output, &fields)?
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
        let runtime = quote!(::smithy_runtime::protocol::aws_json);
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
        Some(match self.0 {
            Protocol::AwsJson1_0 => quote!(::smithy_runtime::protocol::Protocol::AwsJson1_0),
            _ => quote!(::smithy_runtime::protocol::Protocol::AwsJson1_1),
        })
    }

    fn error_from_body(&self, plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
        json_body::error_from_body(plan, item, &quote!(::smithy_runtime::protocol::wire::read_error))
    }
}

/// A `@streaming` blob needs an `@httpPayload` binding, which awsJson has not.
fn no_byte_stream(protocol: Protocol, item: &Item) -> Result<(), Error> {
    match item.fields.iter().find(|f| f.ty == RustType::ByteStream) {
        Some(field) => Err(Error::shape(
            item.shape.member(&field.member.name),
            format!(
                "a `@streaming` blob cannot be sent by {}: the protocol puts every member in the JSON body",
                protocol.name()
            ),
        )),
        None => Ok(()),
    }
}

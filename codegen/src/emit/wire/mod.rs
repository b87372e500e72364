//! The wire: one private `wire` module per operation with its request
//! serializer, response and error deserializers, and `send`.
//!
//! `send`, the host prefix, the endpoint parameters and the runtime's
//! `OPERATION` are the same for every protocol; the serializer and the
//! deserializers are the protocol's ([`WireProtocol`], one module per protocol:
//! [`rest_json1`], [`aws_json`], [`rpc_v2_cbor`], [`aws_query`]). The JSON protocols share
//! their bodies and error reading ([`json_body`]) and the readers of the crate's `de`
//! module ([`json_de`]); rpcv2Cbor reuses both over the runtime's CBOR reader, and
//! writes its requests with the crate's `ser` module ([`cbor_ser`]); the query
//! protocols (awsQuery, ec2Query) have XML readers ([`xml_de`]) and query writers
//! ([`query_ser`], the crate's `ser` module); [`rest_xml`] has restJson1's HTTP
//! bindings with those XML readers and XML writers ([`xml_ser`]).
//!
//! A new protocol is a variant of [`Protocol`] (decided in the plan, with what
//! it makes of HTTP bindings and `@jsonName`), an implementation of
//! [`WireProtocol`] here, a `smithy_runtime::protocol::Protocol` variant (how the
//! runtime reads its error codes for retries and clock skew) and its entry in
//! the feature gate. A protocol whose bodies are not JSON also needs readers
//! and writers of its own in place of [`json_de`] and the types' serde derives.

mod aws_json;
mod aws_query;
pub(super) mod cbor_ser;
mod json_body;
pub(super) mod json_de;
pub(super) mod query_ser;
mod rest_json1;
mod rest_xml;
mod rpc_v2_cbor;
mod scalar;
mod uri;
pub(super) mod xml_de;
pub(super) mod xml_ser;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::emit::{customize, ident};
use crate::error::Error;
use crate::model::HttpBinding;
use crate::plan::{AuthScheme, Field, Item, OperationPlan, Plan, Protocol};
use crate::std_names::{RESULT, STRING};

/// Writes the tokens of one generated module (`None`: nothing to write).
type ModuleWriter = fn(&Plan<'_>) -> Result<Option<TokenStream>, Error>;

/// The writers of the crate's private `ser` module for the service's protocol
/// (`None` when its requests need none: the JSON protocols write through serde).
fn ser_writers(plan: &Plan<'_>) -> Option<ModuleWriter> {
    let (needed, module): (fn(&Plan<'_>) -> bool, ModuleWriter) = match plan.protocol {
        Protocol::RpcV2Cbor => (|plan| !cbor_ser::needed(plan).is_empty(), cbor_ser::module),
        Protocol::AwsQuery | Protocol::Ec2Query => (|plan| !query_ser::needed(plan).is_empty(), query_ser::module),
        Protocol::RestXml => (|plan| !xml_ser::needed(plan).is_empty(), xml_ser::module),
        Protocol::RestJson1 | Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => return None,
    };
    needed(plan).then_some(module)
}

/// Whether the crate has a `ser` module (decided once, for its file and for
/// its `mod ser;`).
pub(super) fn has_ser_module(plan: &Plan<'_>) -> bool {
    ser_writers(plan).is_some()
}

/// The contents of the crate's `ser` module, when it has one.
pub(super) fn ser_module(plan: &Plan<'_>) -> Result<Option<TokenStream>, Error> {
    match ser_writers(plan) {
        Some(module) => module(plan),
        None => Ok(None),
    }
}

/// What a protocol emits into an operation's `wire` module. Each function
/// reads `response`/`input` as `send` hands them over.
trait WireProtocol {
    /// `fn serialize_request(input) -> Result<HttpRequest, BuildError>` (a
    /// `StreamingHttpRequest` for a `@streaming` input).
    fn serialize_request(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error>;

    /// `fn deserialize_response(&HttpResponse) -> Result<Output, Error>` (from
    /// a `StreamingHttpResponse` for a `@streaming` output), which calls
    /// `deserialize_error` for a status other than 2xx.
    fn deserialize_response(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error>;

    /// `fn deserialize_error(&HttpResponse) -> Error`: the modeled error the
    /// response names, else `Unhandled`, with the response's metadata.
    fn deserialize_error(&self, plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error>;

    /// The `smithy_runtime::protocol::Protocol` the runtime reads error codes
    /// with, when not the runtime's default (restJson1).
    fn runtime_protocol(&self) -> Option<TokenStream>;

    /// Statements that bind `mut error`: the modeled error `item` as an error
    /// `response` gives it, its body (and headers) read the protocol's way.
    fn error_from_body(&self, plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error>;
}

/// The statements of a modeled error's `from_response`, for the error's own file:
/// they bind `mut error` from `response`, the protocol's way.
pub(super) fn error_from_body(plan: &Plan<'_>, item: &Item) -> Result<TokenStream, Error> {
    wire_protocol(plan.protocol).error_from_body(plan, item)
}

/// The `deserialize_error` arm of one modeled error: the response code `code`
/// names it, and its `from_response` reads it.
fn error_arm(code: &str, error_type: &Ident, error: &Item) -> TokenStream {
    let variant = ident(&error.name);
    let path = error.path_tokens();
    let from_response = crate::emit::errors::from_response_ident();
    quote! {
        Some(#code) => super::#error_type::#variant(#path::#from_response(response, meta)),
    }
}

/// The emitter of `protocol`.
fn wire_protocol(protocol: Protocol) -> Box<dyn WireProtocol> {
    match protocol {
        Protocol::RestJson1 => Box::new(rest_json1::RestJson1),
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => Box::new(aws_json::AwsJson(protocol)),
        Protocol::RpcV2Cbor => Box::new(rpc_v2_cbor::RpcV2Cbor),
        Protocol::AwsQuery | Protocol::Ec2Query => Box::new(aws_query::Query(protocol)),
        Protocol::RestXml => Box::new(rest_xml::RestXml),
    }
}

/// Whether a member is read from the JSON body: unbound members, and those bound
/// to the request URI (`@httpLabel`, `@httpQuery`, `@httpQueryParams`), which
/// mean nothing in a response.
fn in_body(field: &Field) -> bool {
    matches!(
        field.http_binding,
        None | Some(HttpBinding::Label | HttpBinding::Query(_) | HttpBinding::QueryParams)
    )
}

/// The `wire` module of an operation.
pub(super) fn module(plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, crate::error::Errors> {
    if let Some(member) = &op.event_stream {
        return Ok(event_stream_module(op, member));
    }
    let (host_prefix, host_prefix_arg) = host_prefix(op)?;
    // The endpoint parameters the input binds, taken before the input is consumed.
    let (endpoint_params, endpoint_params_arg) = match crate::emit::endpoint::operation_params(plan, op)? {
        Some(expr) => (quote!(let endpoint_params = #expr;), quote!(, endpoint_params)),
        None => (quote!(), quote!()),
    };
    let protocol = wire_protocol(plan.protocol);
    let serialize = protocol.serialize_request(plan, op)?;
    let deserialize = protocol.deserialize_response(plan, op)?;
    let deserialize_error = protocol.deserialize_error(plan, op)?;
    let operation = operation_const(plan, op, protocol.runtime_protocol());
    let doc = format!(" {} serialization of `{}`.", plan.protocol.name(), op.name);
    let input = ident(&op.input.name);
    let output = ident(&op.output.name);
    let error = ident(&op.error_name);
    let streaming_input = op.input.has_byte_stream();
    let streaming_output = op.output.has_byte_stream();
    // A customization's work that must wait for `send`: it reads the body.
    let customize = customize::request(plan, op).send_statements(&op.input.name);
    let send_and_read = if streaming_input || streaming_output {
        // A `@streaming` blob payload: the request body and/or the response body
        // stream (see `ClientRuntime::send_streaming`).
        let request = if streaming_input {
            quote!(request)
        } else {
            quote!(request.into())
        };
        let read = if streaming_output {
            quote!(deserialize_response(response))
        } else {
            quote! {
                let response = response.into_buffered().await.map_err(::smithy_runtime::error::UnhandledError::transport)?;
                deserialize_response(&response)
            }
        };
        quote! {
            let response = crate::client::send_streaming(client, &OPERATION, #request, #host_prefix_arg #endpoint_params_arg).await?;
            #read
        }
    } else {
        quote! {
            let response = crate::client::send(client, &OPERATION, request, #host_prefix_arg #endpoint_params_arg).await?;
            deserialize_response(&response)
        }
    };
    Ok(quote! {
        #![doc = #doc]

        #operation

        /// Serializes `input`, sends it through `client` and reads the response.
        pub(super) async fn send(client: &crate::Client, input: super::#input) -> #RESULT<super::#output, super::#error> {
            #host_prefix
            #endpoint_params
            let request = serialize_request(input).map_err(::smithy_runtime::error::UnhandledError::from)?;
            #customize
            #send_and_read
        }

        #serialize
        #deserialize
        #deserialize_error
    })
}

/// An operation that streams events: not supported yet, so `send` fails at call
/// time with an error that says so, before anything is sent.
fn event_stream_module(op: &OperationPlan, member: &str) -> TokenStream {
    let doc = format!(" `{}` streams events, which this client does not support yet.", op.name);
    let message = format!(
        "`{}` streams events (member `{member}`), which this client does not support yet; nothing was sent",
        op.name
    );
    let input = ident(&op.input.name);
    let output = ident(&op.output.name);
    let error = ident(&op.error_name);
    quote! {
        #![doc = #doc]

        /// Fails at once: event streams are not supported yet.
        pub(super) async fn send(_client: &crate::Client, _input: super::#input) -> #RESULT<super::#output, super::#error> {
            Err(super::#error::Unhandled(::smithy_runtime::error::UnhandledError::other(#message)))
        }
    }
}

/// The `@endpoint` host prefix: a statement computing `host_prefix` from the
/// input's `@hostLabel` members (before the input is consumed), and the argument
/// passed on.
fn host_prefix(op: &OperationPlan) -> Result<(TokenStream, TokenStream), Error> {
    let Some(pattern) = op.host_prefix.clone() else {
        return Ok((quote!(), quote!(None)));
    };
    let parsed = uri::UriPattern::parse(&pattern)
        .map_err(|m| Error::shape(&op.shape, format!("`@endpoint` host prefix: {m}")))?;
    let shape_name = op.input.name.as_str();
    let mut parts = Vec::new();
    for segment in &parsed.segments {
        parts.push(match segment {
            uri::Segment::Literal(text) => quote!(prefix.push_str(#text);),
            uri::Segment::Label { name, .. } => {
                let field = op
                    .input
                    .fields
                    .iter()
                    .find(|f| &f.member.name == name && f.host_label && f.ty == crate::plan::RustType::String)
                    .ok_or_else(|| {
                        Error::shape(
                            &op.shape,
                            format!("host prefix label `{{{name}}}` has no `@hostLabel` string input member"),
                        )
                    })?;
                let field_name = ident(&field.name);
                let member = field.member.name.as_str();
                quote! {
                    let value = input.#field_name.as_deref().unwrap_or_default();
                    if value.is_empty() {
                        return Err(::smithy_runtime::error::UnhandledError::from(
                            ::smithy_runtime::error::BuildError::missing_field(#shape_name, #member),
                        ).into());
                    }
                    prefix.push_str(value);
                }
            }
        });
    }
    Ok((
        quote! {
            let mut prefix = #STRING::new();
            #(#parts)*
            let host_prefix = prefix;
        },
        quote!(Some(host_prefix.as_str())),
    ))
}

/// The runtime's static facts about the operation: names, auth, retryable errors.
fn operation_const(plan: &Plan<'_>, op: &OperationPlan, protocol: Option<TokenStream>) -> TokenStream {
    let name = op.shape.name();
    let service = plan.service.id.name();
    let auth = op.auth.iter().map(|scheme| match scheme {
        AuthScheme::SigV4 { signing_name } => {
            quote!(::smithy_runtime::AuthMode::SigV4 { signing_name: #signing_name })
        }
        AuthScheme::Bearer => quote!(::smithy_runtime::AuthMode::Bearer),
        AuthScheme::ApiKey { name, in_query, scheme } => {
            let location = if *in_query {
                quote!(::smithy_runtime::auth::ApiKeyLocation::Query)
            } else {
                quote!(::smithy_runtime::auth::ApiKeyLocation::Header)
            };
            let scheme = match scheme {
                Some(scheme) => quote!(Some(#scheme)),
                None => quote!(None),
            };
            quote!(::smithy_runtime::AuthMode::ApiKey { name: #name, location: #location, scheme: #scheme })
        }
        AuthScheme::Anonymous => quote!(::smithy_runtime::AuthMode::None),
    });
    let auth = quote!(&[#(#auth),*]);
    let retryable: Vec<&str> = op.retryable_errors.iter().map(|id| id.name()).collect();
    let unsigned = op.unsigned_payload;
    let retryable = if retryable.is_empty() {
        quote!()
    } else {
        quote!(.with_retryable_error_codes(&[#(#retryable),*]))
    };
    let unsigned = if unsigned {
        quote!(.with_unsigned_payload(true))
    } else {
        quote!()
    };
    let protocol = protocol.map(|p| quote!(.with_protocol(#p)));
    quote! {
        /// What the runtime needs to know about the operation.
        pub(super) const OPERATION: ::smithy_runtime::Operation =
            ::smithy_runtime::Operation::new(#name, #service, #auth) #retryable #unsigned #protocol;
    }
}

/// The `ser` module's writer of `id`, as the plan names it; `what` says which
/// writers (`XML`, `query`, `CBOR`) for the error of a shape without one.
pub(super) fn writer_ident(
    plan: &Plan<'_>,
    id: &crate::model::ShapeId,
    what: &str,
) -> Result<proc_macro2::Ident, Error> {
    let name = plan
        .writer(id)
        .ok_or_else(|| Error::shape(id, format!("has no {what} writer (the plan names none)")))?;
    Ok(quote::format_ident!("{name}"))
}

/// A private `de` or `ser` module: under `doc`, one function for each shape of
/// `needed`, made by `structure`, `union` or `container` (lists and maps) as
/// the shape is; `None` when no shape is needed.
pub(super) fn per_shape_module(
    plan: &Plan<'_>,
    needed: &std::collections::BTreeMap<crate::model::ShapeId, crate::plan::RustType>,
    doc: TokenStream,
    structure: impl Fn(&crate::plan::Item) -> Result<TokenStream, Error>,
    union: impl Fn(&crate::plan::Item) -> Result<TokenStream, Error>,
    container: impl Fn(&crate::model::ShapeId, &crate::plan::RustType) -> Result<TokenStream, Error>,
) -> Result<Option<TokenStream>, Error> {
    if needed.is_empty() {
        return Ok(None);
    }
    let mut functions = Vec::new();
    for (id, ty) in needed {
        functions.push(match plan.item(id) {
            Some(item) if item.kind == crate::plan::ItemKind::Union => union(item)?,
            Some(item) => structure(item)?,
            None => container(id, ty)?,
        });
    }
    Ok(Some(quote::quote! {
        #doc

        #(#functions)*
    }))
}

//! restJson1 on the wire: one private `wire` module per operation with its
//! request serializer, response and error deserializers, and `send`.

mod request;
mod response;
mod scalar;
mod uri;

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::ident;
use crate::error::Error;
use crate::plan::{OperationPlan, Plan};

/// The `wire` module of an operation.
pub(super) fn module(plan: &Plan<'_>, op: &OperationPlan) -> Result<TokenStream, Error> {
    let serialize = request::serialize_request(plan, op)?;
    let deserialize = response::deserialize_response(plan, op)?;
    let deserialize_error = response::deserialize_error(plan, op);
    let operation = operation_const(plan, op);
    let doc = format!(" restJson1 serialization of `{}`.", op.name);
    let input = ident(&op.input.name);
    let output = ident(&op.output.name);
    let error = ident(&op.error_name);
    Ok(quote! {
        #![doc = #doc]

        #operation

        /// Serializes `input`, sends it through `client` and reads the response.
        pub(super) async fn send(client: &crate::Client, input: super::#input) -> ::std::result::Result<super::#output, super::#error> {
            let request = serialize_request(input).map_err(::smithy_runtime::error::UnhandledError::from)?;
            let response = crate::client::send(client, &OPERATION, request).await?;
            deserialize_response(&response)
        }

        #serialize
        #deserialize
        #deserialize_error
    })
}

/// The runtime's static facts about the operation: names, auth, retryable errors.
fn operation_const(plan: &Plan<'_>, op: &OperationPlan) -> TokenStream {
    let name = op.shape.name();
    let service = plan.service.id.name();
    let signing_name = plan.service.traits.get("aws.auth#sigv4").and_then(|v| v.get("name")).and_then(|v| v.as_str());
    let shape = plan.model.shape(&op.shape);
    let unauthenticated = shape.traits.has("smithy.api#optionalAuth")
        || shape.traits.get("smithy.api#auth").and_then(|v| v.as_array()).is_some_and(|a| a.is_empty());
    let auth = match signing_name {
        Some(signing_name) if !unauthenticated => quote!(::smithy_runtime::AuthMode::SigV4 { signing_name: #signing_name }),
        _ => quote!(::smithy_runtime::AuthMode::None),
    };
    let retryable: Vec<&str> = op
        .errors
        .iter()
        .filter(|id| plan.model.shape(id).traits.retryable.is_some())
        .map(|id| id.name())
        .collect();
    let unsigned = shape.traits.has("aws.auth#unsignedPayload");
    let retryable = if retryable.is_empty() { quote!() } else { quote!(.with_retryable_error_codes(&[#(#retryable),*])) };
    let unsigned = if unsigned { quote!(.with_unsigned_payload(true)) } else { quote!() };
    quote! {
        /// What the runtime needs to know about the operation.
        pub(super) const OPERATION: ::smithy_runtime::Operation =
            ::smithy_runtime::Operation::new(#name, #service, #auth) #retryable #unsigned;
    }
}

//! The client, with one method per operation, and its configuration.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use crate::plan::Plan;
use crate::std_names::{OPTION, RESULT};

/// `crate::Client`.
pub(super) fn client(plan: &Plan<'_>) -> TokenStream {
    let title = plan.service_title();
    let mut doc = format!(
        "A client for {title}.\n\nCheap to clone: clones share one configuration. Each method starts a call of one operation."
    );
    // Service-wide gaps (an auth scheme generated anyway) concern every call.
    for note in plan.gap_notes(&plan.service.id) {
        doc.push_str("\n\n");
        doc.push_str(&note);
    }
    let doc = docs::lines(&doc);
    let methods = plan.operations.iter().map(|op| {
        let method = super::ident(&op.method);
        let module = super::ident(&op.method);
        let builder = format_ident!("{}", op.fluent_builder);
        let doc = docs::item_doc_attrs(plan, &op.shape, plan.docs(&op.shape), &format!("Calls `{}`.", op.name));
        quote! {
            #doc
            pub fn #method(&self) -> crate::operation::#module::#builder {
                crate::operation::#module::#builder::new(self.clone())
            }
        }
    });
    // With a rule set, the endpoint depends on the operation and its input too.
    let (resolve, params_arg) = if super::endpoint::has_rules(plan) {
        (
            quote! {
                let mut endpoint = crate::endpoint::resolve(&client.runtime, operation, endpoint_params)
                    .await
                    .map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
            },
            quote!(endpoint_params: crate::endpoint::ParamsBuilder,),
        )
    } else {
        (
            quote! {
                let mut endpoint = crate::endpoint::resolve(client.config()).map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
            },
            quote!(),
        )
    };
    let streams = |op: &&crate::plan::OperationPlan| op.input.has_byte_stream() || op.output.has_byte_stream();
    // Each helper only when some operation calls it (no dead code).
    let buffered = plan.operations.is_empty() || plan.operations.iter().any(|op| !streams(&op));
    let send_buffered = if buffered {
        quote! {
            /// Sends a serialized request through `client` to the endpoint resolved
            /// for the call (with the operation's host prefix, if any), with auth, retries and
            /// timeouts, and returns the raw response. A free function, so no
            /// operation name can clash with it.
            pub(crate) async fn send(
                client: &Client,
                operation: &::smithy_runtime::Operation,
                request: ::smithy_runtime::http::HttpRequest,
                host_prefix: #OPTION<&str>,
                #params_arg
            ) -> #RESULT<::smithy_runtime::http::HttpResponse, ::smithy_runtime::error::UnhandledError> {
                #resolve
                if let Some(prefix) = host_prefix {
                    endpoint = endpoint.with_host_prefix(prefix).map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
                }
                client.runtime.send(operation, request, &endpoint).await
            }
        }
    } else {
        quote!()
    };
    let send_streaming = if plan.operations.iter().any(|op| streams(&op)) {
        quote! {
            /// `send` for operations with a `@streaming` blob payload: the request
            /// body may stream, and a 2xx response comes back with its body unread
            /// (error responses come fully read). Retries happen only before the body
            /// is handed over.
            pub(crate) async fn send_streaming(
                client: &Client,
                operation: &::smithy_runtime::Operation,
                request: ::smithy_runtime::http::StreamingHttpRequest,
                host_prefix: #OPTION<&str>,
                #params_arg
            ) -> #RESULT<::smithy_runtime::http::StreamingHttpResponse, ::smithy_runtime::error::UnhandledError> {
                #resolve
                if let Some(prefix) = host_prefix {
                    endpoint = endpoint.with_host_prefix(prefix).map_err(::smithy_runtime::error::UnhandledError::endpoint)?;
                }
                client.runtime.send_streaming(operation, request, &endpoint).await
            }
        }
    } else {
        quote!()
    };
    quote! {
        //! The client.

        #doc
        #[derive(Clone, Debug)]
        pub struct Client {
            runtime: ::smithy_runtime::ClientRuntime,
        }

        impl Client {
            /// A client with this configuration.
            pub fn new(config: crate::Config) -> Self {
                Self { runtime: ::smithy_runtime::ClientRuntime::new(config) }
            }

            /// The client's configuration.
            pub fn config(&self) -> &crate::Config {
                self.runtime.config()
            }

            #(#methods)*
        }

        #send_buffered

        #send_streaming
    }
}

/// `crate::config`: the runtime's configuration, under the crate's names, and
/// the typed setters of the service's endpoint settings.
pub(super) fn config(plan: &Plan<'_>) -> Result<TokenStream, crate::error::Errors> {
    let settings = super::endpoint::settings_module(plan)?;
    let doc = docs::inner_lines(&format!(
        "How a [`Client`](crate::Client) of {} reaches the service: region, credentials or device certificate, endpoint, retries, timeouts, response body limits and HTTP transport.",
        plan.service_title()
    ));
    // Bearer tokens: the types a user needs to set one, for services that take them.
    let bearer = plan
        .operations
        .iter()
        .any(|op| op.auth.contains(&crate::plan::AuthScheme::Bearer));
    let token = if bearer {
        quote!(
            pub use ::smithy_runtime::auth::{ProvideToken, Token};
        )
    } else {
        quote!()
    };
    Ok(quote! {
        #doc

        #token
        pub use ::smithy_runtime::credentials::{Credentials, ProvideCredentials};
        pub use ::smithy_runtime::{ClientConfig as Config, ClientConfigBuilder as Builder};
        pub use ::smithy_runtime::{BodyLimits, DeviceCertificate, RetryConfig, TimeoutConfig};

        #settings
    })
}

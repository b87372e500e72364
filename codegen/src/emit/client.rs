//! The client, with one method per operation, and its configuration.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs;
use crate::plan::Plan;

/// `crate::Client`.
pub(super) fn client(plan: &Plan<'_>) -> TokenStream {
    let title = plan.service_title();
    let doc = docs::lines(&format!(
        "A client for {title}.\n\nCheap to clone: clones share one configuration. Each method starts a call of one operation."
    ));
    let methods = plan.operations.iter().map(|op| {
        let method = super::ident(&op.method);
        let module = super::ident(&op.method);
        let builder = format_ident!("{}FluentBuilder", op.name);
        let shape = plan.model.shape(&op.shape);
        let doc = docs::doc_attrs(shape.traits.documentation.as_deref(), &format!("Calls `{}`.", op.name));
        quote! {
            #doc
            pub fn #method(&self) -> crate::operation::#module::#builder {
                crate::operation::#module::#builder::new(self.clone())
            }
        }
    });
    quote! {
        //! The client.

        #doc
        #[derive(Clone, Debug)]
        pub struct Client {
            config: ::std::sync::Arc<crate::Config>,
        }

        impl Client {
            /// A client with this configuration.
            pub fn new(config: crate::Config) -> Self {
                Self { config: ::std::sync::Arc::new(config) }
            }

            /// The client's configuration.
            pub fn config(&self) -> &crate::Config {
                &self.config
            }

            #(#methods)*
        }
    }
}

/// `crate::Config`.
pub(super) fn config(plan: &Plan<'_>) -> TokenStream {
    let doc = docs::lines(&format!("How a [`Client`](crate::Client) of {} reaches the service.", plan.service_title()));
    quote! {
        //! Client configuration.

        #doc
        #[derive(Clone, Debug, Default)]
        #[non_exhaustive]
        pub struct Config {
            /// The AWS region, such as `us-east-1`.
            pub region: ::std::option::Option<::std::string::String>,
            /// A URL that replaces the resolved endpoint, such as a local server.
            pub endpoint_url: ::std::option::Option<::std::string::String>,
        }

        impl Config {
            /// A builder for a configuration.
            pub fn builder() -> ConfigBuilder {
                ConfigBuilder::default()
            }
        }

        /// A builder for [`Config`].
        #[derive(Clone, Debug, Default)]
        pub struct ConfigBuilder {
            config: Config,
        }

        impl ConfigBuilder {
            /// Sets the AWS region.
            pub fn region(mut self, region: impl ::std::convert::Into<::std::string::String>) -> Self {
                self.config.region = ::std::option::Option::Some(region.into());
                self
            }

            /// Sets a URL that replaces the resolved endpoint.
            pub fn endpoint_url(mut self, url: impl ::std::convert::Into<::std::string::String>) -> Self {
                self.config.endpoint_url = ::std::option::Option::Some(url.into());
                self
            }

            /// Builds the configuration.
            pub fn build(self) -> Config {
                self.config
            }
        }
    }
}

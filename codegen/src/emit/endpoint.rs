//! `src/endpoint.rs`: the resolver compiled from the model's rule set, wired to
//! the client configuration, with the model's endpoint tests.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::endpoint::{self as rules, params::snake_ident};
use crate::error::Error;
use crate::plan::Plan;

const RULE_SET: &str = "smithy.rules#endpointRuleSet";
const TESTS: &str = "smithy.rules#endpointTests";

/// The endpoint module; `partitions` (the project's table) marks the model's
/// test cases that predate its facts.
pub(super) fn module(plan: &Plan<'_>, partitions: Option<&Value>) -> Result<TokenStream, Error> {
    let service = plan.service;
    let invalid = |e: rules::EndpointCodegenError| Error::shape(&service.id, format!("`{RULE_SET}`: {e}"));
    let Some(rule_set) = service.traits.get(RULE_SET) else {
        return Ok(without_rules());
    };
    let resolver = rules::resolver_module(rule_set).map_err(invalid)?;
    let tests = match (service.traits.get(TESTS), partitions) {
        (Some(tests), Some(partitions)) => {
            rules::test_module_with(tests, rule_set, &|case| rules::contradicts_partitions(case, partitions))
                .map_err(invalid)?
        }
        (Some(tests), None) => rules::test_module(tests, rule_set).map_err(invalid)?,
        (None, _) => quote!(),
    };
    let setters = built_ins(rule_set);
    Ok(quote! {
        //! Endpoint resolution, compiled from the service's rule set.

        #resolver

        /// The endpoint of a call made with `config`: the rule set's parameters
        /// taken from the configuration (region, FIPS, dual-stack, endpoint URL).
        pub(crate) fn resolve(config: &crate::Config) -> ::std::result::Result<::smithy_runtime::endpoint::Endpoint, ::smithy_runtime::endpoint::EndpointError> {
            let params = Params::builder() #(#setters)* .build()?;
            resolve_endpoint(&params)
        }

        #tests
    })
}

/// Setter calls for the parameters bound to a built-in the configuration knows.
fn built_ins(rule_set: &Value) -> Vec<TokenStream> {
    let Some(params) = rule_set.get("parameters").and_then(Value::as_object) else {
        return Vec::new();
    };
    params
        .iter()
        .filter_map(|(name, param)| {
            let setter = format_ident!("set_{}", snake_ident(name));
            let value = match param.get("builtIn")?.as_str()? {
                "AWS::Region" => quote!(config.region().map(::std::borrow::ToOwned::to_owned)),
                "AWS::UseFIPS" => quote!(Some(config.use_fips())),
                "AWS::UseDualStack" => quote!(Some(config.use_dual_stack())),
                "SDK::Endpoint" => quote!(config.endpoint_url().map(::std::borrow::ToOwned::to_owned)),
                _ => return None,
            };
            Some(quote!(.#setter(#value)))
        })
        .collect()
}

/// A service without a rule set is reached only through an endpoint URL.
fn without_rules() -> TokenStream {
    quote! {
        //! Endpoint resolution: this service's model has no rule set, so calls go
        //! to the configured endpoint URL.

        /// The configured endpoint URL, or an error saying one is needed.
        pub(crate) fn resolve(config: &crate::Config) -> ::std::result::Result<::smithy_runtime::endpoint::Endpoint, ::smithy_runtime::endpoint::EndpointError> {
            config
                .endpoint_url()
                .map(::smithy_runtime::endpoint::Endpoint::new)
                .ok_or_else(|| ::smithy_runtime::endpoint::EndpointError::new("the model has no endpoint rules: set an endpoint URL"))
        }
    }
}

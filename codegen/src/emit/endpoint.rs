//! `src/endpoint.rs`: the resolver compiled from the model's rule set, wired to
//! the client configuration and to each operation's input, with the model's
//! endpoint tests.
//!
//! A parameter's value comes from, in increasing precedence: the rule set's
//! default, a built-in (`AWS::Region`, ... from the configuration and the
//! credentials), a client context parameter (an endpoint setting of the
//! configuration), an operation's `contextParam` or `operationContextParams`
//! (from the input), and the operation's `staticContextParams`.

mod bindings;
mod operation_tests;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::endpoint::{self as rules, params::Param, params::ParamType};
use crate::error::{Error, Errors};
use crate::plan::Plan;
use crate::std_names::{RESULT, STRING, TO_OWNED};

pub(super) use bindings::{operation_params, settings_module};

const RULE_SET: &str = "smithy.rules#endpointRuleSet";

/// Whether the service has an endpoint rule set (else calls go to the
/// configured endpoint URL).
pub(super) fn has_rules(plan: &Plan<'_>) -> bool {
    plan.endpoint_rule_set().is_some()
}

/// The rule set's parameters, or an error naming the service.
pub(super) fn rule_set_params(plan: &Plan<'_>) -> Result<Option<Vec<Param>>, Error> {
    let service = plan.service;
    let Some(rule_set) = plan.endpoint_rule_set() else {
        return Ok(None);
    };
    Param::parse_all(rule_set)
        .map(Some)
        .map_err(|e| Error::shape(&service.id, format!("`{RULE_SET}`: {e}")))
}

/// The endpoint module; `partitions` (the project's table) marks the model's
/// test cases that predate its facts.
pub(super) fn module(plan: &Plan<'_>, partitions: Option<&Value>) -> Result<TokenStream, Errors> {
    let service = plan.service;
    let invalid = |e: rules::EndpointCodegenError| Error::shape(&service.id, format!("`{RULE_SET}`: {e}"));
    let Some(rule_set) = plan.endpoint_rule_set() else {
        return Ok(without_rules());
    };
    let resolver = rules::resolver_module(rule_set).map_err(invalid)?;
    let tests = match (plan.endpoint_tests(), partitions) {
        (Some(tests), Some(partitions)) => {
            rules::test_module_with(tests, rule_set, &|case| rules::contradicts_partitions(case, partitions))
                .map_err(invalid)?
        }
        (Some(tests), None) => rules::test_module(tests, rule_set).map_err(invalid)?,
        (None, _) => quote!(),
    };
    let params = Param::parse_all(rule_set).map_err(invalid)?;
    let settings = bindings::settings(plan, &params)?;
    let operation_tests = match plan.endpoint_tests() {
        Some(tests) => operation_tests::tests(plan, tests, &params, &settings)?,
        None => quote!(),
    };
    let setters = config_setters(&params, &settings);
    let uses_credentials = params.iter().any(|p| {
        matches!(
            p.built_in.as_deref(),
            Some("AWS::Auth::AccountId" | "AWS::Auth::CredentialScope")
        )
    });
    let credentials = if uses_credentials {
        quote!(let credentials = runtime.endpoint_credentials(operation).await;)
    } else {
        quote!(let _ = operation;)
    };
    Ok(quote! {
        //! Endpoint resolution, compiled from the service's rule set.

        #resolver

        /// The endpoint of a call of `operation`: the rule set's parameters taken
        /// from the configuration (built-ins such as the region, FIPS, dual-stack and
        /// endpoint URL, and the service's endpoint settings) and the credentials,
        /// overridden by those the operation binds (`bound`: from its input and its
        /// static context parameters).
        pub(crate) async fn resolve(
            runtime: &::smithy_runtime::ClientRuntime,
            operation: &::smithy_runtime::Operation,
            bound: ParamsBuilder,
        ) -> #RESULT<::smithy_runtime::endpoint::Endpoint, ::smithy_runtime::endpoint::EndpointError> {
            let config = runtime.config();
            #credentials
            let params = Params::builder() #(#setters)* .overridden_by(bound).build()?;
            resolve_endpoint(&params)
        }

        #tests

        #operation_tests
    })
}

/// Setter calls for the parameters the configuration (or the credentials) fills:
/// built-ins, and endpoint settings over them.
fn config_setters(params: &[Param], settings: &[bindings::Setting]) -> Vec<TokenStream> {
    params
        .iter()
        .filter_map(|param| {
            let setter = format_ident!("set_{}", param.ident.to_string().trim_start_matches('_'));
            let built_in = param.built_in.as_deref().and_then(built_in_value);
            let setting = settings.iter().find(|s| s.param == param.name).map(|_| {
                let name = &param.name;
                let read = quote!(config.endpoint_setting(#name));
                match param.ty {
                    ParamType::Boolean => quote!(#read.and_then(::smithy_runtime::EndpointSetting::as_bool)),
                    ParamType::String => {
                        quote!(#read.and_then(::smithy_runtime::EndpointSetting::as_str).map(#TO_OWNED::to_owned))
                    }
                    ParamType::StringArray => {
                        quote!(#read.and_then(::smithy_runtime::EndpointSetting::as_string_array).map(<[#STRING]>::to_vec))
                    }
                }
            });
            let value = match (setting, built_in) {
                (Some(setting), Some(built_in)) => quote!(#setting.or(#built_in)),
                (Some(value), None) | (None, Some(value)) => value,
                (None, None) => return None,
            };
            Some(quote!(.#setter(#value)))
        })
        .collect()
}

/// The value of a built-in the runtime configuration or the credentials hold;
/// `None` for the service-specific ones, which are endpoint settings.
fn built_in_value(built_in: &str) -> Option<TokenStream> {
    let owned = quote!(#TO_OWNED::to_owned);
    Some(match built_in {
        "AWS::Region" => quote!(config.region().map(#owned)),
        "AWS::UseFIPS" => quote!(Some(config.use_fips())),
        "AWS::UseDualStack" => quote!(Some(config.use_dual_stack())),
        "SDK::Endpoint" => quote!(config.endpoint_url().map(#owned)),
        "AWS::Auth::AccountIdEndpointMode" => quote!(Some(config.account_id_endpoint_mode().as_str().to_owned())),
        "AWS::Auth::AccountId" => quote!(credentials.as_ref().and_then(|c| c.account_id()).map(#owned)),
        "AWS::Auth::CredentialScope" => quote!(credentials.as_ref().and_then(|c| c.credential_scope()).map(#owned)),
        _ => return None,
    })
}

/// A service without a rule set is reached only through an endpoint URL.
fn without_rules() -> TokenStream {
    quote! {
        //! Endpoint resolution: this service's model has no rule set, so calls go
        //! to the configured endpoint URL.

        /// The configured endpoint URL, or an error saying one is needed.
        pub(crate) fn resolve(config: &crate::Config) -> #RESULT<::smithy_runtime::endpoint::Endpoint, ::smithy_runtime::endpoint::EndpointError> {
            config
                .endpoint_url()
                .map(::smithy_runtime::endpoint::Endpoint::new)
                .ok_or_else(|| ::smithy_runtime::endpoint::EndpointError::new("the model has no endpoint rules: set an endpoint URL"))
        }
    }
}

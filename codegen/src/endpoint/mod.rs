//! Endpoint resolvers compiled from `smithy.rules#endpointRuleSet`, and tests from
//! `smithy.rules#endpointTests`.
//!
//! The rule set is compiled to straight-line Rust: every rule becomes a labeled
//! block whose conditions `break` out of it when they fail, `assign` bindings become
//! `let` bindings, `isSet` narrows an `Option` by shadowing it, and `getAttr` becomes
//! a typed field access. Nothing interprets JSON at run time; the generated code
//! calls the rules-engine library in `::smithy_runtime::endpoint`.

mod compile;
pub(crate) mod params;
mod partitions;
pub(crate) mod testgen;
mod value;

use proc_macro2::TokenStream;

pub use partitions::partitions_module;
pub use testgen::PartitionDivergence;

/// Why an endpoint rule set, its tests or a partitions table could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EndpointCodegenError {
    /// The document is not a well-formed rule set (or test suite, or table).
    #[error("invalid endpoint rules at `{at}`: {message}")]
    Invalid {
        /// Where in the document, e.g. `rules[1].conditions[0]`.
        at: String,
        /// What is wrong.
        message: String,
    },
    /// The document uses a feature this generator does not support yet.
    #[error("unsupported endpoint rules feature at `{at}`: {what}")]
    Unsupported {
        /// Where in the document.
        at: String,
        /// The feature, e.g. `function coalesce`.
        what: String,
    },
}

impl EndpointCodegenError {
    pub(crate) fn invalid(at: &str, message: impl Into<String>) -> Self {
        EndpointCodegenError::Invalid {
            at: at.to_owned(),
            message: message.into(),
        }
    }

    pub(crate) fn unsupported(at: &str, what: impl Into<String>) -> Self {
        EndpointCodegenError::Unsupported {
            at: at.to_owned(),
            what: what.into(),
        }
    }
}

/// Rust source (tokens) of the endpoint module for a service: the `Params` struct
/// and its `ParamsBuilder`, and `resolve_endpoint(&Params) -> Result<Endpoint,
/// EndpointError>` implementing the rule tree.
///
/// `rule_set` is the value of the service's `smithy.rules#endpointRuleSet` trait.
/// The items refer to the runtime only by absolute paths
/// (`::smithy_runtime::endpoint::...`) and are documented, for crates that deny
/// `missing_docs`.
pub fn resolver_module(rule_set: &serde_json::Value) -> Result<TokenStream, EndpointCodegenError> {
    let params = params::Param::parse_all(rule_set)?;
    let params_items = params::params_items(&params);
    let resolve = compile::resolve_fn(rule_set, &params)?;
    Ok(quote::quote! {
        #params_items
        #resolve
    })
}

/// Rust tests (tokens) for the model's `smithy.rules#endpointTests` cases: a
/// `#[cfg(test)] mod tests` item with one `#[test]` per case, to be placed next to
/// the items of [`resolver_module`] (it calls `super::Params` and
/// `super::resolve_endpoint`).
pub fn test_module(
    tests: &serde_json::Value,
    rule_set: &serde_json::Value,
) -> Result<TokenStream, EndpointCodegenError> {
    test_module_with(tests, rule_set, &|_| None)
}

/// [`test_module`], with the cases for which `divergent` gives a
/// [`PartitionDivergence`] generated as *expected divergence* tests, named
/// `<case>_diverges_from_stale_model_expectation`. Such a test runs like any other
/// (nothing is `#[ignore]`d); it checks that
///
/// 1. the resolver does not give the model's expected outcome (if it does again, the
///    test fails and says to turn the case back into a normal test case),
/// 2. `::smithy_runtime::endpoint::aws::partition(region)` has the facts that explain
///    the divergence (e.g. `supports_dual_stack`), and
/// 3. the resolver gives the outcome that the rule set gives with the divergence's
///    partition facts, derived by the generator (e.g. the dual-stack endpoint
///    `https://data.jobs.iot.us-iso-east-1.api.aws.ic.gov`).
///
/// Typically `divergent` is `&|case| contradicts_partitions(case, &partitions)`.
pub fn test_module_with(
    tests: &serde_json::Value,
    rule_set: &serde_json::Value,
    divergent: &dyn Fn(&serde_json::Value) -> Option<PartitionDivergence>,
) -> Result<TokenStream, EndpointCodegenError> {
    let params = params::Param::parse_all(rule_set)?;
    testgen::test_module(tests, rule_set, &params, divergent)
}

/// Resolver-level tests (tokens) of the cases' `operationInputs`, for crates
/// without the service's operations (a generated client tests them through its
/// operations instead): the parameters bound to each input's `builtInParams`
/// and its `clientParams` are set and the case's expectation is checked. Returns
/// the `#[cfg(test)] mod operation_input_tests` item, its number of tests, and the
/// number of inputs left out because they bind operation input members
/// (`operationParams`). Placed next to the items of [`resolver_module`].
pub fn operation_input_tests(
    tests: &serde_json::Value,
    rule_set: &serde_json::Value,
) -> Result<(TokenStream, usize, usize), EndpointCodegenError> {
    let params = params::Param::parse_all(rule_set)?;
    testgen::operation_input_tests(tests, &params)
}

/// Whether an `endpointTests` case contradicts a partitions table with the
/// structure of `model/partitions.json`: the case expects a "this partition does
/// not support FIPS/DualStack" error for a listed region whose partition supports
/// it. The result carries the reason, the partition and its facts for the region.
///
/// Some official models' tests predate the current partition facts (for example
/// dual-stack in `aws-iso` and `aws-iso-b`); pass this to [`test_module_with`] to
/// generate those cases as expected-divergence tests.
pub fn contradicts_partitions(case: &serde_json::Value, partitions: &serde_json::Value) -> Option<PartitionDivergence> {
    testgen::contradicts_partitions(case, partitions)
}

/// The number of test cases in an `endpointTests` document.
pub fn test_case_count(tests: &serde_json::Value) -> usize {
    tests
        .get("testCases")
        .and_then(serde_json::Value::as_array)
        .map_or(0, Vec::len)
}

#[cfg(test)]
mod tests;

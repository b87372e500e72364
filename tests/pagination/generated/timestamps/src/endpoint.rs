// Code generated from `tests/fixtures/timestamps.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Endpoint resolution: this service's model has no rule set, so calls go
//! to the configured endpoint URL.
/// The configured endpoint URL, or an error saying one is needed.
pub(crate) fn resolve(
    config: &crate::Config,
) -> Result<
    ::smithy_runtime::endpoint::Endpoint,
    ::smithy_runtime::endpoint::EndpointError,
> {
    config
        .endpoint_url()
        .map(::smithy_runtime::endpoint::Endpoint::new)
        .ok_or_else(|| ::smithy_runtime::endpoint::EndpointError::new(
            "the model has no endpoint rules: set an endpoint URL",
        ))
}

// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Endpoint resolution, compiled from the service's rule set.
/// The parameters of endpoint resolution, as defined by the service's endpoint
/// rule set. Build them with [`Params::builder`].
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Region the request is sent to.
    ///
    /// Rule-set parameter `Region`, built-in `AWS::Region`.
    pub region: Option<String>,
    /// Set to true to use an endpoint reachable over both IPv4 and IPv6; resolution can fail if none exists.
    ///
    /// Rule-set parameter `UseDualStack`, built-in `AWS::UseDualStack`, default `false`, required.
    pub use_dual_stack: bool,
    /// Set to true to use an endpoint that meets FIPS requirements; resolution fails if none exists.
    ///
    /// Rule-set parameter `UseFIPS`, built-in `AWS::UseFIPS`, default `false`, required.
    pub use_fips: bool,
    /// Explicit endpoint URL that replaces the resolved one.
    ///
    /// Rule-set parameter `Endpoint`, built-in `SDK::Endpoint`.
    pub endpoint: Option<String>,
}

impl Params {
    /// A builder for [`Params`], with every parameter unset.
    #[must_use]
    pub fn builder() -> ParamsBuilder {
        ParamsBuilder::default()
    }
}

/// Builder for [`Params`]; [`ParamsBuilder::build`] applies the rule set's
/// defaults and checks its required parameters.
#[derive(Debug, Clone, Default)]
pub struct ParamsBuilder {
    region: Option<String>,
    use_dual_stack: Option<bool>,
    use_fips: Option<bool>,
    endpoint: Option<String>,
}

impl ParamsBuilder {
    /// Sets `Region` (see [`Params::region`]).
    #[must_use]
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets or clears `Region` (see [`Params::region`]).
    #[must_use]
    pub fn set_region(mut self, value: Option<String>) -> Self {
        self.region = value;
        self
    }

    /// Sets `UseDualStack` (see [`Params::use_dual_stack`]).
    #[must_use]
    pub fn use_dual_stack(mut self, value: bool) -> Self {
        self.use_dual_stack = Some(value);
        self
    }

    /// Sets or clears `UseDualStack` (see [`Params::use_dual_stack`]).
    #[must_use]
    pub fn set_use_dual_stack(mut self, value: Option<bool>) -> Self {
        self.use_dual_stack = value;
        self
    }

    /// Sets `UseFIPS` (see [`Params::use_fips`]).
    #[must_use]
    pub fn use_fips(mut self, value: bool) -> Self {
        self.use_fips = Some(value);
        self
    }

    /// Sets or clears `UseFIPS` (see [`Params::use_fips`]).
    #[must_use]
    pub fn set_use_fips(mut self, value: Option<bool>) -> Self {
        self.use_fips = value;
        self
    }

    /// Sets `Endpoint` (see [`Params::endpoint`]).
    #[must_use]
    pub fn endpoint(mut self, value: impl Into<String>) -> Self {
        self.endpoint = Some(value.into());
        self
    }

    /// Sets or clears `Endpoint` (see [`Params::endpoint`]).
    #[must_use]
    pub fn set_endpoint(mut self, value: Option<String>) -> Self {
        self.endpoint = value;
        self
    }

    /// This builder with every parameter set in `other` replaced by
    /// `other`'s value (an operation's parameters over the client's).
    #[must_use]
    pub fn overridden_by(self, other: ParamsBuilder) -> ParamsBuilder {
        ParamsBuilder {
            region: other.region.or(self.region),
            use_dual_stack: other.use_dual_stack.or(self.use_dual_stack),
            use_fips: other.use_fips.or(self.use_fips),
            endpoint: other.endpoint.or(self.endpoint),
        }
    }

    /// Builds the [`Params`], applying defaults.
    ///
    /// # Errors
    ///
    /// When a required parameter without a default is unset.
    pub fn build(self) -> Result<Params, ::smithy_runtime::endpoint::EndpointError> {
        Ok(Params {
            region: self.region,
            use_dual_stack: self.use_dual_stack.unwrap_or(false),
            use_fips: self.use_fips.unwrap_or(false),
            endpoint: self.endpoint,
        })
    }
}

/// Resolves the endpoint for `params` by evaluating the service's endpoint
/// rules, compiled from its `smithy.rules#endpointRuleSet`.
///
/// # Errors
///
/// The rule set's message when the parameters select an error rule (for
/// example FIPS requested in a partition without FIPS endpoints), or when no
/// rule matches.
pub fn resolve_endpoint(
    params: &Params,
) -> Result<
    ::smithy_runtime::endpoint::Endpoint,
    ::smithy_runtime::endpoint::EndpointError,
> {
    let region = params.region.as_deref();
    let use_dual_stack = params.use_dual_stack;
    let use_fips = params.use_fips;
    let endpoint = params.endpoint.as_deref();
    'rule_1: {
        let Some(endpoint) = endpoint else {
            break 'rule_1;
        };
        'rule_2: {
            if !use_fips {
                break 'rule_2;
            }
            return Err(
                ::smithy_runtime::endpoint::EndpointError::new(
                    "Invalid Configuration: FIPS and custom endpoint are not supported",
                ),
            );
        }
        'rule_3: {
            if !use_dual_stack {
                break 'rule_3;
            }
            return Err(
                ::smithy_runtime::endpoint::EndpointError::new(
                    "Invalid Configuration: Dualstack and custom endpoint are not supported",
                ),
            );
        }
        return Ok(::smithy_runtime::endpoint::Endpoint::new(endpoint));
    }
    'rule_5: {
        let Some(region) = region else {
            break 'rule_5;
        };
        'rule_6: {
            let Some(partition_result) = ::smithy_runtime::endpoint::aws::partition(
                region,
            ) else {
                break 'rule_6;
            };
            'rule_7: {
                if !use_fips {
                    break 'rule_7;
                }
                if !use_dual_stack {
                    break 'rule_7;
                }
                'rule_8: {
                    if !partition_result.supports_fips {
                        break 'rule_8;
                    }
                    if !partition_result.supports_dual_stack {
                        break 'rule_8;
                    }
                    return Ok(
                        ::smithy_runtime::endpoint::Endpoint::new(
                            format!(
                                "https://data.jobs.iot-fips.{region}.{}", partition_result
                                .dual_stack_dns_suffix
                            ),
                        ),
                    );
                }
                return Err(
                    ::smithy_runtime::endpoint::EndpointError::new(
                        "FIPS and DualStack are enabled, but this partition does not support one or both",
                    ),
                );
            }
            'rule_11: {
                if !use_fips {
                    break 'rule_11;
                }
                'rule_12: {
                    if !partition_result.supports_fips {
                        break 'rule_12;
                    }
                    return Ok(
                        ::smithy_runtime::endpoint::Endpoint::new(
                            format!(
                                "https://data.jobs.iot-fips.{region}.{}", partition_result
                                .dns_suffix
                            ),
                        ),
                    );
                }
                return Err(
                    ::smithy_runtime::endpoint::EndpointError::new(
                        "FIPS is enabled but this partition does not support FIPS",
                    ),
                );
            }
            'rule_15: {
                if !use_dual_stack {
                    break 'rule_15;
                }
                'rule_16: {
                    if !partition_result.supports_dual_stack {
                        break 'rule_16;
                    }
                    return Ok(
                        ::smithy_runtime::endpoint::Endpoint::new(
                            format!(
                                "https://data.jobs.iot.{region}.{}", partition_result
                                .dual_stack_dns_suffix
                            ),
                        ),
                    );
                }
                return Err(
                    ::smithy_runtime::endpoint::EndpointError::new(
                        "DualStack is enabled but this partition does not support DualStack",
                    ),
                );
            }
            return Ok(
                ::smithy_runtime::endpoint::Endpoint::new(
                    format!(
                        "https://data.jobs.iot.{region}.{}", partition_result.dns_suffix
                    ),
                ),
            );
        }
        return Err(
            ::smithy_runtime::endpoint::EndpointError::new(
                "no rule of an endpoint rule tree matched the parameters",
            ),
        );
    }
    Err(
        ::smithy_runtime::endpoint::EndpointError::new(
            "Invalid Configuration: Missing Region",
        ),
    )
}

/// The endpoint of a call of `operation`: the rule set's parameters taken
/// from the configuration (built-ins such as the region, FIPS, dual-stack and
/// endpoint URL, and the service's endpoint settings) and the credentials,
/// overridden by those the operation binds (`bound`: from its input and its
/// static context parameters).
pub(crate) async fn resolve(
    runtime: &::smithy_runtime::ClientRuntime,
    operation: &::smithy_runtime::Operation,
    bound: ParamsBuilder,
) -> Result<
    ::smithy_runtime::endpoint::Endpoint,
    ::smithy_runtime::endpoint::EndpointError,
> {
    let config = runtime.config();
    let _ = operation;
    let params = Params::builder()
        .set_region(config.region().map(ToOwned::to_owned))
        .set_use_dual_stack(Some(config.use_dual_stack()))
        .set_use_fips(Some(config.use_fips()))
        .set_endpoint(config.endpoint_url().map(ToOwned::to_owned))
        .overridden_by(bound)
        .build()?;
    resolve_endpoint(&params)
}

#[cfg(test)]
mod tests {
    /// Builds the parameters and resolves them, as the client does before a call.
    fn resolve(
        params: super::ParamsBuilder,
    ) -> Result<
        ::smithy_runtime::endpoint::Endpoint,
        ::smithy_runtime::endpoint::EndpointError,
    > {
        params.build().and_then(|params| super::resolve_endpoint(&params))
    }

    /// Region ap-east-1, FIPS off, dual-stack off
    #[test]
    fn region_ap_east_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("ap-east-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.ap-east-1.amazonaws.com"))
        );
    }

    /// Region ap-northeast-1, FIPS off, dual-stack off
    #[test]
    fn region_ap_northeast_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("ap-northeast-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.ap-northeast-1.amazonaws.com"))
        );
    }

    /// Region ap-northeast-2, FIPS off, dual-stack off
    #[test]
    fn region_ap_northeast_2_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("ap-northeast-2")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.ap-northeast-2.amazonaws.com"))
        );
    }

    /// Region ap-south-1, FIPS off, dual-stack off
    #[test]
    fn region_ap_south_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("ap-south-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.ap-south-1.amazonaws.com"))
        );
    }

    /// Region ap-southeast-1, FIPS off, dual-stack off
    #[test]
    fn region_ap_southeast_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("ap-southeast-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.ap-southeast-1.amazonaws.com"))
        );
    }

    /// Region ap-southeast-2, FIPS off, dual-stack off
    #[test]
    fn region_ap_southeast_2_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("ap-southeast-2")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.ap-southeast-2.amazonaws.com"))
        );
    }

    /// Region ca-central-1, FIPS off, dual-stack off
    #[test]
    fn region_ca_central_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("ca-central-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.ca-central-1.amazonaws.com"))
        );
    }

    /// Region ca-central-1, FIPS on, dual-stack off
    #[test]
    fn region_ca_central_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("ca-central-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.ca-central-1.amazonaws.com"))
        );
    }

    /// Region eu-central-1, FIPS off, dual-stack off
    #[test]
    fn region_eu_central_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("eu-central-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.eu-central-1.amazonaws.com"))
        );
    }

    /// Region eu-north-1, FIPS off, dual-stack off
    #[test]
    fn region_eu_north_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("eu-north-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.eu-north-1.amazonaws.com"))
        );
    }

    /// Region eu-west-1, FIPS off, dual-stack off
    #[test]
    fn region_eu_west_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("eu-west-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.eu-west-1.amazonaws.com"))
        );
    }

    /// Region eu-west-2, FIPS off, dual-stack off
    #[test]
    fn region_eu_west_2_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("eu-west-2")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.eu-west-2.amazonaws.com"))
        );
    }

    /// Region eu-west-3, FIPS off, dual-stack off
    #[test]
    fn region_eu_west_3_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("eu-west-3")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.eu-west-3.amazonaws.com"))
        );
    }

    /// Region me-south-1, FIPS off, dual-stack off
    #[test]
    fn region_me_south_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("me-south-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.me-south-1.amazonaws.com"))
        );
    }

    /// Region sa-east-1, FIPS off, dual-stack off
    #[test]
    fn region_sa_east_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("sa-east-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.sa-east-1.amazonaws.com"))
        );
    }

    /// Region us-east-1, FIPS off, dual-stack off
    #[test]
    fn region_us_east_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-east-1.amazonaws.com"))
        );
    }

    /// Region us-east-1, FIPS on, dual-stack off
    #[test]
    fn region_us_east_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-east-1.amazonaws.com"))
        );
    }

    /// Region us-east-2, FIPS off, dual-stack off
    #[test]
    fn region_us_east_2_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-east-2")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-east-2.amazonaws.com"))
        );
    }

    /// Region us-east-2, FIPS on, dual-stack off
    #[test]
    fn region_us_east_2_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-east-2")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-east-2.amazonaws.com"))
        );
    }

    /// Region us-west-1, FIPS off, dual-stack off
    #[test]
    fn region_us_west_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-west-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-west-1.amazonaws.com"))
        );
    }

    /// Region us-west-1, FIPS on, dual-stack off
    #[test]
    fn region_us_west_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-west-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-west-1.amazonaws.com"))
        );
    }

    /// Region us-west-2, FIPS off, dual-stack off
    #[test]
    fn region_us_west_2_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-west-2")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-west-2.amazonaws.com"))
        );
    }

    /// Region us-west-2, FIPS on, dual-stack off
    #[test]
    fn region_us_west_2_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-west-2")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-west-2.amazonaws.com"))
        );
    }

    /// Region us-east-1, FIPS on, dual-stack on
    #[test]
    fn region_us_east_1_fips_on_dual_stack_on() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_fips(true)
            .use_dual_stack(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-east-1.api.aws"))
        );
    }

    /// Region us-east-1, FIPS off, dual-stack on
    #[test]
    fn region_us_east_1_fips_off_dual_stack_on() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_fips(false)
            .use_dual_stack(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-east-1.api.aws"))
        );
    }

    /// Region cn-north-1, FIPS off, dual-stack off
    #[test]
    fn region_cn_north_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("cn-north-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.cn-north-1.amazonaws.com.cn"))
        );
    }

    /// Region cn-northwest-1, FIPS off, dual-stack off
    #[test]
    fn region_cn_northwest_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("cn-northwest-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.cn-northwest-1.amazonaws.com.cn"))
        );
    }

    /// Region cn-north-1, FIPS on, dual-stack on
    #[test]
    fn region_cn_north_1_fips_on_dual_stack_on() {
        let params = super::Params::builder()
            .region("cn-north-1")
            .use_fips(true)
            .use_dual_stack(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.cn-north-1.api.amazonwebservices.com.cn"))
        );
    }

    /// Region cn-north-1, FIPS on, dual-stack off
    #[test]
    fn region_cn_north_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("cn-north-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.cn-north-1.amazonaws.com.cn"))
        );
    }

    /// Region cn-north-1, FIPS off, dual-stack on
    #[test]
    fn region_cn_north_1_fips_off_dual_stack_on() {
        let params = super::Params::builder()
            .region("cn-north-1")
            .use_fips(false)
            .use_dual_stack(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.cn-north-1.api.amazonwebservices.com.cn"))
        );
    }

    /// Region us-gov-east-1, FIPS off, dual-stack off
    #[test]
    fn region_us_gov_east_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-gov-east-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-gov-east-1.amazonaws.com"))
        );
    }

    /// Region us-gov-east-1, FIPS on, dual-stack off
    #[test]
    fn region_us_gov_east_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-gov-east-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-gov-east-1.amazonaws.com"))
        );
    }

    /// Region us-gov-west-1, FIPS off, dual-stack off
    #[test]
    fn region_us_gov_west_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-gov-west-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-gov-west-1.amazonaws.com"))
        );
    }

    /// Region us-gov-west-1, FIPS on, dual-stack off
    #[test]
    fn region_us_gov_west_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-gov-west-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-gov-west-1.amazonaws.com"))
        );
    }

    /// Region us-gov-east-1, FIPS on, dual-stack on
    #[test]
    fn region_us_gov_east_1_fips_on_dual_stack_on() {
        let params = super::Params::builder()
            .region("us-gov-east-1")
            .use_fips(true)
            .use_dual_stack(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-gov-east-1.api.aws"))
        );
    }

    /// Region us-gov-east-1, FIPS off, dual-stack on
    #[test]
    fn region_us_gov_east_1_fips_off_dual_stack_on() {
        let params = super::Params::builder()
            .region("us-gov-east-1")
            .use_fips(false)
            .use_dual_stack(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-gov-east-1.api.aws"))
        );
    }

    /// Region us-iso-east-1, FIPS on, dual-stack on
    ///
    /// Expected divergence from a stale model test: the model expects the error `FIPS and DualStack are enabled, but this partition does not support one or both`, but in the partitions table (`model/partitions.json`) partition `aws-iso` has `supportsFIPS: true` and `supportsDualStack: true` for `us-iso-east-1`, so the rules give the endpoint `https://data.jobs.iot-fips.us-iso-east-1.api.aws.ic.gov`.
    ///
    /// This test fails if the resolver gives the model's expectation again (then the case is no longer stale: generate it as a normal test case), or if the partition facts or the rules change.
    #[test]
    fn region_us_iso_east_1_fips_on_dual_stack_on_diverges_from_stale_model_expectation() {
        let params = super::Params::builder()
            .region("us-iso-east-1")
            .use_fips(true)
            .use_dual_stack(true);
        let result = resolve(params);
        assert_ne!(
            result,
            Err(::smithy_runtime::endpoint::EndpointError::new("FIPS and DualStack are enabled, but this partition does not support one or both")),
            "the resolver gives the model's expectation again for us-iso-east-1: this case no longer diverges; generate it as a normal endpoint test case"
        );
        let partition = ::smithy_runtime::endpoint::aws::partition("us-iso-east-1")
            .expect("the region has a partition");
        assert_eq!(partition.name, "aws-iso");
        assert!(
            partition.supports_fips,
            "the divergence from the model is explained by `supportsFIPS` of partition `aws-iso`, which the runtime's partitions table no longer has"
        );
        assert!(
            partition.supports_dual_stack,
            "the divergence from the model is explained by `supportsDualStack` of partition `aws-iso`, which the runtime's partitions table no longer has"
        );
        assert_eq!(
            result,
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-iso-east-1.api.aws.ic.gov"))
        );
    }

    /// Region us-iso-east-1, FIPS on, dual-stack off
    #[test]
    fn region_us_iso_east_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-iso-east-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-iso-east-1.c2s.ic.gov"))
        );
    }

    /// Region us-iso-east-1, FIPS off, dual-stack on
    ///
    /// Expected divergence from a stale model test: the model expects the error `DualStack is enabled but this partition does not support DualStack`, but in the partitions table (`model/partitions.json`) partition `aws-iso` has `supportsDualStack: true` for `us-iso-east-1`, so the rules give the endpoint `https://data.jobs.iot.us-iso-east-1.api.aws.ic.gov`.
    ///
    /// This test fails if the resolver gives the model's expectation again (then the case is no longer stale: generate it as a normal test case), or if the partition facts or the rules change.
    #[test]
    fn region_us_iso_east_1_fips_off_dual_stack_on_diverges_from_stale_model_expectation() {
        let params = super::Params::builder()
            .region("us-iso-east-1")
            .use_fips(false)
            .use_dual_stack(true);
        let result = resolve(params);
        assert_ne!(
            result,
            Err(::smithy_runtime::endpoint::EndpointError::new("DualStack is enabled but this partition does not support DualStack")),
            "the resolver gives the model's expectation again for us-iso-east-1: this case no longer diverges; generate it as a normal endpoint test case"
        );
        let partition = ::smithy_runtime::endpoint::aws::partition("us-iso-east-1")
            .expect("the region has a partition");
        assert_eq!(partition.name, "aws-iso");
        assert!(
            partition.supports_dual_stack,
            "the divergence from the model is explained by `supportsDualStack` of partition `aws-iso`, which the runtime's partitions table no longer has"
        );
        assert_eq!(
            result,
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-iso-east-1.api.aws.ic.gov"))
        );
    }

    /// Region us-iso-east-1, FIPS off, dual-stack off
    #[test]
    fn region_us_iso_east_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-iso-east-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-iso-east-1.c2s.ic.gov"))
        );
    }

    /// Region us-isob-east-1, FIPS on, dual-stack on
    ///
    /// Expected divergence from a stale model test: the model expects the error `FIPS and DualStack are enabled, but this partition does not support one or both`, but in the partitions table (`model/partitions.json`) partition `aws-iso-b` has `supportsFIPS: true` and `supportsDualStack: true` for `us-isob-east-1`, so the rules give the endpoint `https://data.jobs.iot-fips.us-isob-east-1.api.aws.scloud`.
    ///
    /// This test fails if the resolver gives the model's expectation again (then the case is no longer stale: generate it as a normal test case), or if the partition facts or the rules change.
    #[test]
    fn region_us_isob_east_1_fips_on_dual_stack_on_diverges_from_stale_model_expectation() {
        let params = super::Params::builder()
            .region("us-isob-east-1")
            .use_fips(true)
            .use_dual_stack(true);
        let result = resolve(params);
        assert_ne!(
            result,
            Err(::smithy_runtime::endpoint::EndpointError::new("FIPS and DualStack are enabled, but this partition does not support one or both")),
            "the resolver gives the model's expectation again for us-isob-east-1: this case no longer diverges; generate it as a normal endpoint test case"
        );
        let partition = ::smithy_runtime::endpoint::aws::partition("us-isob-east-1")
            .expect("the region has a partition");
        assert_eq!(partition.name, "aws-iso-b");
        assert!(
            partition.supports_fips,
            "the divergence from the model is explained by `supportsFIPS` of partition `aws-iso-b`, which the runtime's partitions table no longer has"
        );
        assert!(
            partition.supports_dual_stack,
            "the divergence from the model is explained by `supportsDualStack` of partition `aws-iso-b`, which the runtime's partitions table no longer has"
        );
        assert_eq!(
            result,
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-isob-east-1.api.aws.scloud"))
        );
    }

    /// Region us-isob-east-1, FIPS on, dual-stack off
    #[test]
    fn region_us_isob_east_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-isob-east-1")
            .use_fips(true)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot-fips.us-isob-east-1.sc2s.sgov.gov"))
        );
    }

    /// Region us-isob-east-1, FIPS off, dual-stack on
    ///
    /// Expected divergence from a stale model test: the model expects the error `DualStack is enabled but this partition does not support DualStack`, but in the partitions table (`model/partitions.json`) partition `aws-iso-b` has `supportsDualStack: true` for `us-isob-east-1`, so the rules give the endpoint `https://data.jobs.iot.us-isob-east-1.api.aws.scloud`.
    ///
    /// This test fails if the resolver gives the model's expectation again (then the case is no longer stale: generate it as a normal test case), or if the partition facts or the rules change.
    #[test]
    fn region_us_isob_east_1_fips_off_dual_stack_on_diverges_from_stale_model_expectation() {
        let params = super::Params::builder()
            .region("us-isob-east-1")
            .use_fips(false)
            .use_dual_stack(true);
        let result = resolve(params);
        assert_ne!(
            result,
            Err(::smithy_runtime::endpoint::EndpointError::new("DualStack is enabled but this partition does not support DualStack")),
            "the resolver gives the model's expectation again for us-isob-east-1: this case no longer diverges; generate it as a normal endpoint test case"
        );
        let partition = ::smithy_runtime::endpoint::aws::partition("us-isob-east-1")
            .expect("the region has a partition");
        assert_eq!(partition.name, "aws-iso-b");
        assert!(
            partition.supports_dual_stack,
            "the divergence from the model is explained by `supportsDualStack` of partition `aws-iso-b`, which the runtime's partitions table no longer has"
        );
        assert_eq!(
            result,
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-isob-east-1.api.aws.scloud"))
        );
    }

    /// Region us-isob-east-1, FIPS off, dual-stack off
    #[test]
    fn region_us_isob_east_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-isob-east-1")
            .use_fips(false)
            .use_dual_stack(false);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://data.jobs.iot.us-isob-east-1.sc2s.sgov.gov"))
        );
    }

    /// Custom endpoint, region us-east-1, FIPS off, dual-stack off
    #[test]
    fn custom_endpoint_region_us_east_1_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_fips(false)
            .use_dual_stack(false)
            .endpoint("https://example.com");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://example.com"))
        );
    }

    /// Custom endpoint, no region, FIPS off, dual-stack off
    #[test]
    fn custom_endpoint_no_region_fips_off_dual_stack_off() {
        let params = super::Params::builder()
            .use_fips(false)
            .use_dual_stack(false)
            .endpoint("https://example.com");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://example.com"))
        );
    }

    /// Custom endpoint, region us-east-1, FIPS on, dual-stack off
    #[test]
    fn custom_endpoint_region_us_east_1_fips_on_dual_stack_off() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_fips(true)
            .use_dual_stack(false)
            .endpoint("https://example.com");
        assert_eq!(
            resolve(params),
            Err(::smithy_runtime::endpoint::EndpointError::new("Invalid Configuration: FIPS and custom endpoint are not supported"))
        );
    }

    /// Custom endpoint, region us-east-1, FIPS off, dual-stack on
    #[test]
    fn custom_endpoint_region_us_east_1_fips_off_dual_stack_on() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_fips(false)
            .use_dual_stack(true)
            .endpoint("https://example.com");
        assert_eq!(
            resolve(params),
            Err(::smithy_runtime::endpoint::EndpointError::new("Invalid Configuration: Dualstack and custom endpoint are not supported"))
        );
    }

    /// No region given: resolution must report an error
    #[test]
    fn no_region_given_resolution_must_report_an_error() {
        let params = super::Params::builder();
        assert_eq!(
            resolve(params),
            Err(::smithy_runtime::endpoint::EndpointError::new("Invalid Configuration: Missing Region"))
        );
    }
}

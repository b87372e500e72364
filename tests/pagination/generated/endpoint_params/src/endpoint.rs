// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Endpoint resolution, compiled from the service's rule set.
/// The parameters of endpoint resolution, as defined by the service's endpoint
/// rule set. Build them with [`Params::builder`].
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// The region.
    ///
    /// Rule-set parameter `Region`, built-in `AWS::Region`.
    pub region: Option<String>,
    /// FIPS endpoints.
    ///
    /// Rule-set parameter `UseFIPS`, built-in `AWS::UseFIPS`, default `false`, required.
    pub use_fips: bool,
    /// Dual-stack endpoints.
    ///
    /// Rule-set parameter `UseDualStack`, built-in `AWS::UseDualStack`, default `false`, required.
    pub use_dual_stack: bool,
    /// An endpoint URL.
    ///
    /// Rule-set parameter `Endpoint`, built-in `SDK::Endpoint`.
    pub endpoint: Option<String>,
    /// The account of the credentials.
    ///
    /// Rule-set parameter `AccountId`, built-in `AWS::Auth::AccountId`.
    pub account_id: Option<String>,
    /// Account-based endpoints.
    ///
    /// Rule-set parameter `AccountIdEndpointMode`, built-in `AWS::Auth::AccountIdEndpointMode`.
    pub account_id_endpoint_mode: Option<String>,
    /// The scope of the credentials.
    ///
    /// Rule-set parameter `CredentialScope`, built-in `AWS::Auth::CredentialScope`.
    pub credential_scope: Option<String>,
    /// The global STS-style endpoint.
    ///
    /// Rule-set parameter `UseGlobalEndpoint`, built-in `AWS::STS::UseGlobalEndpoint`, default `false`, required.
    pub use_global_endpoint: bool,
    /// Transfer acceleration.
    ///
    /// Rule-set parameter `Accelerate`, built-in `AWS::S3::Accelerate`, default `false`, required.
    pub accelerate: bool,
    /// No multi-region access points.
    ///
    /// Rule-set parameter `DisableMultiRegionAccessPoints`, built-in `AWS::S3::DisableMultiRegionAccessPoints`, default `false`, required.
    pub disable_multi_region_access_points: bool,
    /// Path-style addressing.
    ///
    /// Rule-set parameter `ForcePathStyle`, built-in `AWS::S3::ForcePathStyle`, default `false`, required.
    pub force_path_style: bool,
    /// The region of an ARN.
    ///
    /// Rule-set parameter `UseArnRegion`, built-in `AWS::S3::UseArnRegion`.
    pub use_arn_region: Option<bool>,
    /// The global S3-style endpoint.
    ///
    /// Rule-set parameter `UseS3GlobalEndpoint`, built-in `AWS::S3::UseGlobalEndpoint`, default `false`, required.
    pub use_s3_global_endpoint: bool,
    /// The region of an S3 Control ARN.
    ///
    /// Rule-set parameter `UseControlArnRegion`, built-in `AWS::S3Control::UseArnRegion`.
    pub use_control_arn_region: Option<bool>,
    /// A deployment stage.
    ///
    /// Rule-set parameter `Stage`.
    pub stage: Option<String>,
    /// The bucket an operation acts on.
    ///
    /// Rule-set parameter `Bucket`.
    pub bucket: Option<String>,
    /// The kind of operation.
    ///
    /// Rule-set parameter `Kind`.
    pub kind: Option<String>,
    /// A nested member of the input.
    ///
    /// Rule-set parameter `Single`.
    pub single: Option<String>,
    /// The keys of the input's tags.
    ///
    /// Rule-set parameter `TagKeys`.
    pub tag_keys: Option<Vec<String>>,
    /// The names of the input's items.
    ///
    /// Rule-set parameter `Names`.
    pub names: Option<Vec<String>>,
    /// The names and aliases of the input's items.
    ///
    /// Rule-set parameter `Aliases`.
    pub aliases: Option<Vec<String>>,
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
    use_fips: Option<bool>,
    use_dual_stack: Option<bool>,
    endpoint: Option<String>,
    account_id: Option<String>,
    account_id_endpoint_mode: Option<String>,
    credential_scope: Option<String>,
    use_global_endpoint: Option<bool>,
    accelerate: Option<bool>,
    disable_multi_region_access_points: Option<bool>,
    force_path_style: Option<bool>,
    use_arn_region: Option<bool>,
    use_s3_global_endpoint: Option<bool>,
    use_control_arn_region: Option<bool>,
    stage: Option<String>,
    bucket: Option<String>,
    kind: Option<String>,
    single: Option<String>,
    tag_keys: Option<Vec<String>>,
    names: Option<Vec<String>>,
    aliases: Option<Vec<String>>,
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

    /// Sets `AccountId` (see [`Params::account_id`]).
    #[must_use]
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets or clears `AccountId` (see [`Params::account_id`]).
    #[must_use]
    pub fn set_account_id(mut self, value: Option<String>) -> Self {
        self.account_id = value;
        self
    }

    /// Sets `AccountIdEndpointMode` (see [`Params::account_id_endpoint_mode`]).
    #[must_use]
    pub fn account_id_endpoint_mode(mut self, value: impl Into<String>) -> Self {
        self.account_id_endpoint_mode = Some(value.into());
        self
    }

    /// Sets or clears `AccountIdEndpointMode` (see [`Params::account_id_endpoint_mode`]).
    #[must_use]
    pub fn set_account_id_endpoint_mode(mut self, value: Option<String>) -> Self {
        self.account_id_endpoint_mode = value;
        self
    }

    /// Sets `CredentialScope` (see [`Params::credential_scope`]).
    #[must_use]
    pub fn credential_scope(mut self, value: impl Into<String>) -> Self {
        self.credential_scope = Some(value.into());
        self
    }

    /// Sets or clears `CredentialScope` (see [`Params::credential_scope`]).
    #[must_use]
    pub fn set_credential_scope(mut self, value: Option<String>) -> Self {
        self.credential_scope = value;
        self
    }

    /// Sets `UseGlobalEndpoint` (see [`Params::use_global_endpoint`]).
    #[must_use]
    pub fn use_global_endpoint(mut self, value: bool) -> Self {
        self.use_global_endpoint = Some(value);
        self
    }

    /// Sets or clears `UseGlobalEndpoint` (see [`Params::use_global_endpoint`]).
    #[must_use]
    pub fn set_use_global_endpoint(mut self, value: Option<bool>) -> Self {
        self.use_global_endpoint = value;
        self
    }

    /// Sets `Accelerate` (see [`Params::accelerate`]).
    #[must_use]
    pub fn accelerate(mut self, value: bool) -> Self {
        self.accelerate = Some(value);
        self
    }

    /// Sets or clears `Accelerate` (see [`Params::accelerate`]).
    #[must_use]
    pub fn set_accelerate(mut self, value: Option<bool>) -> Self {
        self.accelerate = value;
        self
    }

    /// Sets `DisableMultiRegionAccessPoints` (see [`Params::disable_multi_region_access_points`]).
    #[must_use]
    pub fn disable_multi_region_access_points(mut self, value: bool) -> Self {
        self.disable_multi_region_access_points = Some(value);
        self
    }

    /// Sets or clears `DisableMultiRegionAccessPoints` (see [`Params::disable_multi_region_access_points`]).
    #[must_use]
    pub fn set_disable_multi_region_access_points(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.disable_multi_region_access_points = value;
        self
    }

    /// Sets `ForcePathStyle` (see [`Params::force_path_style`]).
    #[must_use]
    pub fn force_path_style(mut self, value: bool) -> Self {
        self.force_path_style = Some(value);
        self
    }

    /// Sets or clears `ForcePathStyle` (see [`Params::force_path_style`]).
    #[must_use]
    pub fn set_force_path_style(mut self, value: Option<bool>) -> Self {
        self.force_path_style = value;
        self
    }

    /// Sets `UseArnRegion` (see [`Params::use_arn_region`]).
    #[must_use]
    pub fn use_arn_region(mut self, value: bool) -> Self {
        self.use_arn_region = Some(value);
        self
    }

    /// Sets or clears `UseArnRegion` (see [`Params::use_arn_region`]).
    #[must_use]
    pub fn set_use_arn_region(mut self, value: Option<bool>) -> Self {
        self.use_arn_region = value;
        self
    }

    /// Sets `UseS3GlobalEndpoint` (see [`Params::use_s3_global_endpoint`]).
    #[must_use]
    pub fn use_s3_global_endpoint(mut self, value: bool) -> Self {
        self.use_s3_global_endpoint = Some(value);
        self
    }

    /// Sets or clears `UseS3GlobalEndpoint` (see [`Params::use_s3_global_endpoint`]).
    #[must_use]
    pub fn set_use_s3_global_endpoint(mut self, value: Option<bool>) -> Self {
        self.use_s3_global_endpoint = value;
        self
    }

    /// Sets `UseControlArnRegion` (see [`Params::use_control_arn_region`]).
    #[must_use]
    pub fn use_control_arn_region(mut self, value: bool) -> Self {
        self.use_control_arn_region = Some(value);
        self
    }

    /// Sets or clears `UseControlArnRegion` (see [`Params::use_control_arn_region`]).
    #[must_use]
    pub fn set_use_control_arn_region(mut self, value: Option<bool>) -> Self {
        self.use_control_arn_region = value;
        self
    }

    /// Sets `Stage` (see [`Params::stage`]).
    #[must_use]
    pub fn stage(mut self, value: impl Into<String>) -> Self {
        self.stage = Some(value.into());
        self
    }

    /// Sets or clears `Stage` (see [`Params::stage`]).
    #[must_use]
    pub fn set_stage(mut self, value: Option<String>) -> Self {
        self.stage = value;
        self
    }

    /// Sets `Bucket` (see [`Params::bucket`]).
    #[must_use]
    pub fn bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }

    /// Sets or clears `Bucket` (see [`Params::bucket`]).
    #[must_use]
    pub fn set_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
        self
    }

    /// Sets `Kind` (see [`Params::kind`]).
    #[must_use]
    pub fn kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }

    /// Sets or clears `Kind` (see [`Params::kind`]).
    #[must_use]
    pub fn set_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }

    /// Sets `Single` (see [`Params::single`]).
    #[must_use]
    pub fn single(mut self, value: impl Into<String>) -> Self {
        self.single = Some(value.into());
        self
    }

    /// Sets or clears `Single` (see [`Params::single`]).
    #[must_use]
    pub fn set_single(mut self, value: Option<String>) -> Self {
        self.single = value;
        self
    }

    /// Sets `TagKeys` (see [`Params::tag_keys`]).
    #[must_use]
    pub fn tag_keys(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tag_keys = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `TagKeys` (see [`Params::tag_keys`]).
    #[must_use]
    pub fn set_tag_keys(mut self, value: Option<Vec<String>>) -> Self {
        self.tag_keys = value;
        self
    }

    /// Sets `Names` (see [`Params::names`]).
    #[must_use]
    pub fn names(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `Names` (see [`Params::names`]).
    #[must_use]
    pub fn set_names(mut self, value: Option<Vec<String>>) -> Self {
        self.names = value;
        self
    }

    /// Sets `Aliases` (see [`Params::aliases`]).
    #[must_use]
    pub fn aliases(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.aliases = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `Aliases` (see [`Params::aliases`]).
    #[must_use]
    pub fn set_aliases(mut self, value: Option<Vec<String>>) -> Self {
        self.aliases = value;
        self
    }

    /// This builder with every parameter set in `other` replaced by
    /// `other`'s value (an operation's parameters over the client's).
    #[must_use]
    pub fn overridden_by(self, other: ParamsBuilder) -> ParamsBuilder {
        ParamsBuilder {
            region: other.region.or(self.region),
            use_fips: other.use_fips.or(self.use_fips),
            use_dual_stack: other.use_dual_stack.or(self.use_dual_stack),
            endpoint: other.endpoint.or(self.endpoint),
            account_id: other.account_id.or(self.account_id),
            account_id_endpoint_mode: other
                .account_id_endpoint_mode
                .or(self.account_id_endpoint_mode),
            credential_scope: other.credential_scope.or(self.credential_scope),
            use_global_endpoint: other.use_global_endpoint.or(self.use_global_endpoint),
            accelerate: other.accelerate.or(self.accelerate),
            disable_multi_region_access_points: other
                .disable_multi_region_access_points
                .or(self.disable_multi_region_access_points),
            force_path_style: other.force_path_style.or(self.force_path_style),
            use_arn_region: other.use_arn_region.or(self.use_arn_region),
            use_s3_global_endpoint: other
                .use_s3_global_endpoint
                .or(self.use_s3_global_endpoint),
            use_control_arn_region: other
                .use_control_arn_region
                .or(self.use_control_arn_region),
            stage: other.stage.or(self.stage),
            bucket: other.bucket.or(self.bucket),
            kind: other.kind.or(self.kind),
            single: other.single.or(self.single),
            tag_keys: other.tag_keys.or(self.tag_keys),
            names: other.names.or(self.names),
            aliases: other.aliases.or(self.aliases),
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
            use_fips: self.use_fips.unwrap_or(false),
            use_dual_stack: self.use_dual_stack.unwrap_or(false),
            endpoint: self.endpoint,
            account_id: self.account_id,
            account_id_endpoint_mode: self.account_id_endpoint_mode,
            credential_scope: self.credential_scope,
            use_global_endpoint: self.use_global_endpoint.unwrap_or(false),
            accelerate: self.accelerate.unwrap_or(false),
            disable_multi_region_access_points: self
                .disable_multi_region_access_points
                .unwrap_or(false),
            force_path_style: self.force_path_style.unwrap_or(false),
            use_arn_region: self.use_arn_region,
            use_s3_global_endpoint: self.use_s3_global_endpoint.unwrap_or(false),
            use_control_arn_region: self.use_control_arn_region,
            stage: self.stage,
            bucket: self.bucket,
            kind: self.kind,
            single: self.single,
            tag_keys: self.tag_keys,
            names: self.names,
            aliases: self.aliases,
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
    let use_fips = params.use_fips;
    let use_dual_stack = params.use_dual_stack;
    let endpoint = params.endpoint.as_deref();
    let account_id = params.account_id.as_deref();
    let account_id_endpoint_mode = params.account_id_endpoint_mode.as_deref();
    let credential_scope = params.credential_scope.as_deref();
    let use_global_endpoint = params.use_global_endpoint;
    let accelerate = params.accelerate;
    let disable_multi_region_access_points = params.disable_multi_region_access_points;
    let force_path_style = params.force_path_style;
    let use_arn_region = params.use_arn_region;
    let use_s3_global_endpoint = params.use_s3_global_endpoint;
    let use_control_arn_region = params.use_control_arn_region;
    let stage = params.stage.as_deref();
    let bucket = params.bucket.as_deref();
    let kind = params.kind.as_deref();
    let single = params.single.as_deref();
    let tag_keys = params.tag_keys.as_deref();
    let names = params.names.as_deref();
    let aliases = params.aliases.as_deref();
    'rule_1: {
        let Some(endpoint) = endpoint else {
            break 'rule_1;
        };
        return Ok(::smithy_runtime::endpoint::Endpoint::new(endpoint));
    }
    'rule_2: {
        if region.is_some() {
            break 'rule_2;
        }
        return Err(
            ::smithy_runtime::endpoint::EndpointError::new(
                "Invalid Configuration: Missing Region",
            ),
        );
    }
    'rule_3: {
        if !use_fips {
            break 'rule_3;
        }
        let Some(region) = region else {
            break 'rule_3;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://fips.{region}.example.com"),
            ),
        );
    }
    'rule_4: {
        if !use_dual_stack {
            break 'rule_4;
        }
        let Some(region) = region else {
            break 'rule_4;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://dualstack.{region}.example.com"),
            ),
        );
    }
    'rule_5: {
        let Some(account_id_endpoint_mode) = account_id_endpoint_mode else {
            break 'rule_5;
        };
        if account_id_endpoint_mode != "required" {
            break 'rule_5;
        }
        if account_id.is_some() {
            break 'rule_5;
        }
        return Err(
            ::smithy_runtime::endpoint::EndpointError::new(
                "AccountIdEndpointMode is required but no AccountId was provided",
            ),
        );
    }
    'rule_6: {
        let Some(account_id) = account_id else {
            break 'rule_6;
        };
        let Some(account_id_endpoint_mode) = account_id_endpoint_mode else {
            break 'rule_6;
        };
        if account_id_endpoint_mode == "disabled" {
            break 'rule_6;
        }
        let Some(region) = region else {
            break 'rule_6;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{account_id}.account.{region}.example.com"),
            ),
        );
    }
    'rule_7: {
        let Some(credential_scope) = credential_scope else {
            break 'rule_7;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://scope-{credential_scope}.example.com"),
            ),
        );
    }
    'rule_8: {
        if !use_global_endpoint {
            break 'rule_8;
        }
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new("https://global.example.com"),
        );
    }
    'rule_9: {
        if !accelerate {
            break 'rule_9;
        }
        let Some(region) = region else {
            break 'rule_9;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://accelerate.{region}.example.com"),
            ),
        );
    }
    'rule_10: {
        if !disable_multi_region_access_points {
            break 'rule_10;
        }
        let Some(region) = region else {
            break 'rule_10;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://no-mrap.{region}.example.com"),
            ),
        );
    }
    'rule_11: {
        if !force_path_style {
            break 'rule_11;
        }
        let Some(region) = region else {
            break 'rule_11;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://path-style.{region}.example.com"),
            ),
        );
    }
    'rule_12: {
        let Some(use_arn_region) = use_arn_region else {
            break 'rule_12;
        };
        if !use_arn_region {
            break 'rule_12;
        }
        let Some(region) = region else {
            break 'rule_12;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://arn-region.{region}.example.com"),
            ),
        );
    }
    'rule_13: {
        if !use_s3_global_endpoint {
            break 'rule_13;
        }
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new("https://s3-global.example.com"),
        );
    }
    'rule_14: {
        let Some(use_control_arn_region) = use_control_arn_region else {
            break 'rule_14;
        };
        if !use_control_arn_region {
            break 'rule_14;
        }
        let Some(region) = region else {
            break 'rule_14;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://control-arn-region.{region}.example.com"),
            ),
        );
    }
    'rule_15: {
        let Some(stage) = stage else {
            break 'rule_15;
        };
        let Some(region) = region else {
            break 'rule_15;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{stage}.stage.{region}.example.com"),
            ),
        );
    }
    'rule_16: {
        let Some(bucket) = bucket else {
            break 'rule_16;
        };
        let Some(region) = region else {
            break 'rule_16;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{bucket}.bucket.{region}.example.com"),
            ),
        );
    }
    'rule_17: {
        let Some(kind) = kind else {
            break 'rule_17;
        };
        let Some(region) = region else {
            break 'rule_17;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{kind}.kind.{region}.example.com"),
            ),
        );
    }
    'rule_18: {
        let Some(single) = single else {
            break 'rule_18;
        };
        let Some(region) = region else {
            break 'rule_18;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{single}.single.{region}.example.com"),
            ),
        );
    }
    'rule_19: {
        let Some(tag_keys) = tag_keys else {
            break 'rule_19;
        };
        let Some(key) = tag_keys.first().map(String::as_str) else {
            break 'rule_19;
        };
        let Some(region) = region else {
            break 'rule_19;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{key}.tag.{region}.example.com"),
            ),
        );
    }
    'rule_20: {
        let Some(names) = names else {
            break 'rule_20;
        };
        let Some(first) = names.first().map(String::as_str) else {
            break 'rule_20;
        };
        let Some(second) = names.get(1).map(String::as_str) else {
            break 'rule_20;
        };
        let Some(region) = region else {
            break 'rule_20;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{first}-{second}.names.{region}.example.com"),
            ),
        );
    }
    'rule_21: {
        let Some(aliases) = aliases else {
            break 'rule_21;
        };
        let Some(a0) = aliases.first().map(String::as_str) else {
            break 'rule_21;
        };
        let Some(a1) = aliases.get(1).map(String::as_str) else {
            break 'rule_21;
        };
        let Some(a2) = aliases.get(2).map(String::as_str) else {
            break 'rule_21;
        };
        let Some(region) = region else {
            break 'rule_21;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://{a0}-{a1}-{a2}.aliases.{region}.example.com"),
            ),
        );
    }
    'rule_22: {
        let Some(region) = region else {
            break 'rule_22;
        };
        return Ok(
            ::smithy_runtime::endpoint::Endpoint::new(
                format!("https://service.{region}.example.com"),
            ),
        );
    }
    Err(
        ::smithy_runtime::endpoint::EndpointError::new(
            "no endpoint rule matched the parameters",
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
    let credentials = runtime.endpoint_credentials(operation).await;
    let params = Params::builder()
        .set_region(config.region().map(ToOwned::to_owned))
        .set_use_fips(Some(config.use_fips()))
        .set_use_dual_stack(Some(config.use_dual_stack()))
        .set_endpoint(config.endpoint_url().map(ToOwned::to_owned))
        .set_account_id(
            credentials.as_ref().and_then(|c| c.account_id()).map(ToOwned::to_owned),
        )
        .set_account_id_endpoint_mode(
            Some(config.account_id_endpoint_mode().as_str().to_owned()),
        )
        .set_credential_scope(
            credentials
                .as_ref()
                .and_then(|c| c.credential_scope())
                .map(ToOwned::to_owned),
        )
        .set_use_global_endpoint(
            config
                .endpoint_setting("UseGlobalEndpoint")
                .and_then(::smithy_runtime::EndpointSetting::as_bool),
        )
        .set_accelerate(
            config
                .endpoint_setting("Accelerate")
                .and_then(::smithy_runtime::EndpointSetting::as_bool),
        )
        .set_disable_multi_region_access_points(
            config
                .endpoint_setting("DisableMultiRegionAccessPoints")
                .and_then(::smithy_runtime::EndpointSetting::as_bool),
        )
        .set_force_path_style(
            config
                .endpoint_setting("ForcePathStyle")
                .and_then(::smithy_runtime::EndpointSetting::as_bool),
        )
        .set_use_arn_region(
            config
                .endpoint_setting("UseArnRegion")
                .and_then(::smithy_runtime::EndpointSetting::as_bool),
        )
        .set_use_s3_global_endpoint(
            config
                .endpoint_setting("UseS3GlobalEndpoint")
                .and_then(::smithy_runtime::EndpointSetting::as_bool),
        )
        .set_use_control_arn_region(
            config
                .endpoint_setting("UseControlArnRegion")
                .and_then(::smithy_runtime::EndpointSetting::as_bool),
        )
        .set_stage(
            config
                .endpoint_setting("Stage")
                .and_then(::smithy_runtime::EndpointSetting::as_str)
                .map(ToOwned::to_owned),
        )
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

    /// Region
    #[test]
    fn region() {
        let params = super::Params::builder().region("us-east-1");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://service.us-east-1.example.com"))
        );
    }

    /// Missing region
    #[test]
    fn missing_region() {
        let params = super::Params::builder();
        assert_eq!(
            resolve(params),
            Err(::smithy_runtime::endpoint::EndpointError::new("Invalid Configuration: Missing Region"))
        );
    }

    /// FIPS
    #[test]
    fn fips() {
        let params = super::Params::builder().region("us-east-1").use_fips(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://fips.us-east-1.example.com"))
        );
    }

    /// Dual stack
    #[test]
    fn dual_stack() {
        let params = super::Params::builder().region("us-east-1").use_dual_stack(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://dualstack.us-east-1.example.com"))
        );
    }

    /// Endpoint URL
    #[test]
    fn endpoint_url() {
        let params = super::Params::builder()
            .region("us-east-1")
            .endpoint("https://custom.example.org");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://custom.example.org"))
        );
    }

    /// Account id
    #[test]
    fn account_id() {
        let params = super::Params::builder()
            .region("us-east-1")
            .account_id("123456789012")
            .account_id_endpoint_mode("preferred");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://123456789012.account.us-east-1.example.com"))
        );
    }

    /// Account id disabled
    #[test]
    fn account_id_disabled() {
        let params = super::Params::builder()
            .region("us-east-1")
            .account_id("123456789012")
            .account_id_endpoint_mode("disabled");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://service.us-east-1.example.com"))
        );
    }

    /// Account id required but missing
    #[test]
    fn account_id_required_but_missing() {
        let params = super::Params::builder()
            .region("us-east-1")
            .account_id_endpoint_mode("required");
        assert_eq!(
            resolve(params),
            Err(::smithy_runtime::endpoint::EndpointError::new("AccountIdEndpointMode is required but no AccountId was provided"))
        );
    }

    /// Credential scope
    #[test]
    fn credential_scope() {
        let params = super::Params::builder()
            .region("us-east-1")
            .credential_scope("us-west-2");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://scope-us-west-2.example.com"))
        );
    }

    /// STS global endpoint
    #[test]
    fn sts_global_endpoint() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_global_endpoint(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://global.example.com"))
        );
    }

    /// S3 accelerate
    #[test]
    fn s3_accelerate() {
        let params = super::Params::builder().region("us-east-1").accelerate(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://accelerate.us-east-1.example.com"))
        );
    }

    /// S3 multi-region access points disabled
    #[test]
    fn s3_multi_region_access_points_disabled() {
        let params = super::Params::builder()
            .region("us-east-1")
            .disable_multi_region_access_points(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://no-mrap.us-east-1.example.com"))
        );
    }

    /// S3 path style
    #[test]
    fn s3_path_style() {
        let params = super::Params::builder().region("us-east-1").force_path_style(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://path-style.us-east-1.example.com"))
        );
    }

    /// S3 path style as a client parameter
    #[test]
    fn s3_path_style_as_a_client_parameter() {
        let params = super::Params::builder().region("us-east-1").force_path_style(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://path-style.us-east-1.example.com"))
        );
    }

    /// S3 ARN region
    #[test]
    fn s3_arn_region() {
        let params = super::Params::builder().region("us-east-1").use_arn_region(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://arn-region.us-east-1.example.com"))
        );
    }

    /// S3 global endpoint
    #[test]
    fn s3_global_endpoint() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_s3_global_endpoint(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://s3-global.example.com"))
        );
    }

    /// S3 Control ARN region
    #[test]
    fn s3_control_arn_region() {
        let params = super::Params::builder()
            .region("us-east-1")
            .use_control_arn_region(true);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://control-arn-region.us-east-1.example.com"))
        );
    }

    /// Client context parameter
    #[test]
    fn client_context_parameter() {
        let params = super::Params::builder().region("us-east-1").stage("beta");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://beta.stage.us-east-1.example.com"))
        );
    }

    /// Context parameter
    #[test]
    fn context_parameter() {
        let params = super::Params::builder().region("us-east-1").bucket("my-bucket");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://my-bucket.bucket.us-east-1.example.com"))
        );
    }

    /// Static context parameter
    #[test]
    fn static_context_parameter() {
        let params = super::Params::builder().region("us-east-1").kind("listing");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://listing.kind.us-east-1.example.com"))
        );
    }

    /// Context parameter over client parameter
    #[test]
    fn context_parameter_over_client_parameter() {
        let params = super::Params::builder().region("us-east-1").stage("from-input");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://from-input.stage.us-east-1.example.com"))
        );
    }

    /// Static context parameter over context parameter
    #[test]
    fn static_context_parameter_over_context_parameter() {
        let params = super::Params::builder().region("us-east-1").stage("pinned");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://pinned.stage.us-east-1.example.com"))
        );
    }

    /// Operation context parameter: a field path
    #[test]
    fn operation_context_parameter_a_field_path() {
        let params = super::Params::builder().region("us-east-1").single("inner");
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://inner.single.us-east-1.example.com"))
        );
    }

    /// Operation context parameter: keys
    #[test]
    fn operation_context_parameter_keys() {
        let params = super::Params::builder().region("us-east-1").tag_keys(["team"]);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://team.tag.us-east-1.example.com"))
        );
    }

    /// Operation context parameter: a projection
    #[test]
    fn operation_context_parameter_a_projection() {
        let params = super::Params::builder().region("us-east-1").names(["a", "b"]);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://a-b.names.us-east-1.example.com"))
        );
    }

    /// Operation context parameter: a multi-select list
    #[test]
    fn operation_context_parameter_a_multi_select_list() {
        let params = super::Params::builder()
            .region("us-east-1")
            .aliases(["a", "x", "b"]);
        assert_eq!(
            resolve(params),
            Ok(::smithy_runtime::endpoint::Endpoint::new("https://a-x-b.aliases.us-east-1.example.com"))
        );
    }
}

/// The endpoint test cases with `operationInputs`, through the operations.
#[cfg(test)]
mod operation_tests {
    /// Region (through `ListThings`)
    #[tokio::test]
    async fn region_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://service.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://service.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://service.us-east-1.example.com"
        );
    }

    /// Missing region (through `ListThings`)
    #[tokio::test]
    async fn missing_region_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let error = result.expect_err("the endpoint rules give an error");
        assert!(transport.requests().is_empty(), "nothing is sent");
        let mut text = error.to_string();
        let mut source = ::std::error::Error::source(&error);
        while let Some(cause) = source {
            text.push_str(&format!(": {cause}"));
            source = cause.source();
        }
        assert!(text.contains("Invalid Configuration: Missing Region"), "{text}");
    }

    /// FIPS (through `ListThings`)
    #[tokio::test]
    async fn fips_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.use_fips(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://fips.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://fips.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://fips.us-east-1.example.com"
        );
    }

    /// Dual stack (through `ListThings`)
    #[tokio::test]
    async fn dual_stack_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.use_dual_stack(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://dualstack.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://dualstack.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://dualstack.us-east-1.example.com"
        );
    }

    /// Endpoint URL (through `ListThings`)
    #[tokio::test]
    async fn endpoint_url_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.endpoint_url("https://custom.example.org");
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://custom.example.org")
            .unwrap_or_else(|| {
                panic!("{uri} is not at the endpoint {}", "https://custom.example.org")
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://custom.example.org"
        );
    }

    /// Account id (through `ListThings`)
    #[tokio::test]
    async fn account_id_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(
                crate::config::Credentials::new("AKID", "SECRET", None)
                    .with_account_id("123456789012"),
            )
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder
            .account_id_endpoint_mode("preferred".parse().expect("a known mode"));
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://123456789012.account.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://123456789012.account.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://123456789012.account.us-east-1.example.com"
        );
    }

    /// Account id disabled (through `ListThings`)
    #[tokio::test]
    async fn account_id_disabled_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(
                crate::config::Credentials::new("AKID", "SECRET", None)
                    .with_account_id("123456789012"),
            )
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder
            .account_id_endpoint_mode("disabled".parse().expect("a known mode"));
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://service.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://service.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://service.us-east-1.example.com"
        );
    }

    /// Account id required but missing (through `ListThings`)
    #[tokio::test]
    async fn account_id_required_but_missing_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder
            .account_id_endpoint_mode("required".parse().expect("a known mode"));
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let error = result.expect_err("the endpoint rules give an error");
        assert!(transport.requests().is_empty(), "nothing is sent");
        let mut text = error.to_string();
        let mut source = ::std::error::Error::source(&error);
        while let Some(cause) = source {
            text.push_str(&format!(": {cause}"));
            source = cause.source();
        }
        assert!(
            text
            .contains("AccountIdEndpointMode is required but no AccountId was provided"),
            "{text}"
        );
    }

    /// Credential scope (through `ListThings`)
    #[tokio::test]
    async fn credential_scope_through_list_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(
                crate::config::Credentials::new("AKID", "SECRET", None)
                    .with_credential_scope("us-west-2"),
            )
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://scope-us-west-2.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://scope-us-west-2.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://scope-us-west-2.example.com"
        );
    }

    /// STS global endpoint (through `ListThings`)
    #[tokio::test]
    async fn sts_global_endpoint_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.use_global_endpoint(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://global.example.com")
            .unwrap_or_else(|| {
                panic!("{uri} is not at the endpoint {}", "https://global.example.com")
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://global.example.com"
        );
    }

    /// S3 accelerate (through `ListThings`)
    #[tokio::test]
    async fn s3_accelerate_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.accelerate(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://accelerate.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://accelerate.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://accelerate.us-east-1.example.com"
        );
    }

    /// S3 multi-region access points disabled (through `ListThings`)
    #[tokio::test]
    async fn s3_multi_region_access_points_disabled_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.disable_multi_region_access_points(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://no-mrap.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://no-mrap.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://no-mrap.us-east-1.example.com"
        );
    }

    /// S3 path style (through `ListThings`)
    #[tokio::test]
    async fn s3_path_style_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.force_path_style(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://path-style.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://path-style.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://path-style.us-east-1.example.com"
        );
    }

    /// S3 path style as a client parameter (through `ListThings`)
    #[tokio::test]
    async fn s3_path_style_as_a_client_parameter_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.force_path_style(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://path-style.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://path-style.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://path-style.us-east-1.example.com"
        );
    }

    /// S3 ARN region (through `ListThings`)
    #[tokio::test]
    async fn s3_arn_region_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.use_arn_region(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://arn-region.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://arn-region.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://arn-region.us-east-1.example.com"
        );
    }

    /// S3 global endpoint (through `ListThings`)
    #[tokio::test]
    async fn s3_global_endpoint_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.use_s3_global_endpoint(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://s3-global.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}", "https://s3-global.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://s3-global.example.com"
        );
    }

    /// S3 Control ARN region (through `ListThings`)
    #[tokio::test]
    async fn s3_control_arn_region_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.use_control_arn_region(true);
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://control-arn-region.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://control-arn-region.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://control-arn-region.us-east-1.example.com"
        );
    }

    /// Client context parameter (through `ListThings`)
    #[tokio::test]
    async fn client_context_parameter_through_list_things() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.stage("beta");
        let client = crate::Client::new(builder.build());
        let result = client.list_things().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://beta.stage.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://beta.stage.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://beta.stage.us-east-1.example.com"
        );
    }

    /// Context parameter (through `GetThing`)
    #[tokio::test]
    async fn context_parameter_through_get_thing() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client
            .get_thing()
            .set_bucket(Some(String::from("my-bucket")))
            .send()
            .await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://my-bucket.bucket.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://my-bucket.bucket.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://my-bucket.bucket.us-east-1.example.com"
        );
    }

    /// Static context parameter (through `ListKinds`)
    #[tokio::test]
    async fn static_context_parameter_through_list_kinds() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client.list_kinds().send().await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://listing.kind.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://listing.kind.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://listing.kind.us-east-1.example.com"
        );
    }

    /// Context parameter over client parameter (through `PutThing`)
    #[tokio::test]
    async fn context_parameter_over_client_parameter_through_put_thing() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.stage("from-client");
        let client = crate::Client::new(builder.build());
        let result = client
            .put_thing()
            .set_stage(Some(String::from("from-input")))
            .send()
            .await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://from-input.stage.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://from-input.stage.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://from-input.stage.us-east-1.example.com"
        );
    }

    /// Static context parameter over context parameter (through `DeleteThing`)
    #[tokio::test]
    async fn static_context_parameter_over_context_parameter_through_delete_thing() {
        use crate::config::EndpointSettings as _;
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let builder = builder.stage("from-client");
        let client = crate::Client::new(builder.build());
        let result = client
            .delete_thing()
            .set_bucket(Some(String::from("b1")))
            .set_stage(Some(String::from("from-input")))
            .send()
            .await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://pinned.stage.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://pinned.stage.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://pinned.stage.us-east-1.example.com"
        );
    }

    /// Operation context parameter: a field path (through `PutThing`)
    #[tokio::test]
    async fn operation_context_parameter_a_field_path_through_put_thing() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client
            .put_thing()
            .set_nested(
                Some(
                    crate::types::Nested::builder()
                        .set_name(Some(String::from("inner")))
                        .build(),
                ),
            )
            .send()
            .await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://inner.single.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://inner.single.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://inner.single.us-east-1.example.com"
        );
    }

    /// Operation context parameter: keys (through `PutThing`)
    #[tokio::test]
    async fn operation_context_parameter_keys_through_put_thing() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client
            .put_thing()
            .set_tags(
                Some(
                    [(String::from("team"), String::from("blue"))].into_iter().collect(),
                ),
            )
            .send()
            .await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://team.tag.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://team.tag.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://team.tag.us-east-1.example.com"
        );
    }

    /// Operation context parameter: a projection (through `PutThing`)
    #[tokio::test]
    async fn operation_context_parameter_a_projection_through_put_thing() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client
            .put_thing()
            .set_items(
                Some(
                    vec![
                        crate ::types::Item::builder().set_name(Some(String::from("a")))
                        .build(), crate ::types::Item::builder()
                        .set_name(Some(String::from("b"))).build()
                    ],
                ),
            )
            .send()
            .await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://a-b.names.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://a-b.names.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}", "https://a-b.names.us-east-1.example.com"
        );
    }

    /// Operation context parameter: a multi-select list (through `TagThings`)
    #[tokio::test]
    async fn operation_context_parameter_a_multi_select_list_through_tag_things() {
        let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
        let builder = crate::Config::builder()
            .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
            .retry_config(::smithy_runtime::RetryConfig::disabled())
            .transport(transport.clone());
        let builder = builder.region("us-east-1");
        let client = crate::Client::new(builder.build());
        let result = client
            .tag_things()
            .set_items(
                Some(
                    vec![
                        crate ::types::Item::builder().set_name(Some(String::from("a")))
                        .set_alias(Some(String::from("x"))).build(), crate
                        ::types::Item::builder().set_name(Some(String::from("b")))
                        .build()
                    ],
                ),
            )
            .send()
            .await;
        let requests = transport.requests();
        assert_eq!(requests.len(), 1, "one request sent: {result:?}");
        let uri = &requests[0].uri;
        let rest = uri
            .strip_prefix("https://a-x-b.aliases.us-east-1.example.com")
            .unwrap_or_else(|| {
                panic!(
                    "{uri} is not at the endpoint {}",
                    "https://a-x-b.aliases.us-east-1.example.com"
                )
            });
        assert!(
            rest.is_empty() || rest.starts_with(['/', '?']),
            "{uri} is not at the endpoint {}",
            "https://a-x-b.aliases.us-east-1.example.com"
        );
    }
}

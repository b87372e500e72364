// Code generated from `tests/fixtures/endpoint_params.json` by `cargo xtask codegen`. DO NOT EDIT.

//! How a [`Client`](crate::Client) of EndpointService reaches the service: region, credentials or device certificate, endpoint, retries, timeouts, response body limits and HTTP transport.
pub use ::smithy_runtime::credentials::{Credentials, ProvideCredentials};
pub use ::smithy_runtime::{ClientConfig as Config, ClientConfigBuilder as Builder};
pub use ::smithy_runtime::{BodyLimits, DeviceCertificate, RetryConfig, TimeoutConfig};

/// Typed setters for the service's endpoint settings (parameters of its
/// endpoint rules that the client sets, such as `ForcePathStyle`), on the
/// configuration [`Builder`]. Bring the trait into scope to call them:
/// `use crate_name::config::EndpointSettings as _;`. A value an operation
/// binds from its input or statically takes precedence over a setting.
pub trait EndpointSettings: Sized {
    /// The global STS-style endpoint.
    ///
    /// The `UseGlobalEndpoint` parameter of the service's endpoint rules.
    #[must_use]
    fn use_global_endpoint(self, value: bool) -> Self;
    /// Transfer acceleration.
    ///
    /// The `Accelerate` parameter of the service's endpoint rules.
    #[must_use]
    fn accelerate(self, value: bool) -> Self;
    /// No multi-region access points.
    ///
    /// The `DisableMultiRegionAccessPoints` parameter of the service's endpoint rules.
    #[must_use]
    fn disable_multi_region_access_points(self, value: bool) -> Self;
    /// Address things by path.
    ///
    /// The `ForcePathStyle` parameter of the service's endpoint rules.
    #[must_use]
    fn force_path_style(self, value: bool) -> Self;
    /// The region of an ARN.
    ///
    /// The `UseArnRegion` parameter of the service's endpoint rules.
    #[must_use]
    fn use_arn_region(self, value: bool) -> Self;
    /// The global S3-style endpoint.
    ///
    /// The `UseS3GlobalEndpoint` parameter of the service's endpoint rules.
    #[must_use]
    fn use_s3_global_endpoint(self, value: bool) -> Self;
    /// The region of an S3 Control ARN.
    ///
    /// The `UseControlArnRegion` parameter of the service's endpoint rules.
    #[must_use]
    fn use_control_arn_region(self, value: bool) -> Self;
    /// The deployment stage to call.
    ///
    /// The `Stage` parameter of the service's endpoint rules.
    #[must_use]
    fn stage(self, value: impl Into<String>) -> Self;
}

impl EndpointSettings for Builder {
    fn use_global_endpoint(self, value: bool) -> Self {
        self.endpoint_setting("UseGlobalEndpoint", value)
    }

    fn accelerate(self, value: bool) -> Self {
        self.endpoint_setting("Accelerate", value)
    }

    fn disable_multi_region_access_points(self, value: bool) -> Self {
        self.endpoint_setting("DisableMultiRegionAccessPoints", value)
    }

    fn force_path_style(self, value: bool) -> Self {
        self.endpoint_setting("ForcePathStyle", value)
    }

    fn use_arn_region(self, value: bool) -> Self {
        self.endpoint_setting("UseArnRegion", value)
    }

    fn use_s3_global_endpoint(self, value: bool) -> Self {
        self.endpoint_setting("UseS3GlobalEndpoint", value)
    }

    fn use_control_arn_region(self, value: bool) -> Self {
        self.endpoint_setting("UseControlArnRegion", value)
    }

    fn stage(self, value: impl Into<String>) -> Self {
        self.endpoint_setting("Stage", value.into())
    }
}

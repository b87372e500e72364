// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

//! Client configuration.
/// How a [`Client`](crate::Client) of AWS IoT Jobs Data Plane reaches the service.
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
    pub fn region(
        mut self,
        region: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.config.region = ::std::option::Option::Some(region.into());
        self
    }

    /// Sets a URL that replaces the resolved endpoint.
    pub fn endpoint_url(
        mut self,
        url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.config.endpoint_url = ::std::option::Option::Some(url.into());
        self
    }

    /// Builds the configuration.
    pub fn build(self) -> Config {
        self.config
    }
}

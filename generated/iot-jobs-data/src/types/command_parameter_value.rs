// Code generated from `model/iot-jobs-data.json` by `cargo xtask codegen`. DO NOT EDIT.

/// Value of one command parameter, given in one of several typed fields.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct CommandParameterValue {
    /// A string value, e.g. `"S": "Hello"`.
    #[serde(rename = "S", skip_serializing_if = "Option::is_none")]
    pub s: Option<String>,
    /// A boolean value, e.g. `"B": true`.
    #[serde(rename = "B", skip_serializing_if = "Option::is_none")]
    pub b: Option<bool>,
    /// A 32-bit signed integer value.
    #[serde(rename = "I", skip_serializing_if = "Option::is_none")]
    pub i: Option<i32>,
    /// A 64-bit signed integer value.
    #[serde(rename = "L", skip_serializing_if = "Option::is_none")]
    pub l: Option<i64>,
    /// A 64-bit floating point value.
    #[serde(
        rename = "D",
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde::float::f64::option"
    )]
    pub d: Option<f64>,
    /// A binary value.
    #[serde(rename = "BIN", skip_serializing_if = "Option::is_none")]
    pub bin: Option<::smithy_runtime::Blob>,
    /// An unsigned 64-bit integer, written as a string of decimal digits.
    #[serde(rename = "UL", skip_serializing_if = "Option::is_none")]
    pub ul: Option<String>,
}

impl CommandParameterValue {
    /// A builder for [`CommandParameterValue`].
    pub fn builder() -> CommandParameterValueBuilder {
        CommandParameterValueBuilder::default()
    }
}

/// A builder for [`CommandParameterValue`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CommandParameterValueBuilder {
    s: Option<String>,
    b: Option<bool>,
    i: Option<i32>,
    l: Option<i64>,
    d: Option<f64>,
    bin: Option<::smithy_runtime::Blob>,
    ul: Option<String>,
}

impl CommandParameterValueBuilder {
    /// Sets `S`.
    pub fn s(mut self, input: impl Into<String>) -> Self {
        self.s = Some(input.into());
        self
    }

    /// Sets or clears `S`.
    pub fn set_s(mut self, input: Option<String>) -> Self {
        self.s = input;
        self
    }

    /// The value of `S` set so far.
    pub fn get_s(&self) -> &Option<String> {
        &self.s
    }

    /// Sets `B`.
    pub fn b(mut self, input: impl Into<bool>) -> Self {
        self.b = Some(input.into());
        self
    }

    /// Sets or clears `B`.
    pub fn set_b(mut self, input: Option<bool>) -> Self {
        self.b = input;
        self
    }

    /// The value of `B` set so far.
    pub fn get_b(&self) -> &Option<bool> {
        &self.b
    }

    /// Sets `I`.
    pub fn i(mut self, input: impl Into<i32>) -> Self {
        self.i = Some(input.into());
        self
    }

    /// Sets or clears `I`.
    pub fn set_i(mut self, input: Option<i32>) -> Self {
        self.i = input;
        self
    }

    /// The value of `I` set so far.
    pub fn get_i(&self) -> &Option<i32> {
        &self.i
    }

    /// Sets `L`.
    pub fn l(mut self, input: impl Into<i64>) -> Self {
        self.l = Some(input.into());
        self
    }

    /// Sets or clears `L`.
    pub fn set_l(mut self, input: Option<i64>) -> Self {
        self.l = input;
        self
    }

    /// The value of `L` set so far.
    pub fn get_l(&self) -> &Option<i64> {
        &self.l
    }

    /// Sets `D`.
    pub fn d(mut self, input: impl Into<f64>) -> Self {
        self.d = Some(input.into());
        self
    }

    /// Sets or clears `D`.
    pub fn set_d(mut self, input: Option<f64>) -> Self {
        self.d = input;
        self
    }

    /// The value of `D` set so far.
    pub fn get_d(&self) -> &Option<f64> {
        &self.d
    }

    /// Sets `BIN`.
    pub fn bin(mut self, input: impl Into<::smithy_runtime::Blob>) -> Self {
        self.bin = Some(input.into());
        self
    }

    /// Sets or clears `BIN`.
    pub fn set_bin(mut self, input: Option<::smithy_runtime::Blob>) -> Self {
        self.bin = input;
        self
    }

    /// The value of `BIN` set so far.
    pub fn get_bin(&self) -> &Option<::smithy_runtime::Blob> {
        &self.bin
    }

    /// Sets `UL`.
    pub fn ul(mut self, input: impl Into<String>) -> Self {
        self.ul = Some(input.into());
        self
    }

    /// Sets or clears `UL`.
    pub fn set_ul(mut self, input: Option<String>) -> Self {
        self.ul = input;
        self
    }

    /// The value of `UL` set so far.
    pub fn get_ul(&self) -> &Option<String> {
        &self.ul
    }

    /// Builds the [`CommandParameterValue`].
    pub fn build(self) -> CommandParameterValue {
        CommandParameterValue {
            s: self.s,
            b: self.b,
            i: self.i,
            l: self.l,
            d: self.d,
            bin: self.bin,
            ul: self.ul,
        }
    }
}

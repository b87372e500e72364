//! The traits the generator understands, parsed once into typed values.
//!
//! Every trait is also kept as JSON in [`Traits::all`], so traits the generator
//! does not know are never dropped.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

/// `smithy.api#http`
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct HttpTrait {
    /// The HTTP method.
    pub method: String,
    /// The URI pattern, with `{label}` and `{greedy+}` labels and an optional query.
    pub uri: String,
    /// The success status code.
    #[serde(default = "default_http_code")]
    pub code: u16,
}

fn default_http_code() -> u16 {
    200
}

/// Who is at fault for an error: `smithy.api#error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ErrorFault {
    /// The caller sent something wrong.
    Client,
    /// The service failed.
    Server,
}

/// `smithy.api#retryable`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
pub struct Retryable {
    /// Whether the error means the caller is being throttled.
    #[serde(default)]
    pub throttling: bool,
}

/// `smithy.api#paginated`
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paginated {
    /// The input member that carries the continuation token.
    pub input_token: Option<String>,
    /// The output member (path) that carries the next token.
    pub output_token: Option<String>,
    /// The output member (path) holding the page's items.
    pub items: Option<String>,
    /// The input member that sets the page size.
    pub page_size: Option<String>,
}

impl Paginated {
    /// This trait with the unset fields taken from `defaults` (the service's trait).
    pub fn merged_with(&self, defaults: &Paginated) -> Paginated {
        Paginated {
            input_token: self.input_token.clone().or_else(|| defaults.input_token.clone()),
            output_token: self.output_token.clone().or_else(|| defaults.output_token.clone()),
            items: self.items.clone().or_else(|| defaults.items.clone()),
            page_size: self.page_size.clone().or_else(|| defaults.page_size.clone()),
        }
    }
}

/// `smithy.api#timestampFormat`
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum TimestampFormat {
    /// RFC 3339 `date-time`.
    #[serde(rename = "date-time")]
    DateTime,
    /// RFC 7231 `http-date`.
    #[serde(rename = "http-date")]
    HttpDate,
    /// Seconds since the Unix epoch.
    #[serde(rename = "epoch-seconds")]
    EpochSeconds,
}

/// Where an input or output member is bound in an HTTP message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpBinding {
    /// `@httpLabel`: a URI path segment.
    Label,
    /// `@httpQuery("name")`.
    Query(String),
    /// `@httpQueryParams`: a map spread into the query string.
    QueryParams,
    /// `@httpHeader("name")`.
    Header(String),
    /// `@httpPrefixHeaders("prefix")`.
    PrefixHeaders(String),
    /// `@httpPayload`: the whole body.
    Payload,
    /// `@httpResponseCode`.
    ResponseCode,
}

/// The traits of a shape or member.
#[derive(Debug, Clone, Default)]
pub struct Traits {
    /// Every trait as written, known or not, by absolute trait id.
    pub all: BTreeMap<String, Value>,
    /// `smithy.api#documentation`
    pub documentation: Option<String>,
    /// `smithy.api#required`
    pub required: bool,
    /// `smithy.api#clientOptional`
    pub client_optional: bool,
    /// `smithy.api#default` (`Some(Value::Null)` when explicitly null).
    pub default: Option<Value>,
    /// `smithy.api#http`
    pub http: Option<HttpTrait>,
    /// `smithy.api#error`
    pub error: Option<ErrorFault>,
    /// `smithy.api#httpError`
    pub http_error: Option<u16>,
    /// `smithy.api#retryable`
    pub retryable: Option<Retryable>,
    /// `smithy.api#jsonName`
    pub json_name: Option<String>,
    /// `smithy.api#timestampFormat`
    pub timestamp_format: Option<TimestampFormat>,
    /// The HTTP binding traits on a member.
    pub http_binding: Option<HttpBinding>,
    /// `smithy.api#idempotencyToken`
    pub idempotency_token: bool,
    /// `smithy.api#sensitive`
    pub sensitive: bool,
    /// `smithy.api#streaming`
    pub streaming: bool,
    /// `smithy.api#sparse`
    pub sparse: bool,
    /// `smithy.api#input`
    pub input: bool,
    /// `smithy.api#output`
    pub output: bool,
    /// `smithy.api#mixin`
    pub mixin: bool,
    /// `smithy.api#enumValue` on an enum or intEnum member.
    pub enum_value: Option<Value>,
    /// `smithy.api#enum`, the Smithy 1.0 form of enums: `(value, name, documentation)`.
    pub legacy_enum: Option<Vec<LegacyEnumValue>>,
    /// `smithy.api#paginated`
    pub paginated: Option<Paginated>,
    /// `smithy.api#deprecated`: the message, possibly empty.
    pub deprecated: Option<String>,
    /// `smithy.api#mediaType`
    pub media_type: Option<String>,
    /// `smithy.api#endpoint` host prefix.
    pub host_prefix: Option<String>,
    /// `smithy.api#hostLabel`
    pub host_label: bool,
}

/// One entry of the legacy `smithy.api#enum` trait.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct LegacyEnumValue {
    /// The wire value.
    pub value: String,
    /// The optional constant name.
    pub name: Option<String>,
    /// Documentation of the value.
    pub documentation: Option<String>,
}

impl Traits {
    /// Parses the known traits in `all`; each problem is reported as a message
    /// naming the trait, and the trait is then treated as absent.
    pub fn parse(all: BTreeMap<String, Value>) -> (Traits, Vec<String>) {
        let mut problems = Vec::new();
        let mut traits = Traits::default();
        for (name, value) in &all {
            if let Err(message) = traits.parse_one(name, value) {
                problems.push(format!("trait `{name}` has an invalid value {value}: {message}"));
            }
        }
        traits.all = all;
        (traits, problems)
    }

    /// Whether the trait with this absolute id is present.
    pub fn has(&self, id: &str) -> bool {
        self.all.contains_key(id)
    }

    /// The value of the trait with this absolute id.
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.all.get(id)
    }

    fn parse_one(&mut self, name: &str, value: &Value) -> Result<(), String> {
        let Some(local) = name.strip_prefix("smithy.api#") else {
            return Ok(());
        };
        match local {
            "documentation" => self.documentation = Some(string(value)?),
            "required" => self.required = annotation(value)?,
            "clientOptional" => self.client_optional = annotation(value)?,
            "default" => self.default = Some(value.clone()),
            "http" => self.http = Some(typed(value)?),
            "error" => self.error = Some(typed(value)?),
            "httpError" => self.http_error = Some(typed(value)?),
            "retryable" => self.retryable = Some(typed(value)?),
            "jsonName" => self.json_name = Some(string(value)?),
            "timestampFormat" => self.timestamp_format = Some(typed(value)?),
            "httpLabel" => self.bind(HttpBinding::Label, annotation(value)?)?,
            "httpQuery" => self.bind(HttpBinding::Query(string(value)?), true)?,
            "httpQueryParams" => self.bind(HttpBinding::QueryParams, annotation(value)?)?,
            "httpHeader" => self.bind(HttpBinding::Header(string(value)?), true)?,
            "httpPrefixHeaders" => self.bind(HttpBinding::PrefixHeaders(string(value)?), true)?,
            "httpPayload" => self.bind(HttpBinding::Payload, annotation(value)?)?,
            "httpResponseCode" => self.bind(HttpBinding::ResponseCode, annotation(value)?)?,
            "idempotencyToken" => self.idempotency_token = annotation(value)?,
            "sensitive" => self.sensitive = annotation(value)?,
            "streaming" => self.streaming = annotation(value)?,
            "sparse" => self.sparse = annotation(value)?,
            "input" => self.input = annotation(value)?,
            "output" => self.output = annotation(value)?,
            "mixin" => self.mixin = value.is_object().then_some(true).ok_or("expected an object")?,
            "enumValue" => match value {
                Value::String(_) | Value::Number(_) => self.enum_value = Some(value.clone()),
                _ => return Err("expected a string or an integer".into()),
            },
            "enum" => self.legacy_enum = Some(typed(value)?),
            "paginated" => self.paginated = Some(typed(value)?),
            "deprecated" => {
                let message = value.get("message").and_then(Value::as_str).unwrap_or_default();
                self.deprecated = Some(message.to_owned());
            }
            "mediaType" => self.media_type = Some(string(value)?),
            "endpoint" => {
                let prefix = value.get("hostPrefix").and_then(Value::as_str);
                self.host_prefix = Some(prefix.ok_or("expected `hostPrefix`")?.to_owned());
            }
            "hostLabel" => self.host_label = annotation(value)?,
            _ => {}
        }
        Ok(())
    }

    fn bind(&mut self, binding: HttpBinding, present: bool) -> Result<(), String> {
        if !present {
            return Ok(());
        }
        if let Some(previous) = &self.http_binding {
            return Err(format!("member is already bound by {previous:?}"));
        }
        self.http_binding = Some(binding);
        Ok(())
    }
}

fn typed<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, String> {
    T::deserialize(value).map_err(|e| e.to_string())
}

fn string(value: &Value) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| "expected a string".to_owned())
}

/// Annotation traits are written `{}`; `true` is accepted as Smithy 1.0 did.
fn annotation(value: &Value) -> Result<bool, String> {
    match value {
        Value::Object(_) | Value::Bool(true) => Ok(true),
        _ => Err("expected an empty object".into()),
    }
}

//! Which auth schemes each operation accepts, in order of preference.
//!
//! The service's schemes are its auth traits the generator implements
//! (`aws.auth#sigv4`, `smithy.api#httpBearerAuth`, `smithy.api#httpApiKeyAuth`),
//! ordered by the service's `@auth` trait, else by shape id as Smithy's
//! effective-auth rules order them. An operation's `@auth` picks and orders a
//! subset of them (`[]` means anonymous); `@optionalAuth` adds anonymous as the
//! last resort, so the client signs when an identity exists and sends
//! anonymously otherwise. Schemes the feature gate refused (and
//! `--allow-unsupported` let through) are left out.

use serde_json::Value;

use crate::error::Error;
use crate::model::Shape;

/// `smithy.api#noAuth`: anonymous, when listed in `@auth`.
const NO_AUTH: &str = "smithy.api#noAuth";

/// One auth scheme of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthScheme {
    /// SigV4 with the service's signing name.
    SigV4 {
        /// `aws.auth#sigv4` `name`.
        signing_name: String,
    },
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// An API key in a header or query parameter.
    ApiKey {
        /// The header or query parameter name.
        name: String,
        /// Whether it goes in the query string (else a header).
        in_query: bool,
        /// The scheme written before the key in the header.
        scheme: Option<String>,
    },
    /// No authentication.
    Anonymous,
}

/// The scheme of an implemented auth trait, or `None` for other traits.
fn scheme_of(trait_id: &str, value: &Value, service: &Shape) -> Option<Result<AuthScheme, Error>> {
    let invalid = |message: &str| Error::shape(&service.id, format!("trait `{trait_id}`: {message}"));
    Some(match trait_id {
        "aws.auth#sigv4" => match value.get("name").and_then(Value::as_str) {
            Some(name) => Ok(AuthScheme::SigV4 {
                signing_name: name.to_owned(),
            }),
            None => Err(invalid("expected a `name` (the signing name)")),
        },
        "smithy.api#httpBearerAuth" => Ok(AuthScheme::Bearer),
        "smithy.api#httpApiKeyAuth" => {
            let name = value.get("name").and_then(Value::as_str);
            let location = value.get("in").and_then(Value::as_str);
            let scheme = value.get("scheme").and_then(Value::as_str).map(str::to_owned);
            match (name, location) {
                (Some(name), Some(location @ ("header" | "query"))) => Ok(AuthScheme::ApiKey {
                    name: name.to_owned(),
                    in_query: location == "query",
                    scheme,
                }),
                _ => Err(invalid("expected a `name` and `in` (`header` or `query`)")),
            }
        }
        _ => return None,
    })
}

/// The service's implemented schemes: every one by trait id (what an
/// operation's `@auth` may pick from), and the default list in order (those its
/// `@auth` lists, in that order; else all of them, by shape id).
pub(super) fn service_schemes(service: &Shape) -> Result<ServiceSchemes, Error> {
    let mut all = Vec::new();
    for (id, value) in &service.traits.all {
        if let Some(scheme) = scheme_of(id, value, service) {
            all.push((id.clone(), scheme?));
        }
    }
    let default = match auth_list(service) {
        None => all.iter().map(|(_, s)| s.clone()).collect(),
        Some(order) => pick(service, &order?, service, &all)?,
    };
    Ok(ServiceSchemes { all, default })
}

/// The auth schemes of a service, see [`service_schemes`].
#[derive(Debug, Clone, Default)]
pub(super) struct ServiceSchemes {
    all: Vec<(String, AuthScheme)>,
    default: Vec<AuthScheme>,
}

/// The schemes an `@auth` list names, in its order.
fn pick(
    shape: &Shape,
    ids: &[String],
    service: &Shape,
    all: &[(String, AuthScheme)],
) -> Result<Vec<AuthScheme>, Error> {
    let mut picked = Vec::new();
    for id in ids {
        if id == NO_AUTH {
            picked.push(AuthScheme::Anonymous);
        } else if let Some((_, scheme)) = all.iter().find(|(s, _)| s == id) {
            picked.push(scheme.clone());
        } else if !service.traits.has(id) {
            return Err(Error::shape(
                &shape.id,
                format!("`@auth` lists `{id}`, which the service does not offer"),
            ));
        }
        // Else a scheme the feature gate refused and the user allowed: left out.
    }
    Ok(picked)
}

/// The schemes an operation accepts, in order.
pub(super) fn operation_schemes(
    operation: &Shape,
    service: &Shape,
    schemes: &ServiceSchemes,
) -> Result<Vec<AuthScheme>, Error> {
    let mut picked = match auth_list(operation) {
        None => schemes.default.clone(),
        Some(ids) => pick(operation, &ids?, service, &schemes.all)?,
    };
    let optional = operation.traits.has("smithy.api#optionalAuth");
    if picked.is_empty() || (optional && !picked.contains(&AuthScheme::Anonymous)) {
        picked.push(AuthScheme::Anonymous);
    }
    Ok(picked)
}

/// The shape ids listed by a shape's `@auth` trait.
fn auth_list(shape: &Shape) -> Option<Result<Vec<String>, Error>> {
    let value = shape.traits.get("smithy.api#auth")?;
    let ids = value.as_array().and_then(|items| {
        items
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
    });
    Some(ids.ok_or_else(|| Error::shape(&shape.id, "`@auth` must be a list of auth trait ids")))
}

//! The feature gate: every trait, auth scheme, protocol and shape feature of the
//! service is either implemented or refused, so that "it generated" means "it is
//! right".
//!
//! [`TRAITS`] lists every trait the generator knows, by shape id, as
//! [`Support::Implemented`], [`Support::Ignored`] (with the reason ignoring it is
//! harmless), [`Support::Refused`] (with what is missing), or
//! [`Support::Feature`] (part of a feature checked as a whole, such as event
//! streams). Whole namespaces of metadata are ignored by [`IGNORED_NAMESPACES`].
//!
//! A trait the table does not list is refused when its namespace is reserved
//! for Smithy or AWS (`smithy.*`, `aws.*`): it may change the wire format or the
//! client's behaviour in a way the generator does not know. A trait in any other
//! namespace is the model author's own: Smithy lets tools ignore traits they do
//! not know, and such a trait has no meaning the generator could implement, so
//! it is kept in the model and ignored.
//!
//! Every problem is reported at once, each naming the shape and the feature.
//! `--allow-unsupported FEATURE` (a trait id, or a feature name printed in the
//! refusal) turns the matching refusals into [`Gap`]s: the crate is generated,
//! and the gap is written on the affected items' documentation.

use std::collections::{BTreeMap, BTreeSet};

use super::Protocol;
use crate::error::{Error, Errors};
use crate::model::{Model, Shape, ShapeId, ShapeKind, Simple};

/// How the generator treats one trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Support {
    /// The generated client honours it.
    Implemented,
    /// It has no effect a client must honour; the reason says why.
    Ignored(&'static str),
    /// Not implemented: the model is refused unless allowed; the text says what
    /// the client would get wrong.
    Refused(&'static str),
    /// Part of the named feature, which is checked as a whole (see [`FEATURES`]).
    Feature(&'static str),
    /// A protocol: the client speaks those of [`super::Protocol::ALL`].
    Protocol,
    /// An auth scheme the generated client implements.
    AuthScheme,
}

/// Traits the generator knows, by shape id.
pub const TRAITS: &[(&str, Support)] = &[
    // Documentation and metadata.
    ("smithy.api#documentation", Support::Implemented),
    ("smithy.api#title", Support::Implemented),
    ("smithy.api#deprecated", Support::Implemented),
    (
        "smithy.api#examples",
        Support::Ignored("example calls, documentation only"),
    ),
    (
        "smithy.api#externalDocumentation",
        Support::Ignored("links to outside documentation, not emitted"),
    ),
    ("smithy.api#tags", Support::Ignored("tooling metadata")),
    ("smithy.api#since", Support::Ignored("version metadata")),
    ("smithy.api#unstable", Support::Ignored("stability metadata")),
    ("smithy.api#internal", Support::Ignored("tooling metadata")),
    ("smithy.api#recommended", Support::Ignored("validation metadata")),
    ("smithy.api#suppress", Support::Ignored("validator settings")),
    (
        "smithy.api#private",
        Support::Ignored("model visibility, not client behaviour"),
    ),
    ("smithy.api#trait", Support::Ignored("defines a trait")),
    ("smithy.api#traitValidators", Support::Ignored("validator settings")),
    (
        "smithy.api#protocolDefinition",
        Support::Ignored("defines a protocol trait"),
    ),
    ("smithy.api#authDefinition", Support::Ignored("defines an auth trait")),
    (
        "smithy.api#idRef",
        Support::Ignored("validation of shape ids in trait values"),
    ),
    ("smithy.api#mixin", Support::Implemented),
    (
        "smithy.api#cors",
        Support::Ignored("browser CORS settings of the service, not read by a client"),
    ),
    (
        "smithy.api#references",
        Support::Ignored("resource relationships, documentation only"),
    ),
    ("smithy.api#resourceIdentifier", Support::Ignored("resource metadata")),
    ("smithy.api#noReplace", Support::Ignored("resource metadata")),
    ("smithy.api#notProperty", Support::Ignored("resource metadata")),
    ("smithy.api#property", Support::Ignored("resource metadata")),
    ("smithy.api#nestedProperties", Support::Ignored("resource metadata")),
    (
        "smithy.api#readonly",
        Support::Ignored("operation semantics; the retry policy does not depend on it"),
    ),
    (
        "smithy.api#idempotent",
        Support::Ignored("operation semantics; the retry policy does not depend on it"),
    ),
    // Constraints: Smithy clients do not validate them (the service does).
    (
        "smithy.api#length",
        Support::Ignored("a constraint the service validates"),
    ),
    (
        "smithy.api#range",
        Support::Ignored("a constraint the service validates"),
    ),
    (
        "smithy.api#pattern",
        Support::Ignored("a constraint the service validates"),
    ),
    (
        "smithy.api#uniqueItems",
        Support::Ignored("a constraint the service validates"),
    ),
    // Types and optionality.
    ("smithy.api#required", Support::Implemented),
    ("smithy.api#clientOptional", Support::Implemented),
    ("smithy.api#default", Support::Implemented),
    (
        "smithy.api#addedDefault",
        Support::Ignored("records that a default was added later; no effect on the wire"),
    ),
    (
        "smithy.api#box",
        Support::Ignored("Smithy 1.0 nullability; members are optional unless required or defaulted"),
    ),
    ("smithy.api#input", Support::Implemented),
    ("smithy.api#output", Support::Implemented),
    ("smithy.api#unitType", Support::Implemented),
    ("smithy.api#enum", Support::Implemented),
    ("smithy.api#enumValue", Support::Implemented),
    ("smithy.api#sparse", Support::Implemented),
    ("smithy.api#sensitive", Support::Implemented),
    ("smithy.api#error", Support::Implemented),
    ("smithy.api#retryable", Support::Implemented),
    ("smithy.api#paginated", Support::Implemented),
    ("smithy.api#idempotencyToken", Support::Implemented),
    ("smithy.api#timestampFormat", Support::Implemented),
    ("smithy.api#jsonName", Support::Implemented),
    ("smithy.api#mediaType", Support::Implemented),
    // HTTP bindings.
    ("smithy.api#http", Support::Implemented),
    ("smithy.api#httpError", Support::Implemented),
    ("smithy.api#httpLabel", Support::Implemented),
    ("smithy.api#httpQuery", Support::Implemented),
    ("smithy.api#httpQueryParams", Support::Implemented),
    ("smithy.api#httpHeader", Support::Implemented),
    ("smithy.api#httpPrefixHeaders", Support::Implemented),
    ("smithy.api#httpPayload", Support::Implemented),
    ("smithy.api#httpResponseCode", Support::Implemented),
    ("smithy.api#httpChecksumRequired", Support::Implemented),
    ("smithy.api#requestCompression", Support::Implemented),
    ("smithy.api#requiresLength", Support::Implemented),
    ("smithy.api#endpoint", Support::Implemented),
    ("smithy.api#hostLabel", Support::Implemented),
    // Streaming: blobs are implemented, unions are event streams.
    ("smithy.api#streaming", Support::Implemented),
    ("smithy.api#eventHeader", Support::Feature(EVENT_STREAM)),
    ("smithy.api#eventPayload", Support::Feature(EVENT_STREAM)),
    // XML traits: the JSON protocols ignore them by definition; the query
    // protocols read and write `@xmlName`, `@xmlFlattened` and `@xmlAttribute` (plan::xml).
    (
        "smithy.api#xmlNamespace",
        Support::Ignored("XML namespaces are not checked when responses are read; the JSON protocols ignore it"),
    ),
    (
        "smithy.api#xmlName",
        Support::Ignored("XML protocols only; the JSON protocols ignore it"),
    ),
    (
        "smithy.api#xmlAttribute",
        Support::Ignored("XML protocols only; the JSON protocols ignore it"),
    ),
    (
        "smithy.api#xmlFlattened",
        Support::Ignored("XML protocols only; the JSON protocols ignore it"),
    ),
    // Auth.
    ("smithy.api#auth", Support::Implemented),
    ("smithy.api#optionalAuth", Support::Implemented),
    ("smithy.api#httpBearerAuth", Support::AuthScheme),
    ("smithy.api#httpApiKeyAuth", Support::AuthScheme),
    ("aws.auth#sigv4", Support::AuthScheme),
    ("aws.auth#unsignedPayload", Support::Implemented),
    (
        "smithy.api#httpBasicAuth",
        Support::Refused("HTTP Basic auth is not implemented: requests would go out without it"),
    ),
    (
        "smithy.api#httpDigestAuth",
        Support::Refused("HTTP Digest auth is not implemented: requests would go out without it"),
    ),
    (
        "aws.auth#sigv4a",
        Support::Refused("SigV4a (multi-region) signing is not implemented: requests would not be signed with it"),
    ),
    (
        "aws.auth#cognitoUserPools",
        Support::Refused("Cognito user pool auth is not implemented: requests would go out without it"),
    ),
    // Protocols.
    ("aws.protocols#restJson1", Support::Protocol),
    ("aws.protocols#awsJson1_0", Support::Protocol),
    ("aws.protocols#awsJson1_1", Support::Protocol),
    ("aws.protocols#restXml", Support::Protocol),
    ("aws.protocols#awsQuery", Support::Protocol),
    ("aws.protocols#ec2Query", Support::Protocol),
    ("smithy.protocols#rpcv2Cbor", Support::Protocol),
    (
        "aws.protocols#awsQueryError",
        Support::Ignored(
            "the error code awsQuery sends (awsQuery clients read it, plan::xml); the JSON protocols \
             read the error shape's name (an `@awsQueryCompatible` service's code comes from `x-amzn-query-error`)",
        ),
    ),
    (
        "aws.protocols#ec2QueryName",
        Support::Ignored(
            "the member name ec2Query sends (ec2Query clients write it, plan::xml); the other protocols ignore it",
        ),
    ),
    // Checked with the service's protocol: it applies to awsJson and rpcv2Cbor only.
    ("aws.protocols#awsQueryCompatible", Support::Protocol),
    (
        "aws.protocols#httpChecksum",
        Support::Refused("flexible request and response checksums are not computed or validated"),
    ),
    // AWS metadata.
    ("aws.api#service", Support::Implemented),
    ("aws.api#arn", Support::Ignored("ARN templates, documentation only")),
    (
        "aws.api#arnReference",
        Support::Ignored("ARN references, documentation only"),
    ),
    ("aws.api#dataPlane", Support::Ignored("plane classification metadata")),
    (
        "aws.api#controlPlane",
        Support::Ignored("plane classification metadata"),
    ),
    ("aws.api#data", Support::Ignored("data classification metadata")),
    ("aws.api#taggable", Support::Ignored("tagging metadata")),
    ("aws.api#tagEnabled", Support::Ignored("tagging metadata")),
    (
        "aws.api#clientEndpointDiscovery",
        Support::Refused("endpoint discovery is not implemented: calls would go to the default endpoint"),
    ),
    (
        "aws.api#clientDiscoveredEndpoint",
        Support::Refused("endpoint discovery is not implemented: calls would go to the default endpoint"),
    ),
    (
        "aws.api#clientEndpointDiscoveryId",
        Support::Refused("endpoint discovery is not implemented: calls would go to the default endpoint"),
    ),
    // Endpoint rules.
    ("smithy.rules#endpointRuleSet", Support::Implemented),
    ("smithy.rules#endpointTests", Support::Implemented),
    (
        "smithy.rules#endpointBdd",
        Support::Refused("endpoint rules as a decision diagram are not compiled; pass `smithy.rules#endpointRuleSet`"),
    ),
    ("smithy.rules#contextParam", Support::Implemented),
    ("smithy.rules#staticContextParams", Support::Implemented),
    ("smithy.rules#operationContextParams", Support::Implemented),
    ("smithy.rules#clientContextParams", Support::Implemented),
    // Waiters.
    ("smithy.waiters#waitable", Support::Implemented),
];

/// Namespaces of metadata a client never reads, ignored whole.
pub const IGNORED_NAMESPACES: &[(&str, &str)] = &[
    ("smithy.test", "protocol and smoke test cases, not client behaviour"),
    ("aws.iam", "IAM policy metadata"),
    ("aws.cloudformation", "CloudFormation resource metadata"),
    ("smithy.openapi", "OpenAPI conversion settings"),
];

/// Event streams: an operation member targeting a `@streaming` union.
pub const EVENT_STREAM: &str = "event-stream";
/// A protocol the generator does not implement, or none.
pub const PROTOCOL: &str = "protocol";
/// A shape type rpcv2Cbor cannot carry (documents, big numbers): always refused.
pub const CBOR_TYPE: &str = "rpcv2Cbor-type";
/// `aws.protocols#awsQueryCompatible`: awsQuery error codes from an awsJson or rpcv2Cbor service.
pub const QUERY_COMPATIBLE: &str = "aws.protocols#awsQueryCompatible";

/// The features checked as a whole (not one trait), as `--allow-unsupported`
/// names them. A foreign protocol is not among them: no client of it could be
/// generated at all, so it is always refused.
pub const FEATURES: &[(&str, &str)] = &[(
    EVENT_STREAM,
    "event streams are not implemented: the operation is generated, but its `send` fails before sending",
)];

/// A refused feature that `--allow-unsupported` let through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// The shape (or `shape$member`) that uses it.
    pub shape: String,
    /// The shape id of the shape itself (without the member), for placing the note.
    pub owner: ShapeId,
    /// The feature as `--allow-unsupported` names it.
    pub feature: String,
    /// What the generated client does not do.
    pub message: String,
}

impl Gap {
    /// The note written on the affected item's documentation.
    pub fn note(&self) -> String {
        format!(
            "**Not supported** (`{}`, generated with `--allow-unsupported {}`): {}.",
            self.shape, self.feature, self.message
        )
    }
}

/// How a trait is supported, or `None` for a trait of the model author's own.
pub fn support(trait_id: &str) -> Option<Support> {
    if let Some((_, support)) = TRAITS.iter().find(|(id, _)| *id == trait_id) {
        return Some(*support);
    }
    let namespace = trait_id.split_once('#').map_or(trait_id, |(ns, _)| ns);
    if let Some((_, reason)) = IGNORED_NAMESPACES.iter().find(|(ns, _)| *ns == namespace) {
        return Some(Support::Ignored(reason));
    }
    let reserved = namespace == "smithy"
        || namespace.starts_with("smithy.")
        || namespace == "aws"
        || namespace.starts_with("aws.");
    reserved.then_some(Support::Refused(
        "the generator does not know this trait, so it cannot tell what the client would get wrong",
    ))
}

/// Checks every shape the service reaches. Refusals named in `allowed` become
/// gaps; every other refusal is an error. A name in `allowed` that is neither a
/// trait id nor a feature name is an error too (a typo would let nothing through).
pub fn check(
    model: &Model,
    service: &Shape,
    closure: &BTreeSet<ShapeId>,
    allowed: &BTreeSet<String>,
) -> Result<Vec<Gap>, Errors> {
    let mut gate = Gate {
        allowed,
        used: BTreeSet::new(),
        errors: Errors::default(),
        gaps: Vec::new(),
    };
    for name in allowed {
        let known = name.contains('#') || FEATURES.iter().any(|(f, _)| f == name);
        if !known {
            let features: Vec<&str> = FEATURES.iter().map(|(f, _)| *f).collect();
            gate.errors.push(Error::Model(format!(
                "--allow-unsupported `{name}`: not a trait id (`namespace#name`) or a feature ({})",
                features.join(", ")
            )));
        }
    }
    gate.protocol(service);
    if Protocol::of_service(service) == Some(Protocol::RpcV2Cbor) {
        gate.cbor_types(model, closure);
    }
    for id in closure {
        let Some(shape) = model.get(id) else { continue };
        gate.traits(id.as_str(), id, &shape.traits.all);
        for member in shape.kind.members() {
            gate.traits(&id.member(&member.name), id, &member.traits.all);
        }
        if let ShapeKind::Operation(op) = &shape.kind {
            gate.event_streams(model, id, [&op.input, &op.output]);
        }
    }
    let Gate { errors, gaps, .. } = gate;
    errors.into_result(gaps)
}

struct Gate<'a> {
    allowed: &'a BTreeSet<String>,
    used: BTreeSet<(String, String)>,
    errors: Errors,
    gaps: Vec<Gap>,
}

impl Gate<'_> {
    /// Refuses `feature` on `shape`, or records it as a gap when allowed.
    fn refuse(&mut self, shape: &str, owner: &ShapeId, feature: &str, trait_id: Option<&str>, message: &str) {
        if !self.used.insert((shape.to_owned(), feature.to_owned())) {
            return;
        }
        let allowable = feature != PROTOCOL && feature != CBOR_TYPE;
        let allowed = self.allowed.contains(feature) || trait_id.is_some_and(|t| self.allowed.contains(t));
        if allowable && allowed {
            self.gaps.push(Gap {
                shape: shape.to_owned(),
                owner: owner.clone(),
                feature: feature.to_owned(),
                message: message.to_owned(),
            });
        } else {
            let what = match trait_id {
                Some(id) if id != feature => format!("trait `{id}` ({feature})"),
                Some(id) => format!("trait `{id}`"),
                None => format!("feature `{feature}`"),
            };
            let hint = if allowable {
                format!("; pass `--allow-unsupported {feature}` to generate anyway")
            } else {
                String::new()
            };
            self.errors
                .push(Error::shape(shape, format!("{what} is not supported: {message}{hint}")));
        }
    }

    fn traits(&mut self, shape: &str, owner: &ShapeId, traits: &BTreeMap<String, serde_json::Value>) {
        for trait_id in traits.keys() {
            match support(trait_id) {
                None | Some(Support::Implemented | Support::Ignored(_) | Support::AuthScheme) => {}
                // Checked where the feature is used, or with the service's protocol.
                Some(Support::Feature(_) | Support::Protocol) => {}
                Some(Support::Refused(message)) => self.refuse(shape, owner, trait_id, Some(trait_id), message),
            }
        }
    }

    /// The service must speak a protocol the generator implements (the first of
    /// [`Protocol::ALL`] it declares; other protocols it also offers are unused).
    /// `@awsQueryCompatible` is implemented for the awsJson protocols and rpcv2Cbor only.
    fn protocol(&mut self, service: &Shape) {
        if let Some(protocol) = Protocol::of_service(service) {
            let reads_query_codes = matches!(
                protocol,
                Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RpcV2Cbor
            );
            if service.traits.has(QUERY_COMPATIBLE) && !reads_query_codes {
                let message = format!(
                    "error codes in `x-amzn-query-error` are read for the awsJson protocols and rpcv2Cbor only, \
                     not `{}`: errors would carry other codes",
                    protocol.name()
                );
                self.refuse(
                    service.id.as_str(),
                    &service.id,
                    QUERY_COMPATIBLE,
                    Some(QUERY_COMPATIBLE),
                    &message,
                );
            }
            return;
        }
        let protocols: Vec<&str> = service
            .traits
            .all
            .keys()
            .filter(|k| support(k) == Some(Support::Protocol) && k.as_str() != QUERY_COMPATIBLE)
            .map(String::as_str)
            .collect();
        let found = if protocols.is_empty() {
            "declares none".to_owned()
        } else {
            format!("declares {}", protocols.join(", "))
        };
        let implemented: Vec<String> = Protocol::ALL.iter().map(|p| format!("`{}`", p.trait_id())).collect();
        let message = format!(
            "the generator speaks {} only; the service {found}",
            implemented.join(", ")
        );
        self.refuse(service.id.as_str(), &service.id, PROTOCOL, None, &message);
    }

    /// rpcv2Cbor has no document type, and its big numbers (CBOR tags 2, 3 and
    /// 4) are not implemented: a shape of either kind is refused by name.
    fn cbor_types(&mut self, model: &Model, closure: &BTreeSet<ShapeId>) {
        for id in closure {
            let Some(shape) = model.get(id) else { continue };
            let message = match &shape.kind {
                ShapeKind::Simple(Simple::Document) => "rpcv2Cbor does not support documents",
                ShapeKind::Simple(Simple::BigInteger | Simple::BigDecimal) => {
                    "rpcv2Cbor big numbers (CBOR tags 2, 3 and 4) are not implemented"
                }
                _ => continue,
            };
            self.refuse(id.as_str(), id, CBOR_TYPE, None, message);
        }
    }

    /// An input or output member targeting a `@streaming` union streams events.
    fn event_streams<'s>(&mut self, model: &Model, op: &ShapeId, structures: impl IntoIterator<Item = &'s ShapeId>) {
        for structure in structures {
            let Some(shape) = model.get(structure) else { continue };
            for member in shape.kind.members() {
                let target = model.get(&member.target);
                let streams = target.is_some_and(|t| t.traits.streaming && matches!(t.kind, ShapeKind::Union(_)));
                if streams {
                    let message = format!(
                        "member `{}` streams events, which are not implemented: the operation is generated, \
                         but its `send` fails before sending",
                        structure.member(&member.name)
                    );
                    self.refuse(op.as_str(), op, EVENT_STREAM, None, &message);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trait_is_listed_once() {
        let mut seen = BTreeSet::new();
        for (id, _) in TRAITS {
            assert!(seen.insert(*id), "{id} is listed twice");
        }
    }

    #[test]
    fn reserved_namespaces_are_refused_and_custom_ones_ignored() {
        assert!(matches!(support("smithy.api#somethingNew"), Some(Support::Refused(_))));
        assert!(matches!(
            support("aws.customizations#s3UnwrappedXmlOutput"),
            Some(Support::Refused(_))
        ));
        assert!(matches!(
            support("smithy.rules#somethingNew"),
            Some(Support::Refused(_))
        ));
        assert!(matches!(
            support("smithy.waiters#somethingNew"),
            Some(Support::Refused(_))
        ));
        assert!(matches!(
            support("smithy.test#httpRequestTests"),
            Some(Support::Ignored(_))
        ));
        assert!(matches!(support("aws.iam#requiredActions"), Some(Support::Ignored(_))));
        assert_eq!(support("com.example#myTrait"), None);
        assert_eq!(support("smithyx.example#myTrait"), None);
    }
}

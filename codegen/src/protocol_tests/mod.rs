//! Rust tests from the Smithy protocol compliance test traits
//! (`smithy.test#httpRequestTests`, `smithy.test#httpResponseTests`) of a
//! planned service: the cases of the protocol its client speaks.
//!
//! One `#[test]` per case that applies to clients. The tests of an operation form
//! one module, meant to be placed inside that operation's module of the generated
//! crate (`crate::operation::<op>`), so they reach the operation's private `wire`
//! serializer and deserializer as `super::wire` without widening the crate's
//! public API. They call helpers of a support crate (`support_path`, for example
//! `::protocol_tests`): `check_request` (given, for an XML body, where its map
//! entries are), `assert_same`, `expect_failure`.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use crate::emit::ident;
use crate::model::ShapeId;
use crate::plan::{naming, Item, ItemKind, OperationPlan, Plan, RustType};

mod xml_maps;

const REQUEST_TESTS: &str = "smithy.test#httpRequestTests";
const RESPONSE_TESTS: &str = "smithy.test#httpResponseTests";

/// Whether a case checks a request or a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseKind {
    /// `httpRequestTests`.
    Request,
    /// `httpResponseTests` of an operation or of an error.
    Response,
}

/// One generated test.
#[derive(Debug, Clone)]
pub struct Case {
    /// The case id, as in the model.
    pub id: String,
    /// The test function name.
    pub test_name: String,
    /// Request or response.
    pub kind: CaseKind,
    /// The operation module the test lives in (`crate::operation::<module>`).
    pub operation_module: String,
}

/// The tests of a service.
#[derive(Debug, Default)]
pub struct Tests {
    /// A module of tests per operation module name (only operations with cases).
    pub modules: BTreeMap<String, String>,
    /// Every case, in the order generated.
    pub cases: Vec<Case>,
}

/// Generates the tests of every client case of `plan`'s service.
/// `expected_failures` maps case ids to the reason they fail; their tests pass
/// only while the case still fails. `support_path` is the path of the support
/// crate (`::protocol_tests`).
pub fn generate(plan: &Plan<'_>, expected_failures: &BTreeMap<String, String>, support_path: &str) -> Tests {
    let support: TokenStream = support_path.parse().expect("a valid path");
    let mut tests = Tests::default();
    let mut errors_done = std::collections::BTreeSet::new();
    for op in &plan.operations {
        let module = naming::unraw(&op.method).to_owned();
        let shape = plan.model.shape(&op.shape);
        let mut requests = Vec::new();
        let mut responses = Vec::new();
        let protocol = plan.protocol.trait_id();
        for case in client_cases(shape.traits.get(REQUEST_TESTS), protocol) {
            let body = request_test(plan, op, case, &support);
            requests.push(test_fn(
                &mut tests,
                case,
                CaseKind::Request,
                &module,
                body,
                expected_failures,
                &support,
            ));
        }
        for case in client_cases(shape.traits.get(RESPONSE_TESTS), protocol) {
            let body = response_test(plan, op, None, case, &support);
            responses.push(test_fn(
                &mut tests,
                case,
                CaseKind::Response,
                &module,
                body,
                expected_failures,
                &support,
            ));
        }
        // An error's cases run once, against the first operation that returns it.
        for error in &op.errors {
            if !errors_done.insert(error.clone()) {
                continue;
            }
            let error_shape = plan.model.shape(error);
            for case in client_cases(error_shape.traits.get(RESPONSE_TESTS), protocol) {
                let body = response_test(plan, op, Some(error), case, &support);
                responses.push(test_fn(
                    &mut tests,
                    case,
                    CaseKind::Response,
                    &module,
                    body,
                    expected_failures,
                    &support,
                ));
            }
        }
        if requests.is_empty() && responses.is_empty() {
            continue;
        }
        // A request case and a response case may share an id: one module each.
        let tokens = quote! {
            /// The protocol compliance tests of this operation.
            #[allow(unused_imports, clippy::all)]
            mod protocol_tests {
                /// `httpRequestTests`: the request serializer.
                mod request {
                    #(#requests)*
                }
                /// `httpResponseTests`: the response deserializer.
                mod response {
                    #(#responses)*
                }
            }
        };
        let text = match syn::parse2::<syn::File>(tokens.clone()) {
            Ok(file) => prettyplease::unparse(&file),
            Err(e) => panic!("generator bug: the tests of `{}` are not valid Rust: {e}", op.name),
        };
        tests.modules.insert(module, text);
    }
    tests
}

/// The cases of a test trait that apply to clients of `protocol` (a trait id).
fn client_cases<'v>(value: Option<&'v Value>, protocol: &'v str) -> impl Iterator<Item = &'v Value> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(move |case| {
            case.get("protocol").and_then(Value::as_str) == Some(protocol)
                && matches!(case.get("appliesTo").and_then(Value::as_str), None | Some("client"))
        })
}

fn test_fn(
    tests: &mut Tests,
    case: &Value,
    kind: CaseKind,
    module: &str,
    body: Result<TokenStream, String>,
    expected_failures: &BTreeMap<String, String>,
    support: &TokenStream,
) -> TokenStream {
    let id = case.get("id").and_then(Value::as_str).unwrap_or("unnamed").to_owned();
    let test_name = naming::escape(&naming::snake_case(&id));
    let name = ident(&test_name);
    tests.cases.push(Case {
        id: id.clone(),
        test_name,
        kind,
        operation_module: module.to_owned(),
    });
    let doc = case
        .get("documentation")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_owned();
    let doc = format!(" `{id}`: {}", doc.replace('\n', " "));
    let body = match body {
        Ok(body) => body,
        Err(reason) => {
            let message = format!("the generator cannot express this case: {reason}");
            quote!(::std::panic!(#message);)
        }
    };
    // A list entry names the case, or `<id> (request)` / `<id> (response)` when
    // a request case and a response case share the id.
    let qualified = format!(
        "{id} ({})",
        if kind == CaseKind::Request {
            "request"
        } else {
            "response"
        }
    );
    let body = match expected_failures.get(&qualified).or_else(|| expected_failures.get(&id)) {
        Some(reason) => quote! {
            #support::expect_failure(#id, #reason, || { #body });
        },
        None => body,
    };
    quote! {
        #[doc = #doc]
        #[test]
        fn #name() {
            #body
        }
    }
}

fn str_list(case: &Value, key: &str) -> Vec<String> {
    case.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

fn str_map(case: &Value, key: &str) -> Vec<(String, String)> {
    case.get(key)
        .and_then(Value::as_object)
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

fn opt_str(case: &Value, key: &str) -> TokenStream {
    match case.get(key).and_then(Value::as_str) {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

fn request_test(
    plan: &Plan<'_>,
    op: &OperationPlan,
    case: &Value,
    support: &TokenStream,
) -> Result<TokenStream, String> {
    let params = case
        .get("params")
        .cloned()
        .unwrap_or_else(|| Value::Object(Default::default()));
    let input = struct_value(plan, &op.input, &params)?;
    let method = case.get("method").and_then(Value::as_str).unwrap_or("");
    let uri = case.get("uri").and_then(Value::as_str).unwrap_or("");
    let host = opt_str(case, "host");
    let resolved_host = opt_str(case, "resolvedHost");
    let query_params = str_list(case, "queryParams");
    let forbid_query_params = str_list(case, "forbidQueryParams");
    let require_query_params = str_list(case, "requireQueryParams");
    let headers = str_map(case, "headers").into_iter().map(|(k, v)| quote!((#k, #v)));
    let forbid_headers = str_list(case, "forbidHeaders");
    let require_headers = str_list(case, "requireHeaders");
    let body = opt_str(case, "body");
    let media_type = opt_str(case, "bodyMediaType");
    // Map entries compare whatever their order in XML bodies: where they are.
    let map_entries = match case.get("bodyMediaType").and_then(Value::as_str) {
        Some("application/xml") => xml_maps::request_map_entries(plan, op, &params),
        _ => Vec::new(),
    };
    // The tests expect this token wherever the client generates one.
    let token = "00000000-0000-4000-8000-000000000000";
    let request = match case.get("host").and_then(Value::as_str) {
        // A case that names the endpoint host checks where the request goes: it
        // is sent through the whole client (endpoint, host prefix, signing) to a
        // transport that records it.
        Some(host) => {
            let endpoint = format!("https://{host}");
            quote! {
                let transport = ::smithy_runtime::test_util::ScriptedTransport::new()
                    .with_response(::smithy_runtime::http::HttpResponse::new(200, &b"{}"[..]));
                let client = crate::Client::new(
                    crate::Config::builder()
                        .region("us-east-1")
                        .credentials(crate::config::Credentials::new("AKID", "SECRET", None))
                        .endpoint_url(#endpoint)
                        .transport(transport.clone())
                        .build(),
                );
                let result = ::smithy_runtime::protocol::wire::with_fixed_idempotency_token(#token, || {
                    #support::block_on(super::super::wire::send(&client, input))
                });
                let request = transport.requests().into_iter().next().unwrap_or_else(|| {
                    ::std::panic!("nothing was sent: {result:?}")
                });
            }
        }
        None => {
            // A `@streaming` payload is serialized beside the request: read it in.
            let buffer = op.input.has_byte_stream().then(|| {
                quote! {
                    let request = #support::block_on(request.into_buffered())
                        .unwrap_or_else(|e| ::std::panic!("the request body does not read: {e}"));
                }
            });
            quote! {
                let request = ::smithy_runtime::protocol::wire::with_fixed_idempotency_token(#token, || {
                    super::super::wire::serialize_request(input)
                })
                .unwrap_or_else(|e| ::std::panic!("the request does not serialize: {e}"));
                #buffer
            }
        }
    };
    Ok(quote! {
        let input = #input;
        #request
        #support::check_request(&request, &#support::RequestCase {
            method: #method,
            uri: #uri,
            host: #host,
            resolved_host: #resolved_host,
            query_params: &[#(#query_params),*],
            forbid_query_params: &[#(#forbid_query_params),*],
            require_query_params: &[#(#require_query_params),*],
            headers: &[#(#headers),*],
            forbid_headers: &[#(#forbid_headers),*],
            require_headers: &[#(#require_headers),*],
            body: #body,
            body_media_type: #media_type,
            xml_map_entries: &[#(#map_entries),*],
        });
    })
}

fn response_test(
    plan: &Plan<'_>,
    op: &OperationPlan,
    error: Option<&ShapeId>,
    case: &Value,
    support: &TokenStream,
) -> Result<TokenStream, String> {
    let params = case
        .get("params")
        .cloned()
        .unwrap_or_else(|| Value::Object(Default::default()));
    let code = case.get("code").and_then(Value::as_u64).unwrap_or(200) as u16;
    let body_text = case.get("body").and_then(Value::as_str).unwrap_or("");
    // A CBOR body is given in base64, decoded when the test runs.
    let cbor = case.get("bodyMediaType").and_then(Value::as_str) == Some("application/cbor");
    let body = if cbor {
        quote!(#support::decode_base64(#body_text)[..])
    } else {
        let body = Literal::byte_string(body_text.as_bytes());
        quote!(#body[..])
    };
    let headers = str_map(case, "headers")
        .into_iter()
        .map(|(k, v)| quote!(.with_header(#k, #v)));
    let nan_aware = contains_nan(&params);
    let streaming = op.output.has_byte_stream();
    let response_arg = if streaming {
        quote!(response.into())
    } else {
        quote!(&response)
    };
    let response = quote! {
        let response = ::smithy_runtime::http::HttpResponse::new(#code, ::std::vec::Vec::from(&#body)) #(#headers)*;
        let result = super::super::wire::deserialize_response(#response_arg);
    };
    match error {
        None => {
            let expected = struct_value(plan, &op.output, &params)?;
            let compare = if streaming {
                // A `@streaming` payload cannot be compared: read both bodies,
                // then compare the other members one by one.
                let checks = op.output.fields.iter().map(|field| {
                    let name = ident(&field.name);
                    match (&field.ty, field.optional) {
                        (RustType::ByteStream, false) => quote! {
                            let read = |stream: ::smithy_runtime::ByteStream| #support::block_on(stream.collect()).expect("the body reads");
                            ::std::assert_eq!(read(::std::mem::take(&mut actual.#name)), read(::std::mem::take(&mut expected.#name)));
                        },
                        (RustType::ByteStream, true) => quote! {
                            let read = |stream: ::std::option::Option<::smithy_runtime::ByteStream>| {
                                stream.map(|s| #support::block_on(s.collect()).expect("the body reads"))
                            };
                            ::std::assert_eq!(read(actual.#name.take()), read(expected.#name.take()));
                        },
                        _ => quote!(#support::assert_same(&actual.#name, &expected.#name, #nan_aware);),
                    }
                });
                quote!({
                    let (mut actual, mut expected) = (actual, expected);
                    #(#checks)*
                })
            } else {
                quote!(#support::assert_same(&actual, &expected, #nan_aware))
            };
            Ok(quote! {
                #response
                let expected = #expected;
                match result {
                    Ok(actual) => #compare,
                    Err(error) => ::std::panic!("expected the output, got the error {error:?}"),
                }
            })
        }
        Some(error) => {
            let item = plan.item(error).ok_or_else(|| format!("no item for error {error}"))?;
            let expected = struct_value(plan, item, &params)?;
            let error_enum = ident(&op.error_name);
            let variant = ident(&item.name);
            let label = item.name.clone();
            // `aws.protocoltests.config#ErrorCodeParams`: the code callers see.
            let code = case
                .get("vendorParams")
                .and_then(|v| v.get("code"))
                .and_then(Value::as_str)
                .map(|code| {
                    quote! {
                        ::std::assert_eq!(::smithy_runtime::error::ProvideErrorMetadata::code(&actual), Some(#code), "the error code");
                    }
                });
            Ok(quote! {
                #response
                let expected = #expected;
                match result {
                    Err(super::super::#error_enum::#variant(actual)) => {
                        #code
                        #support::assert_same(&actual, &expected, #nan_aware)
                    }
                    other => ::std::panic!("expected the error {}, got {other:?}", #label),
                }
            })
        }
    }
}

fn contains_nan(value: &Value) -> bool {
    match value {
        Value::String(s) => s == "NaN",
        Value::Array(a) => a.iter().any(contains_nan),
        Value::Object(o) => o.values().any(contains_nan),
        _ => false,
    }
}

/// A struct literal of `item` from the case's `params` (member names as keys),
/// the members left out taking their `Default`.
fn struct_value(plan: &Plan<'_>, item: &Item, params: &Value) -> Result<TokenStream, String> {
    let path: TokenStream = item.path().parse().map_err(|_| format!("bad path {}", item.path()))?;
    let Value::Object(params) = params else {
        return Err(format!("params of {} are not an object", item.shape));
    };
    let mut fields = Vec::new();
    for (key, value) in params {
        let field = item
            .fields
            .iter()
            .find(|f| &f.member.name == key)
            .ok_or_else(|| format!("{} has no member `{key}`", item.shape))?;
        let name = ident(&field.name);
        let expr = if value.is_null() {
            if field.optional {
                quote!(None)
            } else {
                return Err(format!("null for the non-optional member {}", item.shape.member(key)));
            }
        } else {
            let expr = rust_value(plan, &field.ty, value)?;
            if field.optional {
                quote!(Some(#expr))
            } else {
                expr
            }
        };
        fields.push(quote!(#name: #expr,));
    }
    Ok(quote!(#path { #(#fields)* ..::std::default::Default::default() }))
}

/// A Rust expression of type `ty` for a params value.
fn rust_value(plan: &Plan<'_>, ty: &RustType, value: &Value) -> Result<TokenStream, String> {
    let mismatch = || format!("the value {value} does not fit a {}", ty.display());
    Ok(match ty {
        RustType::Boxed(inner) => {
            let inner = rust_value(plan, inner, value)?;
            quote!(::std::boxed::Box::new(#inner))
        }
        RustType::Unit => quote!(()),
        RustType::Bool => {
            let b = value.as_bool().ok_or_else(mismatch)?;
            quote!(#b)
        }
        RustType::BigInteger | RustType::BigDecimal => {
            let Value::Number(n) = value else {
                return Err(mismatch());
            };
            let path = ty.tokens();
            let text = n.to_string();
            quote!(#path::from_json_number_text(#text).expect("a number of the test case"))
        }
        RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64 => {
            let n = value.as_i64().ok_or_else(mismatch)?;
            let lit = match ty {
                RustType::I8 => Literal::i8_suffixed(i8::try_from(n).map_err(|_| mismatch())?),
                RustType::I16 => Literal::i16_suffixed(i16::try_from(n).map_err(|_| mismatch())?),
                RustType::I32 => Literal::i32_suffixed(i32::try_from(n).map_err(|_| mismatch())?),
                _ => Literal::i64_suffixed(n),
            };
            quote!(#lit)
        }
        RustType::F32 | RustType::F64 => {
            let t = if *ty == RustType::F32 { quote!(f32) } else { quote!(f64) };
            match value {
                Value::String(s) if s == "NaN" => quote!(#t::NAN),
                Value::String(s) if s == "Infinity" => quote!(#t::INFINITY),
                Value::String(s) if s == "-Infinity" => quote!(#t::NEG_INFINITY),
                Value::Number(n) => {
                    let f = n.as_f64().ok_or_else(mismatch)?;
                    let lit = if *ty == RustType::F32 {
                        Literal::f32_suffixed(f as f32)
                    } else {
                        Literal::f64_suffixed(f)
                    };
                    quote!(#lit)
                }
                _ => return Err(mismatch()),
            }
        }
        RustType::String => {
            let s = value.as_str().ok_or_else(mismatch)?;
            quote!(::std::string::String::from(#s))
        }
        RustType::Blob => {
            let s = value.as_str().ok_or_else(mismatch)?;
            let bytes = Literal::byte_string(s.as_bytes());
            quote!(::smithy_runtime::Blob::new(&#bytes[..]))
        }
        RustType::ByteStream => {
            let s = value.as_str().ok_or_else(mismatch)?;
            let bytes = Literal::byte_string(s.as_bytes());
            quote!(::smithy_runtime::ByteStream::from_static(#bytes))
        }
        RustType::Timestamp => match value {
            Value::Number(n) => match n.as_i64() {
                Some(secs) => quote!(::smithy_runtime::DateTime::from_secs(#secs)),
                None => {
                    let secs = n.as_f64().ok_or_else(mismatch)?;
                    quote!(::smithy_runtime::DateTime::from_secs_f64(#secs))
                }
            },
            _ => return Err(mismatch()),
        },
        RustType::Document => {
            let text = value.to_string();
            quote!(::serde_json::from_str::<::smithy_runtime::Document>(#text).expect("a JSON document"))
        }
        RustType::List { item, sparse } => {
            let items = value.as_array().ok_or_else(mismatch)?;
            let items = items
                .iter()
                .map(|v| optional_value(plan, item, v, *sparse))
                .collect::<Result<Vec<_>, _>>()?;
            quote!(::std::vec::Vec::from([#(#items),*]))
        }
        RustType::Map {
            key,
            value: value_ty,
            sparse,
        } => {
            let entries = value.as_object().ok_or_else(mismatch)?;
            let entries = entries
                .iter()
                .map(|(k, v)| {
                    let k = rust_value(plan, key, &Value::String(k.clone()))?;
                    let v = optional_value(plan, value_ty, v, *sparse)?;
                    Ok(quote!((#k, #v)))
                })
                .collect::<Result<Vec<_>, String>>()?;
            let map_ty = ty.tokens();
            quote!(<#map_ty as ::std::iter::FromIterator<_>>::from_iter([#(#entries),*]))
        }
        RustType::Named { path, shape } => {
            let item = plan.item(shape).ok_or_else(|| format!("no item for {shape}"))?;
            let type_path: TokenStream = path.parse().map_err(|_| format!("bad path {path}"))?;
            match item.kind {
                ItemKind::Struct => struct_value(plan, item, value)?,
                ItemKind::Enum => {
                    let s = value.as_str().ok_or_else(mismatch)?;
                    quote!(#type_path::from(#s))
                }
                ItemKind::IntEnum => {
                    let n = value
                        .as_i64()
                        .and_then(|n| i32::try_from(n).ok())
                        .ok_or_else(mismatch)?;
                    quote!(#type_path::from(#n))
                }
                ItemKind::Union => {
                    let object = value.as_object().ok_or_else(mismatch)?;
                    let (key, member_value) = match (object.iter().next(), object.len()) {
                        (Some(entry), 1) => entry,
                        _ => return Err(format!("a union value must set one member: {value}")),
                    };
                    let field = item
                        .fields
                        .iter()
                        .find(|f| &f.member.name == key)
                        .ok_or_else(|| format!("{shape} has no member `{key}`"))?;
                    let variant = ident(&field.name);
                    if field.ty == RustType::Unit {
                        quote!(#type_path::#variant)
                    } else {
                        let inner = rust_value(plan, &field.ty, member_value)?;
                        quote!(#type_path::#variant(#inner))
                    }
                }
            }
        }
    })
}

fn optional_value(plan: &Plan<'_>, ty: &RustType, value: &Value, optional: bool) -> Result<TokenStream, String> {
    if !optional {
        return rust_value(plan, ty, value);
    }
    if value.is_null() {
        return Ok(quote!(None));
    }
    let inner = rust_value(plan, ty, value)?;
    Ok(quote!(Some(#inner)))
}

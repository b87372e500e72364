//! Tests from the `operationInputs` of `smithy.rules#endpointTests` cases: each
//! input becomes a test that configures a client with the case's built-ins and
//! client parameters, calls the operation with its input members through the
//! real call path (over a scripted transport), and checks the URL of the request
//! it sends, or the endpoint error and that nothing was sent.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use super::bindings::Setting;
use crate::emit::{ident, structure, values};
use crate::endpoint::params::Param;
use crate::error::{Error, Errors};
use crate::plan::{naming, ItemKind, Plan, RustType};
use crate::std_names::BOX;

/// The `#[cfg(test)] mod operation_tests` item, or nothing when no case has
/// `operationInputs`.
pub(super) fn tests(
    plan: &Plan<'_>,
    tests: &Value,
    params: &[Param],
    settings: &[Setting],
) -> Result<TokenStream, Errors> {
    let service = &plan.service.id;
    let cases = tests
        .get("testCases")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut fns = Vec::new();
    let mut errors = Errors::default();
    let mut names = std::collections::BTreeSet::new();
    for (index, case) in cases.iter().enumerate() {
        let Some(inputs) = case.get("operationInputs").and_then(Value::as_array) else {
            continue;
        };
        for (n, input) in inputs.iter().enumerate() {
            let at = format!("testCases[{index}].operationInputs[{n}]");
            match test_fn(plan, case, input, params, settings, index, &mut names) {
                Ok(test) => fns.push(test),
                Err(message) => errors.push(Error::shape(
                    service,
                    format!("`smithy.rules#endpointTests` {at}: {message}"),
                )),
            }
        }
    }
    if fns.is_empty() {
        return errors.into_result(quote!());
    }
    errors.into_result(quote! {
        /// The endpoint test cases with `operationInputs`, through the operations.
        #[cfg(test)]
        mod operation_tests {
            #(#fns)*
        }
    })
}

fn test_fn(
    plan: &Plan<'_>,
    case: &Value,
    input: &Value,
    params: &[Param],
    settings: &[Setting],
    index: usize,
    names: &mut std::collections::BTreeSet<String>,
) -> Result<TokenStream, String> {
    let op_name = input
        .get("operationName")
        .and_then(Value::as_str)
        .ok_or("an operation input without `operationName`")?;
    let op = plan
        .operations
        .iter()
        .find(|op| op.name == op_name)
        .ok_or_else(|| format!("no operation `{op_name}`"))?;
    let doc = case.get("documentation").and_then(Value::as_str).unwrap_or_default();
    let suffix = format!("_through_{}", naming::unraw(&op.method));
    let name = crate::endpoint::testgen::test_name(Some(doc), index, &suffix, names);
    let test_doc = crate::emit::docs::literal(&format!(" {doc} (through `{op_name}`)"));

    let mut config = Vec::new();
    let mut uses_settings = false;
    let mut credentials = quote!(crate::config::Credentials::new("AKID", "SECRET", None));
    for (built_in, value) in input
        .get("builtInParams")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let string = || {
            value
                .as_str()
                .ok_or_else(|| format!("built-in `{built_in}` is not a string"))
        };
        let boolean = || {
            value
                .as_bool()
                .ok_or_else(|| format!("built-in `{built_in}` is not a boolean"))
        };
        config.push(match built_in.as_str() {
            "AWS::Region" => {
                let v = string()?;
                quote!(let builder = builder.region(#v);)
            }
            "AWS::UseFIPS" => {
                let v = boolean()?;
                quote!(let builder = builder.use_fips(#v);)
            }
            "AWS::UseDualStack" => {
                let v = boolean()?;
                quote!(let builder = builder.use_dual_stack(#v);)
            }
            "SDK::Endpoint" => {
                let v = string()?;
                quote!(let builder = builder.endpoint_url(#v);)
            }
            "AWS::Auth::AccountIdEndpointMode" => {
                let v = string()?;
                quote!(let builder = builder.account_id_endpoint_mode(#v.parse().expect("a known mode"));)
            }
            "AWS::Auth::AccountId" => {
                let v = string()?;
                credentials = quote!(#credentials.with_account_id(#v));
                continue;
            }
            "AWS::Auth::CredentialScope" => {
                let v = string()?;
                credentials = quote!(#credentials.with_credential_scope(#v));
                continue;
            }
            other => {
                let param = params
                    .iter()
                    .find(|p| p.built_in.as_deref() == Some(other))
                    .ok_or_else(|| format!("no parameter of the rule set has the built-in `{other}`"))?;
                uses_settings = true;
                setting_call(settings, &param.name, value)?
            }
        });
    }
    for (name, value) in input
        .get("clientParams")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        uses_settings = true;
        config.push(setting_call(settings, name, value)?);
    }

    let mut members = Vec::new();
    for (member, value) in input
        .get("operationParams")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let field = op
            .input
            .fields
            .iter()
            .find(|f| &f.member.name == member)
            .ok_or_else(|| format!("`{op_name}` has no input member `{member}`"))?;
        let setter = ident(&format!("set_{}", naming::unraw(&field.name)));
        let value = input_value(plan, &field.ty, value).map_err(|e| format!("input member `{member}`: {e}"))?;
        members.push(quote!(.#setter(Some(#value))));
    }
    let method = ident(&op.method);

    let expect = case.get("expect").ok_or("a test case without `expect`")?;
    let check = if let Some(url) = expect
        .get("endpoint")
        .and_then(|e| e.get("url"))
        .and_then(Value::as_str)
    {
        let url = url.trim_end_matches('/');
        quote! {
            let requests = transport.requests();
            assert_eq!(requests.len(), 1, "one request sent: {result:?}");
            let uri = &requests[0].uri;
            let rest = uri.strip_prefix(#url).unwrap_or_else(|| panic!("{uri} is not at the endpoint {}", #url));
            assert!(rest.is_empty() || rest.starts_with(['/', '?']), "{uri} is not at the endpoint {}", #url);
        }
    } else if let Some(message) = expect.get("error").and_then(Value::as_str) {
        quote! {
            let error = result.expect_err("the endpoint rules give an error");
            assert!(transport.requests().is_empty(), "nothing is sent");
            let mut text = error.to_string();
            let mut source = ::std::error::Error::source(&error);
            while let Some(cause) = source {
                text.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            assert!(text.contains(#message), "{text}");
        }
    } else {
        return Err("`expect` has neither an endpoint URL nor an error".into());
    };
    let uses_settings = uses_settings.then(|| {
        quote!(
            use crate::config::EndpointSettings as _;
        )
    });
    Ok(quote! {
        #[doc = #test_doc]
        #[tokio::test]
        async fn #name() {
            #uses_settings
            let transport = ::smithy_runtime::test_util::ScriptedTransport::new();
            let builder = crate::Config::builder()
                .credentials(#credentials)
                .retry_config(::smithy_runtime::RetryConfig::disabled())
                .transport(transport.clone());
            #(#config)*
            let client = crate::Client::new(builder.build());
            let result = client.#method() #(#members)* .send().await;
            #check
        }
    })
}

/// `let builder = builder.<setting>(value);` for an endpoint setting.
fn setting_call(settings: &[Setting], param: &str, value: &Value) -> Result<TokenStream, String> {
    let setting = settings
        .iter()
        .find(|s| s.param == param)
        .ok_or_else(|| format!("`{param}` is no endpoint setting of the client"))?;
    let method = ident(&setting.method);
    let value = match value {
        Value::Bool(b) => quote!(#b),
        Value::String(s) => quote!(#s),
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|i| i.as_str().ok_or_else(|| format!("`{param}` has a non-string item")))
                .collect::<Result<Vec<_>, _>>()?;
            quote!([#(#items),*])
        }
        other => return Err(format!("`{param}` has the unsupported value {other}")),
    };
    Ok(quote!(let builder = builder.#method(#value);))
}

/// A Rust expression of type `ty` for an `operationParams` value.
fn input_value(plan: &Plan<'_>, ty: &RustType, value: &Value) -> Result<TokenStream, String> {
    Ok(match (ty, value) {
        (RustType::Boxed(inner), _) => {
            let inner = input_value(plan, inner, value)?;
            quote!(#BOX::new(#inner))
        }
        (RustType::List { item, sparse }, Value::Array(items)) => {
            let items = items
                .iter()
                .map(|i| match (sparse, i) {
                    (true, Value::Null) => Ok(quote!(None)),
                    (true, i) => input_value(plan, item, i).map(|v| quote!(Some(#v))),
                    (false, i) => input_value(plan, item, i),
                })
                .collect::<Result<Vec<_>, _>>()?;
            quote!(vec![#(#items),*])
        }
        (
            RustType::Map {
                key,
                value: item,
                sparse: false,
            },
            Value::Object(entries),
        ) => {
            let entries = entries
                .iter()
                .map(|(k, v)| {
                    let k = input_value(plan, key, &Value::String(k.clone()))?;
                    let v = input_value(plan, item, v)?;
                    Ok(quote!((#k, #v)))
                })
                .collect::<Result<Vec<_>, String>>()?;
            quote!([#(#entries),*].into_iter().collect())
        }
        (RustType::Named { path, shape }, Value::Object(members)) => {
            let item = plan.item(shape).ok_or_else(|| format!("no Rust item for `{shape}`"))?;
            if item.kind != ItemKind::Struct {
                return Err(format!("`{shape}` is not a structure"));
            }
            let path: TokenStream = path.parse().map_err(|_| format!("invalid path of `{shape}`"))?;
            let mut setters = Vec::new();
            for (member, v) in members {
                let field = item
                    .fields
                    .iter()
                    .find(|f| &f.member.name == member)
                    .ok_or_else(|| format!("`{shape}` has no member `{member}`"))?;
                let setter = ident(&format!("set_{}", naming::unraw(&field.name)));
                let v = input_value(plan, &field.ty, v)?;
                setters.push(quote!(.#setter(Some(#v))));
            }
            let build = if structure::build_is_fallible(plan, item) {
                quote!(.build().expect("the test input is complete"))
            } else {
                quote!(.build())
            };
            quote!(#path::builder() #(#setters)* #build)
        }
        (RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64, Value::Number(n)) => {
            let n = n.as_i64().ok_or_else(|| format!("{n} is not an integer"))?;
            let lit = Literal::i64_unsuffixed(n);
            quote!(#lit)
        }
        _ => values::default_value(plan, ty, value)?,
    })
}

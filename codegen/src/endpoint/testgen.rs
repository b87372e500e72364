//! Tests from `smithy.rules#endpointTests`.

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::Value;

use super::compile::number_document;
use super::params::{Param, ParamType};
use super::EndpointCodegenError as Error;

type Result<T> = std::result::Result<T, Error>;

/// Why a test case should be generated `#[ignore]`d, if it should.
pub(crate) type IgnoreCase<'a> = &'a dyn Fn(&Value) -> Option<String>;

pub(crate) fn test_module(
    tests: &Value,
    params: &[Param],
    ignore: IgnoreCase<'_>,
) -> Result<TokenStream> {
    let cases = tests
        .get("testCases")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::invalid("testCases", "missing or not an array"))?;
    let mut names = BTreeSet::new();
    let mut fns = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let at = format!("testCases[{i}]");
        let ignore = ignore(case).map(|reason| quote!(#[ignore = #reason]));
        fns.push(test_fn(case, i, params, &mut names, &at, ignore)?);
    }
    Ok(quote! {
        #[cfg(test)]
        mod tests {
            #(#fns)*
        }
    })
}

fn test_name(doc: Option<&str>, index: usize, names: &mut BTreeSet<String>) -> Ident {
    let mut base = doc.map(|d| d.to_snake_case()).unwrap_or_default();
    base.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
        base = format!(
            "case_{index}{}",
            if base.is_empty() {
                String::new()
            } else {
                format!("_{base}")
            }
        );
    }
    if super::params::snake_ident(&base) != base {
        base.push('_');
    }
    let mut name = base.clone();
    let mut n = 2;
    while !names.insert(name.clone()) {
        name = format!("{base}_{n}");
        n += 1;
    }
    Ident::new(&name, Span::call_site())
}

fn test_fn(
    case: &Value,
    index: usize,
    params: &[Param],
    names: &mut BTreeSet<String>,
    at: &str,
    ignore: Option<TokenStream>,
) -> Result<TokenStream> {
    let doc = case.get("documentation").and_then(Value::as_str);
    let name = test_name(doc, index, names);
    let doc_attr = doc.map(|d| {
        let d = format!(" {d}");
        quote!(#[doc = #d])
    });
    let mut setters = Vec::new();
    if let Some(values) = case.get("params") {
        let values = values
            .as_object()
            .ok_or_else(|| Error::invalid(at, "`params` is not an object"))?;
        for (key, value) in values {
            let param = params
                .iter()
                .find(|p| &p.name == key)
                .ok_or_else(|| Error::invalid(at, format!("unknown parameter `{key}`")))?;
            let ident = &param.ident;
            let value = match (param.ty, value) {
                (ParamType::String, Value::String(s)) => quote!(#s),
                (ParamType::Boolean, Value::Bool(b)) => quote!(#b),
                (ParamType::StringArray, Value::Array(items)) => {
                    let items = items
                        .iter()
                        .map(|i| {
                            i.as_str().ok_or_else(|| {
                                Error::invalid(at, format!("`{key}` has a non-string item"))
                            })
                        })
                        .collect::<Result<Vec<_>>>()?;
                    quote!([#(#items),*])
                }
                _ => {
                    return Err(Error::invalid(
                        at,
                        format!("`{key}` does not fit its parameter type"),
                    ))
                }
            };
            setters.push(quote!(.#ident(#value)));
        }
    }
    let resolve = quote! {
        let result = super::Params::builder()
            #(#setters)*
            .build()
            .and_then(|params| super::resolve_endpoint(&params));
    };
    let expect = case
        .get("expect")
        .ok_or_else(|| Error::invalid(at, "test case without `expect`"))?;
    let check = if let Some(endpoint) = expect.get("endpoint") {
        let url = endpoint
            .get("url")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::invalid(at, "expected endpoint without `url`"))?;
        let mut expected = quote!(::smithy_runtime::endpoint::Endpoint::new(#url));
        if let Some(headers) = endpoint.get("headers").and_then(Value::as_object) {
            for (name, values) in headers {
                for value in values.as_array().into_iter().flatten() {
                    let value = value
                        .as_str()
                        .ok_or_else(|| Error::invalid(at, "a header value is not a string"))?;
                    expected = quote!(#expected.with_header(#name, #value));
                }
            }
        }
        if let Some(properties) = endpoint.get("properties").and_then(Value::as_object) {
            for (name, value) in properties {
                let value = literal_document(value, at)?;
                expected = quote!(#expected.with_property(#name, #value));
            }
        }
        quote! {
            let endpoint = result.expect("the rules resolve to an endpoint");
            assert_eq!(endpoint, #expected);
        }
    } else if let Some(error) = expect.get("error").and_then(Value::as_str) {
        quote! {
            let error = result.expect_err("the rules resolve to an error");
            assert_eq!(error.message(), #error);
        }
    } else {
        return Err(Error::invalid(
            at,
            "`expect` has neither `endpoint` nor `error`",
        ));
    };
    Ok(quote! {
        #doc_attr
        #[test]
        #ignore
        fn #name() {
            #resolve
            #check
        }
    })
}

/// A JSON value as a `Document` expression (no templates: test expectations are literal).
fn literal_document(value: &Value, at: &str) -> Result<TokenStream> {
    let doc = quote!(::smithy_runtime::endpoint::Document);
    Ok(match value {
        Value::Null => quote!(#doc::Null),
        Value::Bool(b) => quote!(#doc::Bool(#b)),
        Value::Number(n) => number_document(n, at)?,
        Value::String(s) => quote!(#doc::from(#s)),
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|i| literal_document(i, at))
                .collect::<Result<Vec<_>>>()?;
            quote!(#doc::Array(vec![#(#items),*]))
        }
        Value::Object(map) => {
            let entries = map
                .iter()
                .map(|(k, v)| {
                    let v = literal_document(v, at)?;
                    Ok(quote!((#k, #v)))
                })
                .collect::<Result<Vec<_>>>()?;
            quote!(::smithy_runtime::endpoint::object([#(#entries),*]))
        }
    })
}

/// Why `case` contradicts the partitions table `partitions` (with the structure of
/// `model/partitions.json`), if it does.
///
/// Some models' endpoint tests predate the current partition facts: a case may
/// expect "DualStack is enabled but this partition does not support DualStack" for
/// a region whose partition now supports dual-stack. Such a case is checked by the
/// table, not by the rules; the reason names the partition and the fact.
pub(crate) fn contradicts_partitions(case: &Value, partitions: &Value) -> Option<String> {
    let error = case.get("expect")?.get("error")?.as_str()?;
    if !error.contains("does not support") {
        return None;
    }
    let params = case.get("params")?;
    let region = params.get("Region")?.as_str()?;
    let flag = |name: &str| params.get(name).and_then(Value::as_bool).unwrap_or(false);
    let partition = partitions
        .get("partitions")?
        .as_array()?
        .iter()
        .find(|p| p.get("regions").and_then(|r| r.get(region)).is_some())?;
    let id = partition.get("id")?.as_str()?;
    let region_facts = partition.get("regions")?.get(region)?;
    let fact = |name: &str| {
        region_facts
            .get(name)
            .or_else(|| partition.get("outputs").and_then(|o| o.get(name)))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    let lower = error.to_ascii_lowercase();
    let (claims_fips, claims_dual_stack) = (lower.contains("fips"), lower.contains("dualstack"));
    let contradicts = match (
        claims_fips && flag("UseFIPS"),
        claims_dual_stack && flag("UseDualStack"),
    ) {
        (true, true) => fact("supportsFIPS") && fact("supportsDualStack"),
        (true, false) => fact("supportsFIPS"),
        (false, true) => fact("supportsDualStack"),
        (false, false) => false,
    };
    contradicts.then(|| {
        format!(
            "stale model test: it expects `{error}` for {region}, but partition `{id}` supports \
             {}in the partitions table",
            match (claims_fips, claims_dual_stack) {
                (true, true) => "FIPS and dual-stack ",
                (true, false) => "FIPS ",
                _ => "dual-stack ",
            }
        )
    })
}

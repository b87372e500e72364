//! Tests from `smithy.rules#endpointTests`.
//!
//! Every case becomes a `#[test]` that resolves the case's parameters and checks
//! the model's expected outcome. A case that the partitions table contradicts (see
//! [`contradicts_partitions`]) becomes an *expected divergence* test instead: it
//! checks that the resolver does not give the model's stale outcome, that the
//! partition fact explaining the divergence holds, and that the resolver gives the
//! outcome derived here from the rule set and the current partition facts. No case
//! is generated `#[ignore]`d.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::{Map, Value};

use super::compile::number_document;
use super::params::{Param, ParamType};
use super::EndpointCodegenError as Error;

type Result<T> = std::result::Result<T, Error>;

/// Why an `endpointTests` case contradicts the partitions table, and the facts that
/// explain it (the result of `contradicts_partitions`).
///
/// [`super::test_module_with`] generates such a case as an expected-divergence test
/// rather than a test of the model's expectation.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionDivergence {
    /// Why the case's expectation is stale, for the test's documentation.
    pub reason: String,
    /// The case's `Region` parameter, e.g. `us-iso-east-1`.
    pub region: String,
    /// The id of the partition that lists the region, e.g. `aws-iso`.
    pub partition_id: String,
    /// What `aws.partition(region)` gives according to the table: the partition's
    /// `outputs` with the region's overrides (`name`, `dnsSuffix`,
    /// `dualStackDnsSuffix`, `supportsFIPS`, `supportsDualStack`, ...).
    pub facts: Map<String, Value>,
    /// The facts that contradict the case, e.g. `["supportsDualStack"]`: each is
    /// `true` in the table although the case expects the partition to lack it.
    pub contradicted: Vec<String>,
}

/// For each test case, whether (and why) it diverges from the partitions table.
pub(crate) type Divergent<'a> = &'a dyn Fn(&Value) -> Option<PartitionDivergence>;

pub(crate) fn test_module(
    tests: &Value,
    rule_set: &Value,
    params: &[Param],
    divergent: Divergent<'_>,
) -> Result<TokenStream> {
    let cases = tests
        .get("testCases")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::invalid("testCases", "missing or not an array"))?;
    let mut names = BTreeSet::from([RESOLVE.to_owned()]);
    let mut fns = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let at = format!("testCases[{i}]");
        let test = match divergent(case) {
            None => test_fn(case, i, params, &mut names, &at)?,
            Some(divergence) => divergence_test_fn(case, i, rule_set, params, &divergence, &mut names, &at)?,
        };
        fns.push(test);
    }
    if fns.is_empty() {
        return Ok(quote!());
    }
    let resolve = resolve_fn();
    Ok(quote! {
        #[cfg(test)]
        mod tests {
            #resolve
            #(#fns)*
        }
    })
}

/// The name of [`resolve_fn`]; no test takes it.
const RESOLVE: &str = "resolve";

/// [`RESOLVE`] as the tests write it.
fn resolve_ident() -> Ident {
    Ident::new(RESOLVE, Span::call_site())
}

/// The helper every test calls: builds the parameters and resolves them, as the
/// client does before a call.
fn resolve_fn() -> TokenStream {
    let resolve = resolve_ident();
    quote! {
        /// Builds the parameters and resolves them, as the client does before a call.
        fn #resolve(
            params: super::ParamsBuilder,
        ) -> Result<::smithy_runtime::endpoint::Endpoint, ::smithy_runtime::endpoint::EndpointError> {
            params.build().and_then(|params| super::resolve_endpoint(&params))
        }
    }
}

/// Tests of the cases' `operationInputs` at the level of the resolver, for crates
/// without the operations: each input's `builtInParams` set the parameters bound to
/// those built-ins, its `clientParams` the parameters of those names, and the case's
/// expectation is checked. Inputs with `operationParams` need the operation's
/// bindings and are left to the generated client's tests; the second number is
/// how many were left.
pub(crate) fn operation_input_tests(tests: &Value, params: &[Param]) -> Result<(TokenStream, usize, usize)> {
    let cases = tests
        .get("testCases")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut names = BTreeSet::from([RESOLVE.to_owned()]);
    let mut fns = Vec::new();
    let mut left = 0;
    for (i, case) in cases.iter().enumerate() {
        for (n, input) in case
            .get("operationInputs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let at = format!("testCases[{i}].operationInputs[{n}]");
            if input
                .get("operationParams")
                .is_some_and(|p| p.as_object().is_some_and(|o| !o.is_empty()))
            {
                left += 1;
                continue;
            }
            let mut values = Map::new();
            for (built_in, value) in input
                .get("builtInParams")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let param = params
                    .iter()
                    .find(|p| p.built_in.as_deref() == Some(built_in.as_str()))
                    .ok_or_else(|| Error::invalid(&at, format!("no parameter has the built-in `{built_in}`")))?;
                values.insert(param.name.clone(), value.clone());
            }
            for (name, value) in input
                .get("clientParams")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                values.insert(name.clone(), value.clone());
            }
            let operation = input
                .get("operationName")
                .and_then(Value::as_str)
                .unwrap_or("an operation");
            let doc = case.get("documentation").and_then(Value::as_str);
            let name = test_name(doc, i, "_operation_input", &mut names);
            let doc_attr = doc_attrs(&[format!(
                "{} (the built-ins and client parameters of a call of `{operation}`)",
                doc.unwrap_or("Test case")
            )]);
            let built = params_expr(&serde_json::json!({ "params": values }), params, &at)?;
            let expected = Outcome::expected(case, &at)?.expr(&at)?;
            let resolve = resolve_ident();
            fns.push(quote! {
                #doc_attr
                #[test]
                fn #name() {
                    let params = #built;
                    assert_eq!(#resolve(params), #expected);
                }
            });
        }
    }
    let count = fns.len();
    let tokens = if fns.is_empty() {
        quote!()
    } else {
        let resolve = resolve_fn();
        quote! {
            #[cfg(test)]
            mod operation_input_tests {
                #resolve
                #(#fns)*
            }
        }
    };
    Ok((tokens, count, left))
}

/// A test function's name from its case's documentation (snake case, `case_<index>`
/// when there is none to use) and `suffix`, unique among `names`.
pub(crate) fn test_name(doc: Option<&str>, index: usize, suffix: &str, names: &mut BTreeSet<String>) -> Ident {
    let mut base = doc.map(crate::plan::naming::snake_case).unwrap_or_default();
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
    base.push_str(suffix);
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

fn doc_attrs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| {
        let l = crate::emit::docs::doc_line(l);
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

/// The case's parameters, as a `ParamsBuilder` expression.
fn params_expr(case: &Value, params: &[Param], at: &str) -> Result<TokenStream> {
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
                            i.as_str()
                                .ok_or_else(|| Error::invalid(at, format!("`{key}` has a non-string item")))
                        })
                        .collect::<Result<Vec<_>>>()?;
                    quote!([#(#items),*])
                }
                _ => return Err(Error::invalid(at, format!("`{key}` does not fit its parameter type"))),
            };
            setters.push(quote!(.#ident(#value)));
        }
    }
    Ok(quote!(super::Params::builder() #(#setters)*))
}

/// The outcome of resolving an endpoint: what a test case expects, or what the
/// rules give.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Endpoint {
        url: String,
        /// Header name and values, in order.
        headers: Vec<(String, Vec<String>)>,
        properties: Map<String, Value>,
    },
    Error(String),
}

impl Outcome {
    /// The case's `expect`.
    fn expected(case: &Value, at: &str) -> Result<Outcome> {
        let expect = case
            .get("expect")
            .ok_or_else(|| Error::invalid(at, "test case without `expect`"))?;
        if let Some(endpoint) = expect.get("endpoint") {
            let url = endpoint
                .get("url")
                .and_then(Value::as_str)
                .ok_or_else(|| Error::invalid(at, "expected endpoint without `url`"))?;
            let mut headers = Vec::new();
            if let Some(map) = endpoint.get("headers").and_then(Value::as_object) {
                for (name, values) in map {
                    let values = values
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|v| {
                            v.as_str()
                                .map(str::to_owned)
                                .ok_or_else(|| Error::invalid(at, "a header value is not a string"))
                        })
                        .collect::<Result<Vec<_>>>()?;
                    headers.push((name.clone(), values));
                }
            }
            let properties = endpoint
                .get("properties")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            Ok(Outcome::Endpoint {
                url: url.to_owned(),
                headers,
                properties,
            })
        } else if let Some(error) = expect.get("error").and_then(Value::as_str) {
            Ok(Outcome::Error(error.to_owned()))
        } else {
            Err(Error::invalid(at, "`expect` has neither `endpoint` nor `error`"))
        }
    }

    /// An `Endpoint` expression for an endpoint outcome.
    fn endpoint_expr(
        url: &str,
        headers: &[(String, Vec<String>)],
        properties: &Map<String, Value>,
        at: &str,
    ) -> Result<TokenStream> {
        let mut expected = quote!(::smithy_runtime::endpoint::Endpoint::new(#url));
        for (name, values) in headers {
            for value in values {
                expected = quote!(#expected.with_header(#name, #value));
            }
        }
        for (name, value) in properties {
            let value = literal_document(value, at)?;
            expected = quote!(#expected.with_property(#name, #value));
        }
        Ok(expected)
    }

    /// The outcome as the value `resolve` returns: `Ok(endpoint)` or `Err(error)`.
    fn expr(&self, at: &str) -> Result<TokenStream> {
        Ok(match self {
            Outcome::Endpoint {
                url,
                headers,
                properties,
            } => {
                let endpoint = Self::endpoint_expr(url, headers, properties, at)?;
                quote!(Ok(#endpoint))
            }
            Outcome::Error(error) => quote!(Err(::smithy_runtime::endpoint::EndpointError::new(#error))),
        })
    }

    /// A statement checking that `result` is not this outcome, failing with `message`.
    fn check_not(&self, message: &str, at: &str) -> Result<TokenStream> {
        let outcome = self.expr(at)?;
        Ok(quote!(assert_ne!(result, #outcome, #message);))
    }

    fn describe(&self) -> String {
        match self {
            Outcome::Endpoint { url, .. } => format!("the endpoint `{url}`"),
            Outcome::Error(error) => format!("the error `{error}`"),
        }
    }
}

fn test_fn(
    case: &Value,
    index: usize,
    params: &[Param],
    names: &mut BTreeSet<String>,
    at: &str,
) -> Result<TokenStream> {
    let doc = case.get("documentation").and_then(Value::as_str);
    let name = test_name(doc, index, "", names);
    let doc_attr = doc_attrs(&doc.map(str::to_owned).into_iter().collect::<Vec<_>>());
    let built = params_expr(case, params, at)?;
    let expected = Outcome::expected(case, at)?.expr(at)?;
    let resolve = resolve_ident();
    Ok(quote! {
        #doc_attr
        #[test]
        fn #name() {
            let params = #built;
            assert_eq!(#resolve(params), #expected);
        }
    })
}

/// An expected-divergence test for a case that the partitions table contradicts:
/// it resolves the case, checks that the result is not the model's (stale)
/// expectation, checks the partition facts that explain the divergence, and checks
/// the outcome that the rules give with those facts, derived here by evaluating
/// the rule set (not by running the generated resolver).
fn divergence_test_fn(
    case: &Value,
    index: usize,
    rule_set: &Value,
    params: &[Param],
    divergence: &PartitionDivergence,
    names: &mut BTreeSet<String>,
    at: &str,
) -> Result<TokenStream> {
    let doc = case.get("documentation").and_then(Value::as_str);
    let name = test_name(doc, index, "_diverges_from_stale_model_expectation", names);
    let built = params_expr(case, params, at)?;
    let stale = Outcome::expected(case, at)?;
    let derived = derive_outcome(rule_set, params, case, divergence, at)?;
    if derived == stale {
        return Err(Error::invalid(
            at,
            format!(
                "the case is reported divergent ({}), but the rules give its expected outcome \
                 with the partition facts",
                divergence.reason
            ),
        ));
    }
    let PartitionDivergence {
        region,
        partition_id,
        facts,
        contradicted,
        ..
    } = divergence;
    let mut lines = Vec::new();
    if let Some(doc) = doc {
        lines.extend([doc.to_owned(), String::new()]);
    }
    lines.push(format!(
        "Expected divergence from a stale model test: the model expects {}, but in the \
         partitions table (`model/partitions.json`) partition `{partition_id}` has {} for \
         `{region}`, so the rules give {}.",
        stale.describe(),
        contradicted
            .iter()
            .map(|f| format!("`{f}: true`"))
            .collect::<Vec<_>>()
            .join(" and "),
        derived.describe(),
    ));
    lines.push(String::new());
    lines.push(
        "This test fails if the resolver gives the model's expectation again (then the case \
         is no longer stale: generate it as a normal test case), or if the partition facts \
         or the rules change."
            .to_owned(),
    );
    let doc_attr = doc_attrs(&lines);
    let not_stale = stale.check_not(
        &format!(
            "the resolver gives the model's expectation again for {region}: this case no longer \
             diverges; generate it as a normal endpoint test case"
        ),
        at,
    )?;
    let name_fact = facts.get("name").and_then(Value::as_str).map(|partition_name| {
        quote! {
            assert_eq!(partition.name, #partition_name);
        }
    });
    let fact_checks = contradicted.iter().map(|fact| {
        let field = Ident::new(&crate::plan::naming::snake_case(fact), Span::call_site());
        let message = format!(
            "the divergence from the model is explained by `{fact}` of partition \
             `{partition_id}`, which the runtime's partitions table no longer has"
        );
        quote!(assert!(partition.#field, #message);)
    });
    let derived = derived.expr(at)?;
    let resolve = resolve_ident();
    Ok(quote! {
        #doc_attr
        #[test]
        fn #name() {
            let params = #built;
            let result = #resolve(params);
            #not_stale
            let partition = ::smithy_runtime::endpoint::aws::partition(#region)
                .expect("the region has a partition");
            #name_fact
            #(#fact_checks)*
            assert_eq!(result, #derived);
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

/// The outcome that the rule set gives for `case` when `aws.partition` gives the
/// facts of `divergence`: a small evaluator of the rules language, limited to what
/// partition-dependent rules use (`isSet`, `not`, `booleanEquals`, `stringEquals`,
/// `getAttr`, `aws.partition` of the case's region, templates). Anything else is
/// reported as unsupported rather than guessed.
fn derive_outcome(
    rule_set: &Value,
    params: &[Param],
    case: &Value,
    divergence: &PartitionDivergence,
    at: &str,
) -> Result<Outcome> {
    let values = case.get("params").and_then(Value::as_object);
    let mut scope = BTreeMap::new();
    for param in params {
        let value = values
            .and_then(|v| v.get(&param.name))
            .or(param.default.as_ref())
            .cloned()
            .unwrap_or(Value::Null);
        scope.insert(param.name.clone(), value);
    }
    let rules = rule_set
        .get("rules")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::invalid("rules", "missing or not an array"))?;
    let eval = Evaluator {
        divergence,
        at: format!("{at} (deriving the outcome of a divergent case)"),
    };
    eval.rules(rules, &scope, "rules")?
        .ok_or_else(|| Error::invalid(&eval.at, "no rule applies to the case with the partition facts"))
}

struct Evaluator<'a> {
    divergence: &'a PartitionDivergence,
    /// The test case, for errors.
    at: String,
}

type Scope = BTreeMap<String, Value>;

impl Evaluator<'_> {
    fn unsupported(&self, what: impl std::fmt::Display) -> Error {
        Error::unsupported(&self.at, what.to_string())
    }

    fn rules(&self, rules: &[Value], scope: &Scope, path: &str) -> Result<Option<Outcome>> {
        for (i, rule) in rules.iter().enumerate() {
            let path = format!("{path}[{i}]");
            let mut scope = scope.clone();
            let mut holds = true;
            for condition in rule.get("conditions").and_then(Value::as_array).into_iter().flatten() {
                let value = self.expr(condition, &scope)?;
                if matches!(value, Value::Null | Value::Bool(false)) {
                    holds = false;
                    break;
                }
                if let Some(name) = condition.get("assign").and_then(Value::as_str) {
                    scope.insert(name.to_owned(), value);
                }
            }
            if !holds {
                continue;
            }
            return match rule.get("type").and_then(Value::as_str) {
                Some("endpoint") => self.endpoint(rule.get("endpoint"), &scope, &path).map(Some),
                Some("error") => {
                    let error = rule
                        .get("error")
                        .and_then(Value::as_str)
                        .ok_or_else(|| self.unsupported(format!("`{path}.error` that is not a string")))?;
                    Ok(Some(Outcome::Error(self.template(error, &scope)?)))
                }
                Some("tree") => {
                    let inner = rule
                        .get("rules")
                        .and_then(Value::as_array)
                        .ok_or_else(|| Error::invalid(&path, "tree rule without `rules` array"))?;
                    match self.rules(inner, &scope, &format!("{path}.rules"))? {
                        Some(outcome) => Ok(Some(outcome)),
                        None => Err(self.unsupported(format!("a tree rule (`{path}`) none of whose rules applies"))),
                    }
                }
                _ => Err(Error::invalid(&path, "unknown rule type")),
            };
        }
        Ok(None)
    }

    fn endpoint(&self, endpoint: Option<&Value>, scope: &Scope, path: &str) -> Result<Outcome> {
        let endpoint = endpoint.ok_or_else(|| Error::invalid(path, "endpoint rule without `endpoint`"))?;
        let url = match self.expr(endpoint.get("url").unwrap_or(&Value::Null), scope)? {
            Value::String(url) => url,
            _ => return Err(self.unsupported(format!("`{path}.endpoint.url` that is not a string"))),
        };
        let mut headers = Vec::new();
        for (name, values) in endpoint.get("headers").and_then(Value::as_object).into_iter().flatten() {
            let values = values
                .as_array()
                .into_iter()
                .flatten()
                .map(|v| match self.expr(v, scope)? {
                    Value::String(s) => Ok(s),
                    _ => Err(self.unsupported(format!("header `{name}` that is not a string"))),
                })
                .collect::<Result<Vec<_>>>()?;
            headers.push((name.clone(), values));
        }
        let properties = match endpoint.get("properties") {
            Some(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| Ok((k.clone(), self.literal(v, scope)?)))
                .collect::<Result<Map<_, _>>>()?,
            _ => Map::new(),
        };
        Ok(Outcome::Endpoint {
            url,
            headers,
            properties,
        })
    }

    /// A property value: strings are templates, objects and arrays are walked.
    fn literal(&self, value: &Value, scope: &Scope) -> Result<Value> {
        Ok(match value {
            Value::String(s) => Value::String(self.template(s, scope)?),
            Value::Array(items) => Value::Array(items.iter().map(|i| self.literal(i, scope)).collect::<Result<_>>()?),
            Value::Object(map) if !map.contains_key("ref") && !map.contains_key("fn") => Value::Object(
                map.iter()
                    .map(|(k, v)| Ok((k.clone(), self.literal(v, scope)?)))
                    .collect::<Result<_>>()?,
            ),
            other => self.expr(other, scope)?,
        })
    }

    fn expr(&self, expr: &Value, scope: &Scope) -> Result<Value> {
        match expr {
            Value::String(s) => return Ok(Value::String(self.template(s, scope)?)),
            Value::Bool(_) | Value::Number(_) => return Ok(expr.clone()),
            _ => {}
        }
        if let Some(name) = expr.get("ref").and_then(Value::as_str) {
            return Ok(scope.get(name).cloned().unwrap_or(Value::Null));
        }
        let Some(function) = expr.get("fn").and_then(Value::as_str) else {
            return Err(self.unsupported(format!("expression `{expr}`")));
        };
        let args = expr
            .get("argv")
            .and_then(Value::as_array)
            .map(|argv| argv.iter().map(|a| self.expr(a, scope)).collect::<Result<Vec<_>>>())
            .transpose()?
            .unwrap_or_default();
        let arity = |n: usize| {
            if args.len() == n {
                Ok(())
            } else {
                Err(self.unsupported(format!("`{function}` with {} arguments", args.len())))
            }
        };
        Ok(match function {
            "isSet" => {
                arity(1)?;
                Value::Bool(!args[0].is_null())
            }
            "not" => {
                arity(1)?;
                Value::Bool(!args[0].as_bool().unwrap_or(false))
            }
            "booleanEquals" => {
                arity(2)?;
                Value::Bool(args[0].is_boolean() && args[0] == args[1])
            }
            "stringEquals" => {
                arity(2)?;
                Value::Bool(args[0].is_string() && args[0] == args[1])
            }
            "getAttr" => {
                arity(2)?;
                let path = args[1]
                    .as_str()
                    .ok_or_else(|| self.unsupported("`getAttr` with a non-string path"))?;
                self.get_attr(&args[0], path)?
            }
            "aws.partition" => {
                arity(1)?;
                let region = args[0].as_str();
                if region == Some(self.divergence.region.as_str()) {
                    Value::Object(self.divergence.facts.clone())
                } else {
                    return Err(self.unsupported(format!(
                        "`aws.partition` of {} (only the case's region `{}` has known facts)",
                        args[0], self.divergence.region
                    )));
                }
            }
            other => return Err(self.unsupported(format!("function `{other}`"))),
        })
    }

    /// `getAttr`, for attribute names separated by `.` (no list indices).
    fn get_attr(&self, value: &Value, path: &str) -> Result<Value> {
        let mut value = value;
        for part in path.split('.') {
            if part.contains('[') {
                return Err(self.unsupported(format!("`getAttr` path `{path}` with an index")));
            }
            value = value.get(part).unwrap_or(&Value::Null);
        }
        Ok(value.clone())
    }

    /// A template string: `{Name}` and `{Name#path}` are replaced, `{{`/`}}` escape.
    fn template(&self, template: &str, scope: &Scope) -> Result<String> {
        let mut out = String::new();
        let mut rest = template;
        while let Some(i) = rest.find(['{', '}']) {
            out.push_str(&rest[..i]);
            let brace = &rest[i..];
            if brace.starts_with("{{") || brace.starts_with("}}") {
                out.push_str(&brace[..1]);
                rest = &brace[2..];
                continue;
            }
            let end = brace
                .find('}')
                .filter(|_| brace.starts_with('{'))
                .ok_or_else(|| self.unsupported(format!("malformed template `{template}`")))?;
            let inner = &brace[1..end];
            let value = match inner.split_once('#') {
                Some((name, path)) => self.get_attr(scope.get(name).unwrap_or(&Value::Null), path)?,
                None => scope.get(inner).cloned().unwrap_or(Value::Null),
            };
            let Value::String(s) = value else {
                return Err(self.unsupported(format!("template `{template}`: `{inner}` is not a string")));
            };
            out.push_str(&s);
            rest = &brace[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }
}

/// Whether (and why) `case` contradicts the partitions table `partitions` (with the
/// structure of `model/partitions.json`).
///
/// Some models' endpoint tests predate the current partition facts: a case may
/// expect "DualStack is enabled but this partition does not support DualStack" for
/// a region whose partition now supports dual-stack. Such a case is checked by the
/// table, not by the rules; the result names the partition, its facts for the
/// region and the contradicted facts.
pub(crate) fn contradicts_partitions(case: &Value, partitions: &Value) -> Option<PartitionDivergence> {
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
    let mut facts = partition
        .get("outputs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if let Some(overrides) = partition.get("regions")?.get(region)?.as_object() {
        for (name, value) in overrides {
            if name != "description" {
                facts.insert(name.clone(), value.clone());
            }
        }
    }
    let fact = |name: &str| facts.get(name).and_then(Value::as_bool).unwrap_or(false);
    let lower = error.to_ascii_lowercase();
    let (claims_fips, claims_dual_stack) = (lower.contains("fips"), lower.contains("dualstack"));
    let contradicted: &[&str] = match (
        claims_fips && flag("UseFIPS"),
        claims_dual_stack && flag("UseDualStack"),
    ) {
        (true, true) => &["supportsFIPS", "supportsDualStack"],
        (true, false) => &["supportsFIPS"],
        (false, true) => &["supportsDualStack"],
        (false, false) => &[],
    };
    if contradicted.is_empty() || !contradicted.iter().all(|f| fact(f)) {
        return None;
    }
    let reason = format!(
        "stale model test: it expects `{error}` for {region}, but partition `{id}` supports \
         {}in the partitions table",
        match (claims_fips, claims_dual_stack) {
            (true, true) => "FIPS and dual-stack ",
            (true, false) => "FIPS ",
            _ => "dual-stack ",
        }
    );
    Some(PartitionDivergence {
        reason,
        region: region.to_owned(),
        partition_id: id.to_owned(),
        facts,
        contradicted: contradicted.iter().map(|f| (*f).to_owned()).collect(),
    })
}

#[cfg(test)]
mod divergence_tests {
    use serde_json::{json, Value};

    use super::super::{contradicts_partitions, test_module_with};

    fn rule_set() -> Value {
        json!({
            "version": "1.0",
            "parameters": {
                "Region": { "builtIn": "AWS::Region", "required": false, "type": "String" },
                "UseDualStack": { "builtIn": "AWS::UseDualStack", "required": true, "default": false, "type": "Boolean" }
            },
            "rules": [{
                "conditions": [
                    { "fn": "isSet", "argv": [{ "ref": "Region" }] },
                    { "fn": "aws.partition", "argv": [{ "ref": "Region" }], "assign": "PartitionResult" }
                ],
                "type": "tree",
                "rules": [
                    {
                        "conditions": [{ "fn": "booleanEquals", "argv": [{ "ref": "UseDualStack" }, true] }],
                        "type": "tree",
                        "rules": [
                            {
                                "conditions": [{ "fn": "booleanEquals", "argv": [true, { "fn": "getAttr", "argv": [{ "ref": "PartitionResult" }, "supportsDualStack"] }] }],
                                "endpoint": { "url": "https://svc.{Region}.{PartitionResult#dualStackDnsSuffix}" },
                                "type": "endpoint"
                            },
                            { "conditions": [], "error": "DualStack is enabled but this partition does not support DualStack", "type": "error" }
                        ]
                    },
                    { "conditions": [], "endpoint": { "url": "https://svc.{Region}.{PartitionResult#dnsSuffix}" }, "type": "endpoint" }
                ]
            }]
        })
    }

    fn partitions(dual_stack: bool) -> Value {
        json!({ "partitions": [{
            "id": "aws-iso",
            "outputs": {
                "name": "aws-iso", "dnsSuffix": "c2s.ic.gov", "dualStackDnsSuffix": "api.aws.ic.gov",
                "supportsFIPS": true, "supportsDualStack": dual_stack
            },
            "regions": { "us-iso-east-1": { "description": "US ISO East" } }
        }]})
    }

    fn stale_case() -> Value {
        json!({
            "documentation": "For region us-iso-east-1 with DualStack enabled",
            "expect": { "error": "DualStack is enabled but this partition does not support DualStack" },
            "params": { "Region": "us-iso-east-1", "UseDualStack": true }
        })
    }

    #[test]
    fn contradicted_cases_become_expected_divergence_tests() {
        let partitions = partitions(true);
        let divergence = contradicts_partitions(&stale_case(), &partitions).expect("stale");
        assert_eq!(divergence.partition_id, "aws-iso");
        assert_eq!(divergence.contradicted, ["supportsDualStack"]);
        let tests = json!({ "testCases": [stale_case()] });
        let tokens =
            test_module_with(&tests, &rule_set(), &|c| contradicts_partitions(c, &partitions)).expect("generates");
        let src = prettyplease::unparse(&syn::parse2(tokens).expect("parses"));
        assert!(!src.contains("ignore"), "{src}");
        assert!(
            src.contains("fn for_region_us_iso_east_1_with_dual_stack_enabled_diverges_from_stale_model_expectation()"),
            "{src}"
        );
        assert!(src.contains("Expected divergence from a stale model test"), "{src}");
        assert!(
            src.contains(
                "assert_ne!(\n            result,\n            Err(::smithy_runtime::endpoint::EndpointError::new(\"DualStack is enabled but this partition does not support DualStack\")),"
            ),
            "{src}"
        );
        assert!(
            src.contains("::smithy_runtime::endpoint::aws::partition(\"us-iso-east-1\")"),
            "{src}"
        );
        assert!(src.contains("assert_eq!(partition.name, \"aws-iso\")"), "{src}");
        assert!(src.contains("partition.supports_dual_stack"), "{src}");
        assert!(
            src.contains(
                "assert_eq!(\n            result,\n            Ok(::smithy_runtime::endpoint::Endpoint::new(\"https://svc.us-iso-east-1.api.aws.ic.gov\"))"
            ),
            "{src}"
        );
    }

    #[test]
    fn cases_the_table_agrees_with_stay_normal_tests() {
        let partitions = partitions(false);
        assert!(contradicts_partitions(&stale_case(), &partitions).is_none());
        let tests = json!({ "testCases": [stale_case()] });
        let tokens =
            test_module_with(&tests, &rule_set(), &|c| contradicts_partitions(c, &partitions)).expect("generates");
        let src = prettyplease::unparse(&syn::parse2(tokens).expect("parses"));
        assert!(
            src.contains("fn for_region_us_iso_east_1_with_dual_stack_enabled()"),
            "{src}"
        );
        assert!(!src.contains("diverges"), "{src}");
    }

    #[test]
    fn a_divergence_the_rules_do_not_confirm_is_an_error() {
        // The rules give the model's error whatever the facts: the case is not divergent.
        let rules = json!({
            "version": "1.0",
            "parameters": { "Region": { "required": false, "type": "String" }, "UseDualStack": { "required": true, "default": false, "type": "Boolean" } },
            "rules": [{ "conditions": [], "error": "DualStack is enabled but this partition does not support DualStack", "type": "error" }]
        });
        let partitions = partitions(true);
        let tests = json!({ "testCases": [stale_case()] });
        let error = test_module_with(&tests, &rules, &|c| contradicts_partitions(c, &partitions)).unwrap_err();
        assert!(
            error.to_string().contains("the rules give its expected outcome"),
            "{error}"
        );
    }

    #[test]
    fn unsupported_functions_are_not_guessed() {
        let mut rules = rule_set();
        rules["rules"][0]["conditions"][0] = json!({ "fn": "parseURL", "argv": [{ "ref": "Region" }] });
        let partitions = partitions(true);
        let tests = json!({ "testCases": [stale_case()] });
        let error = test_module_with(&tests, &rules, &|c| contradicts_partitions(c, &partitions)).unwrap_err();
        assert!(error.to_string().contains("function `parseURL`"), "{error}");
    }
}

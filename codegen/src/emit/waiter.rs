//! `src/waiter.rs`: one waiter per entry of `smithy.waiters#waitable`, with its
//! acceptors' JMESPath expressions compiled to Rust over the typed output.

pub(super) mod compile;
pub(super) mod jmespath;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde::Deserialize;

use self::compile::{Compiler, Type, Value};
use super::{docs, ident};
use crate::error::{Error, Errors};
use crate::plan::{OperationPlan, Plan, WaiterPlan};
use crate::std_names::{OPTION, RESULT};

/// The trait id.
const WAITABLE: &str = "smithy.waiters#waitable";

/// One waiter of the `waitable` trait.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Waiter {
    documentation: Option<String>,
    acceptors: Vec<Acceptor>,
    #[serde(default = "default_min_delay")]
    min_delay: u64,
    #[serde(default = "default_max_delay")]
    max_delay: u64,
    #[serde(default)]
    deprecated: bool,
}

fn default_min_delay() -> u64 {
    2
}

fn default_max_delay() -> u64 {
    120
}

#[derive(Debug, Clone, Deserialize)]
struct Acceptor {
    state: State,
    matcher: Matcher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum State {
    Success,
    Failure,
    Retry,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
enum Matcher {
    Output(PathMatcher),
    InputOutput(PathMatcher),
    Success(bool),
    ErrorType(String),
}

#[derive(Debug, Clone, Deserialize)]
struct PathMatcher {
    path: String,
    expected: String,
    comparator: String,
}

/// The waiters of the service, by name, with their operations.
fn waiters<'p>(plan: &'p Plan<'_>, errors: &mut Errors) -> BTreeMap<String, (&'p OperationPlan, Waiter)> {
    let mut all = BTreeMap::new();
    for op in &plan.operations {
        let Some(value) = &op.waitable else {
            continue;
        };
        let parsed: BTreeMap<String, Waiter> = match serde_json::from_value(value.clone()) {
            Ok(parsed) => parsed,
            Err(e) => {
                errors.push(Error::shape(&op.shape, format!("trait `{WAITABLE}` is invalid: {e}")));
                continue;
            }
        };
        for (name, waiter) in parsed {
            // The plan names each waiter and reports those it cannot name.
            if plan.waiters.iter().any(|w| w.name == name && w.operation == op.shape) {
                all.insert(name, (op, waiter));
            }
        }
    }
    all
}

/// Whether the service defines any waiter.
fn any(plan: &Plan<'_>) -> bool {
    plan.operations.iter().any(|op| op.waitable.is_some())
}

/// `src/waiter.rs`: the waiters, or a module that says there are none.
pub(super) fn file(plan: &Plan<'_>) -> Result<TokenStream, Errors> {
    if any(plan) {
        module(plan)
    } else {
        Ok(super::crate_root::empty_helpers("Waiters", "@smithy.waiters#waitable"))
    }
}

/// The whole `src/waiter.rs` of a service with waiters.
fn module(plan: &Plan<'_>) -> Result<TokenStream, Errors> {
    let mut errors = Errors::default();
    let waiters = waiters(plan, &mut errors);
    let mut items = Vec::new();
    let mut methods = Vec::new();
    let mut index = Vec::new();
    for (name, (op, waiter)) in &waiters {
        let names = plan
            .waiters
            .iter()
            .find(|w| &w.name == name && w.operation == op.shape)
            .expect("planned");
        match waiter_items(plan, op, names, waiter) {
            Ok((item, method)) => {
                items.push(item);
                methods.push(method);
                index.push(format!(
                    "- [`{}`], from `client.{}()`, polls `{}`",
                    names.type_name, names.method, op.name
                ));
            }
            Err(message) => errors.push(Error::shape(&op.shape, format!("waiter `{name}`: {message}"))),
        }
    }
    let doc = docs::inner_lines(&format!(
        "Waiters: call an operation until the resource reaches a state (`smithy.waiters#waitable`).\n\n\
         `client.wait_until_<name>()` returns a builder: set the operation's input, the maximum time to \
         wait ([`max_wait`](WaiterError::MaxWaitNotSet), required), optionally the delays, then `wait().await`. \
         Between calls the waiter sleeps with exponential backoff and jitter between the minimum and maximum \
         delay, never past the maximum wait, as the Smithy waiter specification prescribes.\n\n{}",
        index.join("\n")
    ));
    errors.into_result(quote! {
        #doc

        pub use ::smithy_runtime::waiter::{AcceptorState, FinalPoll, WaiterError};

        impl crate::Client {
            #(#methods)*
        }

        #(#items)*
    })
}

/// The waiter builder, its acceptor function, and the client method.
fn waiter_items(
    plan: &Plan<'_>,
    op: &OperationPlan,
    names: &WaiterPlan,
    waiter: &Waiter,
) -> Result<(TokenStream, TokenStream), String> {
    if !waiter.acceptors.iter().any(|a| a.state == State::Success) {
        return Err("no acceptor has the `success` state".into());
    }
    if waiter.min_delay < 1 || waiter.min_delay > waiter.max_delay {
        return Err(format!(
            "`minDelay` {} must be at least 1 and at most `maxDelay` {}",
            waiter.min_delay, waiter.max_delay
        ));
    }
    let module = ident(&op.method);
    let output = format_ident!("{}", op.output.name);
    let output: TokenStream = quote!(crate::operation::#module::#output);
    let input = format_ident!("{}", op.input.name);
    let input: TokenStream = quote!(crate::operation::#module::#input);
    let error = format_ident!("{}", op.error_name);
    let error: TokenStream = quote!(crate::operation::#module::#error);
    let fluent = format_ident!("{}", op.fluent_builder);
    let fluent: TokenStream = quote!(crate::operation::#module::#fluent);
    let waiter_type = format_ident!("{}", names.type_name);
    let method = format_ident!("{}", names.method);
    let acceptor_fn = format_ident!("{}", names.acceptors_fn);
    let name = names.name.as_str();

    // The acceptors, in order.
    let compiler = Compiler { plan };
    let mut checks = Vec::new();
    let mut acceptor_docs = Vec::new();
    let mut uses_input = false;
    for (i, acceptor) in waiter.acceptors.iter().enumerate() {
        let state = match acceptor.state {
            State::Success => quote!(AcceptorState::Success),
            State::Failure => quote!(AcceptorState::Failure),
            State::Retry => quote!(AcceptorState::Retry),
        };
        let state_name = format!("{:?}", acceptor.state).to_lowercase();
        let (condition, described) = match &acceptor.matcher {
            Matcher::Success(true) => (quote!(result.is_ok()), "the call succeeds".to_owned()),
            Matcher::Success(false) => (quote!(result.is_err()), "the call fails".to_owned()),
            Matcher::ErrorType(error_type) => {
                let code = error_type.rsplit('#').next().unwrap_or(error_type);
                (
                    quote!(result.as_ref().is_err_and(|error| error.code() == Some(#code))),
                    format!("the call fails with `{code}`"),
                )
            }
            Matcher::Output(m) | Matcher::InputOutput(m) => {
                let io = matches!(acceptor.matcher, Matcher::InputOutput(_));
                uses_input |= io;
                let root = if io {
                    Value::new(
                        quote!(),
                        Type::InputOutput {
                            input: &op.input,
                            output: &op.output,
                        },
                    )
                } else {
                    Value::new(quote!(output), Type::Struct(&op.output))
                };
                let ast =
                    jmespath::parse(&m.path).map_err(|e| format!("acceptor {}: path `{}`: {e}", i + 1, m.path))?;
                let value = compiler
                    .compile(&ast, &root)
                    .map_err(|e| format!("acceptor {}: path `{}`: {e}", i + 1, m.path))?;
                let test = comparison(&value, &m.comparator, &m.expected)
                    .map_err(|e| format!("acceptor {}: path `{}`: {e}", i + 1, m.path))?;
                let what = if io { "input and output" } else { "output" };
                let uses_output = test
                    .clone()
                    .into_iter()
                    .any(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == "output"))
                    || test.to_string().contains("output");
                let output = if uses_output { quote!(output) } else { quote!(_output) };
                (
                    quote!(result.as_ref().is_ok_and(|#output| #test)),
                    format!("the {what} matches `{}` {} `{}`", m.path, m.comparator, m.expected),
                )
            }
        };
        acceptor_docs.push(format!("{}. `{state_name}` when {described}", i + 1));
        checks.push(quote! {
            if #condition {
                return Some(#state);
            }
        });
    }
    let succeeds_on_error = waiter
        .acceptors
        .iter()
        .any(|a| a.state == State::Success && matches!(a.matcher, Matcher::ErrorType(_) | Matcher::Success(false)));

    let (input_param, input_value, input_arg) = if uses_input {
        let build = if super::structure::build_is_fallible(plan, &op.input) {
            quote!(self.inner.as_input().clone().build().ok())
        } else {
            quote!(Some(self.inner.as_input().clone().build()))
        };
        (
            quote!(input: Option<&#input>,),
            quote!(let input = #build;),
            quote!(|result| #acceptor_fn(input.as_ref(), result)),
        )
    } else {
        (quote!(), quote!(), quote!(#acceptor_fn))
    };
    let acceptor_doc = docs::lines(&format!(
        "The acceptors of `{name}`, in order (the first that matches decides; none matching means retry, \
         or failure on an error):\n\n{}",
        acceptor_docs.join("\n")
    ));
    let acceptor_item = quote! {
        #acceptor_doc
        fn #acceptor_fn(
            #input_param
            result: &#RESULT<#output, #error>,
        ) -> Option<AcceptorState> {
            #(#checks)*
            None
        }
    };

    let setters = super::operation::delegating_setters(plan, &op.input.fields, false);

    let (result_type, on_output, on_error, returns_doc) = if succeeds_on_error {
        (
            quote!(#OPTION<#output>),
            quote!(FinalPoll::Output(output) => Ok(Some(output))),
            quote!(FinalPoll::Error(_) => Ok(None)),
            "`Some(output)` when a call succeeded, `None` when the waiter succeeded on an error the model \
             expects (such as a resource that is gone)",
        )
    } else {
        (
            quote!(#output),
            quote!(FinalPoll::Output(output) => Ok(output)),
            quote!(FinalPoll::Error(error) => Err(WaiterError::Operation(error))),
            "the output of the call that ended the wait",
        )
    };
    let (min_delay, max_delay) = (waiter.min_delay, waiter.max_delay);
    let summary = docs::text(
        plan,
        waiter.documentation.as_deref(),
        &format!("Waits for the `{name}` state."),
    );
    let deprecated = if waiter.deprecated {
        "\n\nDeprecated by the service."
    } else {
        ""
    };
    let type_doc = docs::lines(&format!(
        "{summary}{deprecated}\n\nPolls `{op}`. Get one from [`Client::{method_name}`](crate::Client::{method_name}), \
         set the input members and [`max_wait`](Self::max_wait), then [`wait`](Self::wait). Delays between calls \
         start at {min_delay} s and grow to at most {max_delay} s.",
        op = op.name,
        method_name = names.method,
    ));
    let method_doc = docs::lines(&format!(
        "{summary}{deprecated}\n\nReturns a builder: set the `{}` input and the maximum wait, then `wait().await`.",
        op.name
    ));
    let wait_doc = docs::lines(&format!(
        "Calls `{}` until an acceptor ends the wait, and returns {returns_doc}.\n\nFails with \
         [`WaiterError::FailureState`] when a `failure` acceptor matches, [`WaiterError::Timeout`] when the \
         maximum wait passes, [`WaiterError::Operation`] when the call fails with an error no acceptor \
         expects, and [`WaiterError::MaxWaitNotSet`] without [`max_wait`](Self::max_wait).",
        op.name
    ));
    let item = quote! {
        #type_doc
        #[derive(Clone, Debug)]
        pub struct #waiter_type {
            client: crate::Client,
            inner: #fluent,
            delays: ::smithy_runtime::waiter::Delays,
            max_wait: #OPTION<::std::time::Duration>,
        }

        impl #waiter_type {
            fn new(client: crate::Client) -> Self {
                Self {
                    inner: #fluent::new(client.clone()),
                    client,
                    delays: ::smithy_runtime::waiter::Delays::new(
                        ::std::time::Duration::from_secs(#min_delay),
                        ::std::time::Duration::from_secs(#max_delay),
                    ),
                    max_wait: None,
                }
            }

            /// The longest time to wait, calls and delays included. Required: the
            /// waiter fails with [`WaiterError::MaxWaitNotSet`] without it.
            pub fn max_wait(mut self, max_wait: ::std::time::Duration) -> Self {
                self.max_wait = Some(max_wait);
                self
            }

            /// The shortest delay between calls, instead of the model's.
            pub fn min_delay(mut self, min_delay: ::std::time::Duration) -> Self {
                self.delays = ::smithy_runtime::waiter::Delays::new(min_delay, self.delays.max());
                self
            }

            /// The longest delay between calls, instead of the model's.
            pub fn max_delay(mut self, max_delay: ::std::time::Duration) -> Self {
                self.delays = ::smithy_runtime::waiter::Delays::new(self.delays.min(), max_delay);
                self
            }

            #(#setters)*

            #wait_doc
            pub async fn wait(self) -> #RESULT<#result_type, WaiterError<#output, #error>> {
                #input_value
                let inner = self.inner;
                let last = ::smithy_runtime::waiter::wait(
                    self.delays,
                    self.max_wait,
                    self.client.config().sleep(),
                    || inner.clone().send(),
                    #input_arg,
                )
                .await?;
                match last {
                    #on_output,
                    #on_error,
                }
            }
        }

        #acceptor_item
    };
    let method = quote! {
        #method_doc
        pub fn #method(&self) -> #waiter_type {
            #waiter_type::new(self.clone())
        }
    };
    Ok((item, method))
}

/// The test of a path matcher's comparator on the compiled expression `value`.
fn comparison(value: &Value<'_>, comparator: &str, expected: &str) -> Result<TokenStream, String> {
    let tokens = &compile::operand(&value.tokens);
    let wrong_type = |needs: &str| {
        Err(format!(
            "`{comparator}` needs {needs}, and the expression is {}",
            describe(&value.ty)
        ))
    };
    match comparator {
        "stringEquals" => match (&value.ty, value.nullable) {
            (Type::Str, false) => Ok(quote!(#tokens == #expected)),
            (Type::Str, true) => Ok(quote!(#tokens == Some(#expected))),
            _ => wrong_type("a string"),
        },
        "booleanEquals" => {
            let expected: bool = match expected {
                "true" => true,
                "false" => false,
                other => return Err(format!("`booleanEquals` expects `true` or `false`, not `{other}`")),
            };
            match (&value.ty, value.nullable) {
                (Type::Bool, false) if expected => Ok(value.tokens.clone()),
                (Type::Bool, false) => Ok(quote!(!#tokens)),
                (Type::Bool, true) => Ok(quote!(#tokens == Some(#expected))),
                _ => wrong_type("a boolean"),
            }
        }
        "allStringEquals" | "anyStringEquals" => {
            let Type::List(element) = &value.ty else {
                return wrong_type("a list of strings");
            };
            if !matches!(**element, Type::Str) {
                return wrong_type("a list of strings");
            }
            let test = if comparator == "allStringEquals" {
                quote!(!values.is_empty() && values.iter().all(|value| *value == #expected))
            } else {
                quote!(values.contains(&#expected))
            };
            if value.nullable {
                Ok(quote!(#tokens.is_some_and(|values| #test)))
            } else {
                let tokens = &value.tokens;
                Ok(quote!({
                    let values = #tokens;
                    #test
                }))
            }
        }
        other => Err(format!(
            "the comparator `{other}` is not supported (supported: `stringEquals`, `booleanEquals`, \
             `allStringEquals`, `anyStringEquals`)"
        )),
    }
}

fn describe(ty: &Type<'_>) -> String {
    match ty {
        Type::Bool => "a boolean".into(),
        Type::Number => "a number".into(),
        Type::Str => "a string".into(),
        Type::Struct(item) | Type::Union(item) => format!("the structure `{}`", item.shape.name()),
        Type::List(element) => format!("a list of {}", describe(element)),
        Type::Map => "a map".into(),
        Type::Null => "null".into(),
        Type::InputOutput { .. } => "the object `{input, output}`".into(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    /// The problems the generator reports for a one-operation service whose
    /// operation carries `traits`.
    fn problems(traits: serde_json::Value) -> String {
        let model = json!({
            "smithy": "2.0",
            "shapes": {
                "ex#Svc": {"type": "service", "version": "1", "operations": [{"target": "ex#Get"}],
                           "traits": {"aws.protocols#restJson1": {}}},
                "ex#Get": {"type": "operation", "input": {"target": "ex#GetInput"}, "output": {"target": "ex#GetOutput"},
                           "traits": {"smithy.api#http": {"method": "POST", "uri": "/", "code": 200}}},
                "ex#GetInput": {"type": "structure", "members": {"token": {"target": "smithy.api#String"}},
                                "traits": {"smithy.api#input": {}}},
                "ex#GetOutput": {"type": "structure", "members": {
                    "count": {"target": "smithy.api#Integer"},
                    "status": {"target": "smithy.api#String"},
                    "tags": {"target": "ex#Tags"}
                }, "traits": {"smithy.api#output": {}}},
                "ex#Tags": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "smithy.api#String"}}
            }
        });
        let mut model = model;
        model["shapes"]["ex#Get"]["traits"]
            .as_object_mut()
            .unwrap()
            .extend(traits.as_object().unwrap().clone());
        let options = crate::Options {
            crate_name: "x".into(),
            crate_version: "0.1.0".into(),
            runtime_path: "runtime".into(),
            header: crate::Header {
                model: "m".into(),
                command: "c".into(),
            },
            partitions: None,
            allow_unsupported: Default::default(),
        };
        match crate::generate("m.json", &model.to_string(), &options) {
            Ok(_) => String::new(),
            Err(errors) => errors.to_string(),
        }
    }

    fn waiter(path: &str, comparator: &str) -> String {
        problems(json!({"smithy.waiters#waitable": {"Done": {"acceptors": [
            {"state": "success", "matcher": {"output": {"path": path, "expected": "x", "comparator": comparator}}}
        ]}}}))
    }

    #[test]
    fn supported_expressions_generate() {
        assert_eq!(waiter("status", "stringEquals"), "");
        assert_eq!(
            problems(json!({"smithy.api#paginated": {"inputToken": "token", "outputToken": "status"}})),
            ""
        );
    }

    #[test]
    fn unsupported_expressions_are_errors_naming_the_operation() {
        for (path, comparator, message) in [
            ("status.*", "stringEquals", "object wildcards (`*`) are not supported"),
            (
                "sort_by(tags, &a)",
                "stringEquals",
                "expression references (`&`) are not supported",
            ),
            (
                "tags.a",
                "stringEquals",
                "`a` is selected from a map, which has no members",
            ),
            (
                "nope",
                "stringEquals",
                "`GetOutput` has no member `nope` (members: `count`, `status`, `tags`)",
            ),
            (
                "count",
                "stringEquals",
                "`stringEquals` needs a string, and the expression is a number",
            ),
            (
                "status == `1`",
                "booleanEquals",
                "equality of a string and a number is not supported",
            ),
            (
                "status && count",
                "booleanEquals",
                "`&&` of a string and a number is not supported",
            ),
            (
                "to_number(status)",
                "stringEquals",
                "the function `to_number` is not supported",
            ),
            ("status", "lessThan", "the comparator `lessThan` is not supported"),
        ] {
            let problems = waiter(path, comparator);
            assert!(
                problems.contains(&format!("ex#Get: waiter `Done`: acceptor 1: path `{path}`: {message}"))
                    || problems.contains(message) && problems.contains("ex#Get: waiter `Done`"),
                "{path}: {problems}"
            );
        }
    }

    #[test]
    fn invalid_paginators_are_errors_naming_the_operation() {
        let problems = problems(
            json!({"smithy.api#paginated": {"inputToken": "token", "outputToken": "count", "items": "status"}}),
        );
        assert!(
            problems.contains("ex#Get: `@paginated`: `outputToken` `count` must be a string, not a number"),
            "{problems}"
        );
        let problems =
            super::tests::problems(json!({"smithy.api#paginated": {"inputToken": "missing", "outputToken": "status"}}));
        assert!(
            problems.contains("`inputToken` names `missing`, which is not a member of the input"),
            "{problems}"
        );
    }
}

//! Compiles the rule tree of a rule set into the body of `resolve_endpoint`.
//!
//! Shape of the output: every rule with conditions is a labeled block
//! (`'rule_3: { ... }`) whose conditions `break` out of it when they fail and whose
//! result `return`s. A rule without conditions always returns, so the rules after
//! it are dropped (they are unreachable), and in tail position its result is the
//! tail expression (no `return`, for clippy's `needless_return`).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use super::params::{snake_ident, Param, ParamType};
use super::value::{Bool, Ty, Val};
use super::EndpointCodegenError as Error;

type Result<T> = std::result::Result<T, Error>;

/// A name in scope: a parameter or an `assign` binding.
#[derive(Debug, Clone)]
struct Var {
    ident: Ident,
    ty: Ty,
    /// The local holds a `String` (references use `.as_str()`).
    owned_string: bool,
    /// A boolean known at this point (an assigned boolean that passed its condition).
    constant: Option<bool>,
    /// The parameter this local reads, if any.
    param: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Scope {
    vars: BTreeMap<String, Var>,
}

/// Where a condition's statements go, and the label that failing conditions break to.
struct Ctx {
    stmts: TokenStream,
    label: syn::Lifetime,
    breaks: bool,
}

impl Ctx {
    fn fail_if(&mut self, test: Bool) -> bool {
        let label = &self.label;
        match test {
            Bool::Lit(false) => true,
            Bool::Lit(true) => false,
            other => {
                let test = other.to_tokens();
                self.stmts.extend(quote!(if #test { break #label; }));
                self.breaks = true;
                true
            }
        }
    }

    fn let_some(&mut self, ident: &Ident, value: &TokenStream) {
        let label = &self.label;
        self.stmts
            .extend(quote!(let Some(#ident) = #value else { break #label; };));
        self.breaks = true;
    }
}

struct Compiler<'a> {
    params: &'a [Param],
    used_params: BTreeSet<String>,
    labels: usize,
    temps: usize,
    taken: BTreeSet<String>,
}

/// The `resolve_endpoint` function.
pub(crate) fn resolve_fn(rule_set: &Value, params: &[Param]) -> Result<TokenStream> {
    let rules = rule_set
        .get("rules")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::invalid("rules", "missing or not an array"))?;
    let mut taken: BTreeSet<String> = params.iter().map(|p| p.ident.to_string()).collect();
    rules.iter().for_each(|r| collect_assigns(r, &mut taken));
    let mut compiler = Compiler {
        params,
        used_params: BTreeSet::new(),
        labels: 0,
        temps: 0,
        taken,
    };
    let mut scope = Scope::default();
    for p in params {
        let ty = match p.ty {
            ParamType::String => Ty::Str,
            ParamType::Boolean => Ty::Bool,
            ParamType::StringArray => Ty::StrArray,
        };
        let ty = if p.always_set() { ty } else { Ty::Opt(Box::new(ty)) };
        scope.vars.insert(
            p.name.clone(),
            Var {
                ident: p.ident.clone(),
                ty,
                owned_string: false,
                constant: None,
                param: Some(p.name.clone()),
            },
        );
    }
    let body = compiler.rules(rules, &scope, "rules", true, "no endpoint rule matched the parameters")?;
    let bindings = params
        .iter()
        .filter(|p| compiler.used_params.contains(&p.name))
        .map(|p| {
            let ident = &p.ident;
            let value = match (p.ty, p.always_set()) {
                (ParamType::String, true) => quote!(params.#ident.as_str()),
                (ParamType::StringArray, true) => quote!(params.#ident.as_slice()),
                (ParamType::String | ParamType::StringArray, false) => {
                    quote!(params.#ident.as_deref())
                }
                (ParamType::Boolean, _) => quote!(params.#ident),
            };
            quote!(let #ident = #value;)
        })
        .collect::<Vec<_>>();
    let params_arg = if bindings.is_empty() {
        quote!(_params)
    } else {
        quote!(params)
    };
    Ok(quote! {
        /// Resolves the endpoint for `params` by evaluating the service's endpoint
        /// rules, compiled from its `smithy.rules#endpointRuleSet`.
        ///
        /// # Errors
        ///
        /// The rule set's message when the parameters select an error rule (for
        /// example FIPS requested in a partition without FIPS endpoints), or when no
        /// rule matches.
        pub fn resolve_endpoint(
            #params_arg: &Params,
        ) -> Result<::smithy_runtime::endpoint::Endpoint, ::smithy_runtime::endpoint::EndpointError> {
            #(#bindings)*
            #body
        }
    })
}

fn collect_assigns(value: &Value, names: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = map.get("assign").and_then(Value::as_str) {
                names.insert(snake_ident(name));
            }
            map.values().for_each(|v| collect_assigns(v, names));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_assigns(v, names)),
        _ => {}
    }
}

/// Whether `value` (part of a rule) refers to `name`, by `ref` or in a template.
fn mentions(value: &Value, name: &str) -> bool {
    match value {
        Value::Object(map) => {
            map.get("ref").and_then(Value::as_str) == Some(name) || map.values().any(|v| mentions(v, name))
        }
        Value::Array(items) => items.iter().any(|v| mentions(v, name)),
        Value::String(s) => s.contains(&format!("{{{name}}}")) || s.contains(&format!("{{{name}#")),
        _ => false,
    }
}

/// A piece of a template string.
enum Piece {
    Text(String),
    Ref { name: String, path: Option<String> },
}

fn parse_template(s: &str, at: &str) -> Result<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let mut inner = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => inner.push(c),
                        None => return Err(Error::invalid(at, format!("unclosed `{{` in template {s:?}"))),
                    }
                }
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                let (name, path) = match inner.split_once('#') {
                    Some((name, path)) => (name.to_owned(), Some(path.to_owned())),
                    None => (inner, None),
                };
                pieces.push(Piece::Ref { name, path });
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

impl Compiler<'_> {
    fn label(&mut self) -> syn::Lifetime {
        self.labels += 1;
        syn::Lifetime::new(&format!("'rule_{}", self.labels), Span::call_site())
    }

    fn temp(&mut self, hint: &str) -> Ident {
        loop {
            self.temps += 1;
            let name = format!("{hint}_{}", self.temps);
            if !self.taken.contains(&name) {
                return Ident::new(&name, Span::call_site());
            }
        }
    }

    /// A list of rules. In `tail` position the code ends with an expression of type
    /// `Result<Endpoint, EndpointError>`; otherwise every path ends in `return`.
    fn rules(
        &mut self,
        rules: &[Value],
        scope: &Scope,
        at: &str,
        tail: bool,
        fallthrough: &str,
    ) -> Result<TokenStream> {
        let mut out = TokenStream::new();
        for (i, rule) in rules.iter().enumerate() {
            let at = format!("{at}[{i}]");
            // A rule that can never apply is dropped, with the parameters it used.
            let used_before = self.used_params.clone();
            match self.rule(rule, scope, &at, tail)? {
                RuleCode::Never => self.used_params = used_before,
                RuleCode::Conditional(tokens) => out.extend(tokens),
                RuleCode::Always(tokens) => {
                    out.extend(tokens);
                    return Ok(out);
                }
            }
        }
        let error = quote!(Err(::smithy_runtime::endpoint::EndpointError::new(#fallthrough)));
        out.extend(if tail { error } else { quote!(return #error;) });
        Ok(out)
    }

    fn rule(&mut self, rule: &Value, scope: &Scope, at: &str, tail: bool) -> Result<RuleCode> {
        let kind = rule
            .get("type")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::invalid(at, "rule without `type`"))?;
        let empty = Vec::new();
        let conditions = match rule.get("conditions") {
            None => &empty,
            Some(c) => c
                .as_array()
                .ok_or_else(|| Error::invalid(at, "`conditions` is not an array"))?,
        };
        let result_key = match kind {
            "endpoint" => "endpoint",
            "error" => "error",
            "tree" => "rules",
            other => return Err(Error::unsupported(at, format!("rule type {other}"))),
        };
        let result = rule
            .get(result_key)
            .ok_or_else(|| Error::invalid(at, format!("{kind} rule without `{result_key}`")))?;
        let mut scope = scope.clone();
        let mut ctx = Ctx {
            stmts: TokenStream::new(),
            label: self.label(),
            breaks: false,
        };
        for (j, condition) in conditions.iter().enumerate() {
            let rest: Vec<&Value> = conditions[j + 1..].iter().chain([result]).collect();
            let at = format!("{at}.conditions[{j}]");
            if !self.condition(condition, &mut scope, &mut ctx, &at, &rest)? {
                return Ok(RuleCode::Never);
            }
        }
        let value = match kind {
            "endpoint" => {
                let endpoint = self.endpoint(result, &mut scope, &mut ctx, &format!("{at}.endpoint"))?;
                Some(quote!(Ok(#endpoint)))
            }
            "error" => {
                let message = self.expr_required(result, &mut scope, &mut ctx, &format!("{at}.error"))?;
                if message.ty != Ty::Str {
                    return Err(Error::invalid(at, "the error message is not a string"));
                }
                let message = message.tokens;
                Some(quote!(Err(::smithy_runtime::endpoint::EndpointError::new(#message))))
            }
            _ => None,
        };
        let in_tail = tail && !ctx.breaks;
        let result_code = match value {
            Some(value) if in_tail => value,
            Some(value) => quote!(return #value;),
            None => {
                let rules = result
                    .as_array()
                    .ok_or_else(|| Error::invalid(at, "`rules` is not an array"))?;
                self.rules(
                    rules,
                    &scope,
                    &format!("{at}.rules"),
                    in_tail,
                    "no rule of an endpoint rule tree matched the parameters",
                )?
            }
        };
        let Ctx { stmts, label, breaks } = ctx;
        if breaks {
            Ok(RuleCode::Conditional(quote!(#label: { #stmts #result_code })))
        } else {
            Ok(RuleCode::Always(quote!(#stmts #result_code)))
        }
    }

    /// Compiles one condition; `false` when it can never hold.
    fn condition(
        &mut self,
        condition: &Value,
        scope: &mut Scope,
        ctx: &mut Ctx,
        at: &str,
        rest: &[&Value],
    ) -> Result<bool> {
        let assign = condition.get("assign").and_then(Value::as_str);
        if condition.get("fn").is_none() {
            return Err(Error::invalid(at, "a condition must be a function call"));
        }
        // `isSet(ref)` narrows the reference for the rest of the rule.
        if let (Some("isSet"), None) = (condition.get("fn").and_then(Value::as_str), assign) {
            let arg = condition.get("argv").and_then(Value::as_array).and_then(|a| a.first());
            if let Some(name) = arg.and_then(|a| a.get("ref")).and_then(Value::as_str) {
                let var = scope
                    .vars
                    .get(name)
                    .cloned()
                    .ok_or_else(|| Error::invalid(at, format!("reference to unknown name `{name}`")))?;
                if let Some(param) = &var.param {
                    self.used_params.insert(param.clone());
                }
                let Ty::Opt(inner) = var.ty.clone() else {
                    return Ok(true);
                };
                let ident = var.ident.clone();
                if rest.iter().any(|r| mentions(r, name)) {
                    ctx.let_some(&ident, &quote!(#ident));
                    scope.vars.insert(name.to_owned(), Var { ty: *inner, ..var });
                    return Ok(true);
                }
                return Ok(ctx.fail_if(Bool::IsSome {
                    tokens: quote!(#ident),
                    negated: true,
                }));
            }
        }
        let value = self.call(condition, scope, ctx, at)?;
        let used_later = assign.is_some_and(|name| rest.iter().any(|r| mentions(r, name)));
        if let Some(name) = assign {
            if scope.vars.contains_key(name) {
                return Err(Error::invalid(at, format!("`assign` shadows `{name}`")));
            }
        }
        match (&value.ty, assign) {
            (Ty::Bool, _) => {
                let holds = ctx.fail_if(value.as_bool().negate());
                if let (Some(name), true) = (assign, used_later) {
                    scope.vars.insert(
                        name.to_owned(),
                        Var {
                            // Never printed: a constant reference compiles to its literal.
                            ident: Ident::new("constant", Span::call_site()),
                            ty: Ty::Bool,
                            owned_string: false,
                            constant: Some(true),
                            param: None,
                        },
                    );
                }
                Ok(holds)
            }
            (Ty::Opt(inner), Some(name)) if used_later => {
                let ident = self.local_ident(name);
                ctx.let_some(&ident, &value.tokens);
                scope.vars.insert(
                    name.to_owned(),
                    Var {
                        ident,
                        ty: (**inner).clone(),
                        owned_string: false,
                        constant: None,
                        param: None,
                    },
                );
                Ok(true)
            }
            (Ty::Opt(_), _) => Ok(ctx.fail_if(Bool::IsSome {
                tokens: value.tokens,
                negated: true,
            })),
            (ty, Some(name)) if used_later => {
                let ident = self.local_ident(name);
                let tokens = &value.tokens;
                ctx.stmts.extend(quote!(let #ident = #tokens;));
                scope.vars.insert(
                    name.to_owned(),
                    Var {
                        ident,
                        ty: ty.clone(),
                        owned_string: value.owned,
                        constant: None,
                        param: None,
                    },
                );
                Ok(true)
            }
            _ => Ok(true),
        }
    }

    fn local_ident(&self, name: &str) -> Ident {
        let mut snake = snake_ident(name);
        while self.params.iter().any(|p| p.ident == snake && p.name != name) {
            snake.push('_');
        }
        Ident::new(&snake, Span::call_site())
    }

    /// An expression whose value must be present: an `Option` is unwrapped, and
    /// the rule fails when it is `None`.
    fn expr_required(&mut self, e: &Value, scope: &mut Scope, ctx: &mut Ctx, at: &str) -> Result<Val> {
        let value = self.expr(e, scope, ctx, at)?;
        self.unwrap_opt(value, scope, ctx)
    }

    fn unwrap_opt(&mut self, value: Val, scope: &mut Scope, ctx: &mut Ctx) -> Result<Val> {
        let Ty::Opt(inner) = value.ty.clone() else {
            return Ok(value);
        };
        // A reference is narrowed in place: `let Some(region) = region else { break };`
        // holds for the rest of the rule, like `isSet`.
        if let Some(name) = &value.var {
            if let Some(var) = scope.vars.get_mut(name) {
                let ident = var.ident.clone();
                ctx.let_some(&ident, &quote!(#ident));
                var.ty = (*inner).clone();
                let mut narrowed = Val::new(quote!(#ident), *inner);
                narrowed.ident = Some(ident);
                narrowed.var = Some(name.clone());
                return Ok(narrowed);
            }
        }
        let ident = self.temp("value");
        ctx.let_some(&ident, &value.tokens);
        Ok(Val {
            ident: Some(ident.clone()),
            ..Val::new(quote!(#ident), *inner)
        })
    }

    fn expr(&mut self, e: &Value, scope: &mut Scope, ctx: &mut Ctx, at: &str) -> Result<Val> {
        match e {
            Value::Bool(b) => Ok(Val::boolean(Bool::Lit(*b))),
            Value::Number(n) => {
                let n = n
                    .as_u64()
                    .ok_or_else(|| Error::unsupported(at, format!("number literal {n}")))?;
                let lit = Literal::usize_unsuffixed(n as usize);
                Ok(Val::new(quote!(#lit), Ty::Int))
            }
            Value::String(s) => self.template(s, scope, ctx, at),
            Value::Object(map) if map.contains_key("ref") => {
                let name = map["ref"]
                    .as_str()
                    .ok_or_else(|| Error::invalid(at, "`ref` is not a string"))?;
                self.reference(name, scope, at)
            }
            Value::Object(map) if map.contains_key("fn") => self.call(e, scope, ctx, at),
            _ => Err(Error::unsupported(at, format!("expression {e}"))),
        }
    }

    fn reference(&mut self, name: &str, scope: &Scope, at: &str) -> Result<Val> {
        let var = scope
            .vars
            .get(name)
            .ok_or_else(|| Error::invalid(at, format!("reference to unknown name `{name}`")))?;
        if let Some(param) = &var.param {
            self.used_params.insert(param.clone());
        }
        if let Some(b) = var.constant {
            return Ok(Val::boolean(Bool::Lit(b)));
        }
        let ident = &var.ident;
        let tokens = if var.owned_string {
            quote!(#ident.as_str())
        } else {
            quote!(#ident)
        };
        let mut value = Val::new(tokens, var.ty.clone());
        value.ident = Some(ident.clone());
        value.var = Some(name.to_owned());
        Ok(value)
    }

    /// A string literal, which may be a template (`https://{Region}.{PartitionResult#dnsSuffix}`).
    fn template(&mut self, s: &str, scope: &mut Scope, ctx: &mut Ctx, at: &str) -> Result<Val> {
        let pieces = parse_template(s, at)?;
        let mut values = Vec::new();
        for piece in &pieces {
            if let Piece::Ref { name, path } = piece {
                let base = self.reference(name, scope, at)?;
                let base = self.unwrap_opt(base, scope, ctx)?;
                let value = match path {
                    Some(path) => {
                        let v = self.get_attr(base, path, at)?;
                        self.unwrap_opt(v, scope, ctx)?
                    }
                    None => base,
                };
                if value.ty != Ty::Str {
                    return Err(Error::invalid(
                        at,
                        format!("template value `{name}` is a {}, not a string", value.ty.name()),
                    ));
                }
                values.push(value);
            }
        }
        match (pieces.as_slice(), values.len()) {
            (_, 0) => {
                let text: String = pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Text(t) => t.as_str(),
                        Piece::Ref { .. } => "",
                    })
                    .collect();
                Ok(Val::new(quote!(#text), Ty::Str))
            }
            ([Piece::Ref { .. }], 1) => Ok(values.remove(0)),
            _ => {
                let mut format = String::new();
                let mut args = Vec::new();
                let mut values = values.into_iter();
                for piece in &pieces {
                    match piece {
                        Piece::Text(t) => format.push_str(&t.replace('{', "{{").replace('}', "}}")),
                        Piece::Ref { .. } => {
                            let value = values.next().expect("one value per reference");
                            match &value.ident {
                                Some(ident) => format.push_str(&format!("{{{ident}}}")),
                                None => {
                                    format.push_str("{}");
                                    args.push(value.fmt.unwrap_or(value.tokens));
                                }
                            }
                        }
                    }
                }
                Ok(Val::owned_str(quote!(format!(#format #(, #args)*))))
            }
        }
    }

    /// `getAttr` on a value of known type: a field access.
    fn get_attr(&mut self, base: Val, path: &str, at: &str) -> Result<Val> {
        let mut current = base;
        let parts: Vec<&str> = path.split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            let (key, index) = match part.split_once('[') {
                Some((key, rest)) => {
                    let index: usize = rest
                        .strip_suffix(']')
                        .and_then(|n| n.parse().ok())
                        .ok_or_else(|| Error::invalid(at, format!("bad index in path `{path}`")))?;
                    (key, Some(index))
                }
                None => (*part, None),
            };
            if !key.is_empty() {
                current = field(current, key, at)?;
            }
            if let Some(index) = index {
                if current.ty != Ty::StrArray {
                    return Err(Error::invalid(
                        at,
                        format!("index into a {} in path `{path}`", current.ty.name()),
                    ));
                }
                if i + 1 != parts.len() {
                    return Err(Error::invalid(at, format!("index before the end of path `{path}`")));
                }
                let tokens = &current.tokens;
                let get = if index == 0 {
                    quote!(first())
                } else {
                    let index = Literal::usize_unsuffixed(index);
                    quote!(get(#index))
                };
                current = Val::new(quote!(#tokens.#get.map(String::as_str)), Ty::Opt(Box::new(Ty::Str)));
            }
        }
        Ok(current)
    }

    fn args(call: &Value, at: &str, count: usize) -> Result<Vec<Value>> {
        let argv = call
            .get("argv")
            .and_then(Value::as_array)
            .ok_or_else(|| Error::invalid(at, "function call without `argv`"))?;
        if argv.len() != count {
            return Err(Error::invalid(
                at,
                format!("expected {count} arguments, found {}", argv.len()),
            ));
        }
        Ok(argv.clone())
    }

    fn typed(&mut self, e: &Value, ty: Ty, scope: &mut Scope, ctx: &mut Ctx, at: &str) -> Result<Val> {
        let value = self.expr_required(e, scope, ctx, at)?;
        if value.ty != ty {
            return Err(Error::invalid(
                at,
                format!("expected a {}, found a {}", ty.name(), value.ty.name()),
            ));
        }
        Ok(value)
    }

    fn call(&mut self, call: &Value, scope: &mut Scope, ctx: &mut Ctx, at: &str) -> Result<Val> {
        let name = call
            .get("fn")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::invalid(at, "`fn` is not a string"))?;
        let rt = quote!(::smithy_runtime::endpoint);
        let at = &format!("{at}.{name}");
        match name {
            "booleanEquals" => {
                let argv = Self::args(call, at, 2)?;
                let a = self.typed(&argv[0], Ty::Bool, scope, ctx, at)?.as_bool();
                let b = self.typed(&argv[1], Ty::Bool, scope, ctx, at)?.as_bool();
                Ok(Val::boolean(match (a, b) {
                    (Bool::Lit(x), Bool::Lit(y)) => Bool::Lit(x == y),
                    (Bool::Lit(true), other) | (other, Bool::Lit(true)) => other,
                    (Bool::Lit(false), other) | (other, Bool::Lit(false)) => other.negate(),
                    (a, b) => Bool::Eq {
                        a: a.operand(),
                        b: b.operand(),
                        negated: false,
                    },
                }))
            }
            "stringEquals" => {
                let argv = Self::args(call, at, 2)?;
                let a = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                let b = self.typed(&argv[1], Ty::Str, scope, ctx, at)?.str_ref();
                Ok(Val::boolean(Bool::Eq { a, b, negated: false }))
            }
            "isSet" => {
                let argv = Self::args(call, at, 1)?;
                let value = self.expr(&argv[0], scope, ctx, at)?;
                Ok(Val::boolean(if value.ty.is_opt() {
                    Bool::IsSome {
                        tokens: value.tokens,
                        negated: false,
                    }
                } else {
                    Bool::Lit(true)
                }))
            }
            "not" => {
                let argv = Self::args(call, at, 1)?;
                let value = self.typed(&argv[0], Ty::Bool, scope, ctx, at)?;
                Ok(Val::boolean(value.as_bool().negate()))
            }
            "getAttr" => {
                let argv = Self::args(call, at, 2)?;
                let base = self.expr_required(&argv[0], scope, ctx, at)?;
                let path = argv[1]
                    .as_str()
                    .ok_or_else(|| Error::invalid(at, "the path of getAttr is not a string"))?;
                self.get_attr(base, path, at)
            }
            "substring" => {
                let argv = Self::args(call, at, 4)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?;
                let input = if input.owned {
                    // The result borrows the input: keep a temporary string alive.
                    let ident = self.temp("input");
                    let tokens = &input.tokens;
                    ctx.stmts.extend(quote!(let #ident = #tokens;));
                    quote!(#ident.as_str())
                } else {
                    input.tokens
                };
                let start = self.typed(&argv[1], Ty::Int, scope, ctx, at)?.tokens;
                let stop = self.typed(&argv[2], Ty::Int, scope, ctx, at)?.tokens;
                let reverse = self.typed(&argv[3], Ty::Bool, scope, ctx, at)?.tokens;
                Ok(Val::new(
                    quote!(#rt::substring(#input, #start, #stop, #reverse)),
                    Ty::Opt(Box::new(Ty::Str)),
                ))
            }
            "uriEncode" => {
                let argv = Self::args(call, at, 1)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                Ok(Val::owned_str(quote!(#rt::uri_encode(#input))))
            }
            "parseURL" => {
                let argv = Self::args(call, at, 1)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                Ok(Val::new(quote!(#rt::parse_url(#input)), Ty::Opt(Box::new(Ty::Url))))
            }
            "isValidHostLabel" => {
                let argv = Self::args(call, at, 2)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                let sub = self.typed(&argv[1], Ty::Bool, scope, ctx, at)?.tokens;
                Ok(Val::boolean(Bool::Expr {
                    tokens: quote!(#rt::is_valid_host_label(#input, #sub)),
                    negated: false,
                }))
            }
            "aws.partition" => {
                let argv = Self::args(call, at, 1)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                Ok(Val::new(
                    quote!(#rt::aws::partition(#input)),
                    Ty::Opt(Box::new(Ty::Partition)),
                ))
            }
            "aws.parseArn" => {
                let argv = Self::args(call, at, 1)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                Ok(Val::new(
                    quote!(#rt::aws::parse_arn(#input)),
                    Ty::Opt(Box::new(Ty::Arn)),
                ))
            }
            "aws.isVirtualHostableS3Bucket" => {
                let argv = Self::args(call, at, 2)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                let sub = self.typed(&argv[1], Ty::Bool, scope, ctx, at)?.tokens;
                Ok(Val::boolean(Bool::Expr {
                    tokens: quote!(#rt::aws::is_virtual_hostable_s3_bucket(#input, #sub)),
                    negated: false,
                }))
            }
            "coalesce" => {
                let argv = call
                    .get("argv")
                    .and_then(Value::as_array)
                    .filter(|a| a.len() >= 2)
                    .ok_or_else(|| Error::invalid(at, "coalesce takes two or more arguments"))?;
                let mut values = Vec::new();
                for arg in argv {
                    let value = self.expr(arg, scope, ctx, at)?;
                    values.push(self.copy_value(value, ctx, at)?);
                }
                let inner = inner_type(&values[0].ty);
                if values.iter().any(|v| inner_type(&v.ty) != inner) {
                    return Err(Error::invalid(at, "coalesce arguments of different types"));
                }
                let (last, rest) = values.split_last().expect("two or more");
                let mut tokens = as_option(&rest[0]);
                for value in &rest[1..] {
                    let next = as_option(value);
                    tokens = quote!(#tokens.or(#next));
                }
                if last.ty.is_opt() {
                    let next = &last.tokens;
                    Ok(Val::new(quote!(#tokens.or(#next)), Ty::Opt(Box::new(inner))))
                } else {
                    let next = &last.tokens;
                    let value = Val::new(quote!(#tokens.unwrap_or(#next)), inner);
                    Ok(if value.ty == Ty::Bool {
                        Val::boolean(value.as_bool())
                    } else {
                        value
                    })
                }
            }
            "ite" => {
                let argv = Self::args(call, at, 3)?;
                let condition = self.typed(&argv[0], Ty::Bool, scope, ctx, at)?.as_bool();
                let a = self.expr(&argv[1], scope, ctx, at)?;
                let a = self.copy_value(a, ctx, at)?;
                let b = self.expr(&argv[2], scope, ctx, at)?;
                let b = self.copy_value(b, ctx, at)?;
                let inner = inner_type(&a.ty);
                if inner_type(&b.ty) != inner {
                    return Err(Error::invalid(at, "ite branches of different types"));
                }
                if let (Some(Bool::Lit(x)), Some(Bool::Lit(y))) = (&a.boolean, &b.boolean) {
                    return Ok(Val::boolean(match (x, y) {
                        (true, true) | (false, false) => Bool::Lit(*x),
                        (true, false) => condition,
                        (false, true) => condition.negate(),
                    }));
                }
                let condition = condition.to_tokens();
                // Kept in a local: an `if` cannot end a `let ... else` initializer.
                let ident = self.temp("choice");
                let (a, b, ty) = if a.ty.is_opt() || b.ty.is_opt() {
                    (as_option(&a), as_option(&b), Ty::Opt(Box::new(inner)))
                } else {
                    (a.tokens, b.tokens, inner)
                };
                ctx.stmts.extend(quote!(let #ident = if #condition { #a } else { #b };));
                let mut value = Val::new(quote!(#ident), ty);
                value.ident = Some(ident);
                Ok(value)
            }
            "split" => {
                let argv = Self::args(call, at, 3)?;
                let input = self.typed(&argv[0], Ty::Str, scope, ctx, at)?.str_ref();
                let delimiter = self.typed(&argv[1], Ty::Str, scope, ctx, at)?.str_ref();
                let limit = self.typed(&argv[2], Ty::Int, scope, ctx, at)?.tokens;
                // The parts are a `Vec<String>`, kept in a local so that `getAttr` can
                // borrow from it.
                let ident = self.temp("parts");
                ctx.stmts
                    .extend(quote!(let #ident = #rt::split(#input, #delimiter, #limit);));
                Ok(Val::new(quote!(#ident), Ty::StrArray))
            }
            other => Err(Error::unsupported(at, format!("function `{other}`"))),
        }
    }

    /// A value that `coalesce` and `ite` can move around: a `&str`, a `bool`, or an
    /// `Option` of them (a fresh `String` is kept in a local and borrowed).
    fn copy_value(&mut self, value: Val, ctx: &mut Ctx, at: &str) -> Result<Val> {
        match inner_type(&value.ty) {
            Ty::Str if value.owned => {
                let ident = self.temp("text");
                let tokens = &value.tokens;
                ctx.stmts.extend(quote!(let #ident = #tokens;));
                let mut borrowed = Val::new(quote!(#ident.as_str()), Ty::Str);
                borrowed.ident = Some(ident);
                Ok(borrowed)
            }
            Ty::Str | Ty::Bool | Ty::Int => Ok(value),
            other => Err(Error::unsupported(at, format!("coalesce or ite on a {}", other.name()))),
        }
    }

    /// An endpoint object: `Endpoint::new(url).with_header(..).with_property(..)`.
    fn endpoint(&mut self, endpoint: &Value, scope: &mut Scope, ctx: &mut Ctx, at: &str) -> Result<TokenStream> {
        let url = endpoint
            .get("url")
            .ok_or_else(|| Error::invalid(at, "endpoint without `url`"))?;
        let url = self.typed(url, Ty::Str, scope, ctx, &format!("{at}.url"))?.tokens;
        let mut code = quote!(::smithy_runtime::endpoint::Endpoint::new(#url));
        if let Some(headers) = endpoint.get("headers") {
            let headers = headers
                .as_object()
                .ok_or_else(|| Error::invalid(at, "`headers` is not an object"))?;
            for (name, values) in headers {
                let at = format!("{at}.headers.{name}");
                let values = values
                    .as_array()
                    .ok_or_else(|| Error::invalid(&at, "header values are not an array"))?;
                for value in values {
                    let value = self.typed(value, Ty::Str, scope, ctx, &at)?.tokens;
                    code = quote!(#code.with_header(#name, #value));
                }
            }
        }
        if let Some(properties) = endpoint.get("properties") {
            let properties = properties
                .as_object()
                .ok_or_else(|| Error::invalid(at, "`properties` is not an object"))?;
            for (name, value) in properties {
                let value = self.document(value, scope, ctx, &format!("{at}.properties.{name}"))?;
                code = quote!(#code.with_property(#name, #value));
            }
        }
        Ok(code)
    }

    /// A property value as a `Document` expression; strings are templates.
    fn document(&mut self, value: &Value, scope: &mut Scope, ctx: &mut Ctx, at: &str) -> Result<TokenStream> {
        let doc = quote!(::smithy_runtime::endpoint::Document);
        Ok(match value {
            Value::Null => quote!(#doc::Null),
            Value::Bool(b) => quote!(#doc::Bool(#b)),
            Value::Number(n) => number_document(n, at)?,
            Value::String(_) => {
                let value = self.typed(value, Ty::Str, scope, ctx, at)?.tokens;
                quote!(#doc::from(#value))
            }
            Value::Array(items) => {
                let items = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| self.document(item, scope, ctx, &format!("{at}[{i}]")))
                    .collect::<Result<Vec<_>>>()?;
                quote!(#doc::Array(vec![#(#items),*]))
            }
            Value::Object(map) if map.contains_key("ref") || map.contains_key("fn") => {
                let value = self.expr_required(value, scope, ctx, at)?;
                match value.ty {
                    Ty::Str | Ty::Bool => {
                        let tokens = value.tokens;
                        quote!(#doc::from(#tokens))
                    }
                    ty => return Err(Error::unsupported(at, format!("a {} as a property value", ty.name()))),
                }
            }
            Value::Object(map) => {
                let entries = map
                    .iter()
                    .map(|(k, v)| {
                        let v = self.document(v, scope, ctx, &format!("{at}.{k}"))?;
                        Ok(quote!((#k, #v)))
                    })
                    .collect::<Result<Vec<_>>>()?;
                quote!(::smithy_runtime::endpoint::object([#(#entries),*]))
            }
        })
    }
}

pub(crate) fn number_document(n: &serde_json::Number, at: &str) -> Result<TokenStream> {
    let doc = quote!(::smithy_runtime::endpoint::Document);
    if let Some(i) = n.as_i64() {
        let lit = Literal::i64_suffixed(i);
        Ok(quote!(#doc::from(#lit)))
    } else if let Some(u) = n.as_u64() {
        let lit = Literal::u64_suffixed(u);
        Ok(quote!(#doc::from(#lit)))
    } else {
        Err(Error::unsupported(at, format!("number {n} in a property")))
    }
}

enum RuleCode {
    /// The rule's conditions can never all hold.
    Never,
    /// A labeled block; control continues after it when a condition fails.
    Conditional(TokenStream),
    /// The rule always applies: its code always returns (or is the tail expression).
    Always(TokenStream),
}

/// The field `key` of a value of known type.
fn field(base: Val, key: &str, at: &str) -> Result<Val> {
    let t = &base.tokens;
    let ident = |k: &str| format_ident!("{}", k);
    let mut fmt = None;
    let (tokens, ty) = match (&base.ty, key) {
        (Ty::Partition, "name" | "dnsSuffix" | "dualStackDnsSuffix" | "implicitGlobalRegion") => {
            let f = ident(&snake_ident(key));
            (quote!(#t.#f), Ty::Str)
        }
        (Ty::Partition, "supportsFIPS") => (quote!(#t.supports_fips), Ty::Bool),
        (Ty::Partition, "supportsDualStack") => (quote!(#t.supports_dual_stack), Ty::Bool),
        (Ty::Url, "scheme" | "authority" | "path" | "normalizedPath") => {
            let f = ident(&snake_ident(key));
            fmt = Some(quote!(#t.#f));
            (quote!(#t.#f.as_str()), Ty::Str)
        }
        (Ty::Url, "isIp") => (quote!(#t.is_ip), Ty::Bool),
        (Ty::Arn, "partition" | "service" | "region" | "accountId") => {
            let f = ident(&snake_ident(key));
            fmt = Some(quote!(#t.#f));
            (quote!(#t.#f.as_str()), Ty::Str)
        }
        (Ty::Arn, "resourceId") => (quote!(#t.resource_id), Ty::StrArray),
        (ty, key) => return Err(Error::invalid(at, format!("no attribute `{key}` on a {}", ty.name()))),
    };
    if ty == Ty::Bool {
        return Ok(Val::boolean(Bool::Expr { tokens, negated: false }));
    }
    let mut value = Val::new(tokens, ty);
    value.fmt = fmt;
    Ok(value)
}

/// The type without `Option`.
fn inner_type(ty: &Ty) -> Ty {
    match ty {
        Ty::Opt(inner) => (**inner).clone(),
        other => other.clone(),
    }
}

/// The tokens of a value as an `Option`.
fn as_option(value: &Val) -> TokenStream {
    let tokens = &value.tokens;
    if value.ty.is_opt() {
        tokens.clone()
    } else {
        quote!(Some(#tokens))
    }
}

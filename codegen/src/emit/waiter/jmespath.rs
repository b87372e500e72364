//! A parser for the subset of JMESPath that waiters and paginators use.
//!
//! Supported: identifiers (bare and `"quoted"`), sub-expressions `a.b`, the
//! current node `@`, indexes `a[0]` and `a[-1]`, list projections `a[*].b`,
//! flatten projections `a[].b`, filter projections `a[?b == 'x'].c`, pipes `|`,
//! comparisons `== != < <= > >=`, `&&`, `||`, `!`, parentheses, literals
//! (`` `json` `` and `'raw strings'`), function calls `f(x, y)` and multi-select
//! lists `[a, b]` (at the start of an expression or after `.`).
//!
//! Everything else (slices, object wildcards `*`, multi-select hashes `{a: b}`,
//! expression references `&a`) is rejected with a message naming it.

use serde_json::Value;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ast {
    /// `@`: the current node.
    Identity,
    /// `name`: a member of the current node.
    Field(String),
    /// `lhs.rhs` (and `lhs | rhs`): `rhs` evaluated on the result of `lhs`.
    Subexpr(Box<Ast>, Box<Ast>),
    /// `[n]`: an element of the current list; negative counts from the end.
    Index(i64),
    /// A projection: `rhs` evaluated on each element of the list `lhs`, nulls dropped.
    Projection(Box<Ast>, Box<Ast>),
    /// `lhs[]`: the list `lhs` with nested lists flattened one level.
    Flatten(Box<Ast>),
    /// `lhs[?condition]`: the elements of `lhs` for which `condition` is truthy.
    Filter(Box<Ast>, Box<Ast>),
    /// A comparison.
    Compare(Comparator, Box<Ast>, Box<Ast>),
    /// `lhs && rhs`
    And(Box<Ast>, Box<Ast>),
    /// `lhs || rhs`
    Or(Box<Ast>, Box<Ast>),
    /// `!expr`
    Not(Box<Ast>),
    /// A literal value.
    Literal(Value),
    /// `name(args...)`
    Function(String, Vec<Ast>),
    /// `[a, b]`: a list of the values of `a` and `b` on the current node.
    MultiSelectList(Vec<Ast>),
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comparator {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Comparator {
    /// The comparator that is true exactly when this one is false (for non-null operands).
    pub(crate) fn negated(self) -> Comparator {
        match self {
            Comparator::Eq => Comparator::Ne,
            Comparator::Ne => Comparator::Eq,
            Comparator::Lt => Comparator::Ge,
            Comparator::Le => Comparator::Gt,
            Comparator::Gt => Comparator::Le,
            Comparator::Ge => Comparator::Lt,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Identifier(String),
    QuotedIdentifier(String),
    Number(i64),
    Literal(Value),
    Dot,
    Star,
    Flatten,
    LBracket,
    Filter,
    RBracket,
    LParen,
    RParen,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    Ampersand,
    At,
    Compare(Comparator),
    Eof,
}

impl Token {
    /// Left binding powers, as in the JMESPath reference grammar.
    fn lbp(&self) -> u8 {
        match self {
            Token::Pipe => 1,
            Token::Or => 2,
            Token::And => 3,
            Token::Compare(_) => 5,
            Token::Flatten => 9,
            Token::Star => 20,
            Token::Filter => 21,
            Token::Dot => 40,
            Token::Not => 45,
            Token::LBrace => 50,
            Token::LBracket => 55,
            Token::LParen => 60,
            _ => 0,
        }
    }
}

/// Projections stop at tokens that bind less than this.
const PROJECTION_STOP: u8 = 10;

fn lex(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let (token, len) = match c {
            ' ' | '\t' | '\n' | '\r' => {
                i += 1;
                continue;
            }
            '.' => (Token::Dot, 1),
            '*' => (Token::Star, 1),
            ']' => (Token::RBracket, 1),
            '(' => (Token::LParen, 1),
            ')' => (Token::RParen, 1),
            '{' => (Token::LBrace, 1),
            '}' => (Token::RBrace, 1),
            ',' => (Token::Comma, 1),
            ':' => (Token::Colon, 1),
            '@' => (Token::At, 1),
            '[' if next == Some(']') => (Token::Flatten, 2),
            '[' if next == Some('?') => (Token::Filter, 2),
            '[' => (Token::LBracket, 1),
            '|' if next == Some('|') => (Token::Or, 2),
            '|' => (Token::Pipe, 1),
            '&' if next == Some('&') => (Token::And, 2),
            '&' => (Token::Ampersand, 1),
            '!' if next == Some('=') => (Token::Compare(Comparator::Ne), 2),
            '!' => (Token::Not, 1),
            '=' if next == Some('=') => (Token::Compare(Comparator::Eq), 2),
            '<' if next == Some('=') => (Token::Compare(Comparator::Le), 2),
            '<' => (Token::Compare(Comparator::Lt), 1),
            '>' if next == Some('=') => (Token::Compare(Comparator::Ge), 2),
            '>' => (Token::Compare(Comparator::Gt), 1),
            '`' | '\'' | '"' => {
                let (body, len) = delimited(&chars[i..], c)?;
                let token = match c {
                    '`' => Token::Literal(
                        serde_json::from_str(body.trim()).map_err(|e| format!("invalid JSON literal `{body}`: {e}"))?,
                    ),
                    '\'' => Token::Literal(Value::String(body.replace("\\'", "'"))),
                    _ => Token::QuotedIdentifier(
                        serde_json::from_str(&format!("\"{body}\""))
                            .map_err(|e| format!("invalid quoted identifier \"{body}\": {e}"))?,
                    ),
                };
                (token, len)
            }
            c if c == '-' || c.is_ascii_digit() => {
                let len = 1 + chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                let digits: String = chars[i..i + len].iter().collect();
                let n = digits.parse().map_err(|_| format!("invalid number `{digits}`"))?;
                (Token::Number(n), len)
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let len = chars[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
                    .count();
                (Token::Identifier(chars[i..i + len].iter().collect()), len)
            }
            other => return Err(format!("unexpected character `{other}`")),
        };
        tokens.push(token);
        i += len;
    }
    tokens.push(Token::Eof);
    Ok(tokens)
}

/// The text between `quote` and the next unescaped `quote`, and the length
/// consumed (both quotes included).
fn delimited(chars: &[char], quote: char) -> Result<(String, usize), String> {
    let mut body = String::new();
    let mut i = 1;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() => {
                if chars[i + 1] == quote && quote == '`' {
                    body.push(quote);
                } else {
                    body.push('\\');
                    body.push(chars[i + 1]);
                }
                i += 2;
            }
            c if c == quote => return Ok((body, i + 1)),
            c => {
                body.push(c);
                i += 1;
            }
        }
    }
    Err(format!("unterminated {quote}...{quote}"))
}

/// Parses an expression.
pub(crate) fn parse(text: &str) -> Result<Ast, String> {
    let tokens = lex(text)?;
    let mut parser = Parser { tokens, pos: 0 };
    let ast = parser.expression(0)?;
    match parser.peek() {
        Token::Eof => Ok(ast),
        other => Err(format!("unexpected {other:?} after a complete expression")),
    }
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> &Token {
        &self.tokens[self.pos]
    }

    fn advance(&mut self) -> Token {
        let token = self.tokens[self.pos].clone();
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
        }
        token
    }

    fn expect(&mut self, token: &Token) -> Result<(), String> {
        let found = self.advance();
        if &found == token {
            Ok(())
        } else {
            Err(format!("expected {token:?}, found {found:?}"))
        }
    }

    fn expression(&mut self, rbp: u8) -> Result<Ast, String> {
        let token = self.advance();
        let mut left = self.nud(token)?;
        while rbp < self.peek().lbp() {
            let token = self.advance();
            left = self.led(token, left)?;
        }
        Ok(left)
    }

    fn nud(&mut self, token: Token) -> Result<Ast, String> {
        match token {
            Token::At => Ok(Ast::Identity),
            Token::Identifier(name) if *self.peek() == Token::LParen => self.function(name),
            Token::Identifier(name) | Token::QuotedIdentifier(name) => Ok(Ast::Field(name)),
            Token::Literal(value) => Ok(Ast::Literal(value)),
            Token::Not => Ok(Ast::Not(Box::new(self.expression(Token::Not.lbp())?))),
            Token::LParen => {
                let inner = self.expression(0)?;
                self.expect(&Token::RParen)?;
                Ok(inner)
            }
            Token::Flatten => {
                let rhs = self.projection_rhs(Token::Flatten.lbp())?;
                Ok(Ast::Projection(
                    Box::new(Ast::Flatten(Box::new(Ast::Identity))),
                    Box::new(rhs),
                ))
            }
            Token::Filter => self.filter(Ast::Identity),
            Token::LBracket => self.bracket(Ast::Identity),
            Token::Star => Err("object wildcards (`*`) are not supported".into()),
            Token::LBrace => Err("multi-select hashes (`{...}`) are not supported".into()),
            Token::Ampersand => Err("expression references (`&`) are not supported".into()),
            other => Err(format!("unexpected {other:?}")),
        }
    }

    fn led(&mut self, token: Token, left: Ast) -> Result<Ast, String> {
        let left = Box::new(left);
        match token {
            Token::Dot => {
                let rhs = self.dot_rhs(Token::Dot.lbp())?;
                Ok(Ast::Subexpr(left, Box::new(rhs)))
            }
            Token::Pipe => Ok(Ast::Subexpr(left, Box::new(self.expression(Token::Pipe.lbp())?))),
            Token::Or => Ok(Ast::Or(left, Box::new(self.expression(Token::Or.lbp())?))),
            Token::And => Ok(Ast::And(left, Box::new(self.expression(Token::And.lbp())?))),
            Token::Compare(op) => Ok(Ast::Compare(op, left, Box::new(self.expression(token.lbp())?))),
            Token::Flatten => {
                let rhs = self.projection_rhs(Token::Flatten.lbp())?;
                Ok(Ast::Projection(Box::new(Ast::Flatten(left)), Box::new(rhs)))
            }
            Token::Filter => self.filter(*left),
            Token::LBracket => self.bracket(*left),
            Token::LParen => Err("only names can be called as functions".into()),
            other => Err(format!("unexpected {other:?}")),
        }
    }

    /// After `[`: an index, `*]` (a list projection), a multi-select list at the
    /// start of an expression, or unsupported slices.
    fn bracket(&mut self, left: Ast) -> Result<Ast, String> {
        let starts_multi_select = !matches!(self.peek(), Token::Number(_) | Token::Star | Token::Colon);
        if starts_multi_select && left == Ast::Identity {
            return self.multi_select_list();
        }
        match self.advance() {
            Token::Number(n) => {
                if *self.peek() == Token::Colon {
                    return Err("slices (`[a:b]`) are not supported".into());
                }
                self.expect(&Token::RBracket)?;
                Ok(subexpr(left, Ast::Index(n)))
            }
            Token::Star => {
                self.expect(&Token::RBracket)?;
                let rhs = self.projection_rhs(Token::Star.lbp())?;
                Ok(Ast::Projection(Box::new(left), Box::new(rhs)))
            }
            Token::Colon => Err("slices (`[a:b]`) are not supported".into()),
            _ => Err(
                "multi-select lists (`[a, b]`) are supported only at the start of an expression or after `.`".into(),
            ),
        }
    }

    /// After `[`: the elements of a multi-select list, up to its `]`.
    fn multi_select_list(&mut self) -> Result<Ast, String> {
        let mut elements = vec![self.expression(0)?];
        while *self.peek() == Token::Comma {
            self.advance();
            elements.push(self.expression(0)?);
        }
        self.expect(&Token::RBracket)?;
        Ok(Ast::MultiSelectList(elements))
    }

    fn filter(&mut self, left: Ast) -> Result<Ast, String> {
        let condition = self.expression(0)?;
        self.expect(&Token::RBracket)?;
        let rhs = self.projection_rhs(Token::Filter.lbp())?;
        let filtered = Ast::Filter(Box::new(left), Box::new(condition));
        Ok(Ast::Projection(Box::new(filtered), Box::new(rhs)))
    }

    fn function(&mut self, name: String) -> Result<Ast, String> {
        self.expect(&Token::LParen)?;
        let mut args = Vec::new();
        if *self.peek() != Token::RParen {
            loop {
                args.push(self.expression(0)?);
                if *self.peek() == Token::Comma {
                    self.advance();
                } else {
                    break;
                }
            }
        }
        self.expect(&Token::RParen)?;
        Ok(Ast::Function(name, args))
    }

    fn projection_rhs(&mut self, rbp: u8) -> Result<Ast, String> {
        match self.peek() {
            token if token.lbp() < PROJECTION_STOP => Ok(Ast::Identity),
            Token::Dot => {
                self.advance();
                self.dot_rhs(rbp)
            }
            Token::LBracket | Token::Filter | Token::Flatten => self.expression(rbp),
            other => Err(format!("unexpected {other:?} after a projection")),
        }
    }

    fn dot_rhs(&mut self, rbp: u8) -> Result<Ast, String> {
        match self.peek() {
            Token::Identifier(_) | Token::QuotedIdentifier(_) => self.expression(rbp),
            Token::Star => Err("object wildcards (`*`) are not supported".into()),
            Token::LBracket => {
                self.advance();
                self.multi_select_list()
            }
            Token::LBrace => Err("multi-select hashes (`{...}`) are not supported".into()),
            other => Err(format!("unexpected {other:?} after `.`")),
        }
    }
}

fn subexpr(left: Ast, right: Ast) -> Ast {
    match left {
        Ast::Identity => right,
        left => Ast::Subexpr(Box::new(left), Box::new(right)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str) -> Box<Ast> {
        Box::new(Ast::Field(name.into()))
    }

    #[test]
    fn parses_paths_projections_and_comparisons() {
        assert_eq!(parse("a.b").unwrap(), Ast::Subexpr(field("a"), field("b")));
        assert_eq!(
            parse("a[].b").unwrap(),
            Ast::Projection(Box::new(Ast::Flatten(field("a"))), field("b"))
        );
        assert_eq!(parse("a[*].b").unwrap(), Ast::Projection(field("a"), field("b")));
        assert_eq!(
            parse("length(a) > `0` && !b").unwrap(),
            Ast::And(
                Box::new(Ast::Compare(
                    Comparator::Gt,
                    Box::new(Ast::Function("length".into(), vec![Ast::Field("a".into())])),
                    Box::new(Ast::Literal(serde_json::json!(0)))
                )),
                Box::new(Ast::Not(field("b")))
            )
        );
        assert_eq!(
            parse("a[?s == 'x'].n").unwrap(),
            Ast::Projection(
                Box::new(Ast::Filter(
                    field("a"),
                    Box::new(Ast::Compare(
                        Comparator::Eq,
                        field("s"),
                        Box::new(Ast::Literal(Value::String("x".into())))
                    ))
                )),
                field("n")
            )
        );
        assert_eq!(
            parse("a[0]").unwrap(),
            Ast::Subexpr(field("a"), Box::new(Ast::Index(0)))
        );
        assert_eq!(parse("\"quoted name\"").unwrap(), *field("quoted name"));
        assert_eq!(
            parse("[a, b.c]").unwrap(),
            Ast::MultiSelectList(vec![Ast::Field("a".into()), Ast::Subexpr(field("b"), field("c"))])
        );
        // The form AWS models use in operation context parameters.
        assert_eq!(
            parse("items[*].[a.n, b.n][]").unwrap(),
            Ast::Projection(
                Box::new(Ast::Flatten(Box::new(Ast::Projection(
                    field("items"),
                    Box::new(Ast::MultiSelectList(vec![
                        Ast::Subexpr(field("a"), field("n")),
                        Ast::Subexpr(field("b"), field("n"))
                    ]))
                )))),
                Box::new(Ast::Identity)
            )
        );
        assert_eq!(
            parse("keys(m)").unwrap(),
            Ast::Function("keys".into(), vec![Ast::Field("m".into())])
        );
    }

    #[test]
    fn rejects_what_it_does_not_support() {
        for (text, message) in [
            ("a[0:2]", "slices"),
            ("a.*", "wildcards"),
            ("{a: b}", "multi-select hashes"),
            ("a[b, c]", "multi-select lists"),
            ("sort_by(a, &b)", "expression references"),
            ("a.", "unexpected"),
        ] {
            let error = parse(text).unwrap_err();
            assert!(error.contains(message), "{text}: {error}");
        }
    }
}

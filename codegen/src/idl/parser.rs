//! Recursive-descent parser: tokens of one file to a [`FileAst`].

use super::ast::{Apply, Body, FileAst, Member, OperationBody, ShapeDef, TraitApp};
use super::lexer::{Pos, Tok, Token};
use super::node::{parse_number, Node, ShapeRef};
use super::SyntaxError;

const SIMPLE_TYPES: &[&str] = &[
    "blob",
    "boolean",
    "string",
    "byte",
    "short",
    "integer",
    "long",
    "float",
    "double",
    "bigInteger",
    "bigDecimal",
    "timestamp",
    "document",
];
const MEMBER_TYPES: &[&str] = &["enum", "intEnum", "list", "set", "map", "structure", "union"];
const ENTITY_TYPES: &[&str] = &["service", "resource", "operation"];

type PResult<T> = Result<T, SyntaxError>;

pub(crate) fn parse_file(path: &str, tokens: Vec<Token>) -> PResult<FileAst> {
    let mut p = Parser {
        tokens,
        i: 0,
        file: FileAst {
            path: path.to_owned(),
            ..FileAst::default()
        },
        input_suffix: "Input".to_owned(),
        output_suffix: "Output".to_owned(),
    };
    p.parse()?;
    Ok(p.file)
}

struct Parser {
    tokens: Vec<Token>,
    i: usize,
    file: FileAst,
    input_suffix: String,
    output_suffix: String,
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.tokens[self.i].tok
    }

    fn peek_at(&self, ahead: usize) -> &Tok {
        let idx = (self.i + ahead).min(self.tokens.len() - 1);
        &self.tokens[idx].tok
    }

    fn pos(&self) -> Pos {
        self.tokens[self.i].pos
    }

    fn next(&mut self) -> Token {
        let t = self.tokens[self.i].clone();
        if self.i < self.tokens.len() - 1 {
            self.i += 1;
        }
        t
    }

    fn unexpected<T>(&self, expected: &str) -> PResult<T> {
        Err(SyntaxError::new(
            self.pos(),
            format!("expected {expected}, found {}", self.peek().describe()),
        ))
    }

    fn expect(&mut self, tok: Tok) -> PResult<Pos> {
        if *self.peek() == tok {
            Ok(self.next().pos)
        } else {
            self.unexpected(&tok.describe())
        }
    }

    fn is_word(&self, w: &str) -> bool {
        matches!(self.peek(), Tok::Word(x) if x == w)
    }

    fn word(&mut self, what: &str) -> PResult<(String, Pos)> {
        match self.peek() {
            Tok::Word(w) => {
                let w = w.clone();
                Ok((w, self.next().pos))
            }
            _ => self.unexpected(what),
        }
    }

    fn identifier(&mut self, what: &str) -> PResult<(String, Pos)> {
        let (w, pos) = self.word(what)?;
        if w.contains(['.', '#', '$']) {
            return Err(SyntaxError::new(pos, format!("expected {what}, found shape id `{w}`")));
        }
        Ok((w, pos))
    }

    fn shape_ref(&mut self) -> PResult<ShapeRef> {
        let (w, pos) = self.word("a shape id")?;
        Ok(ShapeRef::new(w, pos))
    }

    /// The documentation comment attached to the token at `index`: the `///`
    /// lines before a shape or member count only when they come before its
    /// traits (lines between traits, or after them, are plain comments).
    fn docs_at(&self, index: usize) -> Option<String> {
        let lines = &self.tokens[index].docs;
        (!lines.is_empty()).then(|| lines.join("\n"))
    }

    fn parse(&mut self) -> PResult<()> {
        // Control section.
        while *self.peek() == Tok::Dollar {
            let pos = self.next().pos;
            let (key, _) = match self.peek() {
                Tok::Str(s) => {
                    let s = s.clone();
                    (s, self.next().pos)
                }
                _ => self.identifier("a control statement name")?,
            };
            self.expect(Tok::Colon)?;
            let value = self.node_value()?;
            match (key.as_str(), value) {
                ("version", Node::Str(v)) => {
                    if !matches!(v.as_str(), "1" | "1.0" | "2" | "2.0") {
                        return Err(SyntaxError::new(pos, format!("unsupported Smithy IDL version `{v}`")));
                    }
                    self.file.version = Some(v);
                }
                ("operationInputSuffix", Node::Str(v)) => self.input_suffix = v,
                ("operationOutputSuffix", Node::Str(v)) => self.output_suffix = v,
                ("version" | "operationInputSuffix" | "operationOutputSuffix", _) => {
                    return Err(SyntaxError::new(pos, format!("`${key}` must be a string")));
                }
                _ => {} // Unknown control statements are ignored (Smithy warns).
            }
        }
        // Metadata section.
        while self.is_word("metadata") {
            self.next();
            let (key, pos) = match self.peek() {
                Tok::Str(s) => {
                    let s = s.clone();
                    (s, self.next().pos)
                }
                _ => self.identifier("a metadata key")?,
            };
            self.expect(Tok::Eq)?;
            let value = self.node_value()?;
            self.file.metadata.push((key, value, pos));
        }
        if *self.peek() == Tok::Eof {
            return Ok(());
        }
        // Shape section.
        if !self.is_word("namespace") {
            return self.unexpected("`namespace`, `metadata`, or a control statement");
        }
        self.next();
        let (ns, pos) = self.word("a namespace")?;
        if ns.contains(['#', '$']) {
            return Err(SyntaxError::new(pos, format!("invalid namespace `{ns}`")));
        }
        self.file.namespace = Some(ns);
        while self.is_word("use") {
            self.next();
            let r = self.shape_ref()?;
            if !r.id.contains('#') || r.id.contains('$') {
                return Err(SyntaxError::new(
                    r.pos,
                    format!("`use` needs an absolute shape id, found `{}`", r.id),
                ));
            }
            self.file.uses.push(r);
        }
        while *self.peek() != Tok::Eof {
            if self.is_word("apply") {
                self.apply()?;
            } else {
                self.shape_statement()?;
            }
        }
        Ok(())
    }

    fn apply(&mut self) -> PResult<()> {
        self.next();
        let target = self.shape_ref()?;
        let traits = if *self.peek() == Tok::LBrace {
            self.next();
            let traits = self.traits()?;
            self.expect(Tok::RBrace)?;
            traits
        } else if *self.peek() == Tok::At {
            vec![self.trait_app()?]
        } else {
            return self.unexpected("`@` or `{` after the target of `apply`");
        };
        self.file.applies.push(Apply { target, traits });
        Ok(())
    }

    /// Zero or more trait applications.
    fn traits(&mut self) -> PResult<Vec<TraitApp>> {
        let mut traits = Vec::new();
        while *self.peek() == Tok::At {
            traits.push(self.trait_app()?);
        }
        Ok(traits)
    }

    fn trait_app(&mut self) -> PResult<TraitApp> {
        self.expect(Tok::At)?;
        let name = self.shape_ref()?;
        if *self.peek() != Tok::LParen {
            return Ok(TraitApp { name, value: None });
        }
        self.next();
        let value = match (self.peek(), self.peek_at(1)) {
            (Tok::RParen, _) => None,
            (Tok::Word(_) | Tok::Str(_), Tok::Colon) => Some(Node::Object(self.object_entries(Tok::RParen)?)),
            _ => Some(self.node_value()?),
        };
        self.expect(Tok::RParen)?;
        Ok(TraitApp { name, value })
    }

    fn with_docs(traits: &mut Vec<TraitApp>, docs: Option<String>, pos: Pos) {
        if let Some(docs) = docs {
            let name = ShapeRef::new("smithy.api#documentation", pos);
            traits.insert(
                0,
                TraitApp {
                    name,
                    value: Some(Node::Str(docs)),
                },
            );
        }
    }

    fn shape_statement(&mut self) -> PResult<()> {
        let start = self.i;
        let mut traits = self.traits()?;
        let docs = self.docs_at(start);
        let (kind_word, kind_pos) = self.word("a shape type or `apply`")?;
        let kind: &'static str = SIMPLE_TYPES
            .iter()
            .chain(MEMBER_TYPES)
            .chain(ENTITY_TYPES)
            .find(|k| **k == kind_word)
            .copied()
            .ok_or_else(|| {
                let message = match kind_word.as_str() {
                    "metadata" => "metadata statements must come before the namespace statement".to_owned(),
                    "namespace" => "only one namespace statement is allowed per file".to_owned(),
                    "use" => "use statements must come before any shape".to_owned(),
                    _ => format!("unknown shape type `{kind_word}`"),
                };
                SyntaxError::new(kind_pos, message)
            })?;
        let (name, pos) = self.identifier("a shape name")?;
        Self::with_docs(&mut traits, docs, kind_pos);
        let for_resource = if matches!(kind, "list" | "set" | "map" | "structure" | "union") {
            self.for_resource()?
        } else {
            None
        };
        let mixins = self.mixins()?;
        let body = match kind {
            k if SIMPLE_TYPES.contains(&k) => Body::None,
            "enum" | "intEnum" => Body::Members(self.members(MemberStyle::Enum)?),
            "service" | "resource" => {
                self.expect(Tok::LBrace)?;
                Body::Properties(self.object_entries_with_pos(Tok::RBrace)?)
            }
            "operation" => Body::Operation(self.operation_body(&name)?),
            _ => Body::Members(self.members(MemberStyle::Targets)?),
        };
        self.file.shapes.push(ShapeDef {
            name,
            pos,
            kind,
            traits,
            mixins,
            for_resource,
            body,
        });
        Ok(())
    }

    fn for_resource(&mut self) -> PResult<Option<ShapeRef>> {
        if self.is_word("for") {
            self.next();
            return Ok(Some(self.shape_ref()?));
        }
        Ok(None)
    }

    fn mixins(&mut self) -> PResult<Vec<ShapeRef>> {
        let mut mixins = Vec::new();
        if self.is_word("with") {
            self.next();
            self.expect(Tok::LBracket)?;
            while *self.peek() != Tok::RBracket {
                mixins.push(self.shape_ref()?);
            }
            self.next();
        }
        Ok(mixins)
    }

    fn members(&mut self, style: MemberStyle) -> PResult<Vec<Member>> {
        self.expect(Tok::LBrace)?;
        let mut members: Vec<Member> = Vec::new();
        while *self.peek() != Tok::RBrace {
            let start = self.i;
            let mut traits = self.traits()?;
            let docs = self.docs_at(start);
            let elided = style == MemberStyle::Targets && *self.peek() == Tok::Dollar;
            if elided {
                self.next();
            }
            let (name, pos) = self.identifier("a member name or `}`")?;
            Self::with_docs(&mut traits, docs, pos);
            let target = if style == MemberStyle::Enum || elided {
                None
            } else {
                self.expect(Tok::Colon)?;
                Some(self.shape_ref()?)
            };
            let value = if *self.peek() == Tok::Eq {
                self.next();
                Some(self.node_value()?)
            } else {
                None
            };
            if members.iter().any(|m| m.name == name) {
                return Err(SyntaxError::new(pos, format!("duplicate member `{name}`")));
            }
            members.push(Member {
                name,
                pos,
                target,
                traits,
                value,
            });
        }
        self.next();
        Ok(members)
    }

    fn operation_body(&mut self, op_name: &str) -> PResult<OperationBody> {
        self.expect(Tok::LBrace)?;
        let mut body = OperationBody::default();
        while *self.peek() != Tok::RBrace {
            let (key, pos) = self.identifier("`input`, `output`, `errors` or `}`")?;
            let seen = match key.as_str() {
                "input" => body.input.is_some(),
                "output" => body.output.is_some(),
                "errors" => body.errors.is_some(),
                _ => {
                    return Err(SyntaxError::new(
                        pos,
                        format!("unknown operation property `{key}`: expected `input`, `output` or `errors`"),
                    ))
                }
            };
            if seen {
                return Err(SyntaxError::new(pos, format!("duplicate operation property `{key}`")));
            }
            if key == "errors" {
                self.expect(Tok::Colon)?;
                self.expect(Tok::LBracket)?;
                let mut errors = Vec::new();
                while *self.peek() != Tok::RBracket {
                    errors.push(self.shape_ref()?);
                }
                self.next();
                body.errors = Some(errors);
                continue;
            }
            let target = if *self.peek() == Tok::Walrus {
                let walrus = self.next().pos;
                let suffix = if key == "input" {
                    &self.input_suffix
                } else {
                    &self.output_suffix
                };
                let name = format!("{op_name}{suffix}");
                self.inline_structure(&name, &key, walrus)?;
                ShapeRef::new(name, walrus)
            } else {
                self.expect(Tok::Colon)?;
                self.shape_ref()?
            };
            if key == "input" {
                body.input = Some(target);
            } else {
                body.output = Some(target);
            }
        }
        self.next();
        Ok(body)
    }

    /// `:= @traits [for R] [with [M]] { members }` after `input`/`output`.
    fn inline_structure(&mut self, name: &str, io_trait: &str, pos: Pos) -> PResult<()> {
        let start = self.i;
        let mut traits = self.traits()?;
        let docs = self.docs_at(start);
        Self::with_docs(&mut traits, docs, pos);
        traits.push(TraitApp {
            name: ShapeRef::new(format!("smithy.api#{io_trait}"), pos),
            value: None,
        });
        let for_resource = self.for_resource()?;
        let mixins = self.mixins()?;
        let members = self.members(MemberStyle::Targets)?;
        self.file.shapes.push(ShapeDef {
            name: name.to_owned(),
            pos,
            kind: "structure",
            traits,
            mixins,
            for_resource,
            body: Body::Members(members),
        });
        Ok(())
    }

    fn node_value(&mut self) -> PResult<Node> {
        let t = self.next();
        Ok(match t.tok {
            Tok::LBrace => Node::Object(self.object_entries(Tok::RBrace)?.into_iter().collect()),
            Tok::LBracket => {
                let mut items = Vec::new();
                while *self.peek() != Tok::RBracket {
                    items.push(self.node_value()?);
                }
                self.next();
                Node::Array(items)
            }
            Tok::Str(s) => Node::Str(s),
            Tok::Number(n) => Node::Number(parse_number(&n).ok_or_else(|| {
                SyntaxError::new(t.pos, format!("number `{n}` cannot be represented as a JSON number"))
            })?),
            Tok::Word(w) => match w.as_str() {
                "true" => Node::Bool(true),
                "false" => Node::Bool(false),
                "null" => Node::Null,
                _ => Node::Id(ShapeRef::new(w, t.pos)),
            },
            other => {
                return Err(SyntaxError::new(
                    t.pos,
                    format!("expected a node value, found {}", other.describe()),
                ))
            }
        })
    }

    /// `key: value` entries up to (and consuming) `close`.
    fn object_entries(&mut self, close: Tok) -> PResult<Vec<(String, Node)>> {
        Ok(self
            .object_entries_with_pos(close)?
            .into_iter()
            .map(|(k, v, _)| (k, v))
            .collect())
    }

    fn object_entries_with_pos(&mut self, close: Tok) -> PResult<Vec<(String, Node, Pos)>> {
        let mut entries: Vec<(String, Node, Pos)> = Vec::new();
        while *self.peek() != close {
            let (key, pos) = match self.peek() {
                Tok::Str(s) => {
                    let s = s.clone();
                    (s, self.next().pos)
                }
                Tok::Word(_) => self.identifier("an object key")?,
                _ => return self.unexpected(&format!("an object key or {}", close.describe())),
            };
            self.expect(Tok::Colon)?;
            let value = self.node_value()?;
            if entries.iter().any(|(k, _, _)| *k == key) {
                return Err(SyntaxError::new(pos, format!("duplicate object key `{key}`")));
            }
            entries.push((key, value, pos));
        }
        if close == Tok::RBrace {
            self.next();
        }
        Ok(entries)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MemberStyle {
    /// Enum members: `NAME [= value]`.
    Enum,
    /// `name: Target [= default]` or `$name [= default]`.
    Targets,
}

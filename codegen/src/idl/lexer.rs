//! Tokenizer for the Smithy IDL: turns source text into [`Token`]s.
//!
//! Commas, whitespace and `//` comments are skipped. `///` documentation
//! comments are not tokens of their own: their lines are attached to the next
//! token (see [`Token::docs`]), which lets the parser find the documentation of
//! a shape or member by looking at the tokens that start it.

use super::text;
use super::SyntaxError;

/// A 1-based line and column (in characters) in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Pos {
    pub(crate) line: u32,
    pub(crate) col: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    /// An identifier or shape id (`Foo`, `ns.a#Foo`, `Foo$bar`).
    Word(String),
    /// A quoted string or text block, already unescaped.
    Str(String),
    /// A number literal, as written.
    Number(String),
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Colon,
    /// `:=`
    Walrus,
    Eq,
    At,
    Dollar,
    Eof,
}

impl Tok {
    /// How the token is named in error messages.
    pub(crate) fn describe(&self) -> String {
        match self {
            Tok::Word(w) => format!("`{w}`"),
            Tok::Str(_) => "a string".to_owned(),
            Tok::Number(n) => format!("number `{n}`"),
            Tok::LBrace => "`{`".to_owned(),
            Tok::RBrace => "`}`".to_owned(),
            Tok::LBracket => "`[`".to_owned(),
            Tok::RBracket => "`]`".to_owned(),
            Tok::LParen => "`(`".to_owned(),
            Tok::RParen => "`)`".to_owned(),
            Tok::Colon => "`:`".to_owned(),
            Tok::Walrus => "`:=`".to_owned(),
            Tok::Eq => "`=`".to_owned(),
            Tok::At => "`@`".to_owned(),
            Tok::Dollar => "`$`".to_owned(),
            Tok::Eof => "end of file".to_owned(),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) tok: Tok,
    pub(crate) pos: Pos,
    /// Documentation comment lines (`///`) directly before this token.
    pub(crate) docs: Vec<String>,
}

struct Lexer {
    chars: Vec<char>,
    i: usize,
    line: u32,
    col: u32,
}

/// Tokenizes a whole file; the last token is always [`Tok::Eof`].
pub(crate) fn tokenize(text: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut lx = Lexer {
        chars: text.chars().collect(),
        i: 0,
        line: 1,
        col: 1,
    };
    // Skip a byte order mark.
    if lx.peek(0) == Some('\u{feff}') {
        lx.i += 1;
    }
    let mut tokens = Vec::new();
    let mut docs = Vec::new();
    loop {
        lx.skip_trivia(&mut docs);
        let pos = lx.pos();
        let Some(c) = lx.peek(0) else {
            tokens.push(Token {
                tok: Tok::Eof,
                pos,
                docs: std::mem::take(&mut docs),
            });
            return Ok(tokens);
        };
        let tok = match c {
            '{' => lx.single(Tok::LBrace),
            '}' => lx.single(Tok::RBrace),
            '[' => lx.single(Tok::LBracket),
            ']' => lx.single(Tok::RBracket),
            '(' => lx.single(Tok::LParen),
            ')' => lx.single(Tok::RParen),
            '=' => lx.single(Tok::Eq),
            '@' => lx.single(Tok::At),
            '$' => lx.single(Tok::Dollar),
            ':' => {
                if lx.peek(1) == Some('=') {
                    lx.bump();
                    lx.bump();
                    Tok::Walrus
                } else {
                    lx.single(Tok::Colon)
                }
            }
            '"' => lx.string(pos)?,
            '-' | '0'..='9' => lx.number(pos)?,
            c if is_ident_start(c) => Tok::Word(lx.word()),
            c => {
                return Err(SyntaxError::new(
                    pos,
                    format!("unexpected character `{}`", c.escape_debug()),
                ))
            }
        };
        tokens.push(Token {
            tok,
            pos,
            docs: std::mem::take(&mut docs),
        });
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

impl Lexer {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i + ahead).copied()
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn single(&mut self, tok: Tok) -> Tok {
        self.bump();
        tok
    }

    /// Skips whitespace, commas and comments, collecting `///` lines into `docs`.
    fn skip_trivia(&mut self, docs: &mut Vec<String>) {
        while let Some(c) = self.peek(0) {
            match c {
                ' ' | '\t' | '\n' | '\r' | ',' => {
                    self.bump();
                }
                '/' if self.peek(1) == Some('/') => {
                    let is_doc = self.peek(2) == Some('/');
                    let start = self.i + if is_doc { 3 } else { 2 };
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                    if is_doc {
                        let mut line: String = self.chars[start..self.i].iter().collect();
                        if line.ends_with('\r') {
                            line.pop();
                        }
                        let line = line.strip_prefix(' ').map(str::to_owned).unwrap_or(line);
                        docs.push(line);
                    }
                }
                _ => return,
            }
        }
    }

    fn word(&mut self) -> String {
        let start = self.i;
        self.bump();
        loop {
            match self.peek(0) {
                Some(c) if is_ident_char(c) => {
                    self.bump();
                }
                Some('.' | '#' | '$') if self.peek(1).is_some_and(is_ident_start) => {
                    self.bump();
                }
                _ => break,
            }
        }
        self.chars[start..self.i].iter().collect()
    }

    fn number(&mut self, pos: Pos) -> Result<Tok, SyntaxError> {
        let start = self.i;
        if self.peek(0) == Some('-') {
            self.bump();
        }
        let digits = |lx: &mut Self| {
            let mut n = 0;
            while lx.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                lx.bump();
                n += 1;
            }
            n
        };
        if digits(self) == 0 {
            return Err(SyntaxError::new(pos, "invalid number: expected a digit".to_owned()));
        }
        if self.peek(0) == Some('.') {
            self.bump();
            if digits(self) == 0 {
                return Err(SyntaxError::new(
                    pos,
                    "invalid number: expected a digit after `.`".to_owned(),
                ));
            }
        }
        if matches!(self.peek(0), Some('e' | 'E')) {
            self.bump();
            if matches!(self.peek(0), Some('+' | '-')) {
                self.bump();
            }
            if digits(self) == 0 {
                return Err(SyntaxError::new(
                    pos,
                    "invalid number: expected a digit in the exponent".to_owned(),
                ));
            }
        }
        if self.peek(0).is_some_and(is_ident_char) {
            return Err(SyntaxError::new(
                pos,
                "invalid number: unexpected character after it".to_owned(),
            ));
        }
        Ok(Tok::Number(self.chars[start..self.i].iter().collect()))
    }

    /// Lexes a quoted string or a text block starting at the current `"`.
    fn string(&mut self, pos: Pos) -> Result<Tok, SyntaxError> {
        let block = self.peek(1) == Some('"') && self.peek(2) == Some('"');
        let quotes = if block { 3 } else { 1 };
        for _ in 0..quotes {
            self.bump();
        }
        let start = self.i;
        loop {
            match self.peek(0) {
                None => {
                    let what = if block { "text block" } else { "string" };
                    return Err(SyntaxError::new(pos, format!("unterminated {what}: no closing quote")));
                }
                Some('\\') => {
                    self.bump();
                    self.bump();
                }
                Some('"') if !block || (self.peek(1) == Some('"') && self.peek(2) == Some('"')) => break,
                Some(_) => {
                    self.bump();
                }
            }
        }
        let raw: String = self.chars[start..self.i].iter().collect();
        for _ in 0..quotes {
            self.bump();
        }
        let value = if block {
            text::text_block(&raw)
        } else {
            text::unescape(&text::normalize_newlines(&raw))
        };
        value.map(Tok::Str).map_err(|message| SyntaxError::new(pos, message))
    }
}

//! The pull tokenizer: one JSON token at a time from a byte slice, checking the
//! grammar (commas, colons, nesting) as it goes. Strings without escapes are
//! borrowed from the input; others are unescaped into an owned `String`.

use std::borrow::Cow;

use super::error::{JsonError, JsonErrorKind};
use super::number::Number;
use super::string;

/// The deepest nesting of objects and arrays the tokenizer accepts, so that
/// hostile input cannot exhaust the stack of the readers built on it.
pub const DEFAULT_MAX_DEPTH: usize = 128;

/// One token of a JSON document.
#[derive(Clone, Debug, PartialEq)]
pub enum Token<'a> {
    /// `{`
    StartObject,
    /// `}`
    EndObject,
    /// `[`
    StartArray,
    /// `]`
    EndArray,
    /// The key of an object member (its `:` is consumed with it).
    Key(Cow<'a, str>),
    /// A string value, unescaped.
    String(Cow<'a, str>),
    /// A number value, as written.
    Number(Number<'a>),
    /// `true` or `false`.
    Bool(bool),
    /// `null`
    Null,
}

impl Token<'_> {
    /// The token as a short phrase for error messages: `an array`, `a string`.
    pub fn describe(&self) -> &'static str {
        match self {
            Token::StartObject => "an object",
            Token::EndObject => "the end of an object",
            Token::StartArray => "an array",
            Token::EndArray => "the end of an array",
            Token::Key(_) => "an object key",
            Token::String(_) => "a string",
            Token::Number(_) => "a number",
            Token::Bool(_) => "a boolean",
            Token::Null => "null",
        }
    }
}

/// What the grammar allows next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// The top-level value.
    TopValue,
    /// After the top-level value: only whitespace.
    End,
    /// After `{`: a key or `}`.
    FirstKey,
    /// After an object member: `,` and a key, or `}`.
    NextKey,
    /// After a key and its `:`.
    MemberValue,
    /// After `[`: a value or `]`.
    FirstElement,
    /// After an array element: `,` and a value, or `]`.
    NextElement,
}

/// A pull tokenizer over a JSON document.
#[derive(Debug)]
pub struct Tokenizer<'a> {
    input: &'a [u8],
    /// The longest prefix of `input` that is valid UTF-8 (all of it, for a
    /// well-formed document): strings are sliced from it, so the input is
    /// validated once instead of string by string.
    text: &'a str,
    pos: usize,
    state: State,
    /// Open containers, `true` for objects.
    stack: Vec<bool>,
    max_depth: usize,
    /// Where the last token returned starts.
    token_start: usize,
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer over `input` with the [`DEFAULT_MAX_DEPTH`].
    pub fn new(input: &'a [u8]) -> Self {
        let text = match std::str::from_utf8(input) {
            Ok(text) => text,
            Err(e) => std::str::from_utf8(&input[..e.valid_up_to()]).unwrap_or_default(),
        };
        Tokenizer {
            input,
            text,
            pos: 0,
            state: State::TopValue,
            stack: Vec::new(),
            max_depth: DEFAULT_MAX_DEPTH,
            token_start: 0,
        }
    }

    /// The same tokenizer with another nesting limit.
    pub fn with_max_depth(mut self, max_depth: usize) -> Self {
        self.max_depth = max_depth;
        self
    }

    /// Where the last token returned starts (for error messages).
    pub fn token_offset(&self) -> usize {
        self.token_start
    }

    /// The current byte offset.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// The next token; `None` once the top-level value is complete and only
    /// whitespace follows it.
    #[allow(clippy::should_implement_trait)] // fallible, so not an `Iterator`
    pub fn next(&mut self) -> Result<Option<Token<'a>>, JsonError> {
        if self.state == State::End {
            self.skip_whitespace();
            self.token_start = self.pos;
            return match self.peek_byte() {
                None => Ok(None),
                Some(_) => Err(self.error(JsonErrorKind::TrailingCharacters, "characters after the JSON value")),
            };
        }
        self.next_in_value().map(Some)
    }

    /// The next token inside the top-level value: after it, an error (the
    /// input ends, or something follows it). Readers call this one, which
    /// spares them an `Option`.
    #[inline]
    pub(super) fn next_in_value(&mut self) -> Result<Token<'a>, JsonError> {
        self.skip_whitespace();
        self.token_start = self.pos;
        match self.state {
            State::End => match self.peek_byte() {
                None => Err(self.error(JsonErrorKind::UnexpectedEnd, "the input ends early")),
                Some(_) => Err(self.error(JsonErrorKind::TrailingCharacters, "characters after the JSON value")),
            },
            State::TopValue | State::MemberValue => self.value(),
            State::FirstElement => match self.peek_byte() {
                Some(b']') => self.close(false),
                _ => self.value(),
            },
            State::NextElement => match self.peek_byte() {
                Some(b']') => self.close(false),
                Some(b',') => {
                    self.pos += 1;
                    self.skip_whitespace();
                    self.token_start = self.pos;
                    self.value()
                }
                _ => Err(self.unexpected("`,` or `]`")),
            },
            State::FirstKey => match self.peek_byte() {
                Some(b'}') => self.close(true),
                _ => self.key(),
            },
            State::NextKey => match self.peek_byte() {
                Some(b'}') => self.close(true),
                Some(b',') => {
                    self.pos += 1;
                    self.skip_whitespace();
                    self.token_start = self.pos;
                    self.key()
                }
                _ => Err(self.unexpected("`,` or `}`")),
            },
        }
    }

    #[inline]
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek_byte() {
            self.pos += 1;
        }
    }

    fn peek_byte(&self) -> Option<u8> {
        self.input.get(self.pos).copied()
    }

    fn error(&self, kind: JsonErrorKind, message: impl Into<Cow<'static, str>>) -> JsonError {
        JsonError::new(kind, self.pos, message)
    }

    /// An error for the byte at the current position, which is not `expected`.
    fn unexpected(&self, expected: &str) -> JsonError {
        match self.peek_byte() {
            None => self.error(
                JsonErrorKind::UnexpectedEnd,
                format!("the input ends where {expected} is expected"),
            ),
            Some(byte) => self.error(
                JsonErrorKind::UnexpectedCharacter,
                format!("expected {expected}, found {}", describe_byte(byte)),
            ),
        }
    }

    /// The state after a complete value.
    fn after_value(&mut self) {
        self.state = match self.stack.last() {
            None => State::End,
            Some(true) => State::NextKey,
            Some(false) => State::NextElement,
        };
    }

    fn open(&mut self, object: bool) -> Result<Token<'a>, JsonError> {
        if self.stack.len() >= self.max_depth {
            return Err(self.error(
                JsonErrorKind::TooDeep,
                format!("objects and arrays nest deeper than {} levels", self.max_depth),
            ));
        }
        self.pos += 1;
        self.stack.push(object);
        self.state = if object { State::FirstKey } else { State::FirstElement };
        Ok(if object { Token::StartObject } else { Token::StartArray })
    }

    fn close(&mut self, object: bool) -> Result<Token<'a>, JsonError> {
        self.pos += 1;
        self.stack.pop();
        self.after_value();
        Ok(if object { Token::EndObject } else { Token::EndArray })
    }

    fn key(&mut self) -> Result<Token<'a>, JsonError> {
        if self.peek_byte() != Some(b'"') {
            return Err(self.unexpected("an object key"));
        }
        let key = self.string()?;
        self.skip_whitespace();
        if self.peek_byte() != Some(b':') {
            return Err(self.unexpected("`:`"));
        }
        self.pos += 1;
        self.state = State::MemberValue;
        Ok(Token::Key(key))
    }

    fn value(&mut self) -> Result<Token<'a>, JsonError> {
        let token = match self.peek_byte() {
            Some(b'{') => return self.open(true),
            Some(b'[') => return self.open(false),
            Some(b'"') => Token::String(self.string()?),
            Some(b't') => self.literal(b"true", Token::Bool(true))?,
            Some(b'f') => self.literal(b"false", Token::Bool(false))?,
            Some(b'n') => self.literal(b"null", Token::Null)?,
            Some(b'-' | b'0'..=b'9') => Token::Number(self.number()?),
            _ => return Err(self.unexpected("a value")),
        };
        self.after_value();
        Ok(token)
    }

    fn literal(&mut self, text: &'static [u8], token: Token<'a>) -> Result<Token<'a>, JsonError> {
        let rest = &self.input[self.pos..];
        if rest.starts_with(text) {
            self.pos += text.len();
            return Ok(token);
        }
        // Point at the first byte that differs.
        let same = rest.iter().zip(text).take_while(|(a, b)| a == b).count();
        self.pos += same;
        let expected = format!("`{}`", String::from_utf8_lossy(text));
        Err(self.unexpected(&expected))
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        let start = self.pos + 1;
        let mut end = start;
        let mut escaped = false;
        loop {
            // Jump to the next byte that needs a look: the common run of plain
            // text is skipped in one search.
            let special = self
                .input
                .get(end..)
                .and_then(|rest| rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20));
            let Some(at) = special else {
                self.pos = self.input.len();
                return Err(self.error(JsonErrorKind::UnexpectedEnd, "the input ends inside a string"));
            };
            end += at;
            match self.input[end] {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    end += 2;
                }
                _ => {
                    self.pos = end;
                    return Err(self.error(
                        JsonErrorKind::InvalidString,
                        "a control character inside a string must be escaped",
                    ));
                }
            }
        }
        // Everything before the string was read, so it is valid: a string that
        // ends past the valid prefix holds the input's first invalid byte.
        let Some(text) = self.text.get(start..end) else {
            return Err(JsonError::new(
                JsonErrorKind::InvalidUtf8,
                self.text.len(),
                "a string is not valid UTF-8",
            ));
        };
        self.pos = end + 1;
        if escaped {
            string::unescape(text, start).map(Cow::Owned)
        } else {
            Ok(Cow::Borrowed(text))
        }
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Number<'a>, JsonError> {
        let start = self.pos;
        let mut integral = true;
        if self.peek_byte() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek_byte() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.number_error("a digit")),
        }
        if self.peek_byte() == Some(b'.') {
            integral = false;
            self.pos += 1;
            if !matches!(self.peek_byte(), Some(b'0'..=b'9')) {
                return Err(self.number_error("a digit after `.`"));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek_byte() {
            integral = false;
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek_byte() {
                self.pos += 1;
            }
            if !matches!(self.peek_byte(), Some(b'0'..=b'9')) {
                return Err(self.number_error("a digit in the exponent"));
            }
            self.digits();
        }
        // ASCII digits and signs, checked above, after bytes already read: all
        // inside the valid prefix.
        let Some(text) = self.text.get(start..self.pos) else {
            return Err(self.number_error("ASCII digits"));
        };
        Ok(Number::new(text, integral, start))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek_byte() {
            self.pos += 1;
        }
    }

    fn number_error(&self, expected: &str) -> JsonError {
        match self.peek_byte() {
            None => self.unexpected(expected),
            Some(byte) => self.error(
                JsonErrorKind::InvalidNumber,
                format!("a malformed number: expected {expected}, found {}", describe_byte(byte)),
            ),
        }
    }
}

fn describe_byte(byte: u8) -> String {
    if byte.is_ascii_graphic() {
        format!("`{}`", byte as char)
    } else {
        format!("byte 0x{byte:02x}")
    }
}

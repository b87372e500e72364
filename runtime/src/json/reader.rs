//! [`JsonReader`]: what the generated per-shape readers call. Every value
//! method reads one value and returns `None` for `null`, so that `null` means
//! "absent" for every member, as AWS clients read it.

use std::borrow::Cow;

use super::error::{JsonError, JsonErrorKind};
use super::token::{Token, Tokenizer};
use crate::{BigDecimal, BigInteger, Blob, DateTime, Document, TimestampFormat};

/// Reads typed values from a JSON document, one token of look-ahead.
#[derive(Debug)]
pub struct JsonReader<'a> {
    tokens: Tokenizer<'a>,
    peeked: Option<(Token<'a>, usize)>,
    /// Where the last token taken starts.
    offset: usize,
}

impl<'a> JsonReader<'a> {
    /// A reader over a whole JSON document.
    pub fn new(input: &'a [u8]) -> Self {
        JsonReader::from_tokenizer(Tokenizer::new(input))
    }

    /// A reader over the tokens of `tokens` (for another nesting limit).
    pub fn from_tokenizer(tokens: Tokenizer<'a>) -> Self {
        JsonReader {
            tokens,
            peeked: None,
            offset: 0,
        }
    }

    /// The next token; the end of the input is an error.
    #[inline]
    pub fn next_token(&mut self) -> Result<Token<'a>, JsonError> {
        if let Some((token, offset)) = self.peeked.take() {
            self.offset = offset;
            return Ok(token);
        }
        let token = self.tokens.next_in_value();
        self.offset = self.tokens.token_offset();
        token
    }

    /// The next token, left to be taken.
    #[inline]
    pub fn peek_token(&mut self) -> Result<&Token<'a>, JsonError> {
        if self.peeked.is_none() {
            let token = self.next_token()?;
            self.peeked = Some((token, self.offset));
        }
        Ok(&self.peeked.as_ref().expect("just peeked").0)
    }

    /// Checks that nothing but whitespace follows the value read.
    pub fn finish(&mut self) -> Result<(), JsonError> {
        if let Some((token, offset)) = &self.peeked {
            let message = format!("{} after the JSON value", token.describe());
            return Err(JsonError::new(JsonErrorKind::TrailingCharacters, *offset, message));
        }
        match self.tokens.next()? {
            None => Ok(()),
            Some(token) => Err(JsonError::new(
                JsonErrorKind::TrailingCharacters,
                self.tokens.token_offset(),
                format!("{} after the JSON value", token.describe()),
            )),
        }
    }

    /// An [`JsonErrorKind::InvalidValue`] error at the last token taken.
    pub fn invalid(&self, message: impl Into<Cow<'static, str>>) -> JsonError {
        JsonError::new(JsonErrorKind::InvalidValue, self.offset, message)
    }

    fn unexpected(&self, expected: &str, found: &Token<'_>) -> JsonError {
        JsonError::new(
            JsonErrorKind::UnexpectedType,
            self.offset,
            format!("expected {expected}, found {}", found.describe()),
        )
    }

    /// Skips one value, whatever its type and nesting.
    #[inline]
    pub fn skip_value(&mut self) -> Result<(), JsonError> {
        let first = self.next_token()?;
        self.skip_rest_of(first)
    }

    fn skip_rest_of(&mut self, first: Token<'a>) -> Result<(), JsonError> {
        let mut depth = match first {
            Token::StartObject | Token::StartArray => 1usize,
            Token::String(_) | Token::Number(_) | Token::Bool(_) | Token::Null => return Ok(()),
            other => return Err(self.unexpected("a value", &other)),
        };
        while depth > 0 {
            match self.next_token()? {
                Token::StartObject | Token::StartArray => depth += 1,
                Token::EndObject | Token::EndArray => depth -= 1,
                _ => {}
            }
        }
        Ok(())
    }

    /// Starts an object: `true` after `{`, `false` for `null`; anything else is
    /// an error naming `what` (the shape).
    #[inline]
    pub fn start_object(&mut self, what: &str) -> Result<bool, JsonError> {
        match self.next_token()? {
            Token::StartObject => Ok(true),
            Token::Null => Ok(false),
            other => Err(self.unexpected(&format!("`{what}` (an object)"), &other)),
        }
    }

    /// Checks that the next value is an object (`null` is an error too),
    /// leaving it to be read.
    pub fn require_object(&mut self, what: &str) -> Result<(), JsonError> {
        if *self.peek_token()? == Token::StartObject {
            return Ok(());
        }
        let found = self.next_token()?;
        Err(self.unexpected(&format!("{what} to be an object"), &found))
    }

    /// The next key of the object started, or `None` at its end (the `}` is
    /// consumed). The key's value must be read or skipped next.
    #[inline]
    pub fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, JsonError> {
        match self.next_token()? {
            Token::Key(key) => Ok(Some(key)),
            Token::EndObject => Ok(None),
            other => Err(self.unexpected("an object key", &other)),
        }
    }

    /// Starts an array: `true` after `[`, `false` for `null`; anything else is
    /// an error naming `what` (the shape).
    #[inline]
    pub fn start_array(&mut self, what: &str) -> Result<bool, JsonError> {
        match self.next_token()? {
            Token::StartArray => Ok(true),
            Token::Null => Ok(false),
            other => Err(self.unexpected(&format!("`{what}` (an array)"), &other)),
        }
    }

    /// Whether the array started has another element (else its `]` is consumed).
    #[inline]
    pub fn next_element(&mut self) -> Result<bool, JsonError> {
        if *self.peek_token()? == Token::EndArray {
            self.next_token()?;
            return Ok(false);
        }
        Ok(true)
    }

    /// A value that is only present or absent (a union member targeting
    /// `Unit`): `false` for `null`, else `true` with the value skipped.
    #[inline]
    pub fn present(&mut self) -> Result<bool, JsonError> {
        match self.next_token()? {
            Token::Null => Ok(false),
            other => self.skip_rest_of(other).map(|()| true),
        }
    }

    /// A string.
    #[inline]
    pub fn string(&mut self) -> Result<Option<String>, JsonError> {
        match self.next_token()? {
            Token::String(text) => Ok(Some(text.into_owned())),
            Token::Null => Ok(None),
            other => Err(self.unexpected("a string", &other)),
        }
    }

    /// A boolean.
    #[inline]
    pub fn bool(&mut self) -> Result<Option<bool>, JsonError> {
        match self.next_token()? {
            Token::Bool(value) => Ok(Some(value)),
            Token::Null => Ok(None),
            other => Err(self.unexpected("a boolean", &other)),
        }
    }

    #[inline]
    fn integer<T: TryFrom<i128>>(&mut self) -> Result<Option<T>, JsonError> {
        match self.next_token()? {
            Token::Number(number) => number.to_integer().map(Some),
            Token::Null => Ok(None),
            other => Err(self.unexpected("an integer", &other)),
        }
    }

    /// A `byte` (integral floats such as `2.0` accepted).
    #[inline]
    pub fn i8(&mut self) -> Result<Option<i8>, JsonError> {
        self.integer()
    }

    /// A `short` (integral floats such as `2.0` accepted).
    #[inline]
    pub fn i16(&mut self) -> Result<Option<i16>, JsonError> {
        self.integer()
    }

    /// An `integer` (integral floats such as `2.0` accepted).
    #[inline]
    pub fn i32(&mut self) -> Result<Option<i32>, JsonError> {
        self.integer()
    }

    /// A `long` (integral floats such as `2.0` accepted).
    #[inline]
    pub fn i64(&mut self) -> Result<Option<i64>, JsonError> {
        self.integer()
    }

    /// A `bigInteger` (integral floats such as `2.0` accepted).
    #[inline]
    pub fn i128(&mut self) -> Result<Option<i128>, JsonError> {
        self.integer()
    }

    /// A `bigInteger`, its digits kept exactly; an integral float (`2.0`,
    /// `1e3`) is read when it fits an `i128`.
    pub fn big_integer(&mut self) -> Result<Option<BigInteger>, JsonError> {
        match self.next_token()? {
            Token::Number(number) => match BigInteger::from_json_number_text(number.as_str()) {
                Ok(value) => Ok(Some(value)),
                Err(_) => {
                    let value: i128 = number.to_integer()?;
                    Ok(Some(
                        BigInteger::from_json_number_text(&value.to_string())
                            .map_err(|e| self.invalid(e.to_string()))?,
                    ))
                }
            },
            Token::Null => Ok(None),
            other => Err(self.unexpected("an integer", &other)),
        }
    }

    /// A `bigDecimal`, its digits kept exactly.
    pub fn big_decimal(&mut self) -> Result<Option<BigDecimal>, JsonError> {
        match self.next_token()? {
            Token::Number(number) => BigDecimal::from_json_number_text(number.as_str())
                .map(Some)
                .map_err(|e| self.invalid(e.to_string())),
            Token::Null => Ok(None),
            other => Err(self.unexpected("a number", &other)),
        }
    }

    /// A `double`: a number, or one of the strings `"NaN"`, `"Infinity"`,
    /// `"-Infinity"`.
    #[inline]
    pub fn f64(&mut self) -> Result<Option<f64>, JsonError> {
        match self.next_token()? {
            Token::Number(number) => number.to_f64().map(Some),
            Token::String(text) => match text.as_ref() {
                "NaN" => Ok(Some(f64::NAN)),
                "Infinity" => Ok(Some(f64::INFINITY)),
                "-Infinity" => Ok(Some(f64::NEG_INFINITY)),
                _ => Err(self.invalid(format!(
                    "expected a number or one of \"NaN\", \"Infinity\", \"-Infinity\", found the string {text:?}"
                ))),
            },
            Token::Null => Ok(None),
            other => Err(self.unexpected("a number", &other)),
        }
    }

    /// A `float` (as [`f64`](Self::f64), narrowed).
    #[inline]
    pub fn f32(&mut self) -> Result<Option<f32>, JsonError> {
        self.f64().map(|value| value.map(|v| v as f32))
    }

    /// A blob: a base64 string.
    #[inline]
    pub fn blob(&mut self) -> Result<Option<Blob>, JsonError> {
        match self.next_token()? {
            Token::String(text) => Blob::from_base64(&text)
                .map(Some)
                .map_err(|_| self.invalid("a blob is not valid base64")),
            Token::Null => Ok(None),
            other => Err(self.unexpected("a base64 string", &other)),
        }
    }

    /// A timestamp in `format`: a number of seconds for `epoch-seconds`, else a
    /// string.
    #[inline]
    pub fn timestamp(&mut self, format: TimestampFormat) -> Result<Option<DateTime>, JsonError> {
        let token = self.next_token()?;
        match (format, token) {
            (_, Token::Null) => Ok(None),
            (TimestampFormat::EpochSeconds, Token::Number(number)) => {
                if number.is_integer_literal() {
                    number.to_integer().map(|secs| Some(DateTime::from_secs(secs)))
                } else {
                    number.to_f64().map(|secs| Some(DateTime::from_secs_f64(secs)))
                }
            }
            (TimestampFormat::EpochSeconds, other) => Err(self.unexpected("a number of epoch seconds", &other)),
            (format, Token::String(text)) => DateTime::parse(&text, format)
                .map(Some)
                .map_err(|e| self.invalid(format!("an invalid timestamp: {e}"))),
            (_, other) => Err(self.unexpected("a timestamp string", &other)),
        }
    }

    /// A document: any JSON value (`null` reads as `None`).
    #[inline]
    pub fn document(&mut self) -> Result<Option<Document>, JsonError> {
        match self.next_token()? {
            Token::Null => Ok(None),
            first => self.document_from(first).map(Some),
        }
    }

    /// The document that starts with `first`. The tokenizer's nesting limit
    /// bounds the recursion.
    fn document_from(&mut self, first: Token<'a>) -> Result<Document, JsonError> {
        Ok(match first {
            Token::Null => Document::Null,
            Token::Bool(value) => Document::Bool(value),
            Token::String(text) => Document::String(text.into_owned()),
            Token::Number(number) => {
                let integer = number
                    .is_integer_literal()
                    .then(|| {
                        let text = number.as_str();
                        text.parse::<i64>()
                            .map(serde_json::Number::from)
                            .or_else(|_| text.parse::<u64>().map(serde_json::Number::from))
                            .ok()
                    })
                    .flatten();
                match integer {
                    Some(n) => Document::Number(n),
                    None => serde_json::Number::from_f64(number.to_f64()?)
                        .map(Document::Number)
                        .ok_or_else(|| self.invalid("a number a document cannot hold"))?,
                }
            }
            Token::StartArray => {
                let mut items = Vec::new();
                loop {
                    match self.next_token()? {
                        Token::EndArray => break Document::Array(items),
                        token => items.push(self.document_from(token)?),
                    }
                }
            }
            Token::StartObject => {
                let mut map = serde_json::Map::new();
                while let Some(key) = self.next_key()? {
                    let token = self.next_token()?;
                    let value = self.document_from(token)?;
                    map.insert(key.into_owned(), value);
                }
                Document::Object(map)
            }
            other => return Err(self.unexpected("a value", &other)),
        })
    }
}

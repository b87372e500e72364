use std::borrow::Cow;

use super::*;

/// Every token of `input`, or the first error.
fn tokens(input: &[u8]) -> Result<Vec<Token<'_>>, JsonError> {
    let mut tokenizer = Tokenizer::new(input);
    let mut out = Vec::new();
    while let Some(token) = tokenizer.next()? {
        out.push(token);
    }
    Ok(out)
}

fn error_kind(input: &[u8]) -> JsonErrorKind {
    tokens(input).expect_err("the input is invalid").kind()
}

fn string_of(input: &str) -> Result<String, JsonError> {
    JsonReader::new(input.as_bytes()).string().map(|s| s.expect("not null"))
}

#[test]
fn tokens_follow_the_document() {
    let got = tokens(br#" {"a": [1, -2.5e3, true, null], "b": {}, "c": "x"} "#).unwrap();
    let number = |t: &Token<'_>| match t {
        Token::Number(n) => n.as_str().to_owned(),
        _ => panic!("not a number"),
    };
    assert_eq!(got.len(), 14);
    assert_eq!(got[0], Token::StartObject);
    assert_eq!(got[1], Token::Key(Cow::Borrowed("a")));
    assert_eq!(number(&got[3]), "1");
    assert_eq!(number(&got[4]), "-2.5e3");
    assert_eq!(got[5], Token::Bool(true));
    assert_eq!(got[6], Token::Null);
    assert_eq!(got[7], Token::EndArray);
    assert_eq!(got[9..11], [Token::StartObject, Token::EndObject]);
    assert_eq!(got[12], Token::String(Cow::Borrowed("x")));
    assert_eq!(got[13], Token::EndObject);
}

#[test]
fn strings_without_escapes_are_borrowed() {
    let got = tokens(br#"["plain", "esc\"aped"]"#).unwrap();
    assert!(matches!(&got[1], Token::String(Cow::Borrowed("plain"))));
    assert!(matches!(&got[2], Token::String(Cow::Owned(s)) if s == "esc\"aped"));
}

#[test]
fn escapes_are_unescaped() {
    assert_eq!(
        string_of(r#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \u20AC""#).unwrap(),
        "q\" b\\ s/ \u{8}\u{c}\n\r\t é €"
    );
    assert_eq!(string_of(r#""\u0000""#).unwrap(), "\0");
    for bad in [r#""\x""#, r#""\u12""#, r#""\u12G4""#, r#""\"#] {
        let kind = JsonReader::new(bad.as_bytes()).string().unwrap_err().kind();
        assert!(
            matches!(kind, JsonErrorKind::InvalidString | JsonErrorKind::UnexpectedEnd),
            "{bad}: {kind:?}"
        );
    }
}

#[test]
fn surrogate_pairs_make_one_character() {
    assert_eq!(string_of(r#""\ud83d\ude00!""#).unwrap(), "😀!");
    assert_eq!(string_of(r#""\uD834\uDD1E""#).unwrap(), "𝄞");
    for lone in [r#""\ud83d""#, r#""\ud83dx""#, r#""\ude00""#, r#""\ud83d\u0041""#] {
        let error = string_of(lone).unwrap_err();
        assert_eq!(error.kind(), JsonErrorKind::InvalidString, "{lone}");
        assert!(error.message().contains("surrogate"), "{error}");
    }
}

#[test]
fn control_characters_must_be_escaped() {
    assert_eq!(error_kind(b"\"a\nb\""), JsonErrorKind::InvalidString);
}

#[test]
fn invalid_utf8_is_an_error_with_its_offset() {
    let error = tokens(b"{\"k\": \"ab\xff\"}").unwrap_err();
    assert_eq!(error.kind(), JsonErrorKind::InvalidUtf8);
    assert_eq!(error.offset(), 9);
    assert_eq!(error_kind(b"[\"\xc3\"]"), JsonErrorKind::InvalidUtf8);
    // Valid multi-byte UTF-8 passes through.
    assert_eq!(string_of("\"h\u{e9}llo \u{1F600}\"").unwrap(), "héllo 😀");
}

#[test]
fn tokens_before_the_first_invalid_utf8_are_read() {
    // The input is validated once, up front; its first invalid byte is still
    // reported only when the string holding it is read, at the byte's offset.
    let input = b"[\"ok\", 12, \"b\\u00e9d\xff\", \"also\xfe\"]";
    let mut tokenizer = Tokenizer::new(input);
    assert_eq!(tokenizer.next().unwrap(), Some(Token::StartArray));
    assert_eq!(tokenizer.next().unwrap(), Some(Token::String(Cow::Borrowed("ok"))));
    match tokenizer.next().unwrap() {
        Some(Token::Number(n)) => assert_eq!(n.as_str(), "12"),
        other => panic!("not a number: {other:?}"),
    }
    let error = tokenizer.next().unwrap_err();
    assert_eq!(error.kind(), JsonErrorKind::InvalidUtf8);
    assert_eq!(error.offset(), 20);
}

#[test]
fn truncated_input_is_an_error_never_a_panic() {
    let full = br#"{"a": [1, 2.5, "x\u00e9", true, null, {"b": false}], "c": -1e5}"#;
    for end in 0..full.len() {
        let result = tokens(&full[..end]);
        assert!(
            result.is_err(),
            "{:?} was accepted",
            String::from_utf8_lossy(&full[..end])
        );
    }
    assert!(tokens(full).is_ok());
    assert_eq!(error_kind(b"{\"a\": tru"), JsonErrorKind::UnexpectedEnd);
    assert_eq!(error_kind(b"[1,"), JsonErrorKind::UnexpectedEnd);
    assert_eq!(error_kind(b"\"abc"), JsonErrorKind::UnexpectedEnd);
}

#[test]
fn the_grammar_is_checked() {
    for (bad, kind) in [
        (&b"{,}"[..], JsonErrorKind::UnexpectedCharacter),
        (b"{\"a\" 1}", JsonErrorKind::UnexpectedCharacter),
        (b"{\"a\": 1 \"b\": 2}", JsonErrorKind::UnexpectedCharacter),
        (b"[1 2]", JsonErrorKind::UnexpectedCharacter),
        (b"[1,]", JsonErrorKind::UnexpectedCharacter),
        (b"{\"a\": 1,}", JsonErrorKind::UnexpectedCharacter),
        (b"{1: 2}", JsonErrorKind::UnexpectedCharacter),
        (b"[}", JsonErrorKind::UnexpectedCharacter),
        (b"nul", JsonErrorKind::UnexpectedEnd),
        (b"trux", JsonErrorKind::UnexpectedCharacter),
        (b"{} {}", JsonErrorKind::TrailingCharacters),
        (b"1 2", JsonErrorKind::TrailingCharacters),
        (b"", JsonErrorKind::UnexpectedEnd),
    ] {
        assert_eq!(error_kind(bad), kind, "{}", String::from_utf8_lossy(bad));
    }
}

#[test]
fn nesting_is_limited() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(tokens(deep(DEFAULT_MAX_DEPTH).as_bytes()).is_ok());
    let error = tokens(deep(DEFAULT_MAX_DEPTH + 1).as_bytes()).unwrap_err();
    assert_eq!(error.kind(), JsonErrorKind::TooDeep);
    assert_eq!(error.offset(), DEFAULT_MAX_DEPTH);
    // Far past the limit, in objects too: an error, not a stack overflow.
    let objects = "{\"a\":".repeat(1_000_000);
    let mut reader = JsonReader::new(objects.as_bytes());
    assert_eq!(reader.skip_value().unwrap_err().kind(), JsonErrorKind::TooDeep);
    let mut reader = JsonReader::new(objects.as_bytes());
    assert_eq!(reader.document().unwrap_err().kind(), JsonErrorKind::TooDeep);
    let shallow = Tokenizer::new(b"[[1]]").with_max_depth(1);
    assert_eq!(
        JsonReader::from_tokenizer(shallow).skip_value().unwrap_err().kind(),
        JsonErrorKind::TooDeep
    );
}

#[test]
fn number_syntax_is_checked() {
    for good in ["0", "-0", "12", "-3.25", "1e3", "1E+3", "2.5e-3", "0.0"] {
        assert!(tokens(good.as_bytes()).is_ok(), "{good}");
    }
    for bad in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "--1", "0x10", "1.e3"] {
        assert!(tokens(bad.as_bytes()).is_err(), "{bad} was accepted");
    }
}

fn i64_of(input: &str) -> Result<Option<i64>, JsonError> {
    JsonReader::new(input.as_bytes()).i64()
}

#[test]
fn integers_accept_integral_floats_only() {
    assert_eq!(i64_of("2.0").unwrap(), Some(2));
    assert_eq!(i64_of("1e3").unwrap(), Some(1000));
    assert_eq!(i64_of("-0").unwrap(), Some(0));
    assert_eq!(i64_of("-0.0").unwrap(), Some(0));
    assert_eq!(i64_of("-9223372036854775808").unwrap(), Some(i64::MIN));
    assert_eq!(i64_of("null").unwrap(), None);
    for bad in [
        "2.5",
        "1e-1",
        "9223372036854775808",
        "1e19",
        "1e400",
        "123456789012345678901234567890123456789012",
    ] {
        let error = i64_of(bad).unwrap_err();
        assert_eq!(error.kind(), JsonErrorKind::InvalidNumber, "{bad}");
    }
    assert_eq!(
        JsonReader::new(b"128").i8().unwrap_err().kind(),
        JsonErrorKind::InvalidNumber
    );
    assert_eq!(JsonReader::new(b"-128.0").i8().unwrap(), Some(-128));
    assert_eq!(
        JsonReader::new(b"70000").i16().unwrap_err().kind(),
        JsonErrorKind::InvalidNumber
    );
    assert_eq!(
        JsonReader::new(b"3e9").i32().unwrap_err().kind(),
        JsonErrorKind::InvalidNumber
    );
    assert_eq!(
        JsonReader::new(b"170141183460469231731687303715884105727")
            .i128()
            .unwrap(),
        Some(i128::MAX)
    );
    assert_eq!(
        JsonReader::new(b"\"1\"").i32().unwrap_err().kind(),
        JsonErrorKind::UnexpectedType
    );
}

#[test]
fn floats_accept_numbers_and_the_special_strings() {
    let f64_of = |input: &str| JsonReader::new(input.as_bytes()).f64();
    assert_eq!(f64_of("1").unwrap(), Some(1.0));
    assert_eq!(f64_of("-2.5e-1").unwrap(), Some(-0.25));
    assert!(f64_of("\"NaN\"").unwrap().unwrap().is_nan());
    assert_eq!(f64_of("\"Infinity\"").unwrap(), Some(f64::INFINITY));
    assert_eq!(f64_of("\"-Infinity\"").unwrap(), Some(f64::NEG_INFINITY));
    assert_eq!(f64_of("\"nan\"").unwrap_err().kind(), JsonErrorKind::InvalidValue);
    assert_eq!(f64_of("1e400").unwrap_err().kind(), JsonErrorKind::InvalidNumber);
    assert_eq!(JsonReader::new(b"1.1").f32().unwrap(), Some(1.1f32));
}

#[test]
fn objects_skip_unknown_values_of_every_type() {
    let input = br#"{"a": {"x": [1, {"y": []}], "z": null}, "b": [[], [[]]], "c": "s", "d": 1.5e2, "e": false, "f": null, "k": 7, "k": 8}"#;
    let mut reader = JsonReader::new(input);
    assert!(reader.start_object("S").unwrap());
    let mut k = None;
    while let Some(key) = reader.next_key().unwrap() {
        match key.as_ref() {
            "k" => k = reader.i32().unwrap(),
            _ => reader.skip_value().unwrap(),
        }
    }
    reader.finish().unwrap();
    // A duplicate key keeps its last value.
    assert_eq!(k, Some(8));
}

#[test]
fn containers_are_typed() {
    for (input, kind) in [
        (&b"[]"[..], JsonErrorKind::UnexpectedType),
        (b"\"x\"", JsonErrorKind::UnexpectedType),
        (b"1", JsonErrorKind::UnexpectedType),
        (b"true", JsonErrorKind::UnexpectedType),
    ] {
        let error = JsonReader::new(input).start_object("Shape").unwrap_err();
        assert_eq!(error.kind(), kind);
        assert!(error.message().contains("`Shape` (an object)"), "{error}");
    }
    assert!(!JsonReader::new(b"null").start_object("Shape").unwrap());
    assert!(!JsonReader::new(b"null").start_array("List").unwrap());
    assert_eq!(
        JsonReader::new(b"{}").start_array("List").unwrap_err().kind(),
        JsonErrorKind::UnexpectedType
    );
}

#[test]
fn arrays_read_element_by_element() {
    let mut reader = JsonReader::new(b"[1, null, 3]");
    assert!(reader.start_array("L").unwrap());
    let mut items = Vec::new();
    while reader.next_element().unwrap() {
        items.push(reader.i32().unwrap());
    }
    reader.finish().unwrap();
    assert_eq!(items, [Some(1), None, Some(3)]);
}

#[test]
fn scalars_read_their_types() {
    assert_eq!(JsonReader::new(b"true").bool().unwrap(), Some(true));
    assert_eq!(
        JsonReader::new(b"1").bool().unwrap_err().kind(),
        JsonErrorKind::UnexpectedType
    );
    assert_eq!(
        JsonReader::new(b"\"aGk=\"").blob().unwrap().unwrap().into_inner(),
        b"hi".to_vec()
    );
    assert_eq!(
        JsonReader::new(b"\"!!\"").blob().unwrap_err().kind(),
        JsonErrorKind::InvalidValue
    );
    let epoch = JsonReader::new(b"1.5").timestamp(crate::TimestampFormat::EpochSeconds);
    assert_eq!(epoch.unwrap(), Some(crate::DateTime::from_millis(1500)));
    let date = JsonReader::new(b"\"2014-04-29T18:30:38Z\"").timestamp(crate::TimestampFormat::DateTime);
    assert_eq!(date.unwrap(), Some(crate::DateTime::from_secs(1398796238)));
    let wrong = JsonReader::new(b"12").timestamp(crate::TimestampFormat::HttpDate);
    assert_eq!(wrong.unwrap_err().kind(), JsonErrorKind::UnexpectedType);
    assert!(JsonReader::new(b"{}").present().unwrap());
    assert!(!JsonReader::new(b"null").present().unwrap());
}

#[test]
fn documents_keep_any_value() {
    let input = br#"{"a": [1, -2, 1.5, 18446744073709551615, "s", null, true], "b": {}, "a": {"x": "\u00e9"}}"#;
    let document = JsonReader::new(input).document().unwrap().unwrap();
    let expected = serde_json::json!({"a": {"x": "é"}, "b": {}});
    assert_eq!(document, expected);
    let list = JsonReader::new(br#"[1, -2, 1.5, 18446744073709551615, null]"#)
        .document()
        .unwrap();
    assert_eq!(
        list,
        Some(serde_json::json!([1, -2, 1.5, 18446744073709551615u64, null]))
    );
    assert_eq!(JsonReader::new(b"null").document().unwrap(), None);
}

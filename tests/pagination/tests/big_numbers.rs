//! `bigInteger` and `bigDecimal` keep every digit: beyond `i128` and `f64`, in
//! request bodies, query strings, headers and labels, and in response bodies and
//! headers of a generated client.

use big_numbers_fixture::{config::Credentials, Client, Config};
use smithy_runtime::http::HttpResponse;
use smithy_runtime::test_util::ScriptedTransport;
use smithy_runtime::{BigDecimal, BigInteger};

/// Beyond `i128` (about 1.7e38).
const BIG: &str = "123456789012345678901234567890123456789012345";
/// Beyond `f64`'s 17 significant digits.
const PRECISE: &str = "0.1000000000000000000000000000001";

fn client(transport: &ScriptedTransport) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url("https://numbers.example.com")
            .transport(transport.clone())
            .build(),
    )
}

#[tokio::test]
async fn requests_carry_the_exact_text_everywhere() {
    let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, "{}"));
    let big: BigInteger = BIG.parse().unwrap();
    let precise: BigDecimal = PRECISE.parse().unwrap();
    client(&transport)
        .put_numbers()
        .label(big.clone())
        .query_integer(format!("-{BIG}").parse::<BigInteger>().unwrap())
        .query_decimal("1e400".parse::<BigDecimal>().unwrap())
        .header_decimal(precise.clone())
        .integer(big.clone())
        .decimal(precise.clone())
        .decimals(vec![precise.clone(), "-2.5E-300".parse().unwrap()])
        .send()
        .await
        .expect("the call succeeds");
    let request = &transport.requests()[0];
    assert_eq!(
        request.uri,
        format!("https://numbers.example.com/numbers/{BIG}?int=-{BIG}&dec=1e400")
    );
    assert_eq!(request.header_str("x-decimal"), Some(PRECISE));
    let body = std::str::from_utf8(&request.body).unwrap();
    assert_eq!(
        body,
        format!(r#"{{"Integer":{BIG},"Decimal":{PRECISE},"Decimals":[{PRECISE},-2.5E-300]}}"#)
    );
}

#[tokio::test]
async fn responses_keep_every_digit() {
    let body = format!(r#"{{"Integer": {BIG}, "Decimal": {PRECISE}, "Decimals": [1e400, -0.0]}}"#);
    let transport = ScriptedTransport::new()
        .with_response(HttpResponse::new(200, body).with_header("x-integer", &format!("-{BIG}")));
    let out = client(&transport)
        .put_numbers()
        .label(BigInteger::from(1i64))
        .send()
        .await
        .expect("the response parses");
    assert_eq!(out.integer.as_ref().map(BigInteger::as_str), Some(BIG));
    assert_eq!(out.integer.as_ref().and_then(BigInteger::to_i128), None);
    assert_eq!(out.decimal.as_ref().map(BigDecimal::as_str), Some(PRECISE));
    let decimals: Vec<&str> = out.decimals.iter().flatten().map(BigDecimal::as_str).collect();
    assert_eq!(decimals, ["1e400", "-0.0"]);
    assert_eq!(out.header_integer.map(|n| n.to_string()), Some(format!("-{BIG}")));
}

#[tokio::test]
async fn a_number_that_is_not_one_is_an_error() {
    for (body, header) in [
        (r#"{"Integer": "12"}"#.to_owned(), "1"),
        (r#"{"Integer": 1.5}"#.to_owned(), "1"),
        ("{}".to_owned(), "1.5"),
        ("{}".to_owned(), "NaN"),
    ] {
        let transport = ScriptedTransport::new()
            .with_response(HttpResponse::new(200, body.clone()).with_header("x-integer", header));
        let result = client(&transport)
            .put_numbers()
            .label(BigInteger::from(1i64))
            .send()
            .await;
        assert!(result.is_err(), "{body} / {header}: {result:?}");
    }
}

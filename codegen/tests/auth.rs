//! Auth schemes per operation: the service's `@auth` order, an operation's own
//! `@auth`, `@optionalAuth` adding anonymous last, `@auth([])` anonymous.

use codegen::plan::{AuthScheme, Plan};

fn plan_of(json: &str) -> Result<Vec<(String, Vec<AuthScheme>)>, codegen::Errors> {
    let model = codegen::model::resolve(codegen::load::parse("m.json", json)?)?;
    let plan = Plan::new(&model)?;
    Ok(plan
        .operations
        .iter()
        .map(|op| (op.name.clone(), op.auth.clone()))
        .collect())
}

#[test]
fn each_operation_gets_its_schemes_in_order() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/auth_schemes.json"
    ))
    .expect("fixture");
    let found = plan_of(&json).expect("plans");
    let key = AuthScheme::ApiKey {
        name: "Authorization".to_owned(),
        in_query: false,
        scheme: Some("ApiKey".to_owned()),
    };
    let sigv4 = AuthScheme::SigV4 {
        signing_name: "authsvc".to_owned(),
    };
    // Ordered by client method (`sig_v4_then_key` < `signed_if_possible`).
    let expected = [
        ("Anonymous", vec![AuthScheme::Anonymous]),
        ("BearerOnly", vec![AuthScheme::Bearer]),
        // The service's `@auth`: the key, then SigV4 (bearer is not listed).
        ("ByKeyOrSigV4", vec![key.clone(), sigv4.clone()]),
        ("SigV4ThenKey", vec![sigv4.clone(), key.clone()]),
        ("SignedIfPossible", vec![key, sigv4, AuthScheme::Anonymous]),
    ];
    let expected: Vec<(String, Vec<AuthScheme>)> = expected.into_iter().map(|(n, s)| (n.to_owned(), s)).collect();
    assert_eq!(found, expected);
}

#[test]
fn an_auth_list_naming_a_scheme_the_service_lacks_is_an_error() {
    let json = r#"{ "smithy": "2.0", "shapes": {
        "ex#Svc": { "type": "service", "version": "1", "operations": [{ "target": "ex#Op" }],
                    "traits": { "aws.protocols#restJson1": {}, "aws.auth#sigv4": { "name": "s" } } },
        "ex#Op": { "type": "operation", "traits": { "smithy.api#http": { "method": "GET", "uri": "/" },
                   "smithy.api#auth": ["smithy.api#httpBearerAuth"] } } } }"#;
    let errors = plan_of(json).expect_err("refused");
    assert_eq!(
        errors.0.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["ex#Op: `@auth` lists `smithy.api#httpBearerAuth`, which the service does not offer"]
    );
}

#[test]
fn an_api_key_without_location_is_an_error_naming_the_service() {
    let json = r#"{ "smithy": "2.0", "shapes": {
        "ex#Svc": { "type": "service", "version": "1",
                    "traits": { "aws.protocols#restJson1": {}, "smithy.api#httpApiKeyAuth": { "name": "k" } } } } }"#;
    let errors = plan_of(json).expect_err("refused");
    assert!(
        errors.0[0]
            .to_string()
            .starts_with("ex#Svc: trait `smithy.api#httpApiKeyAuth`"),
        "{errors}"
    );
}

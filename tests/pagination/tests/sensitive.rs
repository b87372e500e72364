//! `@sensitive` values stay out of `Debug` wherever they sit: in a list, a map
//! key or value, a union member, a nested structure, a structure or union marked
//! `@sensitive` itself, and the builders that hold them. Values read from a
//! response are printed with `{:?}` and `{:#?}`; the secret text must not appear,
//! the redaction marker must, and the other members stay readable.

use sensitive_fixture::operation::open_vault::{OpenVaultInput, OpenVaultOutput};
use sensitive_fixture::types::{Choice, Hidden, Locked, Login};
use sensitive_fixture::{config::Credentials, Client, Config};
use smithy_runtime::http::HttpResponse;
use smithy_runtime::test_util::ScriptedTransport;

const REDACTED: &str = "*** Sensitive Data Redacted ***";

fn client(transport: ScriptedTransport) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url("https://vault.example.com")
            .transport(transport)
            .build(),
    )
}

/// The output the client reads from `body`.
async fn open_vault(body: &str) -> OpenVaultOutput {
    let transport = ScriptedTransport::new().with_response(HttpResponse::new(200, body.to_owned()));
    client(transport)
        .open_vault()
        .send()
        .await
        .expect("the response parses")
}

/// Neither `{:?}` nor `{:#?}` of `value` shows any of `secrets`; both show the
/// marker and every one of `visible`.
fn assert_redacted(value: &impl std::fmt::Debug, secrets: &[&str], visible: &[&str]) {
    for printed in [format!("{value:?}"), format!("{value:#?}")] {
        for secret in secrets {
            assert!(!printed.contains(secret), "`{secret}` leaks in {printed}");
        }
        assert!(printed.contains(REDACTED), "no redaction marker in {printed}");
        for text in visible {
            assert!(printed.contains(text), "`{text}` is hidden too in {printed}");
        }
    }
}

#[tokio::test]
async fn sensitive_strings_inside_lists_are_redacted() {
    let out = open_vault(
        r#"{"title": "my vault", "secrets": ["pin-1111", "pin-2222"],
            "secretGroups": [{"a": "pin-3333"}, {"b": "pin-4444"}]}"#,
    )
    .await;
    assert_eq!(
        out.secrets.as_deref(),
        Some(&["pin-1111".to_owned(), "pin-2222".to_owned()][..])
    );
    assert_redacted(&out, &["pin-1111", "pin-2222", "pin-3333", "pin-4444"], &["my vault"]);
}

#[tokio::test]
async fn sensitive_map_keys_and_values_are_redacted() {
    let out = open_vault(r#"{"secretsByName": {"door": "pin-5555"}, "namesBySecret": {"pin-6666": "door"}}"#).await;
    assert_eq!(
        out.secrets_by_name
            .as_ref()
            .and_then(|m| m.get("door"))
            .map(String::as_str),
        Some("pin-5555")
    );
    assert_redacted(&out, &["pin-5555", "pin-6666"], &[]);
}

#[tokio::test]
async fn sensitive_union_members_are_redacted_and_the_others_printed() {
    let secret = open_vault(r#"{"choice": {"secret": "pin-7777"}}"#).await;
    assert_eq!(secret.choice, Some(Choice::Secret("pin-7777".to_owned())));
    assert_redacted(&secret, &["pin-7777"], &["Secret"]);
    let list = Choice::Secrets(vec!["pin-8888".to_owned()]);
    assert_redacted(&list, &["pin-8888"], &["Secrets"]);
    let plain = Choice::Plain("open text".to_owned());
    assert_eq!(format!("{plain:?}"), r#"Plain("open text")"#);
    assert_eq!(format!("{:?}", Choice::None), "None");
}

#[tokio::test]
async fn every_member_of_a_sensitive_union_is_redacted() {
    let out = open_vault(r#"{"hidden": {"text": "pin-9999"}}"#).await;
    assert_eq!(out.hidden, Some(Hidden::Text("pin-9999".to_owned())));
    assert_redacted(&out, &["pin-9999"], &[]);
    assert_redacted(&Hidden::Text("pin-9999".to_owned()), &["pin-9999"], &["Text"]);
}

#[tokio::test]
async fn sensitive_members_of_nested_structures_are_redacted() {
    let out = open_vault(
        r#"{"locked": {"label": "front door", "code": "pin-1212"},
            "entries": [{"label": "back door", "code": "pin-3434"}]}"#,
    )
    .await;
    assert_eq!(out.locked.as_ref().and_then(|l| l.code.as_deref()), Some("pin-1212"));
    assert_redacted(&out, &["pin-1212", "pin-3434"], &["front door", "back door"]);
    let builder = Locked::builder().label("side door").code("pin-5656");
    assert_redacted(&builder, &["pin-5656"], &["side door"]);
}

#[tokio::test]
async fn every_member_of_a_sensitive_structure_is_redacted() {
    let out = open_vault(r#"{"login": {"user": "alice", "password": "pin-7878"}}"#).await;
    assert_eq!(out.login.as_ref().and_then(|l| l.user.as_deref()), Some("alice"));
    assert_redacted(&out, &["alice", "pin-7878"], &[]);
    let login = Login::builder().user("bob").password("pin-9090").build();
    assert_redacted(&login, &["bob", "pin-9090"], &["Login"]);
    assert_redacted(&Login::builder().user("bob"), &["bob"], &["LoginBuilder"]);
}

#[test]
fn inputs_and_their_builders_redact_what_they_will_send() {
    let builder = OpenVaultInput::builder()
        .login(Login::builder().user("carol").password("pin-1357").build())
        .pins(vec!["pin-2468".to_owned()]);
    assert_redacted(&builder, &["carol", "pin-1357", "pin-2468"], &[]);
    assert_redacted(&builder.build(), &["carol", "pin-1357", "pin-2468"], &[]);
    let fluent = client(ScriptedTransport::new())
        .open_vault()
        .pins(vec!["pin-9753".to_owned()]);
    assert_redacted(&fluent, &["pin-9753"], &[]);
}

//! Every error keeps what the service said: HTTP status, error code, message and
//! request id, through `meta()` (and `code()`, `message()`, `request_id()`) on the
//! modeled error, the operation's error and the service-wide `Error`; a modeled
//! error stays that error when its body cannot be read; and no error's text
//! repeats its source's.

mod common;

use std::error::Error as StdError;

use common::client_no_retry;
use iot_jobs_data::error::ProvideErrorMetadata;
use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::operation::start_command_execution::StartCommandExecutionError;
use iot_jobs_data::operation::update_job_execution::UpdateJobExecutionError;
use iot_jobs_data::types::JobExecutionStatus;
use iot_jobs_data::Client;
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

/// The variant's name and the error it holds, seen through the trait.
macro_rules! held {
    ($fn:ident, $Enum:ident, [$($Variant:ident),* $(,)?]) => {
        fn $fn(error: &$Enum) -> (&'static str, &dyn ProvideErrorMetadata) {
            match error {
                $($Enum::$Variant(e) => (stringify!($Variant), e),)*
                $Enum::Unhandled(e) => ("Unhandled", e),
                other => panic!("unexpected variant {other:?}"),
            }
        }
    };
}

held!(
    describe_held,
    DescribeJobExecutionError,
    [
        CertificateValidationException,
        InvalidRequestException,
        ResourceNotFoundException,
        ServiceUnavailableException,
        TerminalStateException,
        ThrottlingException,
    ]
);
held!(
    command_held,
    StartCommandExecutionError,
    [
        ConflictException,
        InternalServerException,
        ResourceNotFoundException,
        ServiceQuotaExceededException,
        ThrottlingException,
        ValidationException,
    ]
);
held!(update_held, UpdateJobExecutionError, [InvalidStateTransitionException]);

async fn describe(client: &Client) -> DescribeJobExecutionError {
    client
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await
        .unwrap_err()
}

async fn start_command(client: &Client) -> StartCommandExecutionError {
    client
        .start_command_execution()
        .target_arn("arn:aws:iot:us-east-1:123456789012:thing/t")
        .command_arn("arn:aws:iot:us-east-1:123456789012:command/c")
        .send()
        .await
        .unwrap_err()
}

async fn update(client: &Client) -> UpdateJobExecutionError {
    client
        .update_job_execution()
        .thing_name("t")
        .job_id("j")
        .status(JobExecutionStatus::Succeeded)
        .send()
        .await
        .unwrap_err()
}

/// The four parts, as a tuple, from anything that provides them.
fn parts(e: &dyn ProvideErrorMetadata) -> (Option<u16>, Option<&str>, Option<&str>, Option<&str>) {
    (e.meta().status(), e.code(), e.message(), e.request_id())
}

fn scripted(status: u16, code: &str, request_id: &str) -> ScriptedResponse {
    ScriptedResponse::json(status, format!(r#"{{"message":"{code} at {status}"}}"#))
        .with_header("X-Amzn-ErrorType", code)
        .with_header("x-amzn-requestid", request_id)
}

#[tokio::test]
async fn every_modeled_error_exposes_status_code_message_and_request_id() {
    let server = TestServer::start().await;
    let client = client_no_retry(&server);
    // Each of the model's 11 errors, through an operation that models it, with
    // an unusual status so that it cannot come from anywhere but the response.
    let describe_cases = [
        ("CertificateValidationException", 491),
        ("InvalidRequestException", 492),
        ("ResourceNotFoundException", 404),
        ("ServiceUnavailableException", 503),
        ("TerminalStateException", 410),
        ("ThrottlingException", 429),
    ];
    let command_cases = [
        ("ConflictException", 409),
        ("InternalServerException", 500),
        ("ServiceQuotaExceededException", 402),
        ("ValidationException", 422),
    ];
    for (i, (code, status)) in describe_cases.into_iter().enumerate() {
        let rid = format!("rid-d{i}");
        server.push(scripted(status, code, &rid));
        let error = describe(&client).await;
        let expected = (Some(status), Some(code), Some(format!("{code} at {status}")), Some(rid));
        let (variant, held) = describe_held(&error);
        assert_eq!(variant, code);
        for e in [held, &error as &dyn ProvideErrorMetadata] {
            let (s, c, m, r) = parts(e);
            assert_eq!(
                (s, c, m.map(str::to_owned), r.map(str::to_owned)),
                expected,
                "{error:?}"
            );
        }
        // The inherent methods agree with the trait's.
        assert_eq!(error.meta(), ProvideErrorMetadata::meta(&error));
        assert_eq!(error.request_id(), expected.3.as_deref());
        let service: iot_jobs_data::Error = error.into();
        let (s, c, m, r) = parts(&service);
        assert_eq!((s, c, m.map(str::to_owned), r.map(str::to_owned)), expected);
    }
    for (i, (code, status)) in command_cases.into_iter().enumerate() {
        let rid = format!("rid-c{i}");
        server.push(scripted(status, code, &rid));
        let error = start_command(&client).await;
        let (variant, held) = command_held(&error);
        assert_eq!(variant, code);
        assert_eq!(held.meta().status(), Some(status));
        assert_eq!(held.code(), Some(code));
        assert_eq!(held.request_id(), Some(rid.as_str()));
        let service: iot_jobs_data::Error = error.into();
        assert_eq!(service.meta().status(), Some(status));
        assert_eq!(service.request_id(), Some(rid.as_str()));
    }
    server.push(scripted(409, "InvalidStateTransitionException", "rid-u"));
    let error = update(&client).await;
    let (variant, held) = update_held(&error);
    assert_eq!(variant, "InvalidStateTransitionException");
    assert_eq!(
        parts(held),
        (
            Some(409),
            Some("InvalidStateTransitionException"),
            Some("InvalidStateTransitionException at 409"),
            Some("rid-u")
        )
    );
    assert_eq!(server.request_count(), 11);
}

#[tokio::test]
async fn request_id_from_each_source() {
    let body = r#"{"message":"m","RequestId":"from-body"}"#;
    let not_found = |body: &str| {
        ScriptedResponse::json(404, body.to_owned()).with_header("X-Amzn-ErrorType", "ResourceNotFoundException")
    };
    let server = TestServer::with_responses([
        not_found(body).with_header("x-amzn-RequestId", "amzn-header"),
        not_found(body).with_header("x-amz-request-id", "amz-header"),
        not_found(body),
        not_found(r#"{"message":"m","requestId":"camel-body"}"#),
        not_found(r#"{"message":"m"}"#),
        // An error the operation does not model keeps it too.
        ScriptedResponse::json(400, r#"{"__type":"NewException","RequestId":"unmodeled-body"}"#),
    ])
    .await;
    let client = client_no_retry(&server);
    let expected = [
        Some("amzn-header"),
        Some("amz-header"),
        Some("from-body"),
        Some("camel-body"),
        None,
    ];
    for want in expected {
        let error = describe(&client).await;
        assert!(
            matches!(error, DescribeJobExecutionError::ResourceNotFoundException(_)),
            "{error:?}"
        );
        assert_eq!(error.request_id(), want);
    }
    let error = describe(&client).await;
    let DescribeJobExecutionError::Unhandled(unhandled) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(unhandled.request_id(), Some("unmodeled-body"));
    assert_eq!(error.request_id(), Some("unmodeled-body"));
}

#[tokio::test]
async fn unmodeled_error_keeps_status_code_message_and_request_id() {
    let server = TestServer::with_responses([ScriptedResponse::json(418, r#"{"message":"short and stout"}"#)
        .with_header("X-Amzn-ErrorType", "TeapotException:http://internal.amazon.com/")
        .with_header("x-amz-request-id", "rid-418")])
    .await;
    let error = describe(&client_no_retry(&server)).await;
    let expected = (
        Some(418),
        Some("TeapotException"),
        Some("short and stout"),
        Some("rid-418"),
    );
    let DescribeJobExecutionError::Unhandled(unhandled) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(unhandled.kind(), ErrorKind::Service);
    assert_eq!(parts(unhandled), expected);
    assert_eq!(parts(&error), expected);
    let service: iot_jobs_data::Error = error.into();
    assert_eq!(parts(&service), expected);
}

#[tokio::test]
async fn a_body_with_message_and_capital_message_gives_the_modeled_error() {
    let server = TestServer::with_responses([
        ScriptedResponse::json(404, r#"{"message":"lower","Message":"upper"}"#)
            .with_header("X-Amzn-ErrorType", "ResourceNotFoundException"),
        ScriptedResponse::json(
            404,
            r#"{"Message":"upper","message":"lower","__type":"ResourceNotFoundException"}"#,
        ),
    ])
    .await;
    let client = client_no_retry(&server);
    for _ in 0..2 {
        let error = describe(&client).await;
        let DescribeJobExecutionError::ResourceNotFoundException(e) = &error else {
            panic!("expected ResourceNotFoundException, got {error:?}")
        };
        // `message` is the member's own key: it wins over `Message`.
        assert_eq!(e.message(), Some("lower"));
        assert_eq!(e.meta().status(), Some(404));
        assert_eq!(error.code(), Some("ResourceNotFoundException"));
    }
}

#[tokio::test]
async fn a_modeled_error_with_an_unreadable_body_keeps_its_variant() {
    let throttled = |body: &str| {
        ScriptedResponse::json(429, body.to_owned())
            .with_header("X-Amzn-ErrorType", "ThrottlingException")
            .with_header("x-amzn-requestid", "rid-429")
    };
    let server = TestServer::with_responses([
        // A proxy's text page.
        throttled("Too Many Requests"),
        // Truncated JSON.
        throttled(r#"{"message":"slow do"#),
        // A member of the wrong type.
        throttled(r#"{"message":"slow down","payload":42}"#),
        // The code in the body, the rest of the body of the wrong shape.
        ScriptedResponse::json(
            409,
            r#"{"__type":"ConflictException","message":"busy","resourceId":["x"]}"#,
        ),
    ])
    .await;
    let client = client_no_retry(&server);
    for want_message in [None, None, Some("slow down")] {
        let error = start_command(&client).await;
        let StartCommandExecutionError::ThrottlingException(e) = &error else {
            panic!("expected ThrottlingException, got {error:?}")
        };
        assert_eq!(e.payload, None);
        assert_eq!(e.message(), want_message);
        assert_eq!(e.message.as_deref(), want_message);
        assert_eq!(
            parts(e),
            (Some(429), Some("ThrottlingException"), want_message, Some("rid-429"))
        );
        assert_eq!(error.to_string(), e.to_string());
    }
    let error = start_command(&client).await;
    let StartCommandExecutionError::ConflictException(e) = &error else {
        panic!("expected ConflictException, got {error:?}")
    };
    assert_eq!(e.resource_id, None);
    assert_eq!(e.message(), Some("busy"));
    assert_eq!(e.meta().status(), Some(409));
}

/// Walks the `source()` chain: no layer's text contains its source's; returns
/// the texts, outermost first.
fn chain(error: &(dyn StdError + 'static)) -> Vec<String> {
    let mut texts = vec![error.to_string()];
    let mut layer = error;
    while let Some(source) = layer.source() {
        let (outer, inner) = (layer.to_string(), source.to_string());
        assert!(
            !inner.is_empty() && !outer.contains(&inner),
            "`{outer}` repeats its source `{inner}`"
        );
        texts.push(inner);
        layer = source;
    }
    texts
}

#[tokio::test]
async fn display_shows_code_and_message_once() {
    let server = TestServer::with_responses([
        ScriptedResponse::error(404, "ResourceNotFoundException", "no job j"),
        ScriptedResponse::json(418, r#"{"message":"short and stout"}"#)
            .with_header("X-Amzn-ErrorType", "TeapotException"),
        ScriptedResponse::ok_json(r#"{"execution":{"jobId":"j""#),
        ScriptedResponse::close_connection(),
    ])
    .await;
    let client = client_no_retry(&server);
    let expected = [
        "ResourceNotFoundException: no job j",
        "service error TeapotException (HTTP 418): short and stout",
    ];
    for want in expected {
        let error = describe(&client).await;
        assert_eq!(error.to_string(), want);
        assert_eq!(chain(&error), [want]);
        let service: iot_jobs_data::Error = error.into();
        assert_eq!(service.to_string(), want);
        assert_eq!(chain(&service), [want]);
        assert_eq!(format!("{:#}", anyhow::Error::from(service)), want);
    }

    // A malformed 200: what was wrong, once.
    let error: iot_jobs_data::Error = describe(&client).await.into();
    let what = error.message().expect("what was wrong").to_owned();
    let texts = chain(&error);
    let text = format!("{:#}", anyhow::Error::from(error));
    assert_eq!(text, texts.join(": "));
    assert!(text.starts_with("malformed response (HTTP 200): "), "{text}");
    assert_eq!(text.matches(&what).count(), 1, "{text}");

    // A broken connection: each layer says its part, the whole chain once.
    let error: iot_jobs_data::Error = describe(&client).await.into();
    let texts = chain(&error);
    assert_eq!(texts[0], "failed to send the request");
    assert!(texts.len() >= 2, "the cause is kept: {texts:?}");
    let full = format!("{:#}", anyhow::Error::from(error));
    assert_eq!(full, texts.join(": "));
    assert_eq!(full.matches("failed to send the request").count(), 1, "{full}");
}

#[tokio::test]
async fn a_modeled_error_compares_by_its_members_and_can_be_built_with_metadata() {
    use iot_jobs_data::error::{ErrorMetadata, ThrottlingException};
    let server = TestServer::with_responses([scripted(429, "ThrottlingException", "rid-1")]).await;
    let error = start_command(&client_no_retry(&server)).await;
    let StartCommandExecutionError::ThrottlingException(received) = error else {
        panic!("{error:?}")
    };
    // What a user's test builds: equal whatever response it came from.
    let expected = ThrottlingException::builder()
        .message("ThrottlingException at 429")
        .build();
    assert_eq!(received, expected);
    assert_eq!(expected.meta(), &ErrorMetadata::default());
    assert_ne!(received, ThrottlingException::builder().message("other").build());
    // A test double of the client's error, with its metadata.
    let meta = ErrorMetadata::default()
        .with_status(429)
        .with_code("ThrottlingException")
        .with_request_id("rid-1");
    let built = ThrottlingException::builder().meta(meta).build();
    assert_eq!(
        &built.meta().clone().with_message("ThrottlingException at 429"),
        received.meta()
    );
    assert_eq!(built.request_id(), Some("rid-1"));
}

//! Every modeled error of every operation, read from the `X-Amzn-ErrorType` header
//! and from the body's `__type` and `code`, gives the right variant with its
//! message; an unknown error code gives `Unhandled` with everything the service sent.

mod common;

use common::client_no_retry;
use iot_jobs_data::operation::describe_job_execution::DescribeJobExecutionError;
use iot_jobs_data::operation::get_pending_job_executions::GetPendingJobExecutionsError;
use iot_jobs_data::operation::start_command_execution::StartCommandExecutionError;
use iot_jobs_data::operation::start_next_pending_job_execution::StartNextPendingJobExecutionError;
use iot_jobs_data::operation::update_job_execution::UpdateJobExecutionError;
use iot_jobs_data::types::JobExecutionStatus;
use serde_json::json;
use smithy_runtime::error::ErrorKind;
use smithy_runtime::test_util::{ScriptedResponse, TestServer};

/// Where the error code is.
#[derive(Clone, Copy, Debug)]
enum How {
    /// `X-Amzn-ErrorType: Code` (the body has only the message).
    Header,
    /// `"__type": "com.amazonaws.iotjobsdataplane#Code"` in the body.
    BodyType,
    /// `"code": "Code"` in the body.
    BodyCode,
}

const ALL: [How; 3] = [How::Header, How::BodyType, How::BodyCode];

fn error_response(how: How, status: u16, code: &str, message: &str) -> ScriptedResponse {
    let body = match how {
        How::Header => json!({ "message": message }),
        How::BodyType => json!({
            "__type": format!("com.amazonaws.iotjobsdataplane#{code}"),
            "message": message
        }),
        How::BodyCode => json!({ "code": code, "message": message }),
    };
    let response = ScriptedResponse::json(status, body.to_string()).with_header("x-amzn-requestid", "b5c9a1e2-req");
    match how {
        How::Header => response.with_header("X-Amzn-ErrorType", code),
        _ => response,
    }
}

/// Generates a test that scripts each modeled error of an operation three ways
/// (header, `__type`, `code`) and checks the variant, its message and `code()`;
/// then an unknown code, which must be `Unhandled` with status, code, message,
/// request id and raw body.
macro_rules! error_test {
    ($test:ident, $Enum:ident, |$client:ident| $call:expr, [$(($Variant:ident, $status:expr)),* $(,)?]) => {
        #[tokio::test]
        async fn $test() {
            let server = TestServer::start().await;
            let $client = client_no_retry(&server);
            let cases: &[(&str, u16)] = &[$((stringify!($Variant), $status)),*];
            for &(code, status) in cases {
                for how in ALL {
                    let message = format!("{code} said so ({how:?})");
                    server.push(error_response(how, status, code, &message));
                    let err = $call.await.unwrap_err();
                    let (variant, got_message) = match &err {
                        $( $Enum::$Variant(e) => (stringify!($Variant), e.message().map(str::to_owned)), )*
                        $Enum::Unhandled(e) => ("Unhandled", e.message().map(str::to_owned)),
                        other => panic!("unexpected variant: {other:?}"),
                    };
                    assert_eq!(variant, code, "{how:?}: {err:?}");
                    assert_eq!(got_message.as_deref(), Some(message.as_str()), "{how:?}");
                    assert_eq!(err.code(), Some(code));
                    assert_eq!(err.message(), Some(message.as_str()));
                    assert!(err.to_string().contains(&message), "Display: {err}");
                    // Every operation error converts into the service-wide error.
                    let service_error: iot_jobs_data::Error = err.into();
                    assert!(!matches!(service_error, iot_jobs_data::Error::Unhandled(_)));
                }
            }
            assert_eq!(server.request_count(), cases.len() * ALL.len(), "one request per error");

            // An error code the operation does not model.
            let body = r#"{"message":"the future is here","extra":[1,2,3]}"#;
            server.push(
                ScriptedResponse::json(418, body)
                    .with_header("X-Amzn-ErrorType", "BrandNewException:http://internal.amazon.com/coral/")
                    .with_header("x-amzn-requestid", "rid-unknown-1"),
            );
            let err = $call.await.unwrap_err();
            let $Enum::Unhandled(unhandled) = &err else {
                panic!("expected Unhandled, got {err:?}");
            };
            assert_eq!(unhandled.kind(), ErrorKind::Service);
            assert_eq!(unhandled.status(), Some(418));
            assert_eq!(unhandled.code(), Some("BrandNewException"));
            assert_eq!(unhandled.message(), Some("the future is here"));
            assert_eq!(unhandled.request_id(), Some("rid-unknown-1"));
            assert_eq!(unhandled.body(), body.as_bytes());
            assert_eq!(err.code(), Some("BrandNewException"));

            // The same, with the code only in the body's `__type`.
            server.push(ScriptedResponse::json(
                400,
                r#"{"__type":"com.amazonaws.iotjobsdataplane#BrandNewException","message":"m"}"#,
            ));
            let err = $call.await.unwrap_err();
            let $Enum::Unhandled(unhandled) = &err else {
                panic!("expected Unhandled, got {err:?}");
            };
            assert_eq!(unhandled.code(), Some("BrandNewException"));
            assert_eq!(unhandled.status(), Some(400));
            assert_eq!(unhandled.request_id(), None);
        }
    };
}

error_test!(
    describe_job_execution_errors,
    DescribeJobExecutionError,
    |client| client.describe_job_execution().thing_name("t").job_id("j").send(),
    [
        (CertificateValidationException, 400),
        (InvalidRequestException, 400),
        (ResourceNotFoundException, 404),
        (ServiceUnavailableException, 503),
        (TerminalStateException, 410),
        (ThrottlingException, 429),
    ]
);

error_test!(
    get_pending_job_executions_errors,
    GetPendingJobExecutionsError,
    |client| client.get_pending_job_executions().thing_name("t").send(),
    [
        (CertificateValidationException, 400),
        (InvalidRequestException, 400),
        (ResourceNotFoundException, 404),
        (ServiceUnavailableException, 503),
        (ThrottlingException, 429),
    ]
);

error_test!(
    start_next_pending_job_execution_errors,
    StartNextPendingJobExecutionError,
    |client| client.start_next_pending_job_execution().thing_name("t").send(),
    [
        (CertificateValidationException, 400),
        (InvalidRequestException, 400),
        (ResourceNotFoundException, 404),
        (ServiceUnavailableException, 503),
        (ThrottlingException, 429),
    ]
);

error_test!(
    update_job_execution_errors,
    UpdateJobExecutionError,
    |client| client
        .update_job_execution()
        .thing_name("t")
        .job_id("j")
        .status(JobExecutionStatus::Succeeded)
        .send(),
    [
        (CertificateValidationException, 400),
        (InvalidRequestException, 400),
        (InvalidStateTransitionException, 409),
        (ResourceNotFoundException, 404),
        (ServiceUnavailableException, 503),
        (ThrottlingException, 429),
    ]
);

error_test!(
    start_command_execution_errors,
    StartCommandExecutionError,
    |client| client
        .start_command_execution()
        .target_arn("arn:aws:iot:us-east-1:123456789012:thing/t")
        .command_arn("arn:aws:iot:us-east-1:123456789012:command/c")
        .send(),
    [
        (ConflictException, 409),
        (InternalServerException, 500),
        (ResourceNotFoundException, 404),
        (ServiceQuotaExceededException, 402),
        (ThrottlingException, 429),
        (ValidationException, 400),
    ]
);

#[tokio::test]
async fn error_members_beyond_the_message_are_parsed() {
    let server = TestServer::with_responses([
        ScriptedResponse::json(409, r#"{"message":"in use","resourceId":"exec-1"}"#)
            .with_header("X-Amzn-ErrorType", "ConflictException"),
        ScriptedResponse::json(429, r#"{"message":"slow down","payload":"aGVsbG8="}"#)
            .with_header("X-Amzn-ErrorType", "ThrottlingException"),
    ])
    .await;
    let client = client_no_retry(&server);
    let call = || {
        client
            .start_command_execution()
            .target_arn("arn:aws:iot:us-east-1:123456789012:thing/t")
            .command_arn("arn:aws:iot:us-east-1:123456789012:command/c")
            .send()
    };
    match call().await.unwrap_err() {
        StartCommandExecutionError::ConflictException(e) => {
            assert_eq!(e.resource_id.as_deref(), Some("exec-1"));
            assert_eq!(e.message(), Some("in use"));
        }
        other => panic!("{other:?}"),
    }
    match call().await.unwrap_err() {
        StartCommandExecutionError::ThrottlingException(e) => {
            assert_eq!(e.payload.map(|p| p.into_inner()), Some(b"hello".to_vec()));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_header_wins_over_the_body_and_is_sanitized() {
    let server = TestServer::with_responses([ScriptedResponse::json(
        400,
        r#"{"__type":"com.amazonaws.iotjobsdataplane#InvalidRequestException","message":"m"}"#,
    )
    .with_header(
        "X-Amzn-ErrorType",
        "com.amazonaws.iotjobsdataplane#TerminalStateException:http://internal.amazon.com/coral/",
    )])
    .await;
    let err = client_no_retry(&server)
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, DescribeJobExecutionError::TerminalStateException(_)),
        "{err:?}"
    );
}

#[tokio::test]
async fn modeled_errors_are_matched_through_the_service_error() {
    let server = TestServer::with_responses([ScriptedResponse::json(409, r#"{"message":"version mismatch"}"#)
        .with_header("X-Amzn-ErrorType", "InvalidStateTransitionException")])
    .await;
    let err: iot_jobs_data::Error = client_no_retry(&server)
        .update_job_execution()
        .thing_name("t")
        .job_id("j")
        .status(JobExecutionStatus::InProgress)
        .expected_version(3)
        .send()
        .await
        .unwrap_err()
        .into();
    match err {
        iot_jobs_data::Error::InvalidStateTransitionException(e) => {
            assert_eq!(e.message(), Some("version mismatch"))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn capitalized_message_member_is_read() {
    // Some AWS front ends write `Message`; the code and message must survive.
    let server = TestServer::with_responses([ScriptedResponse::json(404, r#"{"Message":"no such job"}"#)
        .with_header("X-Amzn-ErrorType", "ResourceNotFoundException")])
    .await;
    let err = client_no_retry(&server)
        .describe_job_execution()
        .thing_name("t")
        .job_id("j")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, DescribeJobExecutionError::ResourceNotFoundException(_)),
        "{err:?}"
    );
    assert_eq!(err.message(), Some("no such job"), "{err:?}");
}

//! Generated waiters against a real HTTP server on 127.0.0.1, with short delays.

use std::time::{Duration, Instant};

use smithy_runtime::test_util::{ScriptedResponse, TestServer};
use waiters_fixture::operation::get_thing::GetThingError;
use waiters_fixture::types::ThingStatus;
use waiters_fixture::waiter::{FinalPoll, WaiterError};
use waiters_fixture::Client;

const MS: fn(u64) -> Duration = Duration::from_millis;

fn client(server: &TestServer) -> Client {
    Client::new(server.config_builder().build())
}

fn status(status: &str) -> ScriptedResponse {
    ScriptedResponse::ok_json(format!(r#"{{"name":"t","status":"{status}"}}"#))
}

#[tokio::test]
async fn succeeds_after_two_retries() {
    let server = TestServer::with_responses([
        status("PENDING"),
        ScriptedResponse::error(404, "NotFound", "not yet"),
        status("READY"),
    ])
    .await;
    let started = Instant::now();
    let output = client(&server)
        .wait_until_thing_ready()
        .name("t")
        .min_delay(MS(10))
        .max_delay(MS(20))
        .max_wait(Duration::from_secs(5))
        .wait()
        .await
        .expect("the thing becomes ready");
    assert_eq!(output.status, Some(ThingStatus::Ready));
    assert_eq!(server.request_count(), 3);
    assert!(server.requests().iter().all(|r| r.path() == "/things/t"));
    // Two delays of 10 to 20 ms.
    assert!(started.elapsed() >= MS(20), "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_failure_acceptor_ends_the_wait() {
    let server = TestServer::with_responses([status("PENDING"), status("FAILED"), status("READY")]).await;
    let error = client(&server)
        .wait_until_thing_ready()
        .name("t")
        .min_delay(MS(1))
        .max_delay(MS(2))
        .max_wait(Duration::from_secs(5))
        .wait()
        .await
        .expect_err("FAILED is a failure state");
    match error {
        WaiterError::FailureState(FinalPoll::Output(output)) => {
            assert_eq!(output.status, Some(ThingStatus::Failed))
        }
        other => panic!("expected a failure state, got {other:?}"),
    }
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn times_out_after_the_maximum_wait() {
    let server = TestServer::start().await;
    server.push_all((0..200).map(|_| status("PENDING")));
    let started = Instant::now();
    let error = client(&server)
        .wait_until_thing_ready()
        .name("t")
        .min_delay(MS(10))
        .max_delay(MS(40))
        .max_wait(MS(200))
        .wait()
        .await
        .expect_err("never ready");
    let elapsed = started.elapsed();
    match error {
        WaiterError::Timeout { max_wait, attempts } => {
            assert_eq!(max_wait, MS(200));
            assert_eq!(attempts as usize, server.request_count());
            assert!(attempts >= 3, "{attempts}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(elapsed >= MS(200) && elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn unexpected_errors_and_a_missing_max_wait_fail() {
    let server = TestServer::with_responses([ScriptedResponse::error(500, "InternalFailure", "boom")]).await;
    let client = Client::new(
        server
            .config_builder()
            .retry_config(smithy_runtime::RetryConfig::standard().with_max_attempts(1))
            .build(),
    );
    let error = client
        .wait_until_thing_ready()
        .name("t")
        .max_wait(Duration::from_secs(1))
        .wait()
        .await;
    match error {
        Err(WaiterError::Operation(GetThingError::Unhandled(e))) => {
            assert_eq!(e.code(), Some("InternalFailure"))
        }
        other => panic!("expected the operation's error, got {other:?}"),
    }
    let error = client.wait_until_thing_ready().name("t").wait().await;
    assert!(matches!(error, Err(WaiterError::MaxWaitNotSet)), "{error:?}");
}

#[tokio::test]
async fn a_waiter_can_succeed_on_an_error() {
    let server =
        TestServer::with_responses([status("DELETING"), ScriptedResponse::error(404, "NotFound", "gone")]).await;
    let output = client(&server)
        .wait_until_thing_gone()
        .name("t")
        .min_delay(MS(1))
        .max_delay(MS(2))
        .max_wait(Duration::from_secs(5))
        .wait()
        .await
        .expect("gone");
    assert!(output.is_none(), "success on the NotFound error has no output");
}

#[tokio::test]
async fn compiled_jmespath_projections_filters_and_input_output() {
    let body = |json: &str| ScriptedResponse::ok_json(json.to_owned());
    let server = TestServer::with_responses([
        // ChildrenDone: not all done, then all done.
        body(r#"{"details":{"children":[{"status":"DONE"},{"status":"WORKING"}]}}"#),
        body(r#"{"details":{"children":[{"status":"DONE"},{"status":"DONE"}]}}"#),
        // ChildrenDone: one broken child is a failure.
        body(r#"{"details":{"children":[{"status":"BROKEN"}]}}"#),
        // PartsCounted: 1 of 2 ok, then 2 of 2 ok.
        body(r#"{"ready":true,"count":2,"parts":[{"state":"ok"},{"state":"wip"}]}"#),
        body(r#"{"ready":true,"count":2,"parts":[{"state":"ok"},{"state":"ok"}]}"#),
        // PartsCounted: a bad part fails.
        body(r#"{"ready":true,"count":2,"parts":[{"state":"bad"}]}"#),
        // NameEchoed: the output echoes the input's name.
        body(r#"{"name":"t","parts":[{"state":"s"}]}"#),
    ])
    .await;
    let client = client(&server);
    let fast = |w: waiters_fixture::waiter::ChildrenDoneWaiter| {
        w.name("t")
            .min_delay(MS(1))
            .max_delay(MS(2))
            .max_wait(Duration::from_secs(5))
    };
    fast(client.wait_until_children_done())
        .wait()
        .await
        .expect("children done");
    assert_eq!(server.request_count(), 2);
    let error = fast(client.wait_until_children_done())
        .wait()
        .await
        .expect_err("broken");
    assert!(matches!(error, WaiterError::FailureState(_)), "{error:?}");

    let waiter = client
        .wait_until_parts_counted()
        .name("t")
        .min_delay(MS(1))
        .max_delay(MS(2));
    waiter
        .clone()
        .max_wait(Duration::from_secs(5))
        .wait()
        .await
        .expect("parts counted");
    assert_eq!(server.request_count(), 5);
    let error = waiter
        .max_wait(Duration::from_secs(5))
        .wait()
        .await
        .expect_err("bad part");
    assert!(matches!(error, WaiterError::FailureState(_)), "{error:?}");

    let output = client
        .wait_until_name_echoed()
        .name("t")
        .max_wait(Duration::from_secs(5))
        .wait()
        .await
        .expect("echoed");
    assert_eq!(output.name.as_deref(), Some("t"));
    assert_eq!(server.remaining(), 0);
}

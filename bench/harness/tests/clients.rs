//! Both clients, set up as the benchmark sets them up, complete both operations
//! against the stub (so neither is timed while failing), over one connection.

use client_bench::stub::Stub;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

#[test]
fn the_generated_client_completes_both_operations() {
    let stub = Stub::start().expect("the stub starts");
    let client = bench_ours::client(&stub.endpoint());
    runtime().block_on(async {
        for _ in 0..3 {
            bench_ours::describe_job_execution(&client)
                .await
                .expect("DescribeJobExecution");
            bench_ours::update_job_execution(&client)
                .await
                .expect("UpdateJobExecution");
        }
    });
    assert_eq!(stub.connections(), 1, "every call reuses the first connection");
}

#[test]
fn the_official_client_completes_both_operations() {
    let stub = Stub::start().expect("the stub starts");
    let client = bench_official::client(&stub.endpoint());
    runtime().block_on(async {
        for _ in 0..3 {
            bench_official::describe_job_execution(&client)
                .await
                .expect("DescribeJobExecution");
            bench_official::update_job_execution(&client)
                .await
                .expect("UpdateJobExecution");
        }
    });
    assert_eq!(stub.connections(), 1, "every call reuses the first connection");
}

#[test]
fn the_raw_socket_floor_gets_both_operations_bodies() {
    use client_bench::floor::{request, RawClient};
    use client_bench::stub::{DESCRIBE_BODY, UPDATE_BODY};

    let stub = Stub::start().expect("the stub starts");
    let mut client = RawClient::connect(&stub.endpoint()).expect("connects");
    let (describe, update) = (request("describe").unwrap(), request("update").unwrap());
    for _ in 0..3 {
        assert_eq!(
            client.call(&describe).expect("DescribeJobExecution"),
            DESCRIBE_BODY.len()
        );
        assert_eq!(client.call(&update).expect("UpdateJobExecution"), UPDATE_BODY.len());
    }
    assert_eq!(stub.connections(), 1, "every call reuses the first connection");
}

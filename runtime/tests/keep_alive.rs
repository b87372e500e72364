//! The default transport's keep-alive pool, against raw servers on 127.0.0.1:
//! which connections are reused, replaced or closed.
#![cfg(feature = "default-transport")]

mod support;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use smithy_runtime::http::{HttpRequest, HttpTransport, Method};
use smithy_runtime::transport::HyperTransport;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use support::{raw_server, read_head};

/// Answers every request on the connection with a 200 and `body`, with
/// `extra_header` (a whole header line, or empty); closes the connection after
/// the first response when `close` is set.
async fn answer(mut sock: TcpStream, body: &'static str, extra_header: &'static str, close: bool) {
    while read_head(&mut sock).await {
        let response = format!(
            "HTTP/1.1 200 OK\r\n{extra_header}content-length: {}\r\n\r\n{body}",
            body.len()
        );
        if sock.write_all(response.as_bytes()).await.is_err() || close {
            return;
        }
    }
}

async fn get(transport: &HyperTransport, addr: SocketAddr) -> Vec<u8> {
    let response = transport
        .send(HttpRequest::new(Method::GET, format!("http://{addr}/things/t/jobs")))
        .await
        .expect("a response");
    assert_eq!(response.status, 200);
    response.body.to_vec()
}

fn connections(accepted: &AtomicUsize) -> usize {
    accepted.load(Ordering::SeqCst)
}

#[tokio::test]
async fn sequential_requests_reuse_one_connection() {
    let (addr, accepted) = raw_server(|sock| answer(sock, "{}", "", false)).await;
    let transport = HyperTransport::new().unwrap();
    for _ in 0..3 {
        assert_eq!(get(&transport, addr).await, b"{}");
    }
    assert_eq!(get(&transport.clone(), addr).await, b"{}", "clones share the pool");
    assert_eq!(connections(&accepted), 1);
}

#[tokio::test]
async fn a_connection_the_server_closed_while_idle_is_replaced() {
    let (addr, accepted) = raw_server(|sock| answer(sock, "{}", "", true)).await;
    let transport = HyperTransport::new().unwrap();
    assert_eq!(get(&transport, addr).await, b"{}");
    // Let the server's close arrive while the connection sits in the pool.
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(get(&transport, addr).await, b"{}");
    assert_eq!(connections(&accepted), 2);
}

#[tokio::test]
async fn a_response_announcing_close_is_its_connections_last() {
    let (addr, accepted) = raw_server(|sock| answer(sock, "{}", "connection: close\r\n", false)).await;
    let transport = HyperTransport::new().unwrap();
    assert_eq!(get(&transport, addr).await, b"{}");
    assert_eq!(get(&transport, addr).await, b"{}");
    assert_eq!(connections(&accepted), 2);
}

#[tokio::test]
async fn a_body_dropped_unread_closes_its_connection_and_the_next_call_gets_a_new_one() {
    let (addr, accepted) = raw_server(|sock| answer(sock, "a body left unread", "", false)).await;
    let transport = HyperTransport::new().unwrap();
    let response = transport
        .send_streaming(HttpRequest::new(Method::GET, format!("http://{addr}/")).into())
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    drop(response);
    assert_eq!(get(&transport, addr).await, b"a body left unread");
    assert_eq!(get(&transport, addr).await, b"a body left unread");
    assert_eq!(connections(&accepted), 2, "the read body's connection is reused");
}

#[tokio::test]
async fn concurrent_requests_each_get_a_connection_and_both_are_kept() {
    let (addr, accepted) = raw_server(|sock| answer(sock, "{}", "", false)).await;
    let transport = HyperTransport::new().unwrap();
    let (a, b) = tokio::join!(get(&transport, addr), get(&transport, addr));
    assert_eq!((a, b), (b"{}".to_vec(), b"{}".to_vec()));
    assert_eq!(connections(&accepted), 2);
    let (a, b) = tokio::join!(get(&transport, addr), get(&transport, addr));
    assert_eq!((a, b), (b"{}".to_vec(), b"{}".to_vec()));
    assert_eq!(connections(&accepted), 2, "both connections went back to the pool");
}

//! The restJson1, awsJson1_0 and awsJson1_1 protocol compliance tests: the clients that `build.rs`
//! generates from the official test models, with one `#[test]` per client case
//! inside each operation's module (`<service>::operation::<op>::protocol_tests`).
#![allow(dead_code, unused, missing_docs, unreachable_pub, clippy::all)]

include!(concat!(env!("OUT_DIR"), "/protocol.rs"));

/// The service customizations (`codegen/src/emit/customize.rs`) through the
/// whole client: the cases above call `serialize_request`, these call `send`
/// (which hashes file bodies) and go through the input builders (which accept
/// an unset `accountId`).
mod customizations {
    use smithy_runtime::http::{HttpRequest, HttpResponse};
    use smithy_runtime::test_util::ScriptedTransport;
    use smithy_runtime::ByteStream;

    fn glacier(transport: &ScriptedTransport) -> crate::glacier::Client {
        crate::glacier::Client::new(
            crate::glacier::Config::builder()
                .region("us-east-1")
                .credentials(crate::glacier::config::Credentials::new("AKID", "SECRET", None))
                .endpoint_url("https://glacier.us-east-1.amazonaws.com")
                .transport(transport.clone())
                .build(),
        )
    }

    fn sent(transport: &ScriptedTransport) -> HttpRequest {
        transport.requests().into_iter().next().expect("a request was sent")
    }

    #[test]
    fn glacier_file_body_is_hashed_once_before_sending() {
        // 1 MiB + 1 byte: two chunks. Expected values from Python's hashlib.
        let data: Vec<u8> = (0..(1 << 20) + 1).map(|i: usize| ((i * 31 + 7) % 251) as u8).collect();
        let path = std::env::temp_dir().join(format!("protocol-tests-glacier-{}", std::process::id()));
        std::fs::write(&path, &data).unwrap();
        let transport = ScriptedTransport::new().with_response(HttpResponse::new(201, &b""[..]));
        let result = protocol_tests::block_on(
            glacier(&transport)
                .upload_archive()
                .vault_name("bar")
                .body(ByteStream::from_path(&path).unwrap())
                .send(),
        );
        std::fs::remove_file(&path).unwrap();
        result.unwrap();
        let request = sent(&transport);
        assert!(request.uri.ends_with("/-/vaults/bar/archives"), "{}", request.uri);
        assert_eq!(request.header_str("x-amz-glacier-version"), Some("2012-06-01"));
        assert_eq!(
            request.header_str("x-amz-sha256-tree-hash"),
            Some("bdbb3466665ed8cbe8fc26d6cd3ee2d7c88f427bef2982246317b76917649519")
        );
        assert_eq!(
            request.header_str("x-amz-content-sha256"),
            Some("455ced47859eda55f31afb1ed6e145648da8b8a50cc2fa1059abc4e356838615")
        );
        assert_eq!(request.body.len(), data.len());
    }

    #[test]
    fn glacier_keeps_a_given_tree_hash_and_account_id() {
        let transport = ScriptedTransport::new().with_response(HttpResponse::new(204, &b""[..]));
        protocol_tests::block_on(
            glacier(&transport)
                .upload_multipart_part()
                .account_id("123456789012")
                .vault_name("bar")
                .upload_id("baz")
                .checksum("given")
                .body(ByteStream::from("hello world"))
                .send(),
        )
        .unwrap();
        let request = sent(&transport);
        assert!(
            request.uri.ends_with("/123456789012/vaults/bar/multipart-uploads/baz"),
            "{}",
            request.uri
        );
        assert_eq!(request.header_str("x-amz-sha256-tree-hash"), Some("given"));
        assert_eq!(
            request.header_str("x-amz-content-sha256"),
            Some("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")
        );
    }
}

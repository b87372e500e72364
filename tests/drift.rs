//! Everything generated and committed (`generated/`, the fixture crates of
//! `tests/pagination`, the runtime's partitions table) is what the generator
//! produces today.

#[test]
fn committed_output_is_up_to_date() {
    let root = xtask::workspace_root();
    let outputs = xtask::committed(&root).expect("every committed model generates");
    let mut stale = String::new();
    for output in &outputs {
        let drift = xtask::drift(output).expect("the output directories are the generator's");
        stale.push_str(&drift.diff(&root));
    }
    assert!(
        stale.is_empty(),
        "generated output is stale; run `{}` and commit the result:\n{stale}",
        xtask::CODEGEN_COMMAND
    );
}

#[test]
fn every_committed_crate_has_its_manifest_and_the_runtime_its_table() {
    let root = xtask::workspace_root();
    let outputs = xtask::committed(&root).expect("every committed model generates");
    let mut dirs: Vec<String> = outputs
        .iter()
        .map(|o| {
            o.dir
                .strip_prefix(&root)
                .expect("inside the repository")
                .display()
                .to_string()
        })
        .collect();
    dirs.sort();
    assert_eq!(
        dirs,
        [
            "generated/iot-jobs-data",
            "runtime",
            "tests/pagination/generated/aws_json",
            "tests/pagination/generated/aws_json_query_compatible",
            "tests/pagination/generated/aws_query",
            "tests/pagination/generated/bearer_auth",
            "tests/pagination/generated/big_numbers",
            "tests/pagination/generated/blobs_documents",
            "tests/pagination/generated/ec2_query",
            "tests/pagination/generated/endpoint_params",
            "tests/pagination/generated/paginators",
            "tests/pagination/generated/recursion",
            "tests/pagination/generated/rest_xml",
            "tests/pagination/generated/rpc_v2_cbor",
            "tests/pagination/generated/sensitive",
            "tests/pagination/generated/streaming",
            "tests/pagination/generated/streams_and_prefixes",
            "tests/pagination/generated/timestamps",
            "tests/pagination/generated/unions",
            "tests/pagination/generated/waiters",
        ]
    );
    let runtime = outputs
        .iter()
        .find(|o| o.dir.ends_with("runtime"))
        .expect("runtime output");
    let paths: Vec<&str> = runtime.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        ["src/endpoint/partitions.rs"],
        "the generator owns one file of the runtime"
    );
    for output in outputs.iter().filter(|o| o.crate_dir) {
        assert!(
            output.files.iter().any(|f| f.path == xtask::MANIFEST),
            "{} has a manifest",
            output.dir.display()
        );
    }
}

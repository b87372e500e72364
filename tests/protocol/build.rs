//! Generates the clients of the protocol test services (restJson1, awsJson1_0,
//! awsJson1_1, rpcv2Cbor, awsQuery, ec2Query, restXml) and one test per client case, into `OUT_DIR/protocol.rs`
//! (included by `tests/protocol.rs`). Each protocol has its own list of known
//! failures, `expected-failures*.txt`.
//!
//! Why here and not under `generated/`: these clients exist only to be tested.
//! Generating them in the build script keeps them always in step with the
//! generator (cargo reruns this script whenever `codegen` or the test models
//! change), commits nothing that reviewers would have to read or keep fresh, and
//! makes them part of `cargo test --workspace` with no extra command. The IDL is
//! loaded once; every service becomes one module of the one test binary, its
//! `crate::` paths rewritten to `crate::<module>::`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use codegen::emit::{Header, Options};
use codegen::idl::SourceFile;
use codegen::inline::crate_as_module;
use codegen::model::ShapeId;
use codegen::plan::Plan;
use codegen::protocol_tests::CaseKind;

/// Each protocol's file of known failures, and the services whose namespaces
/// hold its client cases, with the module each becomes.
const PROTOCOLS: &[(&str, &[(&str, &str)])] = &[
    (
        "expected-failures.txt",
        &[
            ("rest_json", "aws.protocoltests.restjson#RestJson"),
            (
                "rest_json_validation",
                "aws.protocoltests.restjson.validation#RestJsonValidation",
            ),
            ("apigateway", "com.amazonaws.apigateway#BackplaneControlService"),
            ("glacier", "com.amazonaws.glacier#Glacier"),
        ],
    ),
    (
        "expected-failures-awsJson1_0.txt",
        &[
            ("json_rpc10", "aws.protocoltests.json10#JsonRpc10"),
            (
                "query_compatible_json_rpc10",
                "aws.protocoltests.json10#QueryCompatibleJsonRpc10",
            ),
        ],
    ),
    (
        "expected-failures-awsJson1_1.txt",
        &[
            ("json_protocol", "aws.protocoltests.json#JsonProtocol"),
            ("machinelearning", "com.amazonaws.machinelearning#AmazonML_20141212"),
        ],
    ),
    (
        "expected-failures-rpcv2cbor.txt",
        &[
            ("rpc_v2_protocol", "smithy.protocoltests.rpcv2Cbor#RpcV2Protocol"),
            (
                "query_compatible_rpc_v2_protocol",
                "aws.protocoltests.rpcv2cbor#QueryCompatibleRpcV2Protocol",
            ),
            (
                "non_query_compatible_rpc_v2_protocol",
                "aws.protocoltests.rpcv2cbor#NonQueryCompatibleRpcV2Protocol",
            ),
        ],
    ),
    (
        "expected-failures-awsquery.txt",
        &[("aws_query", "aws.protocoltests.query#AwsQuery")],
    ),
    (
        "expected-failures-ec2query.txt",
        &[("ec2_query", "aws.protocoltests.ec2#AwsEc2")],
    ),
    (
        "expected-failures-restxml.txt",
        &[("rest_xml", "aws.protocoltests.restxml#RestXml")],
    ),
    (
        "expected-failures-restxml-namespace.txt",
        &[(
            "rest_xml_with_namespace",
            "aws.protocoltests.restxml.xmlns#RestXmlWithNamespace",
        )],
    ),
];

/// The models of `../shared/protocol-tests-other` that the rpcv2Cbor, awsQuery,
/// ec2Query and restXml cases need, loaded with the whole of `../shared/protocol-tests` (its
/// prelude, test traits, AWS traits and shared types).
const OTHER_MODELS: &[&str] = &[
    "smithy-protocol-traits",
    "smithy-protocol-tests/model/shared-types.smithy",
    "smithy-protocol-tests/model/rpcv2Cbor",
    "smithy-aws-protocol-tests/model/rpcv2Cbor",
    "smithy-aws-protocol-tests/model/awsQuery",
    "smithy-aws-protocol-tests/model/ec2Query",
    "smithy-aws-protocol-tests/model/restXml",
    "smithy-aws-protocol-tests/model/restXmlWithNamespace",
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let models = manifest.join("../../../shared/protocol-tests");
    println!("cargo:rerun-if-changed={}", models.display());
    println!("cargo:rerun-if-changed=build.rs");

    let mut paths = Vec::new();
    smithy_files(&models, &mut paths);
    let other = manifest.join("../../../shared/protocol-tests-other");
    for part in OTHER_MODELS {
        let path = other.join(part);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            smithy_files(&path, &mut paths);
        } else {
            paths.push(path);
        }
    }
    let texts: Vec<(String, String)> = paths
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let files: Vec<SourceFile<'_>> = texts.iter().map(|(path, text)| SourceFile { path, text }).collect();
    let ast = codegen::idl::parse(&files).unwrap_or_else(|e| panic!("{e}"));
    let ast = codegen::load::from_value("protocol-tests", ast).unwrap_or_else(|e| panic!("{e}"));
    let model = codegen::model::resolve(ast).unwrap_or_else(|e| panic!("{e}"));

    let mut out = String::new();
    let mut all_ids = Vec::new();
    for (failures_file, services) in PROTOCOLS {
        let failures_path = manifest.join(failures_file);
        println!("cargo:rerun-if-changed={}", failures_path.display());
        let expected_failures = read_expected_failures(&failures_path);
        let ids = generate(&model, services, &expected_failures, &mut out);
        for id in expected_failures.keys() {
            assert!(
                ids.iter()
                    .any(|(case, kind)| case == id || format!("{case} ({})", format!("{kind:?}").to_lowercase()) == *id),
                "{failures_file} lists `{id}`, which is no client case of its protocol's tests"
            );
        }
        all_ids.extend(ids);
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("protocol.rs"), out).unwrap();
    let list: String = all_ids.iter().map(|(id, kind)| format!("{id} {kind:?}\n")).collect();
    std::fs::write(out_dir.join("cases.txt"), list).unwrap();
}

/// Generates the clients of `services` with their tests into `out`; returns
/// the ids and kinds of their cases.
fn generate(
    model: &codegen::model::Model,
    services: &[(&str, &str)],
    expected_failures: &BTreeMap<String, String>,
    out: &mut String,
) -> Vec<(String, CaseKind)> {
    let mut ids = Vec::new();
    for (module, service) in services {
        let id = ShapeId::parse(service).expect("a shape id");
        // The restJson1 service has event-stream operations: generated with a
        // `send` that fails before sending (their protocol cases are not client cases).
        let allowed = ["event-stream".to_owned()].into();
        let plan = Plan::for_service_allowing(model, &id, &allowed).unwrap_or_else(|e| panic!("{service}: {e}"));
        let options = Options {
            crate_name: module.replace('_', "-"),
            crate_version: "0.1.0".to_owned(),
            runtime_path: "../../runtime".to_owned(),
            header: Header {
                model: "shared/protocol-tests".to_owned(),
                command: "tests/protocol/build.rs".to_owned(),
            },
            partitions: None,
            allow_unsupported: Default::default(),
        };
        let generated = codegen::emit::emit(&plan, &options).unwrap_or_else(|e| panic!("{service}: {e}"));
        let tests = codegen::protocol_tests::generate(&plan, expected_failures, "::protocol_tests");
        ids.extend(tests.cases.iter().map(|c| (c.id.clone(), c.kind)));
        // Each operation's protocol tests go at the end of its module.
        let inlined = crate_as_module(&generated, &format!("crate::{module}::"), &|path| {
            let op = path.strip_prefix("src/operation/")?.strip_suffix(".rs")?;
            tests.modules.get(op).cloned()
        });
        writeln!(
            out,
            "/// The client of `{service}`, with its protocol tests.\npub mod {module} {{\n{inlined}\n}}"
        )
        .unwrap();
    }
    ids
}

fn smithy_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            smithy_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "smithy") {
            out.push(path);
        }
    }
}

/// `<case id>: <reason>` lines; blank lines and `#` comments are skipped.
fn read_expected_failures(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (id, reason) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("{}: `{line}` is not `<case id>: <reason>`", path.display()));
        let previous = out.insert(id.trim().to_owned(), reason.trim().to_owned());
        assert!(previous.is_none(), "{} lists `{}` twice", path.display(), id.trim());
    }
    out
}

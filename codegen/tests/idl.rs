//! Tests of the Smithy IDL loader (`codegen::idl`).

use codegen::idl::{parse, to_json_ast_string, IdlErrors, SourceFile};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Instant;

const PROTOCOL_TESTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/protocol-tests");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/idl");

fn smithy_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            smithy_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "smithy") {
            out.push(path);
        }
    }
}

fn load(paths: &[PathBuf]) -> Result<Value, IdlErrors> {
    let texts: Vec<(String, String)> = paths
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let files: Vec<SourceFile<'_>> = texts.iter().map(|(path, text)| SourceFile { path, text }).collect();
    parse(&files)
}

fn parse_one(text: &str) -> Result<Value, IdlErrors> {
    parse(&[SourceFile {
        path: "test.smithy",
        text,
    }])
}

/// Counts the test cases of `trait_id` on shapes of `namespace` that apply to clients.
fn client_cases(model: &Value, namespace: &str, trait_id: &str) -> usize {
    let prefix = format!("{namespace}#");
    model["shapes"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(id, _)| id.starts_with(&prefix))
        .filter_map(|(_, shape)| shape["traits"][trait_id].as_array())
        .flatten()
        .filter(|case| matches!(case.get("appliesTo").and_then(Value::as_str), None | Some("client")))
        .count()
}

#[test]
fn protocol_tests_load_together() {
    let mut paths = Vec::new();
    smithy_files(Path::new(PROTOCOL_TESTS), &mut paths);
    assert!(paths.len() > 90, "found only {} .smithy files", paths.len());
    let start = Instant::now();
    let model = load(&paths).unwrap_or_else(|e| panic!("{e}"));
    let elapsed = start.elapsed();
    if let Ok(dump) = std::env::var("IDL_DUMP") {
        std::fs::write(dump, to_json_ast_string(&model)).unwrap();
    }
    println!(
        "loaded {} IDL files ({} shapes) in {elapsed:?}",
        paths.len(),
        model["shapes"].as_object().unwrap().len()
    );

    let service = &model["shapes"]["aws.protocoltests.restjson#RestJson"];
    assert_eq!(service["type"], "service");
    let operations = service["operations"].as_array().unwrap();
    println!("RestJson operations: {}", operations.len());
    assert_eq!(operations.len(), 113);
    for op in operations {
        let id = op["target"].as_str().unwrap();
        assert_eq!(model["shapes"][id]["type"], "operation", "{id}");
    }
    // The README's 142 / 108 count every test in `restJson1/`: the service's own
    // namespace holds 136 request cases; `restJson1/validation/` (1) and
    // `restJson1/services/` (API Gateway 1, Glacier 4) hold the other 6.
    let count = |namespaces: &[&str], trait_id: &str| -> usize {
        namespaces.iter().map(|ns| client_cases(&model, ns, trait_id)).sum()
    };
    let restjson = ["aws.protocoltests.restjson"];
    let requests = count(&restjson, "smithy.test#httpRequestTests");
    let responses = count(&restjson, "smithy.test#httpResponseTests");
    println!("aws.protocoltests.restjson client cases: {requests} request, {responses} response");
    assert_eq!((requests, responses), (136, 108));
    let folder = [
        "aws.protocoltests.restjson",
        "aws.protocoltests.restjson.validation",
        "com.amazonaws.apigateway",
        "com.amazonaws.glacier",
    ];
    let requests = count(&folder, "smithy.test#httpRequestTests");
    let responses = count(&folder, "smithy.test#httpResponseTests");
    println!("restJson1/ folder client cases: {requests} request, {responses} response");
    assert_eq!((requests, responses), (142, 108));
}

/// Parses fixture `name` (`tests/idl/name.smithy`, or every file of
/// `tests/idl/name/`) and compares it with the hand-written `tests/idl/name.json`.
/// Fixtures that refer to shapes they do not define are compared as JSON only.
const PARTIAL_FIXTURES: &[&str] = &["service"];

fn check_fixture(name: &str) {
    let single = Path::new(FIXTURES).join(format!("{name}.smithy"));
    let paths = if single.exists() {
        vec![single]
    } else {
        let mut paths = Vec::new();
        smithy_files(&Path::new(FIXTURES).join(name), &mut paths);
        paths
    };
    let actual = load(&paths).unwrap_or_else(|e| panic!("{e}"));
    let expected_text = std::fs::read_to_string(Path::new(FIXTURES).join(format!("{name}.json"))).unwrap();
    let expected: Value = serde_json::from_str(&expected_text).unwrap();
    if actual != expected {
        panic!(
            "fixture {name}: parsed model differs from {name}.json\n--- actual ---\n{}",
            to_json_ast_string(&actual)
        );
    }
    // Same input, same bytes.
    assert_eq!(to_json_ast_string(&actual), to_json_ast_string(&load(&paths).unwrap()));
    // The IDL and its JSON AST form load to the same resolved model, and so does
    // the JSON AST the writer prints.
    let resolve = |value: Value| {
        let ast = codegen::load::from_value(name, value).unwrap_or_else(|e| panic!("{name}: {e}"));
        let model = codegen::model::resolve(ast).unwrap_or_else(|e| panic!("{name}: {e}"));
        format!("{:?}", model.shapes)
    };
    if PARTIAL_FIXTURES.contains(&name) {
        return;
    }
    let written: Value = serde_json::from_str(&to_json_ast_string(&actual)).unwrap();
    assert_eq!(
        resolve(actual),
        resolve(expected.clone()),
        "fixture {name}: resolved models differ"
    );
    assert_eq!(
        resolve(written),
        resolve(expected),
        "fixture {name}: the written JSON AST resolves differently"
    );
}

#[test]
fn fixture_simple_shapes_traits_docs_metadata() {
    check_fixture("simple");
}

#[test]
fn fixture_aggregates_enums_defaults() {
    check_fixture("aggregates");
}

#[test]
fn fixture_service_resource_operations_inline_io() {
    check_fixture("service");
}

#[test]
fn fixture_mixins_and_apply() {
    check_fixture("mixins_apply");
}

#[test]
fn fixture_several_files_use_and_metadata_merge() {
    check_fixture("multi");
}

#[test]
fn fixture_node_values_strings_text_blocks() {
    check_fixture("nodes");
}

#[test]
fn json_ast_string_ends_with_newline() {
    let model = parse_one("$version: \"2\"\nnamespace a\nstring S\n").unwrap();
    let text = to_json_ast_string(&model);
    assert!(text.ends_with("}\n"));
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), model);
}

/// Parses `text` as `test.smithy` and returns the single error message line.
fn error_of(text: &str) -> String {
    let errors = parse_one(text).expect_err("expected an error");
    assert_eq!(errors.errors.len(), 1, "{errors}");
    errors.to_string()
}

#[test]
fn error_unterminated_string() {
    let e = error_of("$version: \"2\"\nnamespace a\n\n@documentation(\"oops)\nstring S\n");
    assert!(e.starts_with("test.smithy:4:16: unterminated string"), "{e}");
}

#[test]
fn error_unterminated_text_block() {
    let e = error_of("namespace a\n@documentation(\"\"\"\n  x\n\")\nstring S\n");
    assert!(e.starts_with("test.smithy:2:16: unterminated text block"), "{e}");
}

#[test]
fn error_unknown_shape_type() {
    let e = error_of("$version: \"2\"\nnamespace a\n\n  strng Name\n");
    assert_eq!(e, "test.smithy:4:3: unknown shape type `strng`");
}

#[test]
fn error_bad_token() {
    let e = error_of("namespace a\nstructure S {\n    a: String;\n}\n");
    assert_eq!(e, "test.smithy:3:14: unexpected character `;`");
    let e = error_of("namespace a\nstructure S {\n    a String\n}\n");
    assert_eq!(e, "test.smithy:3:7: expected `:`, found `String`");
    let e = error_of("namespace a\nlist L [\n}\n");
    assert_eq!(e, "test.smithy:2:8: expected `{`, found `[`");
}

#[test]
fn error_unresolved_shape() {
    let e = error_of("namespace a\nstructure S {\n    a: Missing\n}\n");
    assert!(e.starts_with("test.smithy:3:8: cannot resolve shape `Missing`"), "{e}");
    let e = error_of("namespace a\n@notATrait\nstring S\n");
    assert!(
        e.starts_with("test.smithy:2:2: cannot resolve shape `notATrait`"),
        "{e}"
    );
}

#[test]
fn errors_name_each_file() {
    let files = [
        SourceFile {
            path: "one.smithy",
            text: "namespace a\nmetadata x = 1\n",
        },
        SourceFile {
            path: "two.smithy",
            text: "namespace b\nstring S\nstring \"bad\n",
        },
        SourceFile {
            path: "three.smithy",
            text: "namespace c\nstring S\n",
        },
    ];
    let errors = parse(&files).expect_err("two files are broken");
    let text = errors.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("one.smithy:2:1: "), "{text}");
    assert!(lines[1].starts_with("two.smithy:3:8: unterminated string"), "{text}");
}

#[test]
fn error_conflicts() {
    let meta = |v: &str| format!("metadata m = {v}\nnamespace a\n");
    let (m1, m2) = (meta("{x: 1}"), meta("{x: 2}"));
    let files = [
        SourceFile {
            path: "m1.smithy",
            text: &m1,
        },
        SourceFile {
            path: "m2.smithy",
            text: &m2,
        },
    ];
    let e = parse(&files).expect_err("conflicting metadata").to_string();
    assert!(e.starts_with("m2.smithy:1:10: metadata `m` conflicts"), "{e}");

    let files = [
        SourceFile {
            path: "d1.smithy",
            text: "namespace a\nstring S\n",
        },
        SourceFile {
            path: "d2.smithy",
            text: "namespace a\n\ninteger S\n",
        },
    ];
    let e = parse(&files).expect_err("duplicate shape").to_string();
    assert_eq!(e, "d2.smithy:3:9: shape `a#S` is already defined in d1.smithy");

    let e = error_of("namespace a\n@documentation(\"x\")\nstring S\napply S @documentation(\"y\")\n");
    assert!(
        e.starts_with("test.smithy:4:7: trait `smithy.api#documentation` is applied more than once"),
        "{e}"
    );

    let e = error_of("namespace a\nstructure S { $nope }\n");
    assert!(
        e.starts_with("test.smithy:2:16: cannot find the target of elided member `$nope`"),
        "{e}"
    );
}

#[test]
fn truncated_inputs_report_errors_without_panicking() {
    let mut paths = Vec::new();
    smithy_files(Path::new(FIXTURES), &mut paths);
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
        for cut in cuts {
            // Errors are expected (unresolved names, cut strings); panics are not.
            let _ = parse_one(&text[..cut]);
        }
    }
}

//! The JSON readers of a generated crate: one per shape a response holds, with
//! names the plan makes unique.

use codegen::emit::{Header, Options};
use codegen::idl::SourceFile;

const SERVICE: &str = r#"$version: "2"
namespace example.a

use aws.protocols#restJson1

@restJson1
service Shop { version: "1", operations: [GetItems] }

@readonly
@http(method: "GET", uri: "/items")
operation GetItems {
    input := {
        @httpQuery("filter")
        filter: Unused
    }
    output := { mine: Items, theirs: example.b#Items }
}

list Items { member: String }

/// Only sent, never read.
list Unused { member: String }
"#;

const OTHER: &str = r#"$version: "2"
namespace example.b

list Items { member: Integer }
"#;

fn files() -> [SourceFile<'static>; 2] {
    [
        SourceFile {
            path: "a.smithy",
            text: SERVICE,
        },
        SourceFile {
            path: "b.smithy",
            text: OTHER,
        },
    ]
}

#[test]
fn readers_of_shapes_with_one_name_get_distinct_names() {
    let ast = codegen::idl::parse(&files()).expect("the model parses");
    let ast = codegen::load::from_value("a.smithy", ast).expect("the model loads");
    let model = codegen::model::resolve(ast).expect("the model resolves");
    let plan = codegen::plan::Plan::new(&model).expect("the model plans");
    let name = |id: &str| plan.readers[&codegen::model::ShapeId::parse(id).unwrap()].clone();
    assert_eq!(name("example.a#Items"), "read_items");
    assert_eq!(name("example.b#Items"), "read_items_2");
    assert_eq!(name("example.a#Unused"), "read_unused");
}

#[test]
fn only_the_readers_responses_need_are_generated() {
    let options = Options {
        crate_name: "shop".to_owned(),
        crate_version: "0.1.0".to_owned(),
        runtime_path: "../runtime".to_owned(),
        header: Header {
            model: "a.smithy".to_owned(),
            command: "test".to_owned(),
        },
        partitions: None,
        allow_unsupported: Default::default(),
    };
    let files = codegen::generate_idl(&files(), &options).expect("the crate generates");
    let de = files.iter().find(|f| f.path == "src/de.rs").expect("a de module");
    assert!(de.contents.contains("fn read_items("), "{}", de.contents);
    assert!(de.contents.contains("fn read_items_2("), "{}", de.contents);
    assert!(!de.contents.contains("fn read_unused("), "{}", de.contents);
    let wire = files
        .iter()
        .find(|f| f.path == "src/operation/get_items/wire.rs")
        .expect("a wire module");
    assert!(
        wire.contents.contains("crate::de::read_items_2(reader)"),
        "{}",
        wire.contents
    );
}

//! Names the plan renames so the generated crate compiles, and the collision it
//! refuses: `tests/fixtures/name_collisions.json` (which the golden tests also
//! build with clippy and rustdoc `-D warnings`).

use codegen::plan::{Item, Plan};

fn fixture() -> codegen::model::Model {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/name_collisions.json"
    ))
    .expect("fixture");
    codegen::model::resolve(codegen::load::parse("name_collisions.json", &json).expect("loads")).expect("resolves")
}

fn fields(item: &Item) -> Vec<(&str, &str)> {
    item.fields
        .iter()
        .map(|f| (f.member.name.as_str(), f.name.as_str()))
        .collect()
}

#[test]
fn builder_methods_never_collide() {
    let model = fixture();
    let plan = Plan::new(&model).expect("plans");
    let op = plan.operations.iter().find(|o| o.name == "DoThing").expect("DoThing");
    // `getFoo` would be `get_foo`, the getter of `foo`; `new` and `send` are the
    // fluent builder's own methods.
    assert_eq!(
        fields(&op.input),
        [
            ("foo", "foo"),
            ("getFoo", "get_foo_value"),
            ("new", "new_value"),
            ("send", "send_value"),
            ("customizeRequest", "customize_request"),
            ("thing", "thing"),
            ("builders", "builders"),
            // Members named like the prelude's types keep their names; `box`
            // is a keyword.
            ("option", "option"),
            ("string", "string"),
            ("vec", "vec"),
            ("box", "r#box"),
        ]
    );
    let thing = plan.items.values().find(|i| i.name == "Thing").expect("Thing");
    assert_eq!(
        fields(thing),
        [
            ("foo", "foo"),
            ("getFoo", "get_foo_value"),
            ("setFoo2", "set_foo2"),
            ("new", "new_value"),
            ("build", "build_value"),
            ("default", "default_value"),
            ("clone", "clone_value"),
        ]
    );
    // `setFoo` beside `foo`, even before it: `set_foo` is the setter of `foo`.
    let other = plan.operations.iter().find(|o| o.name == "Other").expect("Other");
    assert_eq!(
        fields(&other.input),
        [
            ("asInput", "as_input_value"),
            ("setFoo", "set_foo_value"),
            ("foo", "foo")
        ]
    );
}

#[test]
fn modules_and_error_variants_never_collide() {
    let model = fixture();
    let plan = Plan::new(&model).expect("plans");
    let builders = plan.items.values().find(|i| i.name == "Builders").expect("Builders");
    assert_eq!(
        builders.file, "builders_shape",
        "`types::builders` is the builders' module"
    );
    let errors: Vec<(&str, &str)> = plan
        .errors
        .iter()
        .map(|id| (id.as_str(), plan.items[id].name.as_str()))
        .collect();
    assert_eq!(
        errors,
        [
            ("example.names#Conflict", "Conflict"),
            ("example.other#Conflict", "ConflictValue"),
            // Named like the prelude's `Result`, which the crate then writes
            // `::std::result::Result`.
            ("example.names#Result", "Result"),
            // Every error enum has its own `Unhandled` variant.
            ("example.names#Unhandled", "UnhandledValue"),
        ]
    );
}

#[test]
fn two_errors_of_one_operation_with_one_code_are_refused() {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/name_collisions.json"
    ))
    .expect("fixture")
    .replace(
        r#""errors": [
        {
          "target": "example.other#Conflict"
        }
      ]"#,
        r#""errors": [
        {
          "target": "example.other#Conflict"
        },
        {
          "target": "example.names#Conflict"
        }
      ]"#,
    );
    let model = codegen::model::resolve(codegen::load::parse("m.json", &json).expect("loads")).expect("resolves");
    let errors = Plan::new(&model).expect_err("refused");
    let found: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "example.names#Other: errors `example.names#Conflict` and `example.other#Conflict` share the wire code \
          `Conflict`: restJson1 cannot tell them apart; rename one of the shapes"
        ]
    );
}

/// A map's XML entry reader (`read_tags_entry`) and the reader of a structure
/// named like it (`TagsEntry`) would be two functions of one name in `de`,
/// whichever shape comes first.
#[test]
fn a_map_entry_reader_never_takes_a_reader_name() {
    // Shapes are named in shape id order: the map first, then the structure first.
    for (map, structure) in [("ex#Tags", "ex#TagsEntry"), ("ex#Tags", "a#TagsEntry")] {
        let json = format!(
            r#"{{"smithy": "2.0", "shapes": {{
                "ex#S": {{"type": "service", "version": "1", "operations": [{{"target": "ex#Get"}}],
                          "traits": {{"aws.protocols#restXml": {{}}}}}},
                "ex#Get": {{"type": "operation", "input": {{"target": "smithy.api#Unit"}},
                           "output": {{"target": "ex#GetOutput"}}, "traits": {{"smithy.api#http": {{"method": "GET", "uri": "/"}}}}}},
                "ex#GetOutput": {{"type": "structure", "members": {{
                    "tags": {{"target": "{map}"}}, "entry": {{"target": "{structure}"}}}}}},
                "{map}": {{"type": "map", "key": {{"target": "smithy.api#String"}}, "value": {{"target": "smithy.api#String"}}}},
                "{structure}": {{"type": "structure", "members": {{"v": {{"target": "smithy.api#String"}}}}}}
            }}}}"#
        );
        let model = codegen::model::resolve(codegen::load::parse("m.json", &json).expect("loads")).expect("resolves");
        let plan = Plan::new(&model).expect("plans");
        let map_id = codegen::model::ShapeId::parse(map).expect("id");
        let entry = plan.map_entry_reader(&map_id).expect("a map has an entry reader");
        assert!(
            !plan.readers.values().any(|reader| *reader == entry),
            "{entry} is also a reader: {:?}",
            plan.readers
        );
        assert_eq!(
            plan.readers.len(),
            plan.readers.values().collect::<std::collections::BTreeSet<_>>().len()
        );
    }
}

//! Checks that `model/iot-jobs-data.json` carries exactly the same facts as the
//! official AWS IoT Jobs Data Plane Smithy model, while all of its documentation
//! is written in our own words.
//!
//! "Facts" means the whole JSON AST with documentation removed:
//! * every `smithy.api#documentation` key inside a `traits` object, and
//! * every `documentation` key anywhere inside the values of the
//!   `smithy.rules#endpointRuleSet` and `smithy.rules#endpointTests` traits.

use std::fmt::Write as _;
use std::fs;

use serde_json::{Map, Value};

const OFFICIAL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/models/iot-jobs-data-plane.json"
);
const OURS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../model/iot-jobs-data.json");

const DOC_TRAIT: &str = "smithy.api#documentation";
const RULE_TRAITS: [&str; 2] = ["smithy.rules#endpointRuleSet", "smithy.rules#endpointTests"];
const MAX_REPORTED: usize = 40;

fn load(path: &str) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("cannot parse {path}: {e}"))
}

/// Removes every `documentation` key, at any depth, below `value`.
fn strip_all_documentation(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("documentation");
            map.values_mut().for_each(strip_all_documentation);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_all_documentation),
        _ => {}
    }
}

/// Removes documentation from a whole model, as described in the module docs.
fn strip_docs(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(traits)) = map.get_mut("traits") {
                traits.remove(DOC_TRAIT);
                for name in RULE_TRAITS {
                    if let Some(rules) = traits.get_mut(name) {
                        strip_all_documentation(rules);
                    }
                }
            }
            map.values_mut().for_each(strip_docs);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_docs),
        _ => {}
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn short(value: Option<&Value>) -> String {
    let Some(value) = value else {
        return "<missing>".to_owned();
    };
    let text = value.to_string();
    if text.chars().count() > 160 {
        let head: String = text.chars().take(157).collect();
        format!("{head}...")
    } else {
        text
    }
}

/// Collects the paths at which `official` and `ours` differ, depth first.
fn diff(path: &str, official: Option<&Value>, ours: Option<&Value>, out: &mut Vec<String>) {
    if out.len() >= MAX_REPORTED || official == ours {
        return;
    }
    match (official, ours) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                diff(&join(path, key), a.get(key), b.get(key), out);
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) => {
            for i in 0..a.len().max(b.len()) {
                diff(&format!("{path}[{i}]"), a.get(i), b.get(i), out);
            }
        }
        _ => out.push(format!("{path}: official {} vs ours {}", short(official), short(ours))),
    }
}

#[test]
fn model_has_the_same_facts_as_the_official_model() {
    let mut official = load(OFFICIAL);
    let mut ours = load(OURS);
    strip_docs(&mut official);
    strip_docs(&mut ours);
    if official != ours {
        let mut diffs = Vec::new();
        diff("", Some(&official), Some(&ours), &mut diffs);
        let mut msg = format!(
            "{OURS} differs from the official model (documentation ignored); \
             first {} differing path(s):\n",
            diffs.len()
        );
        for d in &diffs {
            let _ = writeln!(msg, "  - {d}");
        }
        panic!("{msg}");
    }
    assert_eq!(official, ours);
}

/// Collects `(path, text)` of every documentation string in a model: the
/// documentation trait anywhere, plus `documentation` fields inside the
/// endpoint rule set and endpoint test traits.
fn collect_docs(path: &str, value: &Value, in_rules: bool, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => collect_docs_in_object(path, map, in_rules, out),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_docs(&format!("{path}[{i}]"), item, in_rules, out);
            }
        }
        _ => {}
    }
}

fn collect_docs_in_object(path: &str, map: &Map<String, Value>, in_rules: bool, out: &mut Vec<(String, String)>) {
    for (key, child) in map {
        let child_path = join(path, key);
        let is_doc = key == DOC_TRAIT || (in_rules && key == "documentation");
        match child {
            Value::String(text) if is_doc => out.push((child_path, text.clone())),
            _ => {
                let enters_rules = in_rules || RULE_TRAITS.contains(&key.as_str());
                collect_docs(&child_path, child, enters_rules, out);
            }
        }
    }
}

#[test]
fn model_documentation_is_written_in_our_own_words() {
    let official = load(OFFICIAL);
    let ours = load(OURS);
    let mut official_docs = Vec::new();
    let mut our_docs = Vec::new();
    collect_docs("", &official, false, &mut official_docs);
    collect_docs("", &ours, false, &mut our_docs);
    assert!(
        !official_docs.is_empty(),
        "found no documentation in the official model"
    );

    let our_map: std::collections::BTreeMap<&str, &str> =
        our_docs.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let normalize = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut problems = Vec::new();
    for (path, text) in &official_docs {
        match our_map.get(path.as_str()) {
            None => problems.push(format!("{path}: documented officially but not in ours")),
            Some(mine) if normalize(mine) == normalize(text) => {
                problems.push(format!(
                    "{path}: same text as official: {}",
                    short(Some(&Value::String(text.clone())))
                ));
            }
            Some(_) => {}
        }
    }
    let official_paths: std::collections::BTreeSet<&str> = official_docs.iter().map(|(p, _)| p.as_str()).collect();
    for (path, _) in &our_docs {
        if !official_paths.contains(path.as_str()) {
            problems.push(format!("{path}: documented in ours but not officially"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} documentation problem(s):\n  - {}",
        problems.len(),
        problems.join("\n  - ")
    );
}

//! The JSON Schema of the project file is committed, so that other tools
//! (and reviewers) see the format change when the types change. Run with
//! `UPDATE_SCHEMA=1` to write it after a deliberate change.

use adisker::domain::Project;
use adisker::sample;
use adisker::store::project_file;
use chrono::NaiveDate;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

const COMMITTED: &str = "assets/schema/project-v1.json";

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(COMMITTED)
}

fn generated() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(Project)).unwrap();
    text.push('\n');
    text
}

#[test]
fn the_committed_schema_matches_the_types() {
    let text = generated();
    let path = committed_path();
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &text).unwrap();
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{}: {e}; run the test with UPDATE_SCHEMA=1 to create it", path.display())
    });
    // A checkout on Windows may have turned line ends into CRLF.
    let committed = committed.replace("\r\n", "\n");
    if committed != text {
        let (line, (want, got)) = text
            .lines()
            .chain(std::iter::repeat(""))
            .zip(committed.lines().chain(std::iter::repeat("")))
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .unwrap();
        panic!(
            "{COMMITTED} is out of date with the types, first at line {}:\n  types:     {want}\n  committed: {got}\n\
             If the change of format is deliberate, run the test with UPDATE_SCHEMA=1.",
            line + 1
        );
    }
}

/// Follows `{"$ref": "#/$defs/Name"}` to the definition it names.
fn resolve<'a>(node: &'a Value, defs: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.strip_prefix("#/$defs/").unwrap_or_else(|| panic!("unexpected {reference}"));
            resolve(defs.get(name).unwrap_or_else(|| panic!("no definition {name}")), defs)
        }
        None => node,
    }
}

/// Checks that every object in `value` has the properties its schema
/// requires, descending through properties, arrays and references.
/// Returns how many objects it looked at.
fn check(value: &Value, node: &Value, defs: &Value, at: &str) -> usize {
    let node = resolve(node, defs);
    match value {
        Value::Object(object) => {
            for required in node.get("required").and_then(Value::as_array).into_iter().flatten() {
                let name = required.as_str().unwrap();
                assert!(object.contains_key(name), "{at} lacks the required property {name}");
            }
            let properties = node.get("properties").and_then(Value::as_object);
            let inner: usize = object
                .iter()
                .filter_map(|(name, v)| {
                    properties.and_then(|p| p.get(name)).map(|n| check(v, n, defs, &format!("{at}.{name}")))
                })
                .sum();
            1 + inner
        }
        Value::Array(items) => match node.get("items") {
            Some(item) => {
                items.iter().enumerate().map(|(i, v)| check(v, item, defs, &format!("{at}[{i}]"))).sum()
            }
            None => 0,
        },
        _ => 0,
    }
}

#[test]
fn the_example_has_what_the_schema_requires() {
    let schema = serde_json::to_value(schemars::schema_for!(Project)).unwrap();
    let now = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap().and_hms_opt(9, 0, 0).unwrap().and_utc();
    let example: Value = serde_json::from_slice(&project_file::to_bytes(&sample::small(now))).unwrap();

    let required: Vec<&str> = schema["required"]
        .as_array()
        .expect("the schema lists required properties")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(required.contains(&"format") && required.contains(&"id"), "{required:?}");
    let object = example.as_object().unwrap();
    for name in &required {
        assert!(object.contains_key(*name), "the example lacks {name}");
    }
    // And the other way round: whatever the app writes, the schema describes.
    let properties = schema["properties"].as_object().unwrap();
    for name in object.keys() {
        assert!(properties.contains_key(name), "the schema does not describe {name}");
    }

    let defs = schema.get("$defs").cloned().unwrap_or(Value::Null);
    let objects = check(&example, &schema, &defs, "project");
    // People, schools, events, sessions, registrations and more were
    // reached, not only the top level.
    assert!(objects > 100, "only {objects} objects checked");
}

//! Limits on what a document lays out, whatever a project's texts hold.
//!
//! A form refuses a title of more than [`MAX_LINE_CHARS`] letters, but a
//! file may hold anything: a pasted megabyte in a title made certificates
//! need gigabytes of memory, and 32,768 letters «Ә» in one run of text made
//! the PDF writer panic (krilla 0.5, `text/group.rs`: «byte index 65535 is
//! not a char boundary»: it splits a run at 65,535 bytes without looking
//! for a character's edge; reproduce with `adisker print certificates` on
//! a project whose event title is «Ә» × 32,768). Every text of the data is
//! cut here with an ellipsis, which bounds the time and memory of every
//! document and keeps each run far below that size. The project keeps the
//! whole text.

use crate::domain::rules::{MAX_LINE_CHARS, MAX_TEXT_CHARS, at_most};
use serde_json::Value;

/// Keys whose texts stand on one line: titles, names, places, numbers.
const LINE_KEYS: &[&str] = &[
    "title",
    "name",
    "full_name",
    "school",
    "room",
    "position",
    "organizer",
    "number",
    "nomination",
    "subject",
    "topic",
    "venue",
    "online_link",
    "kind",
    "level",
    "format",
    "dates",
    "day",
    "time",
    "observer",
];

/// Cuts every text in `data` to its limit: one-line texts to
/// [`MAX_LINE_CHARS`], the others (notes, comments, lists of names) to
/// [`MAX_TEXT_CHARS`].
pub fn bound_texts(data: &mut Value) {
    bound(data, MAX_TEXT_CHARS);
}

fn bound(value: &mut Value, limit: usize) {
    match value {
        // Bytes first: nearly every text is far below the limit.
        Value::String(text) if text.len() > limit && text.chars().count() > limit => {
            let mut cut = at_most(text, limit.saturating_sub(1)).to_owned();
            cut.push('…');
            *text = cut;
        }
        Value::Array(items) => items.iter_mut().for_each(|item| bound(item, limit)),
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                let limit = if LINE_KEYS.contains(&key.as_str()) { MAX_LINE_CHARS } else { MAX_TEXT_CHARS };
                bound(field, limit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn long_texts_are_cut_and_short_ones_kept() {
        let mut data = json!({
            "event": { "title": "Ә".repeat(40_000), "goal": "ұ".repeat(MAX_TEXT_CHARS + 5) },
            "body": { "rows": [{ "name": "Айгүл", "notes": ["қ".repeat(20)] }] },
        });
        bound_texts(&mut data);
        let title = data["event"]["title"].as_str().unwrap();
        assert_eq!(title.chars().count(), MAX_LINE_CHARS);
        assert!(title.ends_with('…'));
        assert_eq!(data["event"]["goal"].as_str().unwrap().chars().count(), MAX_TEXT_CHARS);
        assert_eq!(data["body"]["rows"][0]["name"], "Айгүл");
        assert_eq!(data["body"]["rows"][0]["notes"][0], "қ".repeat(20));
    }
}

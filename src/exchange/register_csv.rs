//! The register of issued numbers as a CSV file for Excel: the department
//! keeps its own book of certificates and checks ours against it.
//!
//! Written with the `csv` crate, UTF-8 with a byte order mark (without it
//! Excel in a Kazakh or Russian Windows reads the letters as Windows-1251)
//! and «;» between fields, as Excel in these locales expects. A cell that
//! a spreadsheet would run as a formula (a name typed as «=HYPERLINK(…)»)
//! is written as text, with an apostrophe before it as OWASP advises.

use crate::domain::awards::register;
use crate::domain::{AwardStatus, Event, Project};

/// The words of the file, in the user's language.
pub struct RegisterWords {
    /// Column headers: number, full name, kind, what for, date, status.
    pub headers: [String; 6],
    pub kind: fn(crate::domain::AwardKind) -> String,
    pub issued: String,
    pub cancelled: String,
}

/// The event's awards in the order of their numbers.
pub fn register_csv(project: &Project, event: &Event, words: &RegisterWords) -> Vec<u8> {
    let awards = register(project, event.id);
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to memory cannot fail; a record that did would only be missing.
    let _ = writer.write_record(words.headers.iter().map(|h| as_text(h)));
    for award in awards {
        let name = project.person(award.person).map(|p| p.full_name.as_str()).unwrap_or_default();
        let status = match award.status {
            AwardStatus::Issued => &words.issued,
            AwardStatus::Cancelled => &words.cancelled,
        };
        let _ = writer.write_record([
            as_text(&award.number),
            as_text(name),
            as_text(&(words.kind)(award.kind)),
            as_text(&award.what_for()),
            award.issued_on.format("%d.%m.%Y").to_string(),
            as_text(status),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}

/// A cell a spreadsheet would take for a formula, made plain text.
pub fn as_text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;
    use chrono::NaiveDate;

    fn words() -> RegisterWords {
        RegisterWords {
            headers: ["№", "Аты-жөні", "Түрі", "Не үшін", "Күні", "Күйі"].map(str::to_owned),
            kind: |kind| format!("{kind:?}"),
            issued: "берілді".into(),
            cancelled: "күші жойылған".into(),
        }
    }

    #[test]
    fn the_register_is_read_back_in_number_order_with_hostile_names_as_text() {
        let mut project = Project::new("Шамшырақ", "", chrono::Utc::now());
        let event = Event::new("Семинар", NaiveDate::from_ymd_opt(2019, 2, 1).unwrap());
        let event_id = event.id;
        project.events.push(event);
        for (name, number) in [("=HYPERLINK(\"http://x\")", "57/10"), ("Құрбан Жанат; «Ә»", "57/9")]
        {
            let person = Person { full_name: name.into(), ..Person::default() };
            project.awards.push(Award {
                id: AwardId::new(),
                person: person.id,
                kind: AwardKind::Certificate,
                title: "+1 үшін".into(),
                event: Some(event_id),
                number: number.into(),
                issued_on: NaiveDate::from_ymd_opt(2019, 2, 1).unwrap(),
                status: if number == "57/10" { AwardStatus::Cancelled } else { AwardStatus::Issued },
                reason: String::new(),
                extra: Extra::new(),
            });
            project.people.push(person);
        }
        let bytes = register_csv(&project, &project.events[0], &words());
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(&bytes[3..]);
        let rows: Vec<Vec<String>> =
            reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        assert_eq!(rows[0][0], "57/9");
        assert_eq!(rows[0][1], "Құрбан Жанат; «Ә»");
        assert_eq!(rows[1][1], "'=HYPERLINK(\"http://x\")");
        assert_eq!(rows[1][3], "'+1 үшін");
        assert_eq!(rows[1][4], "01.02.2019");
        assert_eq!(rows[1][5], "күші жойылған");
    }

    proptest::proptest! {
        #[test]
        fn no_cell_starts_as_a_formula(cell in ".*") {
            let text = as_text(&cell);
            proptest::prop_assert!(!text.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
    }
}

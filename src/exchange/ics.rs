//! An event's programme as an iCalendar file (RFC 5545): one VEVENT per
//! session, for the participants' phones and the school's computers.
//!
//! Written by hand rather than with a calendar library: the format we need is
//! a dozen properties, and the one thing that is easy to get wrong, folding
//! long lines of Kazakh text (two octets a letter) at 75 octets without
//! cutting a letter in half, is the thing we must get right.
//!
//! Times are *floating* local times (`DTSTART:20190201T100000`, no `Z`, no
//! time zone). The model keeps times as the programme states them, without
//! a zone, because everyone who uses the file is in the city where the event
//! happens: a floating time shows as 10:00 on every phone and PC there. A
//! time pinned to UTC or to a named zone would instead show an hour off on
//! the many devices whose zone data predate Kazakhstan's move to one time
//! zone (UTC+5) in March 2024, and nobody would notice until the morning of
//! the seminar.
//!
//! Words that are not user data (the grade, the labels in the description,
//! the categories) are the caller's, in the user's language
//! ([`CalendarWords`]): this module knows the format, not the languages.

use crate::domain::{Event, PersonId, Project, Session, SessionKind};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// The words a calendar entry needs beside the project's own texts.
pub trait CalendarWords {
    /// A lesson's summary line: its title, subject and grade.
    fn lesson_summary(&self, title: &str, subject: &str, grade: u8) -> String;
    fn topic(&self, topic: &str) -> String;
    fn teachers(&self, names: &[String]) -> String;
    fn responsible(&self, names: &[String]) -> String;
    /// The kind of session, as the calendar's category.
    fn category(&self, kind: SessionKind) -> String;
}

const PRODID: &str = "-//Adisker//Adisker//KK";

/// RFC 5545 §3.1: content lines are folded so that none is longer than 75
/// octets, not counting the line break.
const MAX_LINE_OCTETS: usize = 75;

/// The programme of `event` as an iCalendar document with CRLF line ends.
///
/// `now` becomes every VEVENT's DTSTAMP; it is a parameter so that the same
/// project and the same instant always give the same bytes.
pub fn event_to_ics(
    project: &Project,
    event: &Event,
    now: DateTime<Utc>,
    words: &dyn CalendarWords,
) -> String {
    let mut ics = Writer::default();
    ics.property("BEGIN", "VCALENDAR");
    ics.property("VERSION", "2.0");
    ics.property("PRODID", PRODID);
    ics.property("CALSCALE", "GREGORIAN");
    ics.property("METHOD", "PUBLISH");
    ics.text("X-WR-CALNAME", &event.title);

    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut sessions: Vec<&Session> = event.sessions.iter().collect();
    // A stable sort: sessions at the same time keep the programme's order.
    sessions.sort_by_key(|s| (s.day, s.start));
    for session in sessions {
        write_session(&mut ics, project, event, session, &stamp, words);
    }

    ics.property("END", "VCALENDAR");
    ics.out
}

fn write_session(
    ics: &mut Writer,
    project: &Project,
    event: &Event,
    session: &Session,
    stamp: &str,
    words: &dyn CalendarWords,
) {
    ics.property("BEGIN", "VEVENT");
    ics.property("UID", &format!("{}@adisker", session.id));
    ics.property("DTSTAMP", stamp);
    ics.property("DTSTART", &floating(session.day, session.start));
    // A session that ends before it starts is a mistake the checks report;
    // DTEND before DTSTART would make some calendars reject the whole file,
    // so such a session is exported as a moment instead.
    if session.end > session.start {
        ics.property("DTEND", &floating(session.day, session.end));
    }
    ics.text("SUMMARY", &summary(session, words));
    let location = location(project, event, session);
    if !location.is_empty() {
        ics.text("LOCATION", &location);
    }
    let description = description(project, session, words);
    if !description.is_empty() {
        ics.text("DESCRIPTION", &description);
    }
    ics.text("CATEGORIES", &words.category(session.kind));
    if let Some(link) = event.online_link.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        // A URI, not text: its commas and semicolons are part of it.
        ics.property("URL", &strip_controls(link));
    }
    ics.property("END", "VEVENT");
}

fn floating(day: NaiveDate, time: NaiveTime) -> String {
    format!("{}T{}", day.format("%Y%m%d"), time.format("%H%M%S"))
}

fn summary(session: &Session, words: &dyn CalendarWords) -> String {
    match &session.lesson {
        Some(lesson) if !lesson.subject.trim().is_empty() => {
            words.lesson_summary(&session.title, &lesson.subject, lesson.grade)
        }
        _ => session.title.clone(),
    }
}

/// Room, school and street: what a guest needs to find the session.
fn location(project: &Project, event: &Event, session: &Session) -> String {
    let room = session.room.and_then(|id| event.rooms.iter().find(|r| r.id == id)).map(|r| r.name.as_str());
    let (organisation, address) = event.place_of(session);
    let school = organisation.and_then(|id| project.school(id)).map(|s| s.name.as_str());
    [room, school, Some(address)]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn description(project: &Project, session: &Session, words: &dyn CalendarWords) -> String {
    let mut lines = Vec::new();
    if let Some(lesson) = &session.lesson {
        if !lesson.topic.trim().is_empty() {
            lines.push(words.topic(lesson.topic.trim()));
        }
        let teachers = names(project, &lesson.teachers);
        if !teachers.is_empty() {
            lines.push(words.teachers(&teachers));
        }
    }
    // The teachers of a lesson are usually also its responsible people;
    // naming them twice on a phone screen only pushes the notes down.
    let same_as_teachers = session.lesson.as_ref().is_some_and(|l| {
        let mut a = l.teachers.clone();
        let mut b = session.responsible.clone();
        a.sort();
        b.sort();
        a == b
    });
    if !same_as_teachers {
        let responsible = names(project, &session.responsible);
        if !responsible.is_empty() {
            lines.push(words.responsible(&responsible));
        }
    }
    let notes = session.notes.trim();
    if !notes.is_empty() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(notes.to_owned());
    }
    lines.join("\n")
}

/// Full names in the given order; a reference to a person no longer in the
/// project is left out here, and reported by the checks.
fn names(project: &Project, ids: &[PersonId]) -> Vec<String> {
    ids.iter().filter_map(|&id| project.person(id)).map(|p| p.full_name.trim().to_owned()).collect()
}

#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    /// A property whose value is already in iCalendar form.
    fn property(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        fold_into(&mut self.out, &line);
    }

    /// A property of type TEXT, escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.property(name, &escape_text(value));
    }
}

/// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, line
/// breaks become `\n`; other control characters are not allowed in TEXT.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // Text pasted from Windows programs ends lines with CRLF.
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn strip_controls(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Appends `line` folded as RFC 5545 §3.1 asks: no physical line over 75
/// octets, continuation lines start with one space, and a fold never falls
/// inside a UTF-8 sequence, so each physical line is valid UTF-8 on its own
/// (phones that decode line by line show broken letters otherwise).
///
/// Nor does a fold separate a backslash from the character it escapes: the
/// standard allows it, but readers that unescape before unfolding then show
/// a stray backslash.
fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    // The leading space of a continuation line counts towards its octets.
    let mut room = MAX_LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let backslashes = rest.as_bytes()[..cut].iter().rev().take_while(|&&b| b == b'\\').count();
        if backslashes % 2 == 1 {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Lesson, Room, RoomId, SessionId, SessionKind};
    use crate::sample;

    fn now() -> DateTime<Utc> {
        NaiveDate::from_ymd_opt(2026, 3, 2).unwrap().and_hms_opt(9, 30, 5).unwrap().and_utc()
    }

    fn small() -> (Project, String) {
        let project = sample::small(now());
        let ics = event_to_ics(&project, &project.events[0], now(), &crate::i18n::CalendarText);
        (project, ics)
    }

    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    /// Logical lines: folding undone, line ends removed.
    fn logical_lines(ics: &str) -> Vec<String> {
        unfold(ics).split("\r\n").filter(|l| !l.is_empty()).map(str::to_owned).collect()
    }

    fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        let prefix = format!("{name}:");
        lines.iter().filter_map(|l| l.strip_prefix(prefix.as_str())).collect()
    }

    fn assert_physical_lines_fit(ics: &str) {
        for line in ics.as_bytes().split(|&b| b == b'\n') {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{} octets: {:?}",
                line.len(),
                String::from_utf8_lossy(line)
            );
            assert!(std::str::from_utf8(line).is_ok(), "a fold split a character: {line:?}");
        }
    }

    #[test]
    fn escapes_the_characters_text_reserves() {
        assert_eq!(escape_text(r"a\b,c;d"), r"a\\b\,c\;d");
        assert_eq!(escape_text("бір\nекі\r\nүш\rтөрт"), r"бір\nекі\nүш\nтөрт");
        assert_eq!(escape_text("қоңырау\u{7}\tкүй"), "қоңырау\tкүй");
        assert_eq!(escape_text(r"\n"), r"\\n", "a literal backslash-n stays literal");
    }

    #[test]
    fn folding_keeps_every_line_within_75_octets_and_whole_letters() {
        // Every length and every mix of 1-, 2-, 3- and 4-octet characters,
        // so that a fold lands on every possible offset inside a character.
        for unit in ["a", "ә", "қa", "№", "a€ү", "😀", "😀ә", r"\,", r"ә\;", r"\\"] {
            for n in 0..120 {
                let value = unit.repeat(n);
                let mut out = String::new();
                fold_into(&mut out, &format!("SUMMARY:{value}"));
                assert!(out.ends_with("\r\n"));
                assert_physical_lines_fit(&out);
                assert_eq!(unfold(&out), format!("SUMMARY:{value}\r\n"));
                for line in out.split("\r\n") {
                    let backslashes = line.bytes().rev().take_while(|&b| b == b'\\').count();
                    assert_eq!(backslashes % 2, 0, "an escape is split: {line}");
                }
            }
        }
    }

    #[test]
    fn folds_a_kazakh_line_at_a_letter_boundary() {
        let mut out = String::new();
        fold_into(&mut out, &format!("SUMMARY:{}", "қ".repeat(40)));
        let first = out.split("\r\n").next().unwrap();
        // "SUMMARY:" is 8 octets; 33 letters make 74, a 34th would make 76.
        assert_eq!(first.len(), 74);
        assert!(out.starts_with(&format!("SUMMARY:{}\r\n {}\r\n", "қ".repeat(33), "қ".repeat(7))));
    }

    #[test]
    fn lines_end_with_crlf_only() {
        let (_, ics) = small();
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let bytes = ics.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'\n' => assert_eq!(bytes[i - 1], b'\r', "bare LF at {i}"),
                b'\r' => assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i}"),
                _ => {}
            }
        }
        assert_physical_lines_fit(&ics);
    }

    #[test]
    fn calendar_header_names_the_event() {
        let (project, ics) = small();
        assert!(ics.starts_with(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adisker//Adisker//KK\r\nCALSCALE:GREGORIAN\r\n"
        ));
        let lines = logical_lines(&ics);
        assert_eq!(values(&lines, "X-WR-CALNAME"), [escape_text(&project.events[0].title)]);
        assert_eq!(values(&lines, "BEGIN").iter().filter(|v| **v == "VCALENDAR").count(), 1);
    }

    #[test]
    fn one_vevent_per_session_with_stable_uids() {
        let (project, ics) = small();
        let event = &project.events[0];
        let lines = logical_lines(&ics);
        let begins = values(&lines, "BEGIN").into_iter().filter(|v| *v == "VEVENT").count();
        let ends = values(&lines, "END").into_iter().filter(|v| *v == "VEVENT").count();
        assert_eq!(begins, event.sessions.len());
        assert_eq!(ends, event.sessions.len());
        let mut uids = values(&lines, "UID");
        let mut expected: Vec<String> = event.sessions.iter().map(|s| format!("{}@adisker", s.id)).collect();
        uids.sort();
        expected.sort();
        assert_eq!(uids, expected);
        assert_eq!(values(&lines, "DTSTAMP"), vec!["20260302T093005Z"; event.sessions.len()]);
        assert_eq!(values(&lines, "CATEGORIES").len(), event.sessions.len());
        // The same input gives the same bytes: a file sent twice updates
        // the events a phone already has instead of adding copies.
        assert_eq!(ics, event_to_ics(&project, event, now(), &crate::i18n::CalendarText));
    }

    #[test]
    fn times_are_floating_local_times() {
        let (_, ics) = small();
        let lines = logical_lines(&ics);
        let starts = values(&lines, "DTSTART");
        let ends = values(&lines, "DTEND");
        assert_eq!(starts.first(), Some(&"20190201T093000"), "registration opens at 9:30");
        assert!(starts.contains(&"20190201T113500"), "the open lessons start at 11:35");
        assert!(ends.contains(&"20190201T121000"), "the first-grade lesson is 35 minutes");
        for value in starts.iter().chain(&ends) {
            assert_eq!(value.len(), 15, "{value}");
            assert!(!value.ends_with('Z'), "{value}");
        }
        assert!(!ics.contains("TZID"));
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted, "sessions come in the order of the day");
    }

    #[test]
    fn lesson_shows_its_topic_teachers_and_room() {
        let (project, ics) = small();
        let event = &project.events[0];
        let lesson =
            event.sessions.iter().find(|s| s.lesson.as_ref().is_some_and(|l| l.topic == "Саяхат")).unwrap();
        let teacher = project.person(lesson.lesson.as_ref().unwrap().teachers[0]).unwrap();
        let unfolded = unfold(&ics);
        let block = unfolded
            .split("BEGIN:VEVENT\r\n")
            .find(|b| b.contains(&format!("UID:{}@adisker", lesson.id)))
            .unwrap();
        let lines: Vec<String> = block.split("\r\n").map(str::to_owned).collect();
        let summary = values(&lines, "SUMMARY")[0];
        assert!(summary.starts_with(&escape_text(&lesson.title)), "{summary}");
        assert!(summary.contains("Қазақ тілі"), "{summary}");
        assert!(summary.contains("«Саяхат»"), "{summary}");
        let description = values(&lines, "DESCRIPTION")[0];
        assert!(description.contains("Саяхат"), "{description}");
        assert!(description.contains(&teacher.full_name), "{description}");
        let location = values(&lines, "LOCATION")[0];
        assert!(location.starts_with("1 «Ә» сыныбы\\, №57 жалпы білім беретін мектеп\\, "), "{location}");
        assert!(location.ends_with("Бекмаханов көшесі\\, 94"), "{location}");
    }

    #[test]
    fn responsible_people_are_named_in_full() {
        let (project, ics) = small();
        let unfolded = unfold(&ics);
        let opening = project.events[0].sessions.iter().find(|s| s.kind == SessionKind::Opening).unwrap();
        let leader = project.person(opening.responsible[0]).unwrap();
        assert_eq!(leader.full_name, "Әбдірахманов Ерлан Қайратұлы");
        let block = unfolded.split("BEGIN:VEVENT").find(|b| b.contains(&opening.id.to_string())).unwrap();
        assert!(block.contains("Әбдірахманов Ерлан Қайратұлы"), "{block}");
    }

    #[test]
    fn bad_data_gives_a_valid_file() {
        let mut project = sample::small(now());
        let day = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
        let event = &mut project.events[0];
        event.rooms.push(Room {
            id: RoomId::new(),
            name: "A;B,C\\D".into(),
            capacity: None,
            extra: Default::default(),
        });
        let room = event.rooms.last().unwrap().id;
        event.sessions.push(Session {
            id: SessionId::new(),
            day,
            start: NaiveTime::from_hms_opt(15, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
            kind: SessionKind::OpenLesson,
            title: "Тақырып, екі; үш\nтөрт".into(),
            room: Some(room),
            title_alt: None,
            place: None,
            responsible: vec![PersonId::new()],
            lesson: Some(Lesson { teachers: vec![PersonId::new()], ..Lesson::default() }),
            observers: Vec::new(),
            attendees: Vec::new(),
            pinned: Vec::new(),
            notes: String::new(),
            extra: Default::default(),
        });
        event.online_link = Some("https://example.org/join?a=1,b=2".into());
        let ics = event_to_ics(&project, &project.events[0], now(), &crate::i18n::CalendarText);
        assert_physical_lines_fit(&ics);
        let lines = logical_lines(&ics);
        let starts = values(&lines, "DTSTART").len();
        assert_eq!(values(&lines, "DTEND").len(), starts - 1, "no DTEND before its DTSTART");
        assert!(values(&lines, "SUMMARY").contains(&r"Тақырып\, екі\; үш\nтөрт"));
        assert!(values(&lines, "LOCATION").iter().any(|l| l.starts_with(r"A\;B\,C\\D\, ")));
        assert!(values(&lines, "URL").iter().all(|u| *u == "https://example.org/join?a=1,b=2"));
    }
}

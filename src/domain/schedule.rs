//! Which event is at hand: the one a project opens on, and the order a
//! chooser lists them in. A school's year holds dozens of events; the one
//! coming next matters more than last year's.

use super::model::{Event, Project};
use super::names::fold;
use chrono::NaiveDate;

/// The event a project opens on when none was chosen: the first one not
/// over yet, or else the latest.
pub fn default_event(project: &Project, today: NaiveDate) -> Option<&Event> {
    project
        .events
        .iter()
        .filter(|e| e.ends_on >= today)
        .min_by_key(|e| (e.starts_on, e.ends_on))
        .or_else(|| project.events.iter().max_by_key(|e| (e.ends_on, e.starts_on)))
}

/// The events whose title holds every typed word (letters folded as in
/// the name search), upcoming first in the order they come, then past
/// ones from the most recent back.
pub fn upcoming_first<'a>(project: &'a Project, today: NaiveDate, typed: &str) -> Vec<&'a Event> {
    let folded = |text: &str| -> String { text.chars().map(|c| fold(c).unwrap_or(' ')).collect() };
    let words: Vec<String> = folded(typed).split_whitespace().map(str::to_owned).collect();
    let mut events: Vec<&Event> = project
        .events
        .iter()
        .filter(|e| {
            let title = folded(&e.title);
            words.iter().all(|w| title.contains(w.as_str()))
        })
        .collect();
    events.sort_by(|a, b| {
        let (a_past, b_past) = (a.ends_on < today, b.ends_on < today);
        a_past
            .cmp(&b_past)
            .then_with(|| if a_past { b.starts_on.cmp(&a.starts_on) } else { a.starts_on.cmp(&b.starts_on) })
    });
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn project() -> Project {
        let mut project = Project::new("Жоба", "", chrono::Utc::now());
        for (title, d, m) in [
            ("Әдістемелік десант", 10, 9),
            ("Ашық сабақтар апталығы", 20, 11),
            ("Педагогикалық форум", 15, 12),
            ("Дөңгелек үстел", 28, 12),
        ] {
            project.events.push(Event::new(title, day(d, m)));
        }
        project
    }

    #[test]
    fn the_next_event_comes_first_and_old_ones_after_it() {
        let project = project();
        let today = day(2, 12);
        assert_eq!(default_event(&project, today).unwrap().title, "Педагогикалық форум");
        let titles: Vec<&str> =
            upcoming_first(&project, today, "").iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Педагогикалық форум", "Дөңгелек үстел", "Ашық сабақтар апталығы", "Әдістемелік десант"]
        );
        // All over: the latest.
        assert_eq!(
            default_event(&project, day(1, 1).with_year(2027).unwrap()).unwrap().title,
            "Дөңгелек үстел"
        );
        // Typed on a Russian layout.
        let found = upcoming_first(&project, today, "десант");
        assert_eq!(found.len(), 1);
        assert_eq!(upcoming_first(&project, today, "донгелек")[0].title, "Дөңгелек үстел");
    }

    use chrono::Datelike;
}

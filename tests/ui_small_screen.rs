//! Every section on the screen our users have, 1024×768: the texts a user
//! needs (the New project button, the lessons in the grid, the criteria
//! and the mean of a lesson summary, the buttons of each section) are on
//! the window, not scrolled or pushed out of it, and not squeezed into a
//! sliver. Run with ICED_TEST_BACKEND=tiny-skia.

use crate::support;

use adisker::domain::{Event, Project};
use adisker::fl;
use adisker::ui::app::Message;
use adisker::ui::screen::project::{self as project_screen, Section};
use iced::{Point, Rectangle, Size};
use iced_test::selector::Candidate;
use support::Harness;

fn navigate(h: &mut Harness, section: Section) {
    h.send(Message::Project(project_screen::Message::Navigate(section)));
}

/// Every text drawn, with its bounds and the part of it in sight.
fn texts(h: &Harness) -> Vec<(String, Rectangle, Option<Rectangle>)> {
    let mut found = Vec::new();
    let mut ui = h.simulator();
    let _ = ui.find(|candidate: Candidate<'_>| {
        if let Candidate::Text { content, bounds, visible_bounds, .. } = candidate {
            found.push((content.to_owned(), bounds, visible_bounds));
        }
        None::<()>
    });
    found
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 0.75
}

/// The bounds of `text`, which must be wholly on the window and in sight,
/// and at least `width` wide when it is broken over lines (text of 13 or
/// 14 points is about 18 px a line).
fn in_sight(h: &Harness, text: &str, width: f32) -> Rectangle {
    let all = texts(h);
    let Some((_, bounds, visible)) = all.iter().find(|(content, ..)| content == text) else {
        panic!("«{text}» is not on the screen at {:?}", h.size);
    };
    let window = Rectangle::new(Point::ORIGIN, Size::new(h.size.0, h.size.1));
    let whole = visible.is_some_and(|v| {
        close(v.x, bounds.x)
            && close(v.y, bounds.y)
            && close(v.width, bounds.width)
            && close(v.height, bounds.height)
    });
    assert!(whole, "«{text}» is cut: {bounds:?}, in sight {visible:?}");
    assert!(
        bounds.x >= -0.5
            && bounds.y >= -0.5
            && bounds.x + bounds.width <= window.width + 0.5
            && bounds.y + bounds.height <= window.height + 0.5,
        "«{text}» runs off the window: {bounds:?}"
    );
    // On one line it has the width it needs; broken over lines, the
    // column it stands in must be wide enough to read.
    let lines = (bounds.height / 18.0).round();
    assert!(lines <= 1.0 || bounds.width >= width, "«{text}» is squeezed to {} px: {bounds:?}", bounds.width);
    *bounds
}

fn every_section_shows_its_key_texts(mut h: Harness, event: &Event, project: &Project) {
    for label in [
        fl!("nav-overview"),
        fl!("nav-programme"),
        fl!("nav-observations"),
        fl!("nav-feedback"),
        fl!("nav-print"),
    ] {
        in_sight(&h, &label, 20.0);
    }

    navigate(&mut h, Section::Programme);
    // The lessons held in parallel first: they are the narrowest cards.
    let mut lessons: Vec<_> = event.sessions.iter().filter(|s| s.lesson.is_some()).collect();
    lessons
        .sort_by_key(|s| (s.day, s.start, s.room.and_then(|r| event.rooms.iter().position(|x| x.id == r))));
    let first_day = lessons[0].day;
    let slot = (lessons[0].day, lessons[0].start);
    let parallel: Vec<_> =
        lessons.iter().filter(|s| (s.day, s.start) == slot && s.day == first_day).collect();
    // At least three rooms side by side before the grid scrolls sideways,
    // none narrower than a readable card.
    let shown = parallel.iter().filter(|s| texts(&h).iter().any(|(c, ..)| *c == s.title)).count();
    assert!(shown >= parallel.len().min(3), "only {shown} of {} parallel lessons in sight", parallel.len());
    for lesson in parallel.iter().take(3) {
        in_sight(&h, &lesson.title, 120.0);
    }

    navigate(&mut h, Section::Observations);
    let observed = event
        .sessions
        .iter()
        .filter(|s| s.lesson.is_some())
        .max_by_key(|s| event.observations.iter().filter(|o| o.session == s.id).count())
        .unwrap();
    h.click(observed.title.as_str());
    let sheet = event.observations.iter().find(|o| o.session == observed.id).unwrap().template;
    let template = project.template(sheet).unwrap();
    in_sight(&h, &fl!("obs-mean"), 30.0);
    for criterion in template.criteria.iter().take(4) {
        in_sight(&h, &criterion.title, 150.0);
    }

    navigate(&mut h, Section::Feedback);
    in_sight(&h, &fl!("feedback-add"), 40.0);
    navigate(&mut h, Section::Print);
    in_sight(&h, &fl!("print-save"), 40.0);
    in_sight(&h, &fl!("print-open"), 40.0);
}

#[test]
fn the_example_fits_a_1024_by_768_screen() {
    let h = Harness::new();
    let new = in_sight(&h, &fl!("library-new"), 40.0);
    assert!(new.y < 200.0, "New project is at the top, not under the list: {new:?}");
    // One harness at a time: they share the settings.
    drop(h);
    let h = Harness::with_sample();
    let project = h.project().clone();
    every_section_shows_its_key_texts(h, &project.events[0], &project);
}

#[test]
fn the_large_sample_fits_a_1024_by_768_screen() {
    let large = adisker::sample::large(1, chrono::Utc::now());
    let h = Harness::with(|library| {
        library.add(&large).unwrap();
    });
    let mut h = h;
    h.click(fl!("action-open").as_str());
    // The coming event depends on the day the test runs; one whose lessons
    // in parallel begin within the first hours keeps them in sight
    // without scrolling, whatever the day.
    let early = large
        .events
        .iter()
        .find(|e| {
            let mut lessons: Vec<_> = e.sessions.iter().filter(|s| s.lesson.is_some()).collect();
            lessons.sort_by_key(|s| (s.day, s.start));
            // Three rooms are what a 1024-pixel screen shows side by side.
            e.rooms.len() <= 3
                && lessons.first().is_some_and(|first| {
                    first.day == e.starts_on
                        && first.start <= chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap()
                        && lessons.iter().filter(|s| (s.day, s.start) == (first.day, first.start)).count()
                            >= 2
                        && e.observations.iter().any(|o| lessons.iter().any(|s| s.id == o.session))
                })
        })
        .expect("the large sample has an event with parallel lessons in the morning");
    h.send(Message::Project(project_screen::Message::ChooseEvent(early.id)));
    // The section's event is the one in the header.
    let project = h.project().clone();
    let adisker::ui::app::Screen::Project(screen) = h.app.screen() else { panic!("the project is open") };
    let current = screen.current_event().expect("an event is current").clone();
    let has_observed_lesson = current
        .observations
        .iter()
        .any(|o| current.sessions.iter().any(|s| s.id == o.session && s.lesson.is_some()));
    assert!(has_observed_lesson, "the large sample's current event has observed lessons");
    every_section_shows_its_key_texts(h, &current, &project);
}

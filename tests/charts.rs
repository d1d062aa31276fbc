//! Charts draw where they belong: every question of the feedback results
//! has its own bars, drawn beside its own rows, read back from the pixels
//! the renderer drew. Run with ICED_TEST_BACKEND=tiny-skia.

use crate::support;

use adisker::domain::*;
use adisker::fl;
use adisker::store::Library;
use adisker::ui::app::Message;
use adisker::ui::screen::project::{self as project_screen, Section};
use support::Harness;

/// The colour of a rating's bar in the results.
const BAR: [u8; 3] = [64, 115, 191];

/// Three questions answered differently by ten forms: the first all 5,
/// the second 4 and 3, the third 2, 1 and 5.
fn rated(library: &Library) {
    let day = chrono::NaiveDate::from_ymd_opt(2030, 3, 3).unwrap();
    let mut project = Project::new("Кері байланыс", "№12 мектеп", chrono::Utc::now());
    let mut event = Event::new("Аудандық семинар", day);
    for (key, text) in
        [("q1", "Семинар пайдалы болды"), ("q2", "Уақыт жеткілікті болды"), ("q3", "Материалдар түсінікті")]
    {
        event.feedback_questions.push(FeedbackQuestion {
            key: key.into(),
            text: text.into(),
            extra: Default::default(),
        });
    }
    for n in 0..10u8 {
        let mut entry = Feedback::blank(FeedbackTarget::Event, FeedbackMethod::Rating, chrono::Utc::now());
        entry.ratings.insert("q1".into(), 5);
        entry.ratings.insert("q2".into(), if n < 6 { 4 } else { 3 });
        entry.ratings.insert("q3".into(), [2, 1, 5][usize::from(n % 3)]);
        event.feedback.push(entry);
    }
    project.events.push(event);
    library.add(&project).unwrap();
}

/// The runs of pixel rows that hold some pixel of `color`: one per bar
/// drawn, whatever its length.
fn bands_of(png: &std::path::Path, color: [u8; 3]) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.color_type.samples();
    let close = |a: u8, b: u8| a.abs_diff(b) <= 4;
    let mut bands = 0;
    let mut inside = false;
    for line in pixels[..info.buffer_size()].chunks(info.line_size) {
        let has = line
            .chunks(channels)
            .any(|p| close(p[0], color[0]) && close(p[1], color[1]) && close(p[2], color[2]));
        bands += usize::from(has && !inside);
        inside = has;
    }
    bands
}

#[test]
fn every_question_of_the_results_draws_its_own_bars() {
    let mut h = Harness::with(rated);
    h.click(fl!("action-open").as_str());
    h.send(Message::Project(project_screen::Message::Navigate(Section::Feedback)));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("results");
    h.snapshot((1366.0, 1400.0), &file);
    let png = std::fs::read_dir(dir.path()).unwrap().next().unwrap().unwrap().path();
    // 5 for the first question; 4 and 3 for the second; 5, 2 and 1 for the
    // third: six bars, in six places.
    assert_eq!(bands_of(&png, BAR), 6, "a bar for every answered rating of every question");
}

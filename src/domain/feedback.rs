//! Participants' feedback: the methods schools use at the closing of an
//! event (ratings on questions, «two stars and a wish», «Теңге алу» coins,
//! a traffic light, a free comment), the undoable edits of the entries and
//! questions, and the results an organiser reads out minutes later.

use super::edit::{Edit, EditError, ItemEdit, Keyed, apply_item};
use super::ids::*;
use super::model::*;
use super::rules::FieldError;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// The highest rating; a rating is `1..=MAX_RATING`.
pub const MAX_RATING: u8 = 5;

impl Keyed for Feedback {
    type Key = FeedbackId;
    fn key(&self) -> FeedbackId {
        self.id
    }
}

/// A change to an event's feedback.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedbackEdit {
    /// One entry, so that each typed paper form is undone alone.
    Entry(ItemEdit<Feedback>),
    /// The whole list of questions; the inverse is the list before.
    Questions(Vec<FeedbackQuestion>),
    /// Every entry at once: an import of a whole file is one step to undo.
    Entries(Vec<Feedback>),
}

impl Feedback {
    /// An empty entry of `method` about `target`, anonymous until a
    /// respondent is set.
    pub fn blank(target: FeedbackTarget, method: FeedbackMethod, entered: DateTime<Utc>) -> Feedback {
        Feedback {
            id: FeedbackId::new(),
            target,
            respondent: None,
            respondent_name: String::new(),
            method,
            ratings: BTreeMap::new(),
            stars: Vec::new(),
            wish: String::new(),
            comment: String::new(),
            coins: None,
            light: None,
            entered,
            extra: Extra::new(),
        }
    }

    /// Did the respondent write anything but ratings, coins or a light?
    pub fn has_words(&self) -> bool {
        !self.comment.trim().is_empty()
            || !self.wish.trim().is_empty()
            || self.stars.iter().any(|s| !s.trim().is_empty())
    }
}

impl Project {
    pub(crate) fn apply_feedback(&mut self, event: EventId, change: FeedbackEdit) -> Result<Edit, EditError> {
        let added: &[Feedback] = match &change {
            FeedbackEdit::Entry(ItemEdit::Put(entry) | ItemEdit::Insert(_, entry)) => {
                std::slice::from_ref(entry)
            }
            FeedbackEdit::Entries(entries) => entries,
            _ => &[],
        };
        if added.iter().filter_map(|f| f.respondent).any(|person| self.person(person).is_none()) {
            return Err(EditError::NotFound);
        }
        let target = self.events.iter_mut().find(|e| e.id == event).ok_or(EditError::NotFound)?;
        let inverse = match change {
            FeedbackEdit::Entry(change) => {
                if let ItemEdit::Put(entry) | ItemEdit::Insert(_, entry) = &change {
                    check_entry(target, entry)?;
                }
                FeedbackEdit::Entry(apply_item(&mut target.feedback, change)?)
            }
            FeedbackEdit::Entries(entries) => {
                for entry in &entries {
                    check_entry(target, entry)?;
                }
                FeedbackEdit::Entries(std::mem::replace(&mut target.feedback, entries))
            }
            FeedbackEdit::Questions(questions) => {
                check_questions(&questions)?;
                FeedbackEdit::Questions(std::mem::replace(&mut target.feedback_questions, questions))
            }
        };
        Ok(Edit::Feedback { event, change: Box::new(inverse) })
    }
}

/// An entry that the results could not count is refused rather than kept:
/// a rating of 7 or coins for a session of another event would skew every
/// figure read out at the closing.
fn check_entry(event: &Event, entry: &Feedback) -> Result<(), EditError> {
    if let FeedbackTarget::Session(session) = entry.target
        && !event.sessions.iter().any(|s| s.id == session)
    {
        return Err(EditError::NotFound);
    }
    let ratings_valid = entry.ratings.values().all(|r| (1..=MAX_RATING).contains(r));
    if !ratings_valid || entry.coins == Some(0) {
        return Err(EditError::InvalidFeedback);
    }
    Ok(())
}

fn check_questions(questions: &[FeedbackQuestion]) -> Result<(), EditError> {
    for (i, question) in questions.iter().enumerate() {
        let duplicate = questions[..i].iter().any(|q| q.key == question.key);
        if question.key.trim().is_empty() || question.text.trim().is_empty() || duplicate {
            return Err(EditError::InvalidFeedback);
        }
    }
    Ok(())
}

/// A key for a new question that no question of the list has, nor any
/// rating already given: the answers to a question that was removed stay
/// in the entries and must not be counted for a new one.
/// The method most of the event's feedback used, or, while nothing is
/// entered, the one its questions call for.
pub fn usual_method(event: &Event) -> FeedbackMethod {
    let methods = FeedbackMethod::ALL;
    let count = |method: FeedbackMethod| event.feedback.iter().filter(|f| f.method == method).count();
    // On a tie the first of the list: the order of the feedback screen.
    let most =
        methods.into_iter().rev().map(|m| (count(m), m)).filter(|(n, _)| *n > 0).max_by_key(|(n, _)| *n);
    match most {
        Some((_, method)) => method,
        None if event.feedback_questions.is_empty() => FeedbackMethod::TwoStarsAndAWish,
        None => FeedbackMethod::Rating,
    }
}

pub fn new_question_key(event: &Event) -> String {
    let used = |key: &str| {
        event.feedback_questions.iter().any(|q| q.key == key)
            || event.feedback.iter().any(|f| f.ratings.contains_key(key))
    };
    (1..).map(|n| format!("q{n}")).find(|key| !used(key)).unwrap_or_default()
}

/// A rating as typed on a paper form: empty for a question left blank.
pub fn parse_rating(value: &str) -> Result<Option<u8>, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match super::rules::keyboard_digits(value).parse::<u8>() {
        Ok(rating) if (1..=MAX_RATING).contains(&rating) => Ok(Some(rating)),
        _ => Err(FieldError::BadNumber),
    }
}

/// A traffic-light colour from one key: G, Y, R, or 1, 2, 3; on a Russian
/// or Kazakh layout the same keys type «п», «н», «к».
pub fn parse_light(value: &str) -> Result<Option<TrafficLight>, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let mut chars = value.chars();
    let (Some(key), None) = (chars.next(), chars.next()) else { return Err(FieldError::BadNumber) };
    match key.to_lowercase().next().unwrap_or(key) {
        'g' | '1' | 'п' => Ok(Some(TrafficLight::Green)),
        'y' | '2' | 'н' | 'ә' => Ok(Some(TrafficLight::Yellow)),
        'r' | '3' | 'к' | 'і' => Ok(Some(TrafficLight::Red)),
        _ => Err(FieldError::BadNumber),
    }
}

/// Answers to one question: how many gave each rating, and their mean.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionResult {
    pub key: String,
    pub text: String,
    /// `counts[0]` gave 1, … `counts[4]` gave 5.
    pub counts: [u32; MAX_RATING as usize],
    pub answers: u32,
    /// None until someone answers.
    pub mean: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LightCounts {
    pub green: u32,
    pub yellow: u32,
    pub red: u32,
}

impl LightCounts {
    pub fn total(&self) -> u32 {
        self.green + self.yellow + self.red
    }

    fn add(&mut self, light: TrafficLight) {
        match light {
            TrafficLight::Green => self.green += 1,
            TrafficLight::Yellow => self.yellow += 1,
            TrafficLight::Red => self.red += 1,
        }
    }
}

/// Coins and lights given to one target: the event as a whole or one of
/// its sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TargetTally {
    pub target: FeedbackTarget,
    pub coins: u32,
    pub lights: LightCounts,
}

/// Everything an event's feedback adds up to.
#[derive(Debug, Clone, PartialEq)]
pub struct Results<'a> {
    pub entries: usize,
    pub anonymous: usize,
    /// The event's questions in their order.
    pub questions: Vec<QuestionResult>,
    /// The event first, then its sessions in programme order; only targets
    /// that received coins or lights.
    pub tallies: Vec<TargetTally>,
    /// Entries with stars, a wish or a comment, in the order they were
    /// entered.
    pub written: Vec<&'a Feedback>,
}

impl Results<'_> {
    pub fn coins(&self) -> u32 {
        self.tallies.iter().map(|t| t.coins).sum()
    }

    pub fn lights(&self) -> LightCounts {
        let mut all = LightCounts::default();
        for t in &self.tallies {
            all.green += t.lights.green;
            all.yellow += t.lights.yellow;
            all.red += t.lights.red;
        }
        all
    }

    pub fn tally(&self, target: FeedbackTarget) -> Option<&TargetTally> {
        self.tallies.iter().find(|t| t.target == target)
    }
}

pub fn results(event: &Event) -> Results<'_> {
    // An event has a handful of questions and sessions: finding one by a
    // scan is quicker than hashing its key, fifty thousand times over.
    let question_index = |key: &str| event.feedback_questions.iter().position(|q| q.key == key);
    // Slot 0 is the event, then one per session in programme order.
    let session_slot = |id: SessionId| event.sessions.iter().position(|s| s.id == id).map(|i| i + 1);
    let mut counts = vec![[0u32; MAX_RATING as usize]; event.feedback_questions.len()];
    let mut tallies: Vec<TargetTally> = std::iter::once(FeedbackTarget::Event)
        .chain(event.sessions.iter().map(|s| FeedbackTarget::Session(s.id)))
        .map(|target| TargetTally { target, coins: 0, lights: LightCounts::default() })
        .collect();
    let mut anonymous = 0;
    let mut written = Vec::new();
    for entry in &event.feedback {
        anonymous += usize::from(entry.respondent.is_none());
        for (key, &rating) in &entry.ratings {
            if let Some(q) = question_index(key)
                && (1..=MAX_RATING).contains(&rating)
            {
                counts[q][usize::from(rating - 1)] += 1;
            }
        }
        let slot = match entry.target {
            FeedbackTarget::Event => Some(0),
            FeedbackTarget::Session(id) => session_slot(id),
        };
        if let Some(tally) = slot.map(|slot| &mut tallies[slot]) {
            tally.coins += entry.coins.unwrap_or(0);
            if let Some(light) = entry.light {
                tally.lights.add(light);
            }
        }
        if entry.has_words() {
            written.push(entry);
        }
    }
    written.sort_by_key(|f| f.entered);
    tallies.retain(|t| t.coins > 0 || t.lights.total() > 0);
    let questions = event
        .feedback_questions
        .iter()
        .zip(counts)
        .map(|(question, counts)| {
            let answers: u32 = counts.iter().sum();
            let sum: u32 = counts.iter().zip(1..).map(|(n, rating)| n * rating).sum();
            QuestionResult {
                key: question.key.clone(),
                text: question.text.clone(),
                counts,
                answers,
                mean: (answers > 0).then(|| f64::from(sum) / f64::from(answers)),
            }
        })
        .collect();
    Results { entries: event.feedback.len(), anonymous, questions, tallies, written }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use chrono::NaiveDate;

    fn almaty() -> Project {
        sample::small(sample::REFERENCE_TIME.parse().unwrap())
    }

    fn session_titled<'a>(event: &'a Event, words: &str) -> &'a Session {
        event.sessions.iter().find(|s| s.title.contains(words)).unwrap()
    }

    fn event_with_questions() -> Event {
        let day = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
        let mut event = Event::new("Желілік қоғамдастық семинары", day);
        event.feedback_questions = [("useful", "Пайдалы болды ма?"), ("organized", "Ұйымдастырылуы")]
            .iter()
            .map(|&(key, text)| FeedbackQuestion { key: key.into(), text: text.into(), extra: Extra::new() })
            .collect();
        let at = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        event.sessions.push(Session::new(day, at(10), at(11), SessionKind::OpenLesson, "Саяхат".into()));
        event.sessions.push(Session::new(day, at(11), at(12), SessionKind::MasterClass, "Бағдаршам".into()));
        event
    }

    fn rated(pairs: &[(&str, u8)]) -> Feedback {
        let mut entry = Feedback::blank(FeedbackTarget::Event, FeedbackMethod::Rating, Utc::now());
        entry.ratings = pairs.iter().map(|&(k, r)| (k.to_owned(), r)).collect();
        entry
    }

    #[test]
    fn coins_of_the_almaty_round_match_the_hand_count() {
        let project = almaty();
        let event = &project.events[0];
        let results = results(event);
        // Counted by hand from the sample's entries, as an organiser counts
        // each box: 94 teachers in the hall with three coins each.
        let by_hand: u32 = event.feedback.iter().filter_map(|f| f.coins).sum();
        assert_eq!(by_hand, 282);
        assert_eq!(results.coins(), 282);
        let master = session_titled(event, "Шеберлік сағаты");
        let master_by_hand: u32 = event
            .feedback
            .iter()
            .filter(|f| f.target == FeedbackTarget::Session(master.id))
            .filter_map(|f| f.coins)
            .sum();
        assert!(master_by_hand > 0);
        assert_eq!(results.tally(FeedbackTarget::Session(master.id)).unwrap().coins, master_by_hand);
        // Sessions come in programme order, and none without coins.
        let order: Vec<usize> = results
            .tallies
            .iter()
            .map(|t| match t.target {
                FeedbackTarget::Session(id) => event.sessions.iter().position(|s| s.id == id).unwrap(),
                FeedbackTarget::Event => panic!("nobody gave coins to the event as a whole"),
            })
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert!(results.tallies.iter().all(|t| t.coins > 0));
    }

    #[test]
    fn comments_are_listed_in_the_order_they_were_written() {
        let project = almaty();
        let results = results(&project.events[0]);
        assert_eq!(results.written.len(), 6);
        assert!(results.written[0].comment.starts_with("Шеберлік сағаты өте пайдалы"));
        assert!(results.written.windows(2).all(|w| w[0].entered <= w[1].entered));
        assert_eq!(results.anonymous, 1);
    }

    #[test]
    fn traffic_lights_per_session_against_a_hand_count() {
        let mut event = event_with_questions();
        let (lesson, master) = (event.sessions[0].id, event.sessions[1].id);
        // Twelve cards dropped in two boxes: the lesson 5 green, 2 yellow,
        // 1 red; the master class 3 green, 1 red.
        let cards = "GGGGGYYR";
        for (session, keys) in [(lesson, cards), (master, "GGGR")] {
            for key in keys.chars() {
                let mut entry = Feedback::blank(
                    FeedbackTarget::Session(session),
                    FeedbackMethod::TrafficLight,
                    Utc::now(),
                );
                entry.light = parse_light(&key.to_string()).unwrap();
                event.feedback.push(entry);
            }
        }
        let results = results(&event);
        let lesson = results.tally(FeedbackTarget::Session(lesson)).unwrap().lights;
        assert_eq!(lesson, LightCounts { green: 5, yellow: 2, red: 1 });
        let master = results.tally(FeedbackTarget::Session(master)).unwrap().lights;
        assert_eq!(master, LightCounts { green: 3, yellow: 0, red: 1 });
        assert_eq!(results.lights().total(), 12);
        assert_eq!(results.anonymous, 12);
    }

    #[test]
    fn distribution_and_mean_per_question() {
        let mut event = event_with_questions();
        event.feedback.push(rated(&[("useful", 5), ("organized", 4)]));
        event.feedback.push(rated(&[("useful", 4)]));
        event.feedback.push(rated(&[("useful", 5), ("organized", 2), ("removed", 1)]));
        let results = results(&event);
        let useful = &results.questions[0];
        assert_eq!(useful.counts, [0, 0, 0, 1, 2]);
        assert_eq!(useful.answers, 3);
        assert!((useful.mean.unwrap() - 14.0 / 3.0).abs() < 1e-9);
        let organized = &results.questions[1];
        assert_eq!(organized.answers, 2);
        assert_eq!(organized.mean, Some(3.0));
        assert_eq!(results.questions.len(), 2, "answers to a removed question are not shown");
        assert_eq!(super::results(&event_with_questions()).questions[0].mean, None);
    }

    #[test]
    fn an_entry_is_added_undone_and_a_wrong_one_refused() {
        let mut project = almaty();
        let event = project.events[0].id;
        let before = project.events[0].feedback.len();
        let mut entry = rated(&[]);
        entry.comment = "Рақмет!".into();
        let edit = |change| Edit::Feedback { event, change: Box::new(FeedbackEdit::Entry(change)) };
        let undo = project.apply(edit(ItemEdit::Put(entry.clone()))).unwrap();
        assert_eq!(project.events[0].feedback.len(), before + 1);
        project.apply(undo).unwrap();
        assert_eq!(project.events[0].feedback.len(), before);

        let mut seven = entry.clone();
        seven.ratings.insert("useful".into(), 7);
        assert_eq!(project.apply(edit(ItemEdit::Put(seven))), Err(EditError::InvalidFeedback));
        let mut elsewhere = entry.clone();
        elsewhere.target = FeedbackTarget::Session(SessionId::new());
        assert_eq!(project.apply(edit(ItemEdit::Put(elsewhere))), Err(EditError::NotFound));
        let mut stranger = entry;
        stranger.respondent = Some(PersonId::new());
        assert_eq!(project.apply(edit(ItemEdit::Put(stranger))), Err(EditError::NotFound));
        assert_eq!(project.events[0].feedback.len(), before);
    }

    #[test]
    fn questions_are_replaced_and_restored() {
        let mut project = almaty();
        let event = project.events[0].id;
        let questions = event_with_questions().feedback_questions;
        let set = |questions| Edit::Feedback { event, change: Box::new(FeedbackEdit::Questions(questions)) };
        let undo = project.apply(set(questions.clone())).unwrap();
        assert_eq!(project.events[0].feedback_questions, questions);
        project.apply(undo).unwrap();
        assert!(project.events[0].feedback_questions.is_empty());
        let twice = vec![questions[0].clone(), questions[0].clone()];
        assert_eq!(project.apply(set(twice)), Err(EditError::InvalidFeedback));
        let mut blank = questions.clone();
        blank[1].text = "  ".into();
        assert_eq!(project.apply(set(blank)), Err(EditError::InvalidFeedback));
    }

    #[test]
    fn a_new_question_never_takes_the_key_of_old_answers() {
        let mut event = event_with_questions();
        event.feedback_questions[0].key = "q1".into();
        event.feedback.push(rated(&[("q2", 3)]));
        assert_eq!(new_question_key(&event), "q3");
    }

    #[test]
    fn ratings_and_lights_as_typed() {
        assert_eq!(parse_rating(" 4 "), Ok(Some(4)));
        assert_eq!(parse_rating(""), Ok(None));
        assert_eq!(parse_rating("ң"), Ok(Some(4)), "the 4 key on the Kazakh layout");
        for bad in ["0", "6", "4.5", "жақсы", "-1"] {
            assert_eq!(parse_rating(bad), Err(FieldError::BadNumber), "{bad}");
        }
        assert_eq!(parse_light("g"), Ok(Some(TrafficLight::Green)));
        assert_eq!(parse_light("Y"), Ok(Some(TrafficLight::Yellow)));
        assert_eq!(parse_light("3"), Ok(Some(TrafficLight::Red)));
        assert_eq!(parse_light("к"), Ok(Some(TrafficLight::Red)));
        assert_eq!(parse_light(""), Ok(None));
        assert_eq!(parse_light("gg"), Err(FieldError::BadNumber));
        assert_eq!(parse_light("x"), Err(FieldError::BadNumber));
    }

    #[test]
    fn the_usual_method_is_the_one_most_entries_used_or_what_the_questions_call_for() {
        let mut event = event_with_questions();
        event.feedback.clear();
        assert_eq!(usual_method(&event), FeedbackMethod::Rating, "questions and nothing typed yet");
        let no_questions = Event { feedback_questions: Vec::new(), ..event.clone() };
        assert_eq!(usual_method(&no_questions), FeedbackMethod::TwoStarsAndAWish);

        let at = Utc::now();
        let entry = |method| Feedback::blank(FeedbackTarget::Event, method, at);
        event.feedback = vec![
            entry(FeedbackMethod::Coins),
            entry(FeedbackMethod::TrafficLight),
            entry(FeedbackMethod::Coins),
            entry(FeedbackMethod::TrafficLight),
            entry(FeedbackMethod::Rating),
        ];
        assert_eq!(usual_method(&event), FeedbackMethod::Coins, "a tie goes to the one listed first");
        event.feedback.push(entry(FeedbackMethod::TrafficLight));
        assert_eq!(usual_method(&event), FeedbackMethod::TrafficLight);
    }

    #[test]
    fn every_method_is_found_by_its_code() {
        for method in FeedbackMethod::ALL {
            assert_eq!(FeedbackMethod::from_code(method.code()), Some(method));
        }
        assert_eq!(FeedbackMethod::from_code("stars"), None);
    }
}

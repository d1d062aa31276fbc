//! Feedback: the questions of an event, a grid to type in a pile of paper
//! forms with the keyboard alone, and the results beside it, which change
//! with every form added.

use super::EditAction;
use super::feedback_import::{self, Outcome};
use super::labels::Choice;
use crate::domain::feedback::{self, FeedbackEdit, MAX_RATING, Results, parse_light, parse_rating};
use crate::domain::rules::{self, FieldError, MAX_LINE_CHARS, MAX_TEXT_CHARS};
use crate::domain::{
    Edit, Event, EventId, Extra, Feedback, FeedbackId, FeedbackMethod, FeedbackQuestion, FeedbackTarget,
    ItemEdit, Person, Project, names,
};
use crate::fl;
use crate::i18n::{self, describe_field_error, feedback_method_name, format_mean, light_name, target_name};
use crate::ui::theme;
use crate::ui::widget::{self, bar_chart, bar_chart::Segment};
use chrono::Utc;
use iced::widget::operation;
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Color, Element, Length, Task};
use serde::{Deserialize, Serialize};

/// Forms shown under the grid, so the organiser sees what she just typed
/// without the view growing with the pile.
const RECENT: usize = 6;
/// Comments listed at once; the rest are counted.
/// Written answers on one page of the results; the rest are a page away.
const WRITTEN_PAGE: usize = 20;
/// The search over the written answers, found by Ctrl+F.
pub const COMMENT_SEARCH: &str = "feedback-comment-search";
const BAR_WIDTH: f32 = 120.0;

/// One field of a paper form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Target,
    Respondent,
    Rating(usize),
    Star(usize),
    Wish,
    Comment,
    Coins,
    Light,
}

impl Field {
    fn id(self) -> String {
        match self {
            Field::Target => "feedback-target".into(),
            Field::Respondent => "feedback-respondent".into(),
            Field::Rating(i) => format!("feedback-rating-{i}"),
            Field::Star(i) => format!("feedback-star-{i}"),
            Field::Wish => "feedback-wish".into(),
            Field::Comment => "feedback-comment".into(),
            Field::Coins => "feedback-coins".into(),
            Field::Light => "feedback-light".into(),
        }
    }

    /// Fields of one key each move on by themselves once the key is typed.
    fn is_one_key(self) -> bool {
        matches!(self, Field::Rating(_) | Field::Light)
    }
}

/// The fields of a form of `method`, in the order Tab and Enter visit them.
fn fields(method: FeedbackMethod, questions: usize) -> Vec<Field> {
    let mut fields = vec![Field::Target, Field::Respondent];
    match method {
        FeedbackMethod::Rating => {
            fields.extend((0..questions).map(Field::Rating));
            fields.push(Field::Comment);
        }
        FeedbackMethod::TwoStarsAndAWish => fields.extend([Field::Star(0), Field::Star(1), Field::Wish]),
        FeedbackMethod::Coins => fields.push(Field::Coins),
        FeedbackMethod::TrafficLight => fields.extend([Field::Light, Field::Comment]),
        FeedbackMethod::Free => fields.push(Field::Comment),
    }
    fields
}

/// Whom the name typed on a form stands for.
enum Respondent<'a> {
    /// No name: an anonymous form.
    Nobody,
    Person(&'a Person),
    /// Nobody of the project: the name is kept as written.
    Guest(String),
    /// More than one person fits what was typed; the first few.
    Several(Vec<String>),
}

/// The same search as the check-in desk: any start of the name's words,
/// Kazakh letters typed on a Russian layout. The whole name, written
/// exactly, wins over the names it is a part of.
fn respondent<'a>(project: &'a Project, typed: &str) -> Respondent<'a> {
    let Some(name) = rules::optional(typed) else { return Respondent::Nobody };
    let wanted = name.to_lowercase();
    if let Some(person) = project.people.iter().find(|p| p.full_name.trim().to_lowercase() == wanted) {
        return Respondent::Person(person);
    }
    let found = names::find_people(project, &name, 3, |_| true);
    match found.as_slice() {
        [] => Respondent::Guest(name),
        [one] => Respondent::Person(one),
        several => Respondent::Several(several.iter().map(|p| p.full_name.clone()).collect()),
    }
}

/// What is typed of the current paper form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Draft {
    target: String,
    respondent: String,
    ratings: Vec<String>,
    stars: [String; 2],
    wish: String,
    comment: String,
    coins: String,
    light: String,
}

impl Draft {
    fn value(&self, field: Field) -> &str {
        match field {
            Field::Target => &self.target,
            Field::Respondent => &self.respondent,
            Field::Rating(i) => self.ratings.get(i).map_or("", String::as_str),
            Field::Star(i) => &self.stars[i.min(1)],
            Field::Wish => &self.wish,
            Field::Comment => &self.comment,
            Field::Coins => &self.coins,
            Field::Light => &self.light,
        }
    }

    fn value_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Target => &mut self.target,
            Field::Respondent => &mut self.respondent,
            Field::Rating(i) => {
                if self.ratings.len() <= i {
                    self.ratings.resize(i + 1, String::new());
                }
                &mut self.ratings[i]
            }
            Field::Star(i) => &mut self.stars[i.min(1)],
            Field::Wish => &mut self.wish,
            Field::Comment => &mut self.comment,
            Field::Coins => &mut self.coins,
            Field::Light => &mut self.light,
        }
    }

    /// The entry this form makes, or what is wrong with it, field by field.
    fn build(
        &self,
        project: &Project,
        event: &Event,
        method: FeedbackMethod,
    ) -> Result<Feedback, Vec<(Field, String)>> {
        let mut errors = Vec::new();
        let mut entry = Feedback::blank(FeedbackTarget::Event, method, Utc::now());
        let field_error = describe_field_error;
        match rules::optional_count(&self.target) {
            Ok(None) => {}
            Ok(Some(n)) => match (n as usize).checked_sub(1).and_then(|i| event.sessions.get(i)) {
                Some(session) => entry.target = FeedbackTarget::Session(session.id),
                None => errors.push((Field::Target, fl!("feedback-unknown-session"))),
            },
            Err(e) => errors.push((Field::Target, field_error(e))),
        }
        match respondent(project, &self.respondent) {
            Respondent::Nobody => {}
            Respondent::Person(person) => entry.respondent = Some(person.id),
            Respondent::Guest(name) => entry.respondent_name = name,
            Respondent::Several(names) => {
                errors.push((Field::Respondent, fl!("feedback-several-people", names = names.join(", "))))
            }
        }
        for field in fields(method, event.feedback_questions.len()) {
            let value = self.value(field);
            match field {
                Field::Rating(i) => match parse_rating(value) {
                    Ok(Some(rating)) => {
                        entry.ratings.insert(event.feedback_questions[i].key.clone(), rating);
                    }
                    Ok(None) => {}
                    Err(e) => errors.push((field, field_error(e))),
                },
                Field::Star(_) => entry.stars.extend(rules::optional(value)),
                Field::Wish => entry.wish = value.trim().to_owned(),
                Field::Comment => entry.comment = value.trim().to_owned(),
                Field::Coins => match rules::optional_count(value) {
                    Ok(Some(0)) => errors.push((field, field_error(FieldError::BadNumber))),
                    Ok(coins) => entry.coins = coins,
                    Err(e) => errors.push((field, field_error(e))),
                },
                Field::Light => match parse_light(value) {
                    Ok(light) => entry.light = light,
                    Err(e) => errors.push((field, field_error(e))),
                },
                Field::Target | Field::Respondent => {}
            }
        }
        let answered = !entry.ratings.is_empty() || entry.coins.is_some() || entry.light.is_some();
        if errors.is_empty() && !answered && !entry.has_words() {
            let last = fields(method, event.feedback_questions.len()).pop().unwrap_or(Field::Comment);
            errors.push((last, fl!("feedback-empty-form")));
        }
        if errors.is_empty() { Ok(entry) } else { Err(errors) }
    }
}

#[derive(Debug, Clone, Default)]
pub struct State {
    event: Option<EventId>,
    /// Rating unless chosen otherwise: the method of most paper forms.
    method: FeedbackMethod,
    draft: Draft,
    errors: Vec<(Field, String)>,
    failure: Option<String>,
    /// The questions being edited, before they are saved.
    questions: Option<Vec<FeedbackQuestion>>,
    import: Option<feedback_import::State>,
    notice: Option<String>,
    /// Narrows the written answers of the results.
    comment_search: String,
    /// The page of written answers shown, from 0.
    comment_page: usize,
    /// The session number stays for the next form: forms about one
    /// session come in piles, but only when the user says so.
    keep_target: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Method(Choice<FeedbackMethod>),
    Input(Field, String),
    /// Enter in a field: the next one, or the form is added.
    Submit(Field),
    Add,
    Remove(FeedbackId),
    EditQuestions,
    QuestionText(usize, String),
    AddQuestion,
    RemoveQuestion(usize),
    /// Moves a question one place up (`true`) or down.
    MoveQuestion(usize, bool),
    SaveQuestions,
    CancelQuestions,
    OpenImport,
    Import(feedback_import::Message),
    CommentSearch(String),
    CommentPage(usize),
    KeepTarget(bool),
}

impl State {
    fn event<'a>(&self, project: &'a Project) -> Option<&'a Event> {
        self.event.and_then(|id| project.event(id)).or_else(|| project.events.first())
    }

    /// Collects the feedback of this event, the project's current one.
    pub fn set_event(&mut self, event: EventId) {
        if self.event != Some(event) {
            self.event = Some(event);
            self.questions = None;
            self.import = None;
            self.comment_search.clear();
            self.comment_page = 0;
            self.clear_form();
        }
    }

    pub fn update(&mut self, project: &Project, message: Message) -> EditAction<Message> {
        let Some(event) = self.event(project) else { return EditAction::None };
        match message {
            Message::Method(choice) => {
                self.method = choice.value;
                self.errors.clear();
            }
            Message::Input(field, value) => {
                self.errors.retain(|(f, _)| *f != field);
                self.failure = None;
                // A one-key field keeps the last key typed, so typing over a
                // rating needs no deleting first.
                let value = match value.chars().last() {
                    Some(last) if field.is_one_key() => last.to_string(),
                    _ => value,
                };
                let complete = field.is_one_key()
                    && match field {
                        Field::Light => matches!(parse_light(&value), Ok(Some(_))),
                        _ => matches!(parse_rating(&value), Ok(Some(_))),
                    };
                *self.draft.value_mut(field) = value;
                if complete {
                    return EditAction::Task(operation::focus_next());
                }
            }
            Message::Submit(field) => {
                let fields = fields(self.method, event.feedback_questions.len());
                if fields.last() == Some(&field) {
                    let first = fields[0].id();
                    return EditAction::Task(Task::done(Message::Add).chain(operation::focus(first)));
                }
                return EditAction::Task(operation::focus_next());
            }
            Message::Add => match self.draft.build(project, event, self.method) {
                Ok(entry) => {
                    let edit = Edit::Feedback {
                        event: event.id,
                        change: Box::new(FeedbackEdit::Entry(ItemEdit::Put(entry))),
                    };
                    let target = std::mem::take(&mut self.draft.target);
                    self.clear_form();
                    if self.keep_target {
                        self.draft.target = target;
                    }
                    return EditAction::Edit(edit);
                }
                Err(errors) => self.errors = errors,
            },
            Message::Remove(id) => {
                return EditAction::Edit(Edit::Feedback {
                    event: event.id,
                    change: Box::new(FeedbackEdit::Entry(ItemEdit::Remove(id))),
                });
            }
            Message::EditQuestions => self.questions = Some(event.feedback_questions.clone()),
            Message::QuestionText(i, value) => {
                if let Some(question) = self.questions.as_mut().and_then(|q| q.get_mut(i)) {
                    question.text = value;
                }
            }
            Message::AddQuestion => {
                if let Some(questions) = &mut self.questions {
                    // The key must differ from the questions being edited
                    // too, not only from the saved ones.
                    let mut probe = event.clone();
                    probe.feedback_questions = questions.clone();
                    let key = feedback::new_question_key(&probe);
                    questions.push(FeedbackQuestion { key, text: String::new(), extra: Extra::new() });
                }
            }
            Message::RemoveQuestion(i) => {
                if let Some(questions) = &mut self.questions
                    && i < questions.len()
                {
                    questions.remove(i);
                }
            }
            Message::MoveQuestion(i, up) => {
                if let Some(questions) = &mut self.questions {
                    crate::domain::move_item(questions, i, up);
                }
            }
            Message::SaveQuestions => {
                if let Some(questions) = self.questions.take() {
                    let questions: Vec<FeedbackQuestion> = questions
                        .into_iter()
                        .filter(|q| !q.text.trim().is_empty())
                        .map(|q| FeedbackQuestion { text: q.text.trim().to_owned(), ..q })
                        .collect();
                    return EditAction::Edit(Edit::Feedback {
                        event: event.id,
                        change: Box::new(FeedbackEdit::Questions(questions)),
                    });
                }
            }
            Message::CancelQuestions => self.questions = None,
            Message::CommentSearch(search) => {
                self.comment_search = search;
                self.comment_page = 0;
            }
            Message::CommentPage(page) => self.comment_page = page,
            Message::KeepTarget(keep) => self.keep_target = keep,
            Message::OpenImport => {
                self.import = Some(feedback_import::State::default());
                self.notice = None;
            }
            Message::Import(message) => {
                let Some(import) = &mut self.import else { return EditAction::None };
                match import.update(project, event, self.method, message) {
                    Outcome::None => {}
                    Outcome::Task(task) => return EditAction::Task(task.map(Message::Import)),
                    Outcome::Close => self.import = None,
                    Outcome::Import(entries) => {
                        self.import = None;
                        self.notice = Some(fl!("feedback-import-done", count = entries.len()));
                        let mut all = event.feedback.clone();
                        all.extend(entries);
                        return EditAction::Edit(Edit::Feedback {
                            event: event.id,
                            change: Box::new(FeedbackEdit::Entries(all)),
                        });
                    }
                }
            }
        }
        EditAction::None
    }

    fn clear_form(&mut self) {
        self.draft = Draft::default();
        self.errors.clear();
        self.failure = None;
    }

    /// After an edit, undo or redo: nothing typed is lost, and an event
    /// that is gone is no longer chosen.
    pub fn reload(&mut self, project: &Project) {
        if self.event.is_some_and(|id| project.event(id).is_none()) {
            self.event = None;
            self.questions = None;
        }
    }

    pub fn failed(&mut self, message: String) {
        self.failure = Some(message);
    }

    /// The paper form being typed, when anything is in it.
    pub fn draft(&self) -> Option<serde_json::Value> {
        let typed = self.draft != Draft::default();
        typed.then(|| serde_json::to_value((&self.event, self.method, &self.draft)).ok()).flatten()
    }

    pub fn restore(&mut self, draft: serde_json::Value) {
        if let Ok((event, method, typed)) =
            serde_json::from_value::<(Option<EventId>, FeedbackMethod, Draft)>(draft)
        {
            self.event = event;
            self.method = method;
            self.draft = typed;
        }
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let Some(event) = self.event(project) else { return text(fl!("feedback-no-events")).into() };
        let methods: Vec<Choice<FeedbackMethod>> = FeedbackMethod::ALL
            .iter()
            .map(|&m| Choice { value: m, label: feedback_method_name(m) })
            .collect();
        let method = Some(Choice { value: self.method, label: feedback_method_name(self.method) });
        let top =
            container(widget::choice(fl!("feedback-method"), methods, method, Message::Method)).width(320);
        let results = feedback::results(event);
        let mut left =
            column![self.questions_view(event, read_only)].spacing(16).width(Length::FillPortion(3));
        if let Some(notice) = &self.notice {
            left = left.push(text(notice.clone()).style(theme::muted_text));
        }
        left = match &self.import {
            Some(import) => left.push(import.view(project, event).map(Message::Import)),
            None => left
                .push(widget::secondary(fl!("feedback-import"), (!read_only).then_some(Message::OpenImport))),
        };
        let left = left
            .push(self.grid_view(project, event, read_only))
            .push(self.recent_view(project, event, read_only));
        let right =
            results_view(event, &results).push(self.written_view(&results)).width(Length::FillPortion(2));
        column![
            top,
            row![scrollable(left).spacing(6), scrollable(right).spacing(6)].spacing(20).height(Length::Fill)
        ]
        .spacing(12)
        .into()
    }

    fn questions_view<'a>(&'a self, event: &'a Event, read_only: bool) -> Element<'a, Message> {
        let title = text(fl!("feedback-questions")).size(18).font(crate::ui::FONT_BOLD_FACE);
        let Some(editing) = &self.questions else {
            let mut list = column![title].spacing(4);
            for (i, question) in event.feedback_questions.iter().enumerate() {
                list = list.push(text(format!("{}. {}", i + 1, question.text)));
            }
            let edit = widget::secondary(
                fl!("feedback-question-new"),
                (!read_only).then_some(Message::EditQuestions),
            );
            return list.push(edit).into();
        };
        let mut list = column![title].spacing(6);
        let last = editing.len().saturating_sub(1);
        let small = |label: String, on_press: Option<Message>| {
            button(text(label).size(13)).on_press_maybe(on_press).style(button::text)
        };
        for (i, question) in editing.iter().enumerate() {
            list = list.push(
                row![
                    text(format!("{}.", i + 1)),
                    widget::undoable(
                        text_input(&fl!("feedback-question-text"), &question.text)
                            .id(format!("feedback-question-{i}"))
                            .padding(6),
                        &question.text,
                        widget::capped(MAX_LINE_CHARS, move |v| Message::QuestionText(i, v)),
                    ),
                    small(fl!("action-move-up"), (i > 0).then_some(Message::MoveQuestion(i, true))),
                    small(fl!("action-move-down"), (i < last).then_some(Message::MoveQuestion(i, false))),
                    small(fl!("feedback-question-remove"), Some(Message::RemoveQuestion(i))),
                ]
                .spacing(6)
                .align_y(Alignment::Center),
            );
        }
        list.push(
            row![
                widget::secondary(fl!("feedback-question-new"), Some(Message::AddQuestion)),
                widget::primary(fl!("feedback-questions-save"), Some(Message::SaveQuestions)),
                widget::secondary(fl!("action-cancel"), Some(Message::CancelQuestions)),
            ]
            .spacing(8),
        )
        .into()
    }

    fn grid_view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let fields = fields(self.method, event.feedback_questions.len());
        let mut line = row![].spacing(6).align_y(Alignment::Start);
        for &field in &fields {
            let label = match field {
                Field::Target => fl!("feedback-target"),
                Field::Respondent => fl!("feedback-respondent"),
                Field::Rating(i) => format!("{}. {}", i + 1, event.feedback_questions[i].text),
                Field::Star(i) => format!("{} {}", fl!("feedback-star"), i + 1),
                Field::Wish => fl!("feedback-wish"),
                Field::Comment => fl!("feedback-comment"),
                Field::Coins => fl!("feedback-coins"),
                Field::Light => fl!("feedback-light"),
            };
            let error = self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.clone());
            let value = self.draft.value(field);
            // The label stands above the field in full; a placeholder would
            // only repeat it, cut to the width of a rating.
            let input = text_input("", value).id(field.id()).on_submit(Message::Submit(field)).padding(6);
            let input = if read_only {
                input.into()
            } else {
                widget::undoable(
                    input,
                    value,
                    widget::capped(MAX_TEXT_CHARS, move |v| Message::Input(field, v)),
                )
            };
            let width = match field {
                Field::Rating(_) | Field::Light | Field::Coins | Field::Target => Length::Fixed(90.0),
                _ => Length::FillPortion(2),
            };
            line = line.push(container(widget::labelled(label, input, error)).width(width).max_width(260));
        }
        let sessions = event
            .sessions
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {}", i + 1, s.title))
            .collect::<Vec<_>>()
            .join("   ");
        // Whom the typed name stands for, before the form is added.
        let who = match respondent(project, &self.draft.respondent) {
            Respondent::Nobody => None,
            Respondent::Person(person) => {
                Some(fl!("feedback-respondent-is", name = person.full_name.clone()))
            }
            Respondent::Guest(name) => Some(fl!("feedback-respondent-guest", name = name)),
            Respondent::Several(names) => Some(fl!("feedback-several-people", names = names.join(", "))),
        };
        let mut grid = column![
            text(fl!("feedback-grid-title")).size(18).font(crate::ui::FONT_BOLD_FACE),
            text(fl!("feedback-grid-keys", tab = "Tab", enter = "Enter")).size(13).style(theme::muted_text),
            line,
            row![
                iced::widget::checkbox(self.keep_target)
                    .label(fl!("feedback-keep-target"))
                    .on_toggle(Message::KeepTarget)
                    .text_size(13),
                text(who.unwrap_or_default()).size(13).font(crate::ui::FONT_BOLD_FACE),
            ]
            .spacing(16),
            row![
                widget::primary(fl!("feedback-add"), (!read_only).then_some(Message::Add)),
                text(self.failure.clone().unwrap_or_default()).style(theme::error_text),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(8);
        if matches!(fields.first(), Some(Field::Target)) && !event.sessions.is_empty() {
            grid = grid.push(
                text(format!("{}: {sessions}", fl!("feedback-sessions"))).size(12).style(theme::muted_text),
            );
        }
        grid.into()
    }

    /// The written answers, a page at a time, narrowed by a search: two
    /// hundred comments are read, not cut off.
    fn written_view<'a>(&self, results: &Results<'a>) -> Element<'a, Message> {
        if results.written.is_empty() {
            return column![].into();
        }
        let found: Vec<String> = results
            .written
            .iter()
            .map(|entry| written_words(entry))
            .filter(|words| names::mentions(&self.comment_search, words))
            .collect();
        let pages = found.len().div_ceil(WRITTEN_PAGE).max(1);
        let page = self.comment_page.min(pages - 1);
        let first = page * WRITTEN_PAGE;
        let mut view = column![
            text(fl!("feedback-written-title")).size(16).font(crate::ui::FONT_BOLD_FACE),
            text_input(&fl!("feedback-written-search"), &self.comment_search)
                .id(COMMENT_SEARCH)
                .on_input(Message::CommentSearch)
                .padding(6),
        ]
        .spacing(6);
        for words in found.iter().skip(first).take(WRITTEN_PAGE) {
            view = view.push(text(format!("— {words}")).size(13));
        }
        if found.is_empty() {
            view = view.push(text(fl!("list-empty")).size(13).style(theme::muted_text));
        } else {
            let (from, to, count) = (first + 1, (first + WRITTEN_PAGE).min(found.len()), found.len());
            let shown = fl!("feedback-written-shown", from = from, to = to, count = count);
            view = view.push(
                row![
                    button(text("←")).on_press_maybe(page.checked_sub(1).map(Message::CommentPage)),
                    text(shown).size(13),
                    button(text("→"))
                        .on_press_maybe((page + 1 < pages).then_some(Message::CommentPage(page + 1))),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            );
        }
        view.into()
    }

    fn recent_view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let mut list = column![text(fl!("feedback-recent")).size(15)].spacing(2);
        for entry in event.feedback.iter().rev().take(RECENT) {
            let who = match entry.respondent.and_then(|id| project.person(id)) {
                Some(person) => person.full_name.clone(),
                None if !entry.respondent_name.is_empty() => entry.respondent_name.clone(),
                None => fl!("feedback-anonymous"),
            };
            list = list.push(
                row![
                    text(format!(
                        "{} · {} · {}",
                        target_name(event, entry.target),
                        who,
                        describe(event, entry)
                    ))
                    .size(13)
                    .width(Length::Fill),
                    widget::tip(
                        button(text("×").size(13))
                            .on_press_maybe((!read_only).then_some(Message::Remove(entry.id)))
                            .style(button::text),
                        fl!("action-delete")
                    ),
                ]
                .align_y(Alignment::Center),
            );
        }
        list.into()
    }
}

/// One entry in a line: its ratings, coins, light and words.
fn describe(event: &Event, entry: &Feedback) -> String {
    let mut parts: Vec<String> = event
        .feedback_questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| entry.ratings.get(&q.key).map(|r| format!("{}:{r}", i + 1)))
        .collect();
    parts.extend(entry.coins.map(|c| format!("{} {c}", fl!("feedback-coins"))));
    parts.extend(entry.light.map(light_name));
    parts.extend(entry.stars.iter().cloned());
    parts.extend([entry.wish.clone(), entry.comment.clone()].into_iter().filter(|s| !s.is_empty()));
    parts.join(" · ")
}

const GREEN: Color = Color::from_rgb(0.20, 0.62, 0.32);
const YELLOW: Color = Color::from_rgb(0.93, 0.73, 0.15);
const RED: Color = Color::from_rgb(0.82, 0.22, 0.20);
const BAR: Color = Color::from_rgb(0.25, 0.45, 0.75);

fn results_view<'a>(event: &'a Event, results: &Results<'a>) -> iced::widget::Column<'a, Message> {
    let heading = |s: String| text(s).size(16).font(crate::ui::FONT_BOLD_FACE);
    let mut view = column![
        text(fl!("feedback-results")).size(20).font(crate::ui::FONT_BOLD_FACE),
        text(fl!("feedback-results-count", count = results.entries, anonymous = results.anonymous))
            .style(theme::muted_text),
    ]
    .spacing(8);
    for (i, question) in results.questions.iter().enumerate() {
        let most = question.counts.iter().copied().max().unwrap_or(0).max(1) as f32;
        let mean = question.mean.map_or_else(|| fl!("feedback-no-answers"), format_mean);
        let bars = (1..=MAX_RATING)
            .rev()
            .map(|rating| {
                let count = question.counts[usize::from(rating - 1)];
                bar_chart::Row {
                    label: rating.to_string(),
                    segments: vec![Segment::new(count as f32 / most, BAR)],
                    figures: count.to_string(),
                }
            })
            .collect();
        view = view.push(
            column![
                text(format!("{}. {}", i + 1, question.text)),
                text(format!(
                    "{}: {mean}   {}: {}",
                    fl!("feedback-mean"),
                    fl!("feedback-answers"),
                    question.answers
                ))
                .size(14),
                bar_chart::view(bars, BAR_WIDTH),
            ]
            .spacing(2),
        );
    }
    let with_coins: Vec<_> = results.tallies.iter().filter(|t| t.coins > 0).collect();
    if !with_coins.is_empty() {
        let most = with_coins.iter().map(|t| t.coins).max().unwrap_or(1) as f32;
        let bars = with_coins
            .iter()
            .map(|tally| bar_chart::Row {
                label: target_name(event, tally.target),
                segments: vec![Segment::new(tally.coins as f32 / most, YELLOW)],
                figures: tally.coins.to_string(),
            })
            .collect();
        view = view.push(heading(fl!("feedback-coins-title")));
        view = view.push(bar_chart::view_labelled_above(bars, BAR_WIDTH));
        view = view.push(text(format!("{}: {}", fl!("feedback-total"), results.coins())).size(14));
    }
    let with_lights: Vec<_> = results.tallies.iter().filter(|t| t.lights.total() > 0).collect();
    if !with_lights.is_empty() {
        let bars = with_lights
            .iter()
            .map(|tally| {
                let l = tally.lights;
                let total = l.total() as f32;
                bar_chart::Row {
                    label: target_name(event, tally.target),
                    segments: vec![
                        Segment::new(l.green as f32 / total, GREEN),
                        Segment::new(l.yellow as f32 / total, YELLOW),
                        Segment::new(l.red as f32 / total, RED),
                    ],
                    figures: format!("{} · {} · {}", l.green, l.yellow, l.red),
                }
            })
            .collect();
        view = view.push(heading(fl!("feedback-lights-title")));
        view = view.push(text(i18n::describe_lights(&results.lights())).size(13).style(theme::muted_text));
        view = view.push(bar_chart::view(bars, BAR_WIDTH));
    }
    view
}

/// The stars, wish and comment of a form, as one line.
fn written_words(entry: &Feedback) -> String {
    let mut words: Vec<&str> = entry.stars.iter().map(String::as_str).collect();
    words.extend([entry.wish.as_str(), entry.comment.as_str()].into_iter().filter(|s| !s.is_empty()));
    words.join(" · ")
}

//! Observations: the open lessons of every event, each with its summary
//! over all observers; from here a methodologist starts Observe mode or
//! looks at a teacher's history across the library.

use super::labels::Choice;
use super::project::Opened;
use super::{EditAction, observe, sheets};
use crate::domain::observation::{self, LessonSummary, TeacherHistory};
use crate::domain::{Edit, EventId, ItemEdit, PersonId, Project, Session, SessionId, TemplateId};
use crate::fl;
use crate::i18n;
use crate::store::library::other_observed_lessons;
use crate::ui::tasks::blocking;
use crate::ui::theme;
use crate::ui::widget::{self, ListItem, sparkline::Sparkline};
use iced::widget::{Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length, Task};

#[derive(Debug, Default)]
pub struct State {
    search: String,
    /// The project's current event, whose lessons are listed.
    event: Option<EventId>,
    selected: Option<(EventId, SessionId)>,
    summary: LessonSummary,
    observer: Option<PersonId>,
    template: Option<TemplateId>,
    observing: Option<observe::State>,
    history: Option<HistoryView>,
    sheets: Option<sheets::State>,
    failure: Option<String>,
}

#[derive(Debug)]
struct HistoryView {
    name: String,
    /// None while the library's projects are read.
    history: Option<TeacherHistory>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Select(EventId, SessionId),
    Observer(Choice<PersonId>),
    Template(Choice<TemplateId>),
    Observe,
    Observing(observe::Message),
    Key(observe::Key),
    History(String),
    HistoryLoaded(String, Box<TeacherHistory>),
    /// Gathering the history stopped on an error of ours.
    HistoryFailed,
    OpenSheets,
    Sheets(sheets::Message),
    Back,
}

impl State {
    /// `visible`: whether this section is on screen; keys pressed
    /// elsewhere must not change a sheet left open here.
    pub fn update(&mut self, opened: &Opened, message: Message, visible: bool) -> EditAction<Message> {
        let project = &*opened.project;
        match message {
            Message::Search(search) => self.search = search,
            Message::Select(event, session) => {
                self.selected = Some((event, session));
                self.history = None;
                self.failure = None;
                self.observer = project
                    .event(event)
                    .and_then(|e| e.sessions.iter().find(|s| s.id == session))
                    .and_then(|s| s.observers.first().copied());
                self.refresh(project);
            }
            Message::Observer(choice) => self.observer = Some(choice.value),
            Message::Template(choice) => self.template = Some(choice.value),
            Message::Observe => return self.observe(project),
            Message::Observing(message) => {
                if let Some(observing) = &mut self.observing {
                    return lift(observing.update(message));
                }
            }
            Message::Key(key) => {
                if let (true, Some(observing)) = (visible, &mut self.observing) {
                    return lift(observing.update(observe::Message::Key(key)));
                }
            }
            Message::History(name) => {
                self.history = Some(HistoryView { name: name.clone(), history: None });
                let current = opened.project.clone();
                let path = opened.path.clone();
                return EditAction::Task(Task::perform(
                    blocking(move || {
                        let mut lessons = observation::observed_lessons(&current);
                        lessons.extend(other_observed_lessons(&path, &name));
                        let history = observation::teacher_history_in(&lessons, &name);
                        Some((name, Box::new(history)))
                    }),
                    |found| match found {
                        Some((name, history)) => Message::HistoryLoaded(name, history),
                        None => Message::HistoryFailed,
                    },
                ));
            }
            Message::HistoryFailed => {
                self.history = None;
                self.failed(fl!("app-work-crashed", reason = "history"));
            }
            Message::HistoryLoaded(name, history) => {
                if let Some(view) = self.history.as_mut().filter(|v| v.name == name) {
                    view.history = Some(*history);
                }
            }
            Message::OpenSheets => self.sheets = Some(sheets::State::of(project)),
            Message::Sheets(message) => {
                if let Some(sheets) = &mut self.sheets {
                    return sheets.update(project, message).map(Message::Sheets);
                }
            }
            Message::Back => {
                if self.history.take().is_none() && self.sheets.take().is_none() {
                    self.observing = None;
                }
                self.refresh(project);
            }
        }
        EditAction::None
    }

    /// Opens the chosen observer's sheet of the selected lesson: the one
    /// she began, or a new one on the chosen sheet. A project without any
    /// sheet gets the default one, in the user's language.
    fn observe(&mut self, project: &Project) -> EditAction<Message> {
        self.failure = None;
        let Some((event_id, session_id)) = self.selected else { return EditAction::None };
        let Some(event) = project.event(event_id) else { return EditAction::None };
        let Some(session) = event.sessions.iter().find(|s| s.id == session_id) else {
            return EditAction::None;
        };
        let Some(observer) = self.observer.or_else(|| project.people.first().map(|p| p.id)) else {
            self.failure = Some(fl!("obs-no-people"));
            return EditAction::None;
        };
        let now = chrono::Local::now().naive_local();
        let begun = event.observations.iter().find(|o| o.session == session_id && o.observer == observer);
        if let Some(begun) = begun
            && let Some(template) = project.template(begun.template)
        {
            self.observing = Some(observe::State::new(event_id, session, template, begun.clone(), now));
            return EditAction::None;
        }
        let chosen = self.template.and_then(|id| project.latest_template(id));
        let (template, added) = match chosen.or_else(|| project.current_templates().next()) {
            Some(template) => (template.clone(), None),
            None => {
                let template = i18n::default_template();
                (template.clone(), Some(template))
            }
        };
        let sheet = observation::new_observation(session_id, observer, template.id, chrono::Utc::now());
        self.observing = Some(observe::State::new(event_id, session, &template, sheet, now));
        match added {
            Some(template) => EditAction::Edit(Edit::Template(Box::new(ItemEdit::Put(template)))),
            None => EditAction::None,
        }
    }

    fn refresh(&mut self, project: &Project) {
        self.summary = match self.selected {
            Some((event, session)) => project
                .event(event)
                .map(|e| observation::lesson_summary(project, e, session))
                .unwrap_or_default(),
            None => LessonSummary::default(),
        };
    }

    /// After an edit, undo or redo: show what the project now holds.
    pub fn reload(&mut self, project: &Project) {
        if let Some(observing) = &mut self.observing {
            observing.reload(project);
        }
        if let Some(sheets) = &mut self.sheets {
            sheets.reload(project);
        }
        if self.selected.is_some() {
            self.refresh(project);
        }
    }

    pub fn failed(&mut self, message: String) {
        match &mut self.sheets {
            Some(sheets) => sheets.failed(message),
            None => self.failure = Some(message),
        }
    }

    /// Lists the lessons of this event, the project's current one.
    pub fn set_event(&mut self, event: EventId) {
        if self.event != Some(event) {
            self.event = Some(event);
            if self.selected.is_some_and(|(e, _)| e != event) {
                self.selected = None;
                self.observing = None;
            }
        }
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let lesson = self.selected.and_then(|(event, session)| {
            project.event(event).and_then(|e| e.sessions.iter().find(|s| s.id == session))
        });
        // A history asked for from People is shown over an open sheet;
        // Back returns to the sheet.
        if let (Some(sheets), None) = (&self.sheets, &self.history) {
            return column![back(), sheets.view(project, read_only).map(Message::Sheets)].spacing(8).into();
        }
        if let (Some(observing), Some(session), None) = (&self.observing, lesson, &self.history) {
            return column![
                back(),
                lesson_heading(project, session),
                observing.view(project, read_only).map(Message::Observing),
            ]
            .spacing(8)
            .into();
        }
        let current = self.event;
        let items =
            project.events.iter().filter(move |e| current.is_none_or(|id| e.id == id)).flat_map(|event| {
                observation::observable_sessions(event)
                    .filter(|s| {
                        let lesson = s.lesson.as_ref();
                        let topic = lesson.map_or("", |l| l.topic.as_str());
                        let subject = lesson.map_or("", |l| l.subject.as_str());
                        widget::matches(&self.search, &[&s.title, topic, subject, &teacher_names(project, s)])
                    })
                    .map(move |s| ListItem {
                        title: s.title.clone(),
                        subtitle: format!(
                            "{} · {} · {}",
                            i18n::format_date_short(s.day),
                            teacher_names(project, s),
                            fl!(
                                "obs-count",
                                count = event.observations.iter().filter(|o| o.session == s.id).count()
                            )
                        ),
                        selected: self.selected == Some((event.id, s.id)),
                        on_press: Message::Select(event.id, s.id),
                    })
            });
        let list = widget::searchable_list(
            &self.search,
            Message::Search,
            items,
            fl!("obs-start"),
            (!read_only && lesson.is_some()).then_some(Message::Observe),
        );
        let detail = match (&self.history, lesson) {
            (Some(history), _) => history_view(history),
            (None, Some(session)) => self.lesson_view(project, session),
            (None, None) => {
                let any = project.events.iter().any(|e| observation::observable_sessions(e).next().is_some());
                column![text(if any { fl!("obs-hint") } else { fl!("obs-no-lessons") }), sheets_button()]
                    .spacing(12)
                    .into()
            }
        };
        widget::list_and_detail(list, detail)
    }

    fn lesson_view<'a>(&'a self, project: &'a Project, session: &'a Session) -> Element<'a, Message> {
        let mut observers: Vec<Choice<PersonId>> = session
            .observers
            .iter()
            .filter_map(|id| project.person(*id))
            .chain(project.people.iter().filter(|p| !session.observers.contains(&p.id)))
            .map(|p| Choice { value: p.id, label: p.full_name.clone() })
            .collect();
        observers.dedup_by_key(|c| c.value);
        let observer = observers.iter().find(|c| Some(c.value) == self.observer).cloned();
        let templates: Vec<Choice<TemplateId>> = project
            .current_templates()
            .map(|t| Choice {
                value: t.id,
                label: format!("{} ({})", t.name, fl!("obs-template-version", version = t.version)),
            })
            .collect();
        let template =
            templates.iter().find(|c| Some(c.value) == self.template).or(templates.first()).cloned();

        let mut links = row![].spacing(8);
        for teacher in session.lesson.iter().flat_map(|l| &l.teachers).filter_map(|id| project.person(*id)) {
            links = links.push(widget::secondary(
                format!("{}: {}", fl!("obs-history"), teacher.full_name),
                Some(Message::History(teacher.full_name.clone())),
            ));
        }
        let mut content = column![
            lesson_heading(project, session),
            links.push(sheets_button()).wrap().vertical_spacing(8),
            row![
                widget::choice(fl!("obs-observer"), observers, observer, Message::Observer),
                widget::choice(fl!("obs-sheet"), templates, template, Message::Template),
            ]
            .spacing(12),
        ]
        .spacing(12)
        .padding([0, 16]);
        if let Some(failure) = &self.failure {
            content = content.push(text(failure).style(theme::error_text));
        }
        content = content.push(text(fl!("obs-summary")).size(18).font(crate::ui::FONT_BOLD_FACE));
        if self.summary.observers.is_empty() {
            content = content.push(text(fl!("obs-none-yet")).style(theme::muted_text));
        } else {
            content = content.push(summary_table(project, &self.summary));
            content = content.push(text(fl!("obs-notes")).size(18).font(crate::ui::FONT_BOLD_FACE));
            for note in &self.summary.notes {
                content = content.push(
                    row![
                        text(observe::clock(note.at)).style(theme::muted_text).width(56),
                        text(surname(project, note.observer)).style(theme::muted_text).width(120),
                        text(&note.text).width(Length::Fill),
                    ]
                    .spacing(8),
                );
            }
        }
        content.into()
    }
}

fn lift(action: EditAction<observe::Message>) -> EditAction<Message> {
    action.map(Message::Observing)
}

fn sheets_button<'a>() -> Element<'a, Message> {
    widget::secondary(fl!("obs-templates"), Some(Message::OpenSheets))
}

fn back<'a>() -> Element<'a, Message> {
    button(text(format!("← {}", fl!("obs-back")))).on_press(Message::Back).style(button::text).into()
}

fn lesson_heading<'a>(project: &'a Project, session: &'a Session) -> Element<'a, Message> {
    let mut heading = column![text(&session.title).size(20).font(crate::ui::FONT_BOLD_FACE)].spacing(2);
    if let Some(lesson) = &session.lesson {
        heading = heading
            .push(text(fl!(
                "obs-lesson",
                subject = lesson.subject.clone(),
                grade = lesson.grade,
                topic = lesson.topic.clone()
            )))
            .push(text(fl!("obs-teachers", names = teacher_names(project, session))));
    }
    heading
        .push(
            text(format!(
                "{} {}–{}",
                i18n::format_date_short(session.day),
                session.start.format("%H:%M"),
                session.end.format("%H:%M")
            ))
            .style(theme::muted_text),
        )
        .into()
}

fn teacher_names(project: &Project, session: &Session) -> String {
    let teachers = session.lesson.iter().flat_map(|l| &l.teachers);
    teachers.filter_map(|id| project.person(*id)).map(|p| p.full_name.as_str()).collect::<Vec<_>>().join(", ")
}

/// The surname heads a column where the full name would not fit.
fn surname(project: &Project, person: PersonId) -> String {
    let name = project.person(person).map(|p| p.full_name.as_str()).unwrap_or("");
    name.split_whitespace().next().unwrap_or(name).to_owned()
}

const LEVEL_COLUMN: f32 = 84.0;
/// The criterion names keep this width at any window size: they are what
/// the table is read by.
const CRITERION_COLUMN: f32 = 220.0;
/// Every row is this high in all three parts of the table, so that they
/// line up: two lines of a criterion's name.
const SUMMARY_ROW: f32 = 44.0;

/// Criterion · mean · one column per observer. The names and the means
/// stay in place; the observers' columns scroll sideways when there are
/// more than the panel holds.
fn summary_table<'a>(project: &'a Project, summary: &'a LessonSummary) -> Element<'a, Message> {
    let cell = |content: Element<'a, Message>, width: f32| {
        container(content).width(width).height(SUMMARY_ROW).align_y(Alignment::Center).clip(true)
    };
    let heading = |label: String| text(label).size(13).style(theme::muted_text);
    let mut names = column![cell(heading(fl!("obs-criterion")).into(), CRITERION_COLUMN)];
    let mut means = column![cell(heading(fl!("obs-mean")).into(), LEVEL_COLUMN)];
    let mut observers = row![].spacing(4);
    for (index, observer) in summary.observers.iter().enumerate() {
        let full = project.person(*observer).map(|p| p.full_name.clone()).unwrap_or_default();
        let mut levels = column![cell(widget::tip(heading(surname(project, *observer)), full), LEVEL_COLUMN)];
        for summary_row in &summary.rows {
            let level = summary_row.levels.get(index).copied().flatten();
            levels =
                levels.push(cell(text(level.map_or("—".to_owned(), |l| l.to_string())).into(), LEVEL_COLUMN));
        }
        observers = observers.push(levels);
    }
    for summary_row in &summary.rows {
        let name = widget::tip(text(&summary_row.title).size(14), summary_row.title.clone());
        names = names.push(cell(name, CRITERION_COLUMN));
        let mean = summary_row.mean.map_or("—".to_owned(), i18n::format_level_mean);
        means = means.push(cell(text(mean).font(crate::ui::FONT_BOLD_FACE).into(), LEVEL_COLUMN));
    }
    let sideways = scrollable(observers)
        .direction(scrollable::Direction::Horizontal(scrollable::Scrollbar::new().spacing(4)))
        .width(Length::Fill);
    row![names, means, sideways].spacing(8).into()
}

/// Longest history drawn at once; the charts still show every entry.
const HISTORY_ROWS: usize = widget::LIST_LIMIT;

fn history_view(view: &HistoryView) -> Element<'_, Message> {
    let mut content = column![back(), text(fl!("obs-history-title", name = view.name.clone())).size(20)]
        .spacing(10)
        .padding([0, 16]);
    let Some(history) = &view.history else {
        return content.push(text(fl!("obs-history-loading")).style(theme::muted_text)).into();
    };
    if history.entries.is_empty() {
        return content.push(text(fl!("obs-history-empty")).style(theme::muted_text)).into();
    }
    for (key, title) in &history.criteria {
        let last = history.entries.iter().rev().find_map(|e| e.levels.get(key).map(|l| l.to_string()));
        // The name above its line: a narrow panel keeps both readable.
        content = content.push(
            column![
                text(title).size(14),
                row![
                    container(Sparkline::view(history.series(key), Length::Fill, 36.0)).max_width(360),
                    text(last.unwrap_or_default()).width(32),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            ]
            .spacing(2),
        );
    }
    content = content.push(Space::new().height(8));
    let shown = history.entries.len().saturating_sub(HISTORY_ROWS);
    for entry in &history.entries[shown..] {
        let levels: Vec<String> = history
            .criteria
            .iter()
            .map(|(key, _)| entry.levels.get(key).map_or("—".into(), u8::to_string))
            .collect();
        content = content.push(
            column![
                row![
                    text(i18n::format_date_short(entry.day)).font(crate::ui::FONT_BOLD_FACE),
                    text(format!("{} · {}", entry.project, entry.event)).style(theme::muted_text),
                ]
                .spacing(8),
                text(fl!(
                    "obs-lesson",
                    subject = entry.subject.clone(),
                    grade = entry.grade,
                    topic = entry.topic.clone()
                )),
                text(format!("{}: {} · {}", fl!("obs-observer"), entry.observer, levels.join(" "))).size(13),
            ]
            .spacing(2),
        );
    }
    scrollable(content).height(Length::Fill).into()
}

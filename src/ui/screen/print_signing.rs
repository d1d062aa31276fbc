//! What a certificate, a letter or a diploma says and who signs it: the
//! issue date, one or two signatories, and the wording of each kind in the
//! document's language. The signatories and the wording are the project's
//! choices (saved, undoable); the date is for this printing only.

use super::EditAction;
use super::labels::Choice;
use crate::domain::rules::{self, FieldError};
use crate::domain::wording::{Place, WordingKind};
use crate::domain::{DocumentSettings, Edit, Orientation, Project, Signatory, SignatoryId};
use crate::fl;
use crate::i18n::{self, Language, describe_field_error, document_loader};
use crate::print::{Document, MAX_SIGNATORIES, chosen_signatories, document_orientation};
use crate::ui::{theme, widget};
use chrono::NaiveDate;
use iced::widget::{column, row, text};
use iced::{Alignment, Element};
use std::collections::HashMap;

pub const DATE_FIELD: &str = "print-date";

/// The field of a letter's thanks, under the field of its greeting.
pub const LETTER_BODY_FIELD: &str = "print-wording-letter-body";

/// The id of the field of `kind`'s wording (of a letter's greeting).
pub fn wording_field(kind: WordingKind) -> &'static str {
    match kind {
        WordingKind::Participation => "print-wording-participation",
        WordingKind::OpenLesson => "print-wording-open-lesson",
        WordingKind::MasterClass => "print-wording-master-class",
        WordingKind::Letter => "print-wording-letter",
        WordingKind::Nomination => "print-wording-nomination",
    }
}

#[derive(Debug, Default)]
pub struct State {
    /// The issue date as typed; empty for the event's last day.
    date: String,
    /// Whether the wordings are shown for editing.
    open: bool,
    /// Each wording shown, by kind and language: as typed, and as the
    /// project had it when the field was filled.
    texts: HashMap<(WordingKind, Language), (String, String)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Date(String),
    /// The `index`-th signatory of the document (0 or 1), or nobody.
    Signatory(usize, Choice<Option<SignatoryId>>),
    Orientation(Choice<Orientation>),
    Toggle,
    /// A wording's text, or for a letter its greeting (part 0) or its
    /// thanks (part 1), as typed.
    Wording(WordingKind, usize, String),
    SaveWording(WordingKind),
    DefaultWording(WordingKind),
}

/// The wordings a document prints.
pub fn wordings_of(document: Document) -> &'static [WordingKind] {
    match document {
        Document::Certificates => {
            &[WordingKind::Participation, WordingKind::OpenLesson, WordingKind::MasterClass]
        }
        Document::Letters => &[WordingKind::Letter],
        Document::Diplomas => &[WordingKind::Nomination],
        _ => &[],
    }
}

impl State {
    /// The issue date typed, `Ok(None)` when left for the default.
    pub fn date(&self) -> Result<Option<NaiveDate>, FieldError> {
        if self.date.trim().is_empty() { Ok(None) } else { rules::parse_date(&self.date).map(Some) }
    }

    /// Fills the fields of `document`'s wordings from the project: after an
    /// edit, undo or redo, a field not typed in shows the project's words;
    /// one being typed in keeps its text.
    pub fn reload(&mut self, project: &Project, document: Document, language: Language) {
        for kind in wordings_of(document) {
            let current = effective_wording(project, *kind, language);
            match self.texts.get_mut(&(*kind, language)) {
                Some((typed, base)) if typed == base => {
                    *typed = current.clone();
                    *base = current;
                }
                Some((_, base)) => *base = current,
                None => {
                    self.texts.insert((*kind, language), (current.clone(), current));
                }
            }
        }
    }

    pub fn update(
        &mut self,
        project: &Project,
        document: Document,
        language: Language,
        message: Message,
    ) -> EditAction<Message> {
        let settings = || project.documents.get(document.code()).cloned().unwrap_or_default();
        let edit = |code: &str, settings: DocumentSettings| {
            EditAction::Edit(Edit::Document { code: code.to_owned(), settings: Box::new(settings) })
        };
        match message {
            Message::Date(date) => self.date = date,
            Message::Signatory(index, choice) => {
                let mut settings = settings();
                let mut chosen = settings.signatories.clone();
                chosen.truncate(index);
                chosen.extend(choice.value);
                // The second is kept when the first changes.
                if index == 0
                    && let Some(second) = settings.signatories.get(1).copied()
                    && !chosen.contains(&second)
                {
                    chosen.push(second);
                }
                chosen.dedup();
                chosen.truncate(MAX_SIGNATORIES);
                settings.signatories = chosen;
                return edit(document.code(), settings);
            }
            Message::Orientation(choice) => {
                let mut settings = settings();
                settings.orientation = Some(choice.value);
                return edit(document.code(), settings);
            }
            Message::Toggle => self.open = !self.open,
            Message::Wording(kind, part, text) => {
                if let Some((typed, _)) = self.texts.get_mut(&(kind, language)) {
                    *typed = if kind == WordingKind::Letter {
                        let (greeting, body) = typed.split_once('\n').unwrap_or((typed.as_str(), ""));
                        if part == 0 { format!("{text}\n{body}") } else { format!("{greeting}\n{text}") }
                    } else {
                        text
                    };
                }
            }
            Message::SaveWording(kind) => {
                let Some((text, _)) = self.texts.remove(&(kind, language)) else { return EditAction::None };
                let default = i18n::default_wording_in(document_loader(language), kind);
                let mut settings = project.documents.get(kind.document_code()).cloned().unwrap_or_default();
                let languages = settings.wording.entry(kind.code().to_owned()).or_default();
                // The language's own words are not copied into the file: a
                // better default in a later version then reaches this project.
                if text.trim().is_empty() || text.trim() == default.trim() {
                    languages.remove(language.code());
                } else {
                    languages.insert(language.code().to_owned(), text.trim().to_owned());
                }
                if languages.is_empty() {
                    settings.wording.remove(kind.code());
                }
                return edit(kind.document_code(), settings);
            }
            Message::DefaultWording(kind) => {
                self.texts.remove(&(kind, language));
                let mut settings = project.documents.get(kind.document_code()).cloned().unwrap_or_default();
                if let Some(languages) = settings.wording.get_mut(kind.code()) {
                    languages.remove(language.code());
                    if languages.is_empty() {
                        settings.wording.remove(kind.code());
                    }
                    return edit(kind.document_code(), settings);
                }
            }
        }
        EditAction::None
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        document: Document,
        language: Language,
        default_date: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let date_error = self.date().err().map(describe_field_error);
        let mut content = column![widget::field(
            DATE_FIELD,
            // A programme's or course's documents are dated by its own last day.
            match document.subject_kind() {
                Some(_) =>
                    fl!("print-issue-date-subject", date = default_date.format("%d.%m.%Y").to_string()),
                None => fl!("print-issue-date", date = default_date.format("%d.%m.%Y").to_string()),
            },
            &self.date,
            date_error,
            Message::Date,
        )]
        .spacing(10);
        content = content.push(self.signatories_view(project, document, read_only));
        content = content.push(orientation_view(project, document, read_only));
        let wordings = wordings_of(document);
        if wordings.is_empty() {
            return content.into();
        }
        let toggle = if self.open { fl!("print-wording-hide") } else { fl!("print-wording-show") };
        content = content.push(widget::secondary(toggle, Some(Message::Toggle)));
        if self.open {
            for kind in wordings {
                content = content.push(self.wording_view(project, *kind, language, read_only));
            }
        }
        content.into()
    }

    /// The programme's approval block: who approves it, or nobody (then
    /// it prints no block).
    pub fn approval_view<'a>(&self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        if project.signatories.is_empty() {
            return column![].into();
        }
        let (nobody, choices) = signatory_choices(project);
        let current = chosen_signatories(project, Document::Programme)
            .first()
            .map(|s| signatory_choice(s))
            .unwrap_or(nobody);
        if read_only {
            return widget::labelled(fl!("print-signatory-approves"), text(current.label).into(), None);
        }
        widget::choice(fl!("print-signatory-approves"), choices, Some(current), |c| Message::Signatory(0, c))
    }

    fn signatories_view<'a>(
        &self,
        project: &'a Project,
        document: Document,
        read_only: bool,
    ) -> Element<'a, Message> {
        if project.signatories.is_empty() {
            return text(fl!("print-no-signatories")).size(13).style(theme::muted_text).into();
        }
        let (nobody, choices) = signatory_choices(project);
        // Who will sign as printed: the chosen, or the project's first.
        let mut chosen = chosen_signatories(project, document);
        if chosen.is_empty() {
            chosen.extend(project.signatories.first());
        }
        let current =
            |index: usize| chosen.get(index).map(|s| signatory_choice(s)).unwrap_or_else(|| nobody.clone());
        let pick = |index: usize, label: String| -> Element<'a, Message> {
            if read_only {
                widget::labelled(label, text(current(index).label).into(), None)
            } else {
                widget::choice(label, choices.clone(), Some(current(index)), move |c| {
                    Message::Signatory(index, c)
                })
            }
        };
        row![pick(0, fl!("print-signatory-first")), pick(1, fl!("print-signatory-second"))].spacing(12).into()
    }

    fn wording_view<'a>(
        &'a self,
        project: &'a Project,
        kind: WordingKind,
        language: Language,
        read_only: bool,
    ) -> Element<'a, Message> {
        let Some((value, base)) = self.texts.get(&(kind, language)) else { return column![].into() };
        let own = project.wording(kind, language.code()).is_some();
        let typed = value != base;
        let places = kind.places().iter().map(|p| format!("{{{}}} — {}", p.code(), place_name(*p)));
        let mut legend = column![].spacing(1);
        for place in places {
            legend = legend.push(text(place).size(12).style(theme::muted_text));
        }
        let label = fl!("print-wording-of", kind = wording_name(kind), language = language.endonym());
        // A letter's greeting and its thanks are two lines of the wording,
        // typed in two fields: a one-line field cannot take a line break.
        let fields: Element<'a, Message> = if kind == WordingKind::Letter {
            let (greeting, body) = value.split_once('\n').unwrap_or((value.as_str(), ""));
            column![
                widget::field(wording_field(kind), label, greeting, None, move |t| Message::Wording(
                    kind, 0, t
                )),
                widget::long_field(LETTER_BODY_FIELD, fl!("print-wording-thanks"), body, None, move |t| {
                    Message::Wording(kind, 1, t)
                }),
            ]
            .spacing(6)
            .into()
        } else {
            widget::long_field(wording_field(kind), label, value, None, move |t| Message::Wording(kind, 0, t))
        };
        column![
            fields,
            legend,
            row![
                widget::primary(
                    fl!("print-wording-save"),
                    (typed && !read_only).then_some(Message::SaveWording(kind))
                ),
                widget::secondary(
                    fl!("print-wording-default"),
                    ((own || typed) && !read_only).then_some(Message::DefaultWording(kind))
                ),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(6)
        .into()
    }
}

fn orientation_name(orientation: Orientation) -> String {
    match orientation {
        Orientation::Portrait => fl!("print-orientation-portrait"),
        Orientation::Landscape => fl!("print-orientation-landscape"),
    }
}

fn orientation_view<'a>(project: &Project, document: Document, read_only: bool) -> Element<'a, Message> {
    let current = document_orientation(project, document);
    let choice = |o: Orientation| Choice { value: o, label: orientation_name(o) };
    if read_only {
        return widget::labelled(fl!("print-orientation"), text(orientation_name(current)).into(), None);
    }
    widget::choice(
        fl!("print-orientation"),
        vec![choice(Orientation::Portrait), choice(Orientation::Landscape)],
        Some(choice(current)),
        Message::Orientation,
    )
}

/// The words of `kind` as the project prints them in `language`.
fn effective_wording(project: &Project, kind: WordingKind, language: Language) -> String {
    project
        .wording(kind, language.code())
        .map(str::to_owned)
        .unwrap_or_else(|| i18n::default_wording_in(document_loader(language), kind))
}

/// «Nobody», and the choice of each of the project's signatories.
fn signatory_choices(project: &Project) -> (Choice<Option<SignatoryId>>, Vec<Choice<Option<SignatoryId>>>) {
    let nobody = Choice { value: None, label: fl!("print-signatory-none") };
    let choices =
        std::iter::once(nobody.clone()).chain(project.signatories.iter().map(signatory_choice)).collect();
    (nobody, choices)
}

fn signatory_choice(signatory: &Signatory) -> Choice<Option<SignatoryId>> {
    Choice { value: Some(signatory.id), label: signatory_label(signatory) }
}

fn signatory_label(signatory: &Signatory) -> String {
    if signatory.position.is_empty() {
        signatory.name.clone()
    } else {
        format!("{} ({})", signatory.name, signatory.position)
    }
}

fn wording_name(kind: WordingKind) -> String {
    match kind {
        WordingKind::Participation => fl!("wording-name-participation"),
        WordingKind::OpenLesson => fl!("wording-name-open-lesson"),
        WordingKind::MasterClass => fl!("wording-name-master-class"),
        WordingKind::Letter => fl!("wording-name-letter"),
        WordingKind::Nomination => fl!("wording-name-nomination"),
    }
}

fn place_name(place: Place) -> String {
    match place {
        Place::Event => fl!("wording-place-event"),
        Place::Kind => fl!("wording-place-kind"),
        Place::Theme => fl!("wording-place-theme"),
        Place::Topic => fl!("wording-place-topic"),
        Place::Lesson => fl!("wording-place-lesson"),
        Place::Session => fl!("wording-place-session"),
        Place::Addressed => fl!("wording-place-addressed"),
        Place::Dear => fl!("wording-place-dear"),
        Place::Deed => fl!("wording-place-deed"),
        Place::Nomination => fl!("wording-place-nomination"),
    }
}

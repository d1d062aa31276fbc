//! Awards: the event's register of issued numbers (certificates, letters,
//! diplomas), searchable; nominations recorded with their number; a number
//! cancelled or brought back; the register printed or saved for Excel.
//!
//! Certificates and letters are numbered when they are printed (Print);
//! here they are looked after.

use super::EditAction;
use super::awards_batch;
use crate::domain::awards::{AwardsEdit, register};
use crate::domain::collate::alphabetical_key;
use crate::domain::rules;
use crate::domain::{Award, AwardId, AwardKind, AwardStatus, Edit, Event, PersonId, Project};
use crate::fl;
use crate::i18n::{self, describe_field_error};
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget::{self, ListItem, person_picker};
use iced::widget::{column, container, pick_list, row, text};
use iced::{Alignment, Element, Length};

pub const NOMINATION_FIELD: &str = "award-nomination";
pub const NUMBER_FIELD: &str = "award-number";
pub const PERSON_FIELD: &str = "award-person";

#[derive(Debug, Default)]
pub struct State {
    search: String,
    order: RegisterOrder,
    selected: Option<AwardId>,
    form: Option<Form>,
    /// Numbers being issued to several people at once.
    batch: Option<awards_batch::State>,
    notice: Option<(NoticeKind, String)>,
}

/// A nomination being recorded or corrected.
#[derive(Debug, Clone)]
struct Form {
    /// The nomination corrected; `None` for a new one.
    award: Option<Award>,
    person: Option<PersonId>,
    picker: person_picker::PersonPicker,
    title: String,
    reason: String,
    number: String,
    person_error: Option<String>,
    title_error: Option<String>,
    number_error: Option<String>,
}

/// How the register is listed: by number as it is kept, or by name or
/// document when one is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RegisterOrder {
    #[default]
    Number,
    Name,
    Kind,
}

impl std::fmt::Display for RegisterOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            RegisterOrder::Number => fl!("awards-order-number"),
            RegisterOrder::Name => fl!("awards-order-name"),
            RegisterOrder::Kind => fl!("awards-order-kind"),
        })
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Order(RegisterOrder),
    Select(AwardId),
    NewNomination,
    /// Certificates or letters for several people.
    IssueSeveral,
    Batch(awards_batch::Message),
    Correct(AwardId),
    Picker(person_picker::Message),
    Title(String),
    Reason(String),
    Number(String),
    Save,
    CloseForm,
    Cancel(AwardId),
    Restore(AwardId),
    /// Print this award's document again, with its number (the project
    /// screen opens Print).
    PrintAgain(AwardId),
    /// The register as a document (the project screen opens Print).
    PrintRegister,
    /// The register for Excel (the project screen opens Export).
    Export,
    DismissNotice,
}

impl State {
    pub fn failed(&mut self, message: String) {
        self.notice = Some((NoticeKind::Error, message));
    }

    /// After an edit, undo or redo: a selection that is gone is let go.
    pub fn reload(&mut self, project: &Project) {
        if self.selected.is_some_and(|id| !project.awards.iter().any(|a| a.id == id)) {
            self.selected = None;
        }
    }

    pub fn update(&mut self, project: &Project, event: &Event, message: Message) -> EditAction<Message> {
        match message {
            Message::Search(search) => self.search = search,
            Message::Order(order) => self.order = order,
            Message::Select(id) => {
                self.selected = Some(id);
                self.form = None;
                self.batch = None;
            }
            Message::IssueSeveral => {
                self.batch = Some(awards_batch::State::default());
                self.form = None;
                self.selected = None;
            }
            Message::Batch(message) => {
                let Some(batch) = &mut self.batch else { return EditAction::None };
                match batch.update(project, event, message) {
                    awards_batch::Outcome::None => {}
                    awards_batch::Outcome::Close => self.batch = None,
                    awards_batch::Outcome::Refused(why) => self.notice = Some((NoticeKind::Error, why)),
                    awards_batch::Outcome::Issue(awards) => {
                        let numbers: Vec<&str> = awards.iter().map(|a| a.number.as_str()).collect();
                        let (first, last) = (numbers.first().copied(), numbers.last().copied());
                        self.notice = Some((
                            NoticeKind::Info,
                            fl!(
                                "awards-batch-issued",
                                count = awards.len(),
                                first = first.unwrap_or_default(),
                                last = last.unwrap_or_default()
                            ),
                        ));
                        self.batch = None;
                        return EditAction::Edit(Edit::Awards(Box::new(AwardsEdit::Issue(awards))));
                    }
                }
            }
            Message::NewNomination => {
                let number = crate::print::default_series(project, event)
                    .next_free(project, 1)
                    .pop()
                    .unwrap_or_default();
                self.form = Some(Form::new(None, number));
                self.batch = None;
                self.selected = None;
                return EditAction::Task(iced::widget::operation::focus(PERSON_FIELD));
            }
            Message::Correct(id) => {
                if let Some(award) = project.awards.iter().find(|a| a.id == id) {
                    let mut form = Form::new(Some(award.clone()), award.number.clone());
                    form.person = Some(award.person);
                    form.title = award.title.clone();
                    form.reason = award.reason.clone();
                    self.form = Some(form);
                    return EditAction::Task(iced::widget::operation::focus(NOMINATION_FIELD));
                }
            }
            Message::Picker(message) => {
                if let Some(form) = &mut self.form {
                    let offer = person_picker::Offer { project, excluded: &[], allow_new: false };
                    if let person_picker::Outcome::Picked(id) = form.picker.update(&offer, message) {
                        form.person = Some(id);
                        form.person_error = None;
                        return EditAction::Task(iced::widget::operation::focus(NOMINATION_FIELD));
                    }
                }
            }
            Message::Title(title) => {
                if let Some(form) = &mut self.form {
                    form.title = title;
                    form.title_error = None;
                }
            }
            Message::Reason(reason) => {
                if let Some(form) = &mut self.form {
                    form.reason = reason;
                }
            }
            Message::Number(number) => {
                if let Some(form) = &mut self.form {
                    form.number = number;
                    form.number_error = None;
                }
            }
            Message::Save => {
                if let Some(form) = &mut self.form
                    && let Some(award) = form.checked(project, event)
                {
                    let edit = if form.award.is_some() {
                        AwardsEdit::Put(award.clone())
                    } else {
                        AwardsEdit::Issue(vec![award.clone()])
                    };
                    self.form = None;
                    self.selected = Some(award.id);
                    return EditAction::Edit(Edit::Awards(Box::new(edit)));
                }
            }
            Message::CloseForm => self.form = None,
            Message::Cancel(id) | Message::Restore(id) => {
                let status = if matches!(message, Message::Cancel(_)) {
                    AwardStatus::Cancelled
                } else {
                    AwardStatus::Issued
                };
                if let Some(award) = project.awards.iter().find(|a| a.id == id) {
                    let award = Award { status, ..award.clone() };
                    return EditAction::Edit(Edit::Awards(Box::new(AwardsEdit::Put(award))));
                }
            }
            // The project screen takes these to Print.
            Message::PrintAgain(_) | Message::PrintRegister | Message::Export => {}
            Message::DismissNotice => self.notice = None,
        }
        EditAction::None
    }

    /// The register as the list shows it: what the search finds, in the
    /// order chosen.
    fn listed<'a>(&self, project: &'a Project, event: &Event) -> Vec<&'a Award> {
        let name_of = |a: &Award| project.person(a.person).map_or("", |p| p.full_name.as_str());
        let mut awards: Vec<&Award> = register(project, event.id)
            .into_iter()
            .filter(|a| widget::matches(&self.search, &[&a.number, name_of(a), &a.title, &a.reason]))
            .collect();
        // Stable sorts: within a name or a document, numbers stay in order.
        match self.order {
            RegisterOrder::Number => {}
            RegisterOrder::Name => {
                awards.sort_by_cached_key(|a| alphabetical_key(name_of(a)).collect::<Vec<_>>())
            }
            RegisterOrder::Kind => awards.sort_by_key(|a| a.kind as u8),
        }
        awards
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let awards = self.listed(project, event);
        let items = awards.into_iter().map(|award| {
            let name = project.person(award.person).map_or("", |p| p.full_name.as_str());
            let mut subtitle = format!("{} · {}", award_kind_label(award.kind), award.title);
            if award.status == AwardStatus::Cancelled {
                subtitle = format!("{} · {subtitle}", fl!("awards-cancelled"));
            }
            ListItem {
                title: format!("{} · {name}", award.number),
                subtitle: rules::at_most(&subtitle, 90).to_owned(),
                selected: self.selected == Some(award.id),
                on_press: Message::Select(award.id),
            }
        });
        let list = widget::searchable_list(
            &self.search,
            Message::Search,
            items,
            fl!("awards-new-nomination"),
            (!read_only).then_some(Message::NewNomination),
        );
        let selected = self.selected.and_then(|id| project.awards.iter().find(|a| a.id == id));
        let detail = match (&self.form, &self.batch, selected) {
            (Some(form), _, _) => form.view(project),
            (None, Some(batch), _) => batch.view(project, event, read_only).map(Message::Batch),
            (None, None, Some(award)) => award_view(project, award, read_only),
            (None, None, None) => text(fl!("awards-hint")).into(),
        };
        let mut page = column![widget::header(
            fl!("nav-awards"),
            vec![
                pick_list(
                    [RegisterOrder::Number, RegisterOrder::Name, RegisterOrder::Kind],
                    Some(self.order),
                    Message::Order
                )
                .padding(6)
                .into(),
                widget::secondary(fl!("awards-issue-several"), (!read_only).then_some(Message::IssueSeveral)),
                widget::secondary(fl!("awards-print-register"), Some(Message::PrintRegister)),
                widget::secondary(fl!("awards-export", format = "Excel"), Some(Message::Export)),
            ],
        )]
        .spacing(10);
        if let Some((kind, message)) = &self.notice {
            page = page.push(widget::notice(
                *kind,
                message.clone(),
                vec![(fl!("action-dismiss"), Message::DismissNotice)],
            ));
        }
        page.push(widget::list_and_detail(list, detail)).into()
    }
}

impl Form {
    fn new(award: Option<Award>, number: String) -> Form {
        Form {
            award,
            person: None,
            picker: person_picker::PersonPicker::new(PERSON_FIELD),
            title: String::new(),
            reason: String::new(),
            number,
            person_error: None,
            title_error: None,
            number_error: None,
        }
    }

    /// The nomination as typed, or `None` with each wrong field told why.
    fn checked(&mut self, project: &Project, event: &Event) -> Option<Award> {
        let id = self.award.as_ref().map(|a| a.id);
        self.person_error = self.person.is_none().then(|| fl!("awards-error-person"));
        let title =
            rules::required(&self.title).map_err(|e| self.title_error = Some(describe_field_error(e))).ok();
        let number = match rules::required(&self.number) {
            Ok(number) if project.awards.iter().any(|a| Some(a.id) != id && a.number == number) => {
                self.number_error = Some(fl!("print-number-taken", number = number.as_str()));
                None
            }
            Ok(number) => Some(number),
            Err(error) => {
                self.number_error = Some(describe_field_error(error));
                None
            }
        };
        let (person, title, number) = (self.person?, title?, number?);
        let base = self.award.clone().unwrap_or_else(|| Award {
            id: AwardId::new(),
            person,
            kind: AwardKind::Nomination,
            title: String::new(),
            event: Some(event.id),
            number: String::new(),
            issued_on: event.ends_on,
            status: AwardStatus::Issued,
            reason: String::new(),
            course: None,
            programme: None,
            extra: Default::default(),
        });
        Some(Award { person, title, number, reason: self.reason.trim().to_owned(), ..base })
    }

    fn view<'a>(&'a self, project: &'a Project) -> Element<'a, Message> {
        let offer = person_picker::Offer { project, excluded: &[], allow_new: false };
        let person: Element<'a, Message> = match self.person.and_then(|id| project.person(id)) {
            Some(person) => row![
                text(person.full_name.as_str()).size(16).width(Length::Fill),
                widget::secondary(
                    fl!("awards-change-person"),
                    Some(Message::Picker(person_picker::Message::Clear))
                ),
            ]
            .align_y(Alignment::Center)
            .into(),
            None => self.picker.view(offer, true).map(Message::Picker),
        };
        let heading = if self.award.is_some() {
            fl!("awards-correct-nomination")
        } else {
            fl!("awards-new-nomination")
        };
        let fields = column![
            text(heading).size(20),
            widget::labelled(fl!("awards-person"), person, self.person_error.clone()),
            widget::submitting_field(
                NOMINATION_FIELD,
                fl!("awards-nomination"),
                &self.title,
                self.title_error.clone(),
                Message::Title,
                Message::Save
            ),
            widget::submitting_field(
                "award-reason",
                fl!("awards-reason"),
                &self.reason,
                None,
                Message::Reason,
                Message::Save
            ),
            widget::submitting_field(
                NUMBER_FIELD,
                fl!("awards-number"),
                &self.number,
                self.number_error.clone(),
                Message::Number,
                Message::Save
            ),
            row![
                widget::primary(fl!("action-save"), Some(Message::Save)),
                widget::secondary(fl!("action-cancel"), Some(Message::CloseForm)),
            ]
            .spacing(8),
        ]
        .spacing(10)
        .padding([0, 16]);
        widget::on_escape(fields, Message::CloseForm).into()
    }
}

fn award_view<'a>(project: &'a Project, award: &'a Award, read_only: bool) -> Element<'a, Message> {
    let name = project.person(award.person).map_or("", |p| p.full_name.as_str());
    let line = |label: String, value: String| {
        row![text(label).size(13).style(theme::muted_text).width(150), text(value).width(Length::Fill)]
            .spacing(8)
    };
    let mut details = column![
        text(name).size(20),
        line(fl!("awards-number"), award.number.clone()),
        line(fl!("awards-kind"), award_kind_label(award.kind)),
        line(
            if award.kind == AwardKind::Nomination {
                fl!("awards-nomination")
            } else {
                fl!("awards-what-for")
            },
            award.title.clone()
        ),
        line(fl!("awards-date"), i18n::format_date_long(award.issued_on)),
    ]
    .spacing(8)
    .padding([0, 16]);
    if !award.reason.trim().is_empty() {
        details = details.push(line(fl!("awards-reason"), award.reason.clone()));
    }
    let cancelled = award.status == AwardStatus::Cancelled;
    if cancelled {
        details = details.push(
            container(text(fl!("awards-cancelled-note")))
                .padding([6, 10])
                .style(theme::notice(NoticeKind::Warning)),
        );
    }
    let mut actions = row![].spacing(8);
    if !cancelled {
        actions =
            actions.push(widget::primary(fl!("awards-print-again"), Some(Message::PrintAgain(award.id))));
    }
    if !read_only {
        if award.kind == AwardKind::Nomination {
            actions =
                actions.push(widget::secondary(fl!("awards-correct"), Some(Message::Correct(award.id))));
        }
        actions = actions.push(if cancelled {
            widget::secondary(fl!("awards-restore"), Some(Message::Restore(award.id)))
        } else {
            widget::danger(fl!("awards-cancel"), Some(Message::Cancel(award.id)))
        });
    }
    details.push(actions.wrap()).into()
}

pub use crate::i18n::award_kind_name as award_kind_label;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Person;

    #[test]
    fn the_register_lists_by_number_by_name_or_by_document() {
        let mut project = Project::new("Семинар", "", chrono::Utc::now());
        let event = Event::new("Семинар", chrono::NaiveDate::from_ymd_opt(2019, 2, 1).unwrap());
        let mut award = |name: &str, kind: AwardKind, number: &str| {
            let person = Person { id: PersonId::new(), full_name: name.to_owned(), ..Person::default() };
            let award = Award {
                id: AwardId::new(),
                person: person.id,
                kind,
                title: String::new(),
                event: Some(event.id),
                number: number.to_owned(),
                issued_on: event.ends_on,
                status: AwardStatus::Issued,
                reason: String::new(),
                course: None,
                programme: None,
                extra: Default::default(),
            };
            project.people.push(person);
            project.awards.push(award);
        };
        award("Ілиясова Ә.", AwardKind::Certificate, "57/10");
        award("Әбілова Д.", AwardKind::LetterOfThanks, "57/9");
        award("Бекова А.", AwardKind::Certificate, "57/2");
        let listed = |state: &State| -> Vec<String> {
            state.listed(&project, &event).iter().map(|a| a.number.clone()).collect()
        };
        let mut state = State::default();
        assert_eq!(listed(&state), ["57/2", "57/9", "57/10"], "numbers as counted, not as text");
        state.order = RegisterOrder::Name;
        // Kazakh order: Ә after А, І after И; by name Әбілова, Бекова, Ілиясова.
        assert_eq!(listed(&state), ["57/9", "57/2", "57/10"]);
        state.order = RegisterOrder::Kind;
        assert_eq!(listed(&state), ["57/2", "57/10", "57/9"], "certificates first, each in number order");
        state.search = "бек".to_owned();
        assert_eq!(listed(&state), ["57/2"]);
    }
}

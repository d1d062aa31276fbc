//! Observation sheets: copy one, rename it, choose its scale, add, remove,
//! reorder and reword its criteria. A sheet already used by observations
//! is saved as its next version, never changed under them.

use super::EditAction;
use super::labels::Choice;
use crate::domain::observation::{self, add_criterion, move_criterion, remove_criterion};
use crate::domain::rules::{MAX_LINE_CHARS, MAX_TEXT_CHARS};
use crate::domain::{Edit, ItemEdit, ObservationTemplate, Project, Scale, TemplateId};
use crate::fl;
use crate::i18n;
use crate::ui::theme;
use crate::ui::widget::{self, ListItem};
use iced::widget::{button, column, row, text};
use iced::{Alignment, Element, Length};

#[derive(Debug, Clone)]
struct Form {
    template: ObservationTemplate,
    is_new: bool,
    notice: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct State {
    search: String,
    form: Option<Form>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    Descriptor,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Select(TemplateId),
    Copy,
    Name(String),
    Scale(Choice<Scale>),
    Criterion(usize, Part, String),
    Up(usize),
    Down(usize),
    Remove(usize),
    Add,
    Save,
}

impl State {
    /// Opens the newest sheet; a project without one starts from the
    /// default sheet in the user's language, saved when she saves it.
    pub fn of(project: &Project) -> State {
        let form = match project.current_templates().next() {
            Some(template) => Form { template: template.clone(), is_new: false, notice: None },
            None => Form { template: i18n::default_template(), is_new: true, notice: None },
        };
        State { search: String::new(), form: Some(form) }
    }

    pub fn update(&mut self, project: &Project, message: Message) -> EditAction<Message> {
        if let Message::Search(search) = message {
            self.search = search;
            return EditAction::None;
        }
        if let Message::Select(id) = message {
            self.form =
                project.template(id).map(|t| Form { template: t.clone(), is_new: false, notice: None });
            return EditAction::None;
        }
        let Some(form) = &mut self.form else { return EditAction::None };
        let template = &mut form.template;
        match message {
            Message::Copy => {
                let name = fl!("obs-template-copy-name", name = template.name.clone());
                *form =
                    Form { template: observation::copy_template(template, name), is_new: true, notice: None };
            }
            Message::Name(name) => template.name = name,
            Message::Scale(choice) => template.scale = choice.value,
            Message::Criterion(index, part, value) => {
                if let Some(criterion) = template.criteria.get_mut(index) {
                    match part {
                        Part::Title => criterion.title = value,
                        Part::Descriptor => criterion.descriptor = value,
                    }
                }
            }
            Message::Up(index) => move_criterion(template, index, true),
            Message::Down(index) => move_criterion(template, index, false),
            Message::Remove(index) => remove_criterion(template, index),
            Message::Add => {
                add_criterion(template, fl!("obs-criterion-new"));
            }
            Message::Save => {
                let edit = observation::save_template(project, template.clone());
                if let Edit::Template(change) = &edit
                    && let ItemEdit::Put(saved) = &**change
                    && saved.id != template.id
                {
                    // Follow the new version, so further edits go to it.
                    form.notice = Some(fl!("obs-template-saved-as-version", version = saved.version));
                    *template = saved.clone();
                }
                form.is_new = false;
                return EditAction::Edit(edit);
            }
            Message::Search(_) | Message::Select(_) => {}
        }
        EditAction::None
    }

    pub fn reload(&mut self, project: &Project) {
        if let Some(form) = &mut self.form
            && let Some(stored) = project.template(form.template.id)
        {
            form.template = stored.clone();
        }
    }

    pub fn failed(&mut self, message: String) {
        if let Some(form) = &mut self.form {
            form.notice = Some(message);
        }
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let selected = self.form.as_ref().map(|f| f.template.id);
        let items =
            project.current_templates().filter(|t| widget::matches(&self.search, &[&t.name])).map(|t| {
                ListItem {
                    title: t.name.clone(),
                    subtitle: format!(
                        "{} · {}",
                        fl!("obs-template-version", version = t.version),
                        i18n::scale_name(t.scale)
                    ),
                    selected: selected == Some(t.id),
                    on_press: Message::Select(t.id),
                }
            });
        let copy = (!read_only && self.form.is_some()).then_some(Message::Copy);
        let list =
            widget::searchable_list(&self.search, Message::Search, items, fl!("obs-template-copy"), copy);
        let detail = match &self.form {
            Some(form) => form_view(project, form, read_only),
            None => text(fl!("obs-hint")).into(),
        };
        widget::list_and_detail(list, detail)
    }
}

fn form_view<'a>(project: &'a Project, form: &'a Form, read_only: bool) -> Element<'a, Message> {
    let template = &form.template;
    let scales = super::labels::choices(&Scale::ALL, i18n::scale_name);
    let mut content = column![
        widget::field("sheet-name", fl!("obs-template-name"), &template.name, None, Message::Name),
        widget::choice(
            fl!("obs-template-scale"),
            scales,
            Some(super::labels::choice(template.scale, i18n::scale_name)),
            Message::Scale
        ),
    ]
    .spacing(10)
    .padding([0, 16]);
    if !form.is_new && project.template_in_use(template.id) {
        content = content.push(text(fl!("obs-template-in-use")).style(theme::muted_text));
    }
    // On top, in sight however long the sheet grows.
    let mut actions = row![
        widget::primary(fl!("action-save"), (!read_only).then_some(Message::Save)),
        widget::secondary(fl!("obs-criterion-add"), (!read_only).then_some(Message::Add)),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    if let Some(notice) = &form.notice {
        actions = actions.push(text(notice).width(Length::Fill));
    }
    content = content.push(actions);
    let last = template.criteria.len().saturating_sub(1);
    for (index, criterion) in template.criteria.iter().enumerate() {
        let small = |label: String, on_press: Option<Message>| {
            button(text(label).size(13)).on_press_maybe(on_press).style(button::text)
        };
        let editable = |message: Message| (!read_only).then_some(message);
        content = content.push(
            column![
                row![
                    text(format!("{}.", index + 1)).width(28),
                    widget::undoable(
                        iced::widget::text_input(&fl!("obs-criterion-title"), &criterion.title).padding(6),
                        &criterion.title,
                        widget::capped(MAX_LINE_CHARS, move |v| Message::Criterion(index, Part::Title, v)),
                    ),
                    small(fl!("action-move-up"), editable(Message::Up(index)).filter(|_| index > 0)),
                    small(fl!("action-move-down"), editable(Message::Down(index)).filter(|_| index < last)),
                    small(fl!("obs-criterion-remove"), editable(Message::Remove(index))),
                ]
                .spacing(6)
                .align_y(Alignment::Center),
                widget::undoable(
                    iced::widget::text_input(&fl!("obs-criterion-descriptor"), &criterion.descriptor)
                        .size(13)
                        .padding(6),
                    &criterion.descriptor,
                    widget::capped(MAX_TEXT_CHARS, move |v| Message::Criterion(index, Part::Descriptor, v)),
                ),
            ]
            .spacing(4),
        );
    }
    content.width(Length::Fill).into()
}

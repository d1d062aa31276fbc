//! The network a plan belongs to: the leading school, its magnet and
//! supporting schools from the project's organisations, and a
//! coordinator in each.

use super::super::EditAction;
use super::super::labels::{Choice, school_role};
use crate::domain::rules::MAX_LINE_CHARS;
use crate::domain::year_plan::{Network, NetworkMember};
use crate::domain::{Edit, Extra, ItemEdit, NetworkId, PersonId, Project, SchoolId, SchoolRole};
use crate::fl;
use crate::ui::{theme, widget};
use iced::widget::{button, column, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

pub const TITLE_FIELD: &str = "network-title";
/// The roles a member takes; the leading school is the network's own.
const ROLES: [SchoolRole; 2] = [SchoolRole::Magnet, SchoolRole::Supporting];

#[derive(Debug, Clone)]
pub enum Message {
    Toggle,
    Title(String),
    Leading(Choice<SchoolId>),
    AddMember(Choice<SchoolId>),
    Role(SchoolId, Choice<SchoolRole>),
    Coordinator(SchoolId, Choice<Option<PersonId>>),
    Remove(SchoolId),
}

/// A network of the project's organisations as they are marked: the
/// leading school (or the first) leads, the magnet and supporting ones
/// join with their roles.
pub fn first_network(project: &Project) -> Option<Network> {
    let leading =
        project.schools.iter().find(|s| s.role == SchoolRole::Leading).or_else(|| project.schools.first())?;
    let members = project
        .schools
        .iter()
        .filter(|s| s.id != leading.id && ROLES.contains(&s.role))
        .map(|s| NetworkMember { organisation: s.id, role: s.role, coordinator: None, extra: Extra::new() })
        .collect();
    Some(Network {
        id: NetworkId::new(),
        title: fl!("network-default-title", school = leading.name.clone()),
        leading: leading.id,
        members,
        extra: Extra::new(),
    })
}

/// The network changed by `message`, or `None` when nothing changes.
pub fn change(network: &Network, message: Message) -> Option<Network> {
    let mut changed = network.clone();
    match message {
        Message::Toggle => return None,
        Message::Title(title) => changed.title = title,
        Message::Leading(choice) => {
            changed.leading = choice.value;
            changed.members.retain(|m| m.organisation != choice.value);
        }
        Message::AddMember(choice) => changed.members.push(NetworkMember {
            organisation: choice.value,
            role: SchoolRole::Magnet,
            coordinator: None,
            extra: Extra::new(),
        }),
        Message::Role(school, choice) => changed
            .members
            .iter_mut()
            .filter(|m| m.organisation == school)
            .for_each(|m| m.role = choice.value),
        Message::Coordinator(school, choice) => changed
            .members
            .iter_mut()
            .filter(|m| m.organisation == school)
            .for_each(|m| m.coordinator = choice.value),
        Message::Remove(school) => changed.members.retain(|m| m.organisation != school),
    }
    (changed != *network).then_some(changed)
}

/// The edit of a change, typed into the title as one run.
pub fn edit(changed: Network, title_run: Option<u64>) -> EditAction<super::Message> {
    let edit = Edit::Network(Box::new(ItemEdit::Put(changed)));
    match title_run {
        Some(run) => EditAction::Typing(edit, run),
        None => EditAction::Edit(edit),
    }
}

fn school_choice(project: &Project, school: SchoolId) -> Choice<SchoolId> {
    Choice { value: school, label: super::cells::school_name(project, Some(school)) }
}

/// One line when closed: the network at a glance.
pub fn summary(project: &Project, network: &Network) -> String {
    let count = |role| network.members.iter().filter(|m| m.role == role).count();
    fl!(
        "network-summary",
        title = network.title.clone(),
        leading = super::cells::school_name(project, Some(network.leading)),
        magnet = count(SchoolRole::Magnet),
        supporting = count(SchoolRole::Supporting)
    )
}

pub fn view<'a>(project: &'a Project, network: &'a Network, read_only: bool) -> Element<'a, Message> {
    let schools: Vec<Choice<SchoolId>> =
        project.schools.iter().map(|s| school_choice(project, s.id)).collect();
    let free: Vec<Choice<SchoolId>> = project
        .schools
        .iter()
        .filter(|s| s.id != network.leading && !network.members.iter().any(|m| m.organisation == s.id))
        .map(|s| school_choice(project, s.id))
        .collect();
    let title = text_input(&fl!("network-name"), &network.title).id(TITLE_FIELD).padding(6);
    let title: Element<'a, Message> = if read_only {
        title.into()
    } else {
        widget::undoable(title, &network.title, widget::capped(MAX_LINE_CHARS, Message::Title))
    };
    let mut form = column![
        row![
            widget::labelled(fl!("network-name"), title, None),
            widget::labelled(
                fl!("network-leading"),
                pick_list(schools, Some(school_choice(project, network.leading)), Message::Leading)
                    .padding(6)
                    .width(Length::Fill)
                    .into(),
                None
            ),
        ]
        .spacing(12),
        text(fl!("network-members")).size(15).font(crate::ui::FONT_BOLD_FACE),
    ]
    .spacing(8);
    let roles: Vec<Choice<SchoolRole>> =
        ROLES.iter().map(|r| Choice { value: *r, label: school_role(*r) }).collect();
    for member in &network.members {
        let school = member.organisation;
        let mut coordinators: Vec<Choice<Option<PersonId>>> =
            vec![Choice { value: None, label: fl!("network-no-coordinator") }];
        coordinators.extend(
            project
                .people
                .iter()
                .filter(|p| p.school == Some(school) || Some(p.id) == member.coordinator)
                .map(|p| Choice { value: Some(p.id), label: p.full_name.clone() }),
        );
        let coordinator = coordinators.iter().find(|c| c.value == member.coordinator).cloned();
        form = form.push(
            row![
                text(super::cells::school_name(project, Some(school))).size(14).width(Length::FillPortion(3)),
                pick_list(
                    roles.clone(),
                    Some(Choice { value: member.role, label: school_role(member.role) }),
                    move |c| Message::Role(school, c)
                )
                .padding(4)
                .text_size(13)
                .width(Length::FillPortion(2)),
                pick_list(coordinators, coordinator, move |c| Message::Coordinator(school, c))
                    .placeholder(fl!("network-coordinator"))
                    .padding(4)
                    .text_size(13)
                    .width(Length::FillPortion(3)),
                widget::tip(
                    button(text("×").size(14))
                        .on_press_maybe((!read_only).then_some(Message::Remove(school)))
                        .style(button::text),
                    fl!("network-remove-member")
                ),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        );
    }
    if !free.is_empty() && !read_only {
        form = form.push(container_width(
            pick_list(free, None::<Choice<SchoolId>>, Message::AddMember)
                .placeholder(fl!("network-add-member"))
                .padding(6)
                .into(),
        ));
    }
    form = form.push(text(fl!("network-coordinator-hint")).size(12).style(theme::muted_text));
    form.into()
}

fn container_width(content: Element<'_, Message>) -> Element<'_, Message> {
    iced::widget::container(content).width(320).into()
}

//! Certificates, letters of thanks, nomination diplomas and the register
//! of their numbers.
//!
//! A page's words come from the wording of its kind (the project's own, or
//! its language's), filled in for the person when it is printed: a wording
//! corrected after the first print shows on the reprint, under the same
//! number.

use super::data::{Context, award_kind_name, default_series};
use super::people::choose_people;
use super::{Document, PrintError, Request};
use crate::domain::awards::{Series, awards_for};
use crate::domain::wording::{self, Deed, Place, WordingKind};
use crate::domain::*;
use crate::i18n::{
    default_wording_in, format_date_long_in, format_date_short, lesson_title_in, wording_dear_in,
    wording_deed_in, wording_event_kind_in,
};
use chrono::NaiveDate;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde_json::{Value, json};
use std::collections::HashMap;

/// Upright or across, as asked, or as the project chose for the document;
/// schools make letters of thanks upright and certificates across.
pub fn orientation_of(project: &Project, request: &Request) -> Orientation {
    request.orientation.unwrap_or_else(|| document_orientation(project, request.document))
}

/// The orientation the project chose for `document`, or its usual one.
pub fn document_orientation(project: &Project, document: Document) -> Orientation {
    project
        .documents
        .get(document.code())
        .and_then(|d| d.orientation)
        .unwrap_or(if document == Document::Letters { Orientation::Portrait } else { Orientation::Landscape })
}

/// The signatories the project chose for `document`, in signing order;
/// ids of signatories since removed are passed over.
pub fn chosen_signatories(project: &Project, document: Document) -> Vec<&Signatory> {
    project
        .documents
        .get(document.code())
        .map(|d| d.signatories.iter().filter_map(|id| project.signatory(*id)).collect())
        .unwrap_or_default()
}

/// A signatory as the templates read her.
pub(super) fn signatory_value(signatory: &Signatory) -> Value {
    json!({ "name": signatory.name, "position": signatory.position, "organisation": signatory.organisation })
}

/// «Шымкент қ., 2019 жылғы 1 ақпан»: where and when it was issued.
pub(super) fn place_and_date(
    project: &Project,
    request: &Request,
    loader: &FluentLanguageLoader,
    date: NaiveDate,
) -> String {
    let city = request.city.as_deref().unwrap_or(&project.city).trim();
    let date = format_date_long_in(loader, date);
    if city.is_empty() { date } else { format!("{city}, {date}") }
}

/// Who signs: as asked, or as the document's settings say, or the
/// project's first signatory; none when the project names nobody.
pub(super) fn signing<'p>(project: &'p Project, request: &Request) -> Vec<&'p Signatory> {
    let mut signatories: Vec<&Signatory> = match &request.signatories {
        Some(ids) => ids.iter().filter_map(|id| project.signatory(*id)).collect(),
        None => chosen_signatories(project, request.document),
    };
    signatories.truncate(MAX_SIGNATORIES);
    if signatories.is_empty() {
        signatories.extend(project.signatories.first());
    }
    signatories
}

/// At most this many sign a document: two lines fit beside the stamp.
pub const MAX_SIGNATORIES: usize = 2;

impl Context<'_> {
    pub(super) fn awards(&self, request: &Request) -> Result<(Value, Vec<Award>), PrintError> {
        let (kind, code) = match request.document {
            Document::Letters => (AwardKind::LetterOfThanks, "letter"),
            Document::Diplomas => (AwardKind::Nomination, "diploma"),
            _ => (AwardKind::Certificate, "certificate"),
        };
        let (awards, new) = if kind == AwardKind::Nomination {
            self.nominations(request)?
        } else {
            self.issue(request, kind)?
        };
        let by_id: HashMap<AwardId, &Award> = new.iter().map(|a| (a.id, a)).collect();
        let pages: Vec<Value> = awards
            .iter()
            .map(|award| self.page(by_id.get(&award.id).copied().unwrap_or(award), request))
            .collect();
        let heading = match kind {
            AwardKind::LetterOfThanks => fl!(self.lead(), "print-letter"),
            AwardKind::Nomination => fl!(self.lead(), "print-diploma"),
            _ => fl!(self.lead(), "print-certificate"),
        };
        let signatories: Vec<Value> =
            signing(self.project, request).into_iter().map(signatory_value).collect();
        let orientation = orientation_of(self.project, request);
        let body = json!({
            "kind": code,
            "heading": heading,
            "orientation": orientation.code(),
            "signatories": signatories,
            "awards": pages,
        });
        Ok((body, new))
    }

    /// Certificates or letters of the chosen people: each keeps the number
    /// she was issued, the others are numbered in the series.
    fn issue(&self, request: &Request, kind: AwardKind) -> Result<(Vec<Award>, Vec<Award>), PrintError> {
        let people = choose_people(self.project, self.event, &request.people);
        if people.is_empty() {
            return Err(PrintError::Nobody {
                event: self.event.title.clone(),
                people: request.people.clone(),
            });
        }
        let series = if request.series.trim().is_empty() {
            default_series(self.project, self.event)
        } else {
            Series::parse(&request.series)
        };
        let (awards, mut new) =
            awards_for(self.project, &people, kind, self.event.id, "", &series, request.issued_on);
        // The register says what each was for, as her page says it.
        for award in &mut new {
            award.title = self.text_of(award).1.replace('\n', " ");
        }
        Ok((awards, new))
    }

    /// The event's nomination diplomas, recorded in the awards section with
    /// their numbers; a hand-picked list prints only its own.
    fn nominations(&self, request: &Request) -> Result<(Vec<Award>, Vec<Award>), PrintError> {
        let chosen = match &request.people {
            super::PeopleSet::Chosen(ids) => Some(ids),
            _ => None,
        };
        let awards: Vec<Award> = self
            .project
            .awards
            .iter()
            .filter(|a| {
                a.kind == AwardKind::Nomination
                    && a.event == Some(self.event.id)
                    && a.status == AwardStatus::Issued
                    && chosen.is_none_or(|ids| ids.contains(&a.person))
            })
            .cloned()
            .collect();
        if awards.is_empty() {
            return Err(PrintError::NoNominations { event: self.event.title.clone() });
        }
        Ok((awards, Vec::new()))
    }

    fn page(&self, award: &Award, request: &Request) -> Value {
        let person = self.project.person(award.person);
        let school = person.map(|p| self.school_name(p.school)).unwrap_or_default();
        let position = person.map(|p| p.position.clone()).unwrap_or_default();
        let (wording, text) = self.text_of(award);
        let mut paragraphs: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        // A letter's first line greets; the rest thanks.
        let greeting = if wording == WordingKind::Letter && paragraphs.len() > 1 {
            Some(paragraphs.remove(0).to_owned())
        } else {
            None
        };
        let (nomination, reason) = if award.kind == AwardKind::Nomination {
            (award.title.as_str(), award.reason.as_str())
        } else {
            ("", "")
        };
        json!({
            "name": self.name(award.person),
            "position": position,
            "school": school,
            "greeting": greeting,
            "paragraphs": paragraphs,
            "nomination": nomination,
            "reason": reason,
            "number": fl!(self.lead(), "print-number", number = award.number.as_str()),
            "issued": place_and_date(self.project, request, self.lead(), award.issued_on),
            "issued_short": format_date_short(award.issued_on),
        })
    }

    /// What a teacher did at the event: an open lesson, a master class, or
    /// taking part.
    fn deed_of(&self, person: PersonId) -> Deed {
        self.sessions()
            .into_iter()
            .find_map(|session| {
                let teaches = session.lesson.as_ref().is_some_and(|l| l.teachers.contains(&person));
                match session.kind {
                    // A master class planned as a lesson is still a master
                    // class: its topic is the class's title.
                    SessionKind::MasterClass if teaches || session.responsible.contains(&person) => {
                        let topic = session.lesson.as_ref().map(|l| l.topic.trim()).unwrap_or_default();
                        let title = if topic.is_empty() { self.title(session) } else { topic.to_owned() };
                        Some(Deed::MasterClass { title })
                    }
                    _ if teaches => Some(Deed::OpenLesson {
                        topic: session.lesson.as_ref().map(|l| l.topic.trim().to_owned()).unwrap_or_default(),
                    }),
                    _ => None,
                }
            })
            .unwrap_or(Deed::Participation)
    }

    /// The lesson a teacher gave, for the places of her wording.
    fn lesson_of(&self, person: PersonId) -> Option<&Lesson> {
        self.sessions().into_iter().filter_map(|s| s.lesson.as_ref()).find(|l| l.teachers.contains(&person))
    }

    /// The wording of `award`'s kind (for a certificate, of what its holder
    /// did), and its text filled in for her.
    fn text_of(&self, award: &Award) -> (WordingKind, String) {
        let deed = self.deed_of(award.person);
        let kind = match award.kind {
            AwardKind::LetterOfThanks => WordingKind::Letter,
            AwardKind::Nomination => WordingKind::Nomination,
            _ => deed.wording(),
        };
        let loader = self.lead();
        let wording = match self.project.wording(kind, self.language.code()) {
            Some(own) => own.to_owned(),
            None => default_wording_in(loader, kind),
        };
        let full_name = self.name(award.person);
        let lesson = self.lesson_of(award.person);
        let text = wording::fill(&wording, |place| match place {
            Place::Event => self.event.title.trim().to_owned(),
            Place::Kind => wording_event_kind_in(loader, self.event.kind),
            Place::Theme => self.event.theme.trim().to_owned(),
            Place::Topic => lesson.map(|l| l.topic.trim().to_owned()).unwrap_or_default(),
            Place::Lesson => lesson.and_then(|l| lesson_title_in(loader, l)).unwrap_or_default(),
            Place::Session => match &deed {
                Deed::MasterClass { title } => title.clone(),
                _ => String::new(),
            },
            Place::Addressed => wording::addressed(&full_name),
            Place::Dear => wording_dear_in(loader, wording::gender_of(&full_name)),
            Place::Deed => wording_deed_in(loader, &deed),
            Place::Nomination => {
                if award.kind == AwardKind::Nomination {
                    award.title.trim().to_owned()
                } else {
                    String::new()
                }
            }
        });
        (kind, text)
    }

    /// Every number the event's awards were issued with, in order, the
    /// cancelled ones marked.
    pub(super) fn register(&self) -> Result<Value, PrintError> {
        let loader = self.lead();
        let awards = crate::domain::awards::register(self.project, self.event.id);
        if awards.is_empty() {
            return Err(PrintError::NoAwards { event: self.event.title.clone() });
        }
        let rows: Vec<Value> = awards
            .iter()
            .enumerate()
            .map(|(i, award)| {
                json!({
                    "index": i + 1,
                    "number": award.number,
                    "name": self.name(award.person),
                    "kind": award_kind_name(loader, award.kind),
                    "reason": award.what_for(),
                    "date": format_date_short(award.issued_on),
                    "cancelled": award.status == AwardStatus::Cancelled,
                })
            })
            .collect();
        let cancelled = awards.iter().filter(|a| a.status == AwardStatus::Cancelled).count();
        let total = fl!(loader, "print-register-total", count = awards.len(), cancelled = cancelled);
        Ok(json!({ "rows": rows, "total": total }))
    }
}

//! The data each template reads, as JSON, with every printed word in the
//! document's language(s). Templates only lay it out.

use super::awards::{chosen_signatories, signatory_value};
use super::summary::summarize;
use super::{Document, Prepared, PrintError, Request};
use crate::domain::awards::{Series, number_order};
use crate::domain::collate;
use crate::domain::*;
use crate::i18n::{
    Language, document_loader, event_kind_name_in, format_date_long_in, format_date_short, format_name_in,
    level_name_in, session_kind_name_in,
};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde_json::{Value, json};

pub fn prepare(project: &Project, request: &Request) -> Result<Prepared, PrintError> {
    let languages = languages_of(request);
    if request.document.subject_kind().is_some() {
        return super::network::prepare(project, request, &languages);
    }
    let event = project.event(request.event).ok_or(PrintError::NoEvent)?;
    let loaders: Vec<&FluentLanguageLoader> = languages.iter().map(|l| document_loader(*l)).collect();
    let context = Context { project, event, loaders: &loaders, language: languages[0] };
    let mut new_awards = Vec::new();
    let body = match request.document {
        Document::Programme => context.programme()?,
        Document::SignIn => context.sign_in(request)?,
        Document::Certificates | Document::Letters | Document::Diplomas => {
            let (body, issued) = context.awards(request)?;
            new_awards = issued;
            body
        }
        Document::ObservationSheet => context.observation_sheets(request)?,
        Document::FeedbackForm => context.feedback_form(request.method),
        Document::Report => context.report(request)?,
        Document::Register => context.register()?,
        // Printed without an event, above.
        _ => return Err(PrintError::NoEvent),
    };
    let mut data = json!({
        "document": request.document.code(),
        "lang": languages[0].code(),
        "langs": loaders.iter().map(|l| context.language_block(l)).collect::<Vec<_>>(),
        "project": { "title": project.title, "organizer": project.organizer, "emblem": emblem_file(project, request) },
        "event": context.event_block(),
        "body": body,
    });
    super::bound::bound_texts(&mut data);
    Ok(Prepared { document: request.document, data, new_awards, files: request.files.clone() })
}

/// One language, or two; the first leads.
fn languages_of(request: &Request) -> Vec<Language> {
    let mut languages = request.languages.clone();
    languages.dedup();
    if languages.is_empty() {
        languages.push(Language::default());
    }
    languages.truncate(2);
    languages
}

/// The emblem as the template reads it (`files/emblem.png`), when the
/// project has one and its file is there: a file lost with a copied
/// project prints the documents without it, not an error.
pub(super) fn emblem_file(project: &Project, request: &Request) -> Option<String> {
    let name = project.emblem.as_deref()?;
    let mut parts = std::path::Path::new(name).components();
    let plain = matches!((parts.next(), parts.next()), (Some(std::path::Component::Normal(_)), None));
    let dir = request.files.as_deref()?;
    (plain && dir.join(name).is_file()).then(|| format!("{}/{name}", super::world::FILES_FOLDER))
}

pub(super) struct Context<'a> {
    pub(super) project: &'a Project,
    pub(super) event: &'a Event,
    pub(super) loaders: &'a [&'static FluentLanguageLoader],
    /// The first language, which leads.
    pub(super) language: Language,
}

impl Context<'_> {
    pub(super) fn lead(&self) -> &FluentLanguageLoader {
        self.loaders[0]
    }

    /// 3,5 in Kazakh, Russian and Kyrgyz, 3.5 in English: as the
    /// document's first language writes it.
    fn decimal(&self, value: f64, digits: usize) -> String {
        crate::i18n::format_decimal_in(self.lead(), value, digits)
    }

    /// A session's title as printed: a title nobody gave it («Ашық сабақ
    /// 3» from the template) gives way to its subject and grade, or to
    /// its kind.
    pub(super) fn title(&self, session: &Session) -> String {
        if !crate::i18n::is_placeholder_title(&session.title) {
            return session.title.clone();
        }
        session
            .lesson
            .as_ref()
            .and_then(|lesson| crate::i18n::lesson_title_in(self.lead(), lesson))
            .unwrap_or_else(|| session_kind_name_in(self.lead(), session.kind))
    }

    /// The same words in each of the document's languages.
    fn each(&self, words: impl Fn(&FluentLanguageLoader) -> String) -> Value {
        Value::from(self.loaders.iter().map(|l| words(l)).collect::<Vec<_>>())
    }

    pub(super) fn name(&self, id: PersonId) -> String {
        self.project.person(id).map(|p| p.full_name.clone()).unwrap_or_default()
    }

    fn names(&self, ids: &[PersonId]) -> String {
        ids.iter().map(|id| self.name(*id)).filter(|n| !n.is_empty()).collect::<Vec<_>>().join(", ")
    }

    pub(super) fn school_name(&self, id: Option<SchoolId>) -> String {
        id.and_then(|id| self.project.school(id)).map(|s| s.name.clone()).unwrap_or_default()
    }

    fn room(&self, id: Option<RoomId>) -> String {
        id.and_then(|id| self.event.rooms.iter().find(|r| r.id == id))
            .map(|r| r.name.clone())
            .unwrap_or_default()
    }

    /// The room, and the place when the session is held away from the
    /// event's venue: «Мирас» бөбекжай-бақшасы, Абай көшесі, 12.
    fn room_and_place(&self, session: &Session) -> String {
        let room = self.room(session.room);
        let place = session.place.as_ref().map(|place| {
            [self.school_name(place.organisation), place.address.trim().to_owned()]
                .into_iter()
                .filter(|part| !part.trim().is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        });
        [room, place.unwrap_or_default()].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(", ")
    }

    pub(super) fn sessions(&self) -> Vec<&Session> {
        let mut sessions: Vec<&Session> = self.event.sessions.iter().collect();
        // Parallel sessions follow the rooms from left to right as the
        // programme grid shows them, not the order they were typed in.
        let room_place = |s: &Session| {
            s.room.and_then(|id| self.event.rooms.iter().position(|r| r.id == id)).unwrap_or(usize::MAX)
        };
        sessions.sort_by_key(|s| (s.day, s.start, room_place(s), s.end));
        sessions
    }

    fn dates(&self, loader: &FluentLanguageLoader) -> String {
        let event = self.event;
        if event.starts_on == event.ends_on {
            format_date_long_in(loader, event.starts_on)
        } else {
            format!(
                "{} – {}",
                format_date_long_in(loader, event.starts_on),
                format_date_long_in(loader, event.ends_on)
            )
        }
    }

    /// «Математика, 9 «Ә» сынып: «Квадрат теңдеулер»»: the subject, the
    /// grade and class once, then the topic; what is not known is left
    /// out (a master class has no grade: no «0-сынып»).
    fn lesson_line(&self, loader: &FluentLanguageLoader, lesson: &Lesson) -> Option<String> {
        let named = crate::i18n::lesson_title_in(loader, lesson);
        let topic = lesson.topic.trim();
        match (named, topic.is_empty()) {
            (Some(named), false) => Some(fl!(loader, "print-lesson-line", lesson = named, topic = topic)),
            (Some(named), true) => Some(named),
            (None, false) => Some(fl!(loader, "print-lesson-topic", topic = topic)),
            (None, true) => None,
        }
    }

    fn language_block(&self, loader: &FluentLanguageLoader) -> Value {
        json!({
            "labels": labels(loader),
            "dates": self.dates(loader),
            "kind": event_kind_name_in(loader, self.event.kind),
            "level": level_name_in(loader, self.event.level),
            "format": format_name_in(loader, self.event.format),
        })
    }

    fn event_block(&self) -> Value {
        let event = self.event;
        let venue_school = self.school_name(event.venue.school);
        let venue = [venue_school.as_str(), event.venue.address.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        json!({
            "title": event.title,
            "theme": event.theme,
            "goal": event.goal,
            "objectives": event.objectives,
            "audience": event.audience,
            "venue": venue,
            "online_link": event.online_link,
        })
    }

    fn programme(&self) -> Result<Value, PrintError> {
        let sessions = self.sessions();
        if sessions.is_empty() {
            return Err(PrintError::NoSessions { event: self.event.title.clone() });
        }
        let several_days =
            self.event.starts_on != self.event.ends_on || sessions.iter().any(|s| s.day != sessions[0].day);
        // Sessions that start together run in parallel (open lessons in
        // different rooms); they are printed under one time.
        let mut slots: Vec<Value> = Vec::new();
        let mut last_day = None;
        let mut index = 0;
        while index < sessions.len() {
            let first = sessions[index];
            let group: Vec<&Session> = sessions[index..]
                .iter()
                .take_while(|s| s.day == first.day && s.start == first.start)
                .copied()
                .collect();
            index += group.len();
            let new_day = several_days && last_day != Some(first.day);
            last_day = Some(first.day);
            let end = group.iter().map(|s| s.end).max().unwrap_or(first.end);
            slots.push(json!({
                "day": if new_day { self.each(|l| format_date_long_in(l, first.day)) } else { Value::Null },
                "time": format!("{}–{}", first.start.format("%H:%M"), end.format("%H:%M")),
                "parallel": group.len() > 1,
                "items": group.iter().map(|s| self.programme_item(s)).collect::<Vec<_>>(),
            }));
        }
        // Only a head chosen for the programme approves it: the block is
        // optional, unlike a certificate's signature.
        let approval =
            chosen_signatories(self.project, Document::Programme).first().map(|s| signatory_value(s));
        Ok(json!({ "slots": slots, "approval": approval }))
    }

    fn programme_item(&self, session: &Session) -> Value {
        let teachers = session.lesson.as_ref().map(|l| self.names(&l.teachers)).unwrap_or_default();
        json!({
            "time": format!("{}–{}", session.start.format("%H:%M"), session.end.format("%H:%M")),
            "kind": self.each(|l| session_kind_name_in(l, session.kind)),
            "title": self.title(session),
            // Only a programme in two languages has room for the second title.
            "title_alt": session
                .title_alt
                .as_deref()
                .map(str::trim)
                .filter(|t| self.loaders.len() > 1 && !t.is_empty()),
            "lesson": session
                .lesson
                .as_ref()
                .filter(|lesson| self.lesson_line(self.lead(), lesson).is_some())
                .map(|lesson| self.each(|l| self.lesson_line(l, lesson).unwrap_or_default())),
            "teachers": teachers,
            "room": self.room_and_place(session),
            "responsible": self.names(&session.responsible),
        })
    }

    fn sign_in(&self, request: &Request) -> Result<Value, PrintError> {
        let event = self.event;
        if event.registrations.is_empty() {
            return Err(PrintError::NoRegistrations { event: event.title.clone() });
        }
        let mut rows: Vec<(String, &Person, &Registration)> = event
            .registrations
            .iter()
            .filter_map(|r| {
                let person = self.project.person(r.person)?;
                Some((self.school_name(person.school), person, r))
            })
            .collect();
        if request.school_column {
            // One list by name: each finds her line without knowing how
            // the organiser wrote her school.
            rows.sort_by(|a, b| collate::alphabetical(&a.1.full_name, &b.1.full_name));
        } else {
            // People without a school come last, under their own heading.
            rows.sort_by(|a, b| {
                (a.0.is_empty().cmp(&b.0.is_empty()))
                    .then_with(|| collate::alphabetical(&a.0, &b.0))
                    .then_with(|| collate::alphabetical(&a.1.full_name, &b.1.full_name))
            });
        }
        let mut groups: Vec<Value> = Vec::new();
        let mut current: Option<String> = None;
        let mut members: Vec<Value> = Vec::new();
        for (number, (school, person, registration)) in rows.iter().enumerate() {
            // With a school column everyone is in one group.
            let heading = if request.school_column { "" } else { school.as_str() };
            if current.as_deref() != Some(heading) {
                if let Some(name) = current.take() {
                    groups.push(json!({ "school": name, "rows": std::mem::take(&mut members) }));
                }
                current = Some(heading.to_owned());
            }
            members.push(json!({
                "n": number + 1,
                "name": person.full_name,
                "position": person.position,
                "school": school,
                "online": registration.mode == AttendanceMode::Online,
            }));
        }
        if let Some(name) = current {
            groups.push(json!({ "school": name, "rows": members }));
        }
        let blank = request.blank_rows.unwrap_or_else(|| {
            let expected = event.expected_participants.map_or(0, |n| n as usize);
            expected.saturating_sub(rows.len()).max(super::MIN_BLANK_ROWS)
        });
        let blank: Vec<usize> = (rows.len() + 1..).take(blank.min(super::MAX_BLANK_ROWS)).collect();
        Ok(json!({
            "groups": groups,
            "count": rows.len(),
            "blank": blank,
            "school_column": request.school_column,
        }))
    }

    fn template_for_sheets(&self) -> Option<&ObservationTemplate> {
        let used = self.event.observations.first().map(|o| o.template);
        let templates = &self.project.observation_templates;
        used.and_then(|id| templates.iter().find(|t| t.id == id))
            // The newest version of a sheet is the one no other replaces.
            .or_else(|| templates.iter().rev().find(|t| !templates.iter().any(|o| o.previous == Some(t.id))))
    }

    fn observation_sheets(&self, request: &Request) -> Result<Value, PrintError> {
        let sheets = match request.observation {
            Some(id) => {
                let observation =
                    self.event.observations.iter().find(|o| o.id == id).ok_or(PrintError::NoObservation)?;
                let template = self
                    .project
                    .observation_templates
                    .iter()
                    .find(|t| t.id == observation.template)
                    .ok_or(PrintError::NoObservationTemplate)?;
                let session = self.event.sessions.iter().find(|s| s.id == observation.session);
                vec![self.sheet(template, session, Some(observation))]
            }
            None => {
                let template = self.template_for_sheets().ok_or(PrintError::NoObservationTemplate)?;
                // A blank sheet for each open lesson (and master class when
                // asked), its header filled in; one with an empty header
                // when the plan has none yet.
                let lessons: Vec<&Session> = self
                    .sessions()
                    .into_iter()
                    .filter(|s| match s.kind {
                        SessionKind::MasterClass => request.master_classes,
                        SessionKind::OpenLesson => true,
                        _ => s.lesson.is_some(),
                    })
                    .collect();
                if lessons.is_empty() {
                    vec![self.sheet(template, None, None)]
                } else {
                    lessons.into_iter().map(|s| self.sheet(template, Some(s), None)).collect()
                }
            }
        };
        Ok(json!({ "sheets": sheets }))
    }

    fn sheet(
        &self,
        template: &ObservationTemplate,
        session: Option<&Session>,
        observation: Option<&Observation>,
    ) -> Value {
        let loader = self.lead();
        let scale: Vec<String> = match template.scale {
            Scale::FourLevels => (1..=4).map(|n| n.to_string()).collect(),
            Scale::YesPartlyNo => {
                vec![
                    fl!(loader, "print-scale-yes"),
                    fl!(loader, "print-scale-partly"),
                    fl!(loader, "print-scale-no"),
                ]
            }
        };
        let criteria: Vec<Value> = template
            .criteria
            .iter()
            .map(|c| {
                let level = observation.and_then(|o| o.ratings.get(&c.key)).copied();
                // Yes/partly/no is stored as 3, 2, 1: the first column is the best.
                let column = level.map(|level| match template.scale {
                    Scale::FourLevels => usize::from(level).saturating_sub(1),
                    Scale::YesPartlyNo => 3usize.saturating_sub(usize::from(level)),
                });
                json!({ "title": c.title, "descriptor": c.descriptor, "column": column })
            })
            .collect();
        let teachers = session.and_then(|s| s.lesson.as_ref()).map(|l| self.names(&l.teachers));
        let teachers = teachers
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| session.map(|s| self.names(&s.responsible)).unwrap_or_default());
        json!({
            "name": sheet_subtitle(&template.name, &fl!(loader, "print-observation-sheet")),
            "scale": scale,
            "level_key": match template.scale {
                Scale::FourLevels => Some(fl!(loader, "print-level-key-four")),
                Scale::YesPartlyNo => None,
            },
            "criteria": criteria,
            "session": session.map(|s| self.title(s)),
            "lesson": session.and_then(|s| s.lesson.as_ref()).and_then(|l| self.lesson_line(loader, l)),
            "teacher": teachers,
            "time": session.map(|s| format!("{}, {}–{}", format_date_short(s.day), s.start.format("%H:%M"), s.end.format("%H:%M"))),
            "room": session.map(|s| self.room(s.room)),
            "observer": observation.map(|o| self.name(o.observer)),
            "notes": observation.map(|o| o.notes.iter().map(|n| json!({
                "at": format!("{:02}:{:02}", n.at / 60, n.at % 60),
                "text": n.text,
            })).collect::<Vec<_>>()),
            "strengths": observation.map(|o| o.strengths.clone()),
            "improvements": observation.map(|o| o.improvements.clone()),
            "recommendation": observation.map(|o| o.recommendation.clone()),
        })
    }

    fn feedback_form(&self, chosen: Option<FeedbackMethod>) -> Value {
        let method = chosen.unwrap_or_else(|| feedback::usual_method(self.event));
        let sessions: Vec<Value> = self
            .sessions()
            .into_iter()
            .filter(|s| {
                !matches!(s.kind, SessionKind::Registration | SessionKind::Break | SessionKind::Feedback)
            })
            .map(|s| json!({ "time": s.start.format("%H:%M").to_string(), "title": self.title(s) }))
            .collect();
        let questions: Vec<&str> = self.event.feedback_questions.iter().map(|q| q.text.as_str()).collect();
        json!({ "method": method.code(), "sessions": sessions, "questions": questions })
    }

    fn report(&self, request: &Request) -> Result<Value, PrintError> {
        let event = self.event;
        if event.sessions.is_empty() && event.registrations.is_empty() {
            return Err(PrintError::NoSessions { event: event.title.clone() });
        }
        let loader = self.lead();
        let registered = |mode: AttendanceMode| event.registrations.iter().filter(|r| r.mode == mode).count();
        let present = |mode: AttendanceMode| {
            event.registrations.iter().filter(|r| r.attended == Some(true) && r.mode == mode).count()
        };
        let summary = summarize(self.project, event);
        let session_title = |id: SessionId| {
            event.sessions.iter().find(|s| s.id == id).map(|s| self.title(s)).unwrap_or_default()
        };
        // The programme as it was held: every session but the breaks, with
        // who spoke or taught and who was responsible.
        let lessons: Vec<Value> = self
            .sessions()
            .into_iter()
            .filter(|s| !matches!(s.kind, SessionKind::Break | SessionKind::Registration))
            .map(|s| {
                let teacher = match &s.lesson {
                    Some(lesson) if !lesson.teachers.is_empty() => self.names(&lesson.teachers),
                    _ => self.names(&s.responsible),
                };
                let responsible = if s.lesson.as_ref().is_some_and(|l| !l.teachers.is_empty()) {
                    self.names(&s.responsible)
                } else {
                    String::new()
                };
                json!({
                    "responsible": responsible,
                    "kind": session_kind_name_in(loader, s.kind),
                    "title": self.title(s),
                    "lesson": s.lesson.as_ref().and_then(|l| self.lesson_line(loader, l)),
                    "teacher": teacher,
                    "time": format!("{}–{}", s.start.format("%H:%M"), s.end.format("%H:%M")),
                    "room": self.room(s.room),
                })
            })
            .collect();
        let findings: Vec<Value> = summary
            .lessons
            .iter()
            .map(|f| {
                json!({
                    "title": f.session.map(session_title).unwrap_or_default(),
                    "observations": f.observations,
                    "criteria": f.criteria.iter().map(|c| json!({ "title": c.title, "mean": round(c.mean), "mean_text": self.decimal(c.mean, 1), "count": c.count })).collect::<Vec<_>>(),
                    "strengths": f.strengths,
                    "improvements": f.improvements,
                    "recommendations": f.recommendations,
                })
            })
            .collect();
        let coins: Vec<Value> = summary
            .coins
            .iter()
            .map(|(id, count)| json!({ "title": session_title(*id), "count": count }))
            .collect();
        let awards = self.award_groups(loader);
        // Who prepared the report signs it, dated as the print screen says.
        let prepared_by = chosen_signatories(self.project, Document::Report)
            .first()
            .copied()
            .or(self.project.signatories.first())
            .map(signatory_value);
        Ok(json!({
            "organizer": self.project.organizer,
            "prepared_by": prepared_by,
            "prepared_on": format_date_long_in(loader, request.issued_on),
            "counts": {
                "registered": event.registrations.len(),
                "registered_offline": registered(AttendanceMode::Offline),
                "registered_online": registered(AttendanceMode::Online),
                "offline": present(AttendanceMode::Offline),
                "online": present(AttendanceMode::Online),
                "sessions": event.sessions.len(),
                "observations": event.observations.len(),
                "responses": summary.responses,
            },
            "lessons": lessons,
            "findings": findings,
            "coins": coins,
            "ratings": summary.ratings.iter().map(|c| json!({ "title": c.title, "mean": round(c.mean), "mean_text": self.decimal(c.mean, 2), "count": c.count })).collect::<Vec<_>>(),
            "lights": summary.lights,
            "stars": summary.stars.iter().take(8).collect::<Vec<_>>(),
            "wishes": summary.wishes.iter().take(8).collect::<Vec<_>>(),
            "comments": summary.comments.iter().take(8).collect::<Vec<_>>(),
            "award_groups": awards,
        }))
    }

    /// The event's awards by kind, letters of thanks first. A kind whose
    /// awards all give the same reason (a certificate for every participant)
    /// states it once, so a hundred certificates take a page, not ten.
    fn award_groups(&self, loader: &FluentLanguageLoader) -> Vec<Value> {
        let order =
            [AwardKind::LetterOfThanks, AwardKind::Diploma, AwardKind::Nomination, AwardKind::Certificate];
        order
            .into_iter()
            .filter_map(|kind| {
                let mut awards: Vec<&Award> = self
                    .project
                    .awards
                    .iter()
                    .filter(|a| {
                        a.event == Some(self.event.id) && a.kind == kind && a.status == AwardStatus::Issued
                    })
                    .collect();
                if awards.is_empty() {
                    return None;
                }
                awards.sort_by(|a, b| number_order(&a.number, &b.number));
                let common =
                    awards.iter().all(|a| a.title == awards[0].title).then(|| awards[0].title.clone());
                Some(json!({
                    "kind": award_kind_name(loader, kind),
                    "count": awards.len(),
                    "title": common,
                    "awards": awards.iter().map(|a| json!({
                        "number": a.number,
                        "name": self.name(a.person),
                        "title": a.title,
                    })).collect::<Vec<_>>(),
                }))
            })
            .collect()
    }
}

fn round(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

pub(super) fn award_kind_name(loader: &FluentLanguageLoader, kind: AwardKind) -> String {
    match kind {
        AwardKind::Certificate => fl!(loader, "print-certificate"),
        AwardKind::LetterOfThanks => fl!(loader, "print-letter"),
        AwardKind::Diploma => fl!(loader, "print-diploma"),
        AwardKind::Nomination => fl!(loader, "print-nomination"),
        AwardKind::MentorCertificate | AwardKind::CourseCertificate => fl!(loader, "print-certificate"),
    }
}

/// When the organiser sets no series: the host school's number and the
/// year, as the seed's letters were numbered (`57-2019/001`).
pub fn default_series(project: &Project, event: &Event) -> Series {
    use chrono::Datelike;
    let school = event
        .venue
        .school
        .and_then(|id| project.school(id))
        .and_then(|s| s.number.as_deref())
        .map(|n| n.trim_start_matches('№').trim().to_owned())
        .filter(|n| !n.is_empty());
    let prefix = match school {
        Some(number) => format!("{number}-{}/", event.starts_on.year()),
        None => format!("{}/", event.starts_on.year()),
    };
    Series { prefix, width: 3, first: 1 }
}

/// Every fixed word a template prints, in one language.
pub(super) fn labels(l: &FluentLanguageLoader) -> Value {
    // Inserted one by one: a json! literal this long outgrows the macro
    // recursion limit.
    let mut labels = serde_json::Map::new();
    let mut put = |key: &str, text: String| {
        labels.insert(key.to_owned(), Value::String(text));
    };
    put("programme", fl!(l, "print-programme"));
    put("time", fl!(l, "print-time"));
    put("session", fl!(l, "print-session"));
    put("lesson", fl!(l, "print-lesson"));
    put("room", fl!(l, "print-room"));
    put("responsible", fl!(l, "print-responsible"));
    put("organizer", fl!(l, "print-organizer"));
    put("venue", fl!(l, "print-venue"));
    put("date", fl!(l, "print-date"));
    put("goal", fl!(l, "print-goal"));
    put("theme", fl!(l, "print-theme"));
    put("objectives", fl!(l, "print-objectives"));
    put("audience", fl!(l, "print-audience"));
    put("parallel", fl!(l, "print-parallel"));
    put("teacher", fl!(l, "print-teacher"));
    put("sign_in", fl!(l, "print-sign-in"));
    put("number_sign", fl!(l, "print-number-sign"));
    put("full_name", fl!(l, "print-full-name"));
    put("position", fl!(l, "print-position"));
    put("school", fl!(l, "print-school"));
    put("signature", fl!(l, "print-signature"));
    put("online", fl!(l, "print-online"));
    put("no_school", fl!(l, "print-no-school"));
    put("walk_ins", fl!(l, "print-walk-ins"));
    put("certificate", fl!(l, "print-certificate"));
    put("letter", fl!(l, "print-letter"));
    put("register", fl!(l, "print-register"));
    put("approve", fl!(l, "print-approve"));
    put("prepared_by", fl!(l, "print-prepared-by"));
    put("programme_held", fl!(l, "print-programme-held"));
    put("registered_offline", fl!(l, "print-registered-offline"));
    put("registered_online", fl!(l, "print-registered-online"));
    put("speaker", fl!(l, "print-speaker"));
    put("date_line", fl!(l, "print-date-line"));
    put("register_number", fl!(l, "print-register-number"));
    put("register_reason", fl!(l, "print-register-reason"));
    put("cancelled", fl!(l, "print-cancelled"));
    put("signatory", fl!(l, "print-signatory"));
    put("signature_hint", fl!(l, "print-signature-hint"));
    put("stamp", fl!(l, "print-stamp"));
    put("observation_sheet", fl!(l, "print-observation-sheet"));
    put("observer", fl!(l, "print-observer"));
    put("criterion", fl!(l, "print-criterion"));
    put("strengths", fl!(l, "print-strengths"));
    put("improvements", fl!(l, "print-improvements"));
    put("recommendation", fl!(l, "print-recommendation"));
    put("notes", fl!(l, "print-notes"));
    put("feedback_form", fl!(l, "print-feedback-form"));
    put("star", fl!(l, "print-star"));
    put("wish", fl!(l, "print-wish"));
    put("comment", fl!(l, "print-comment"));
    put("name_optional", fl!(l, "print-name-optional"));
    put("two_stars_help", fl!(l, "print-two-stars-help"));
    put("coins_help", fl!(l, "print-coins-help"));
    put("coins", fl!(l, "print-coins"));
    put("light_help", fl!(l, "print-light-help"));
    put("light_green", fl!(l, "print-light-green"));
    put("light_yellow", fl!(l, "print-light-yellow"));
    put("light_red", fl!(l, "print-light-red"));
    put("rating_help", fl!(l, "print-rating-help"));
    put("question", fl!(l, "print-question"));
    put("free_help", fl!(l, "print-free-help"));
    put("report", fl!(l, "print-report"));
    put("participants", fl!(l, "print-participants"));
    put("registered", fl!(l, "print-registered"));
    put("present_offline", fl!(l, "print-present-offline"));
    put("present_online", fl!(l, "print-present-online"));
    put("lessons", fl!(l, "print-lessons"));
    put("findings", fl!(l, "print-findings"));
    put("mean_level", fl!(l, "print-mean-level"));
    put("observations", fl!(l, "print-observations"));
    put("feedback_results", fl!(l, "print-feedback-results"));
    put("responses", fl!(l, "print-responses"));
    put("mean", fl!(l, "print-mean"));
    put("awards", fl!(l, "print-awards"));
    put("nomination", fl!(l, "print-nomination"));
    put("kind", fl!(l, "print-kind"));
    put("level", fl!(l, "print-level"));
    put("format", fl!(l, "print-format"));
    put("about", fl!(l, "print-about"));
    Value::Object(labels)
}

/// What a sheet's own name adds to the heading above it: «Сабақты бақылау
/// парағы (қалыптастырушы бағалау)» under «САБАҚТЫ БАҚЫЛАУ ПАРАҒЫ» is only
/// «(қалыптастырушы бағалау)»; `None` when it adds nothing.
fn sheet_subtitle(name: &str, heading: &str) -> Option<String> {
    let name = name.trim();
    let lower = name.to_lowercase();
    let heading = heading.trim().to_lowercase();
    let rest = match lower.strip_prefix(&heading) {
        // Lowercasing keeps these letters' lengths, so the byte offset holds.
        Some(_) if name.is_char_boundary(heading.len()) && name.len() == lower.len() => {
            &name[heading.len()..]
        }
        _ => name,
    };
    let rest = rest.trim().trim_start_matches([':', '—', '-', ',']).trim();
    (!rest.is_empty()).then(|| rest.to_owned())
}

//! Courses with hours (a 72-hour computer course for 191 teachers): who
//! took part, who passed, and the numbered certificates of those who did.

use super::awards::{Series, issue_once};
use super::ids::*;
use super::mentoring::MentoringProgramme;
use super::model::{Award, AwardKind, EventFormat, Extra, Project};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Course {
    pub id: CourseId,
    pub title: String,
    pub hours: u32,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(default)]
    pub format: EventFormat,
    #[serde(default)]
    pub organiser: String,
    /// A training centre the course is held with.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub partner: String,
    #[serde(default)]
    pub participants: Vec<CourseParticipant>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CourseParticipant {
    pub person: PersonId,
    #[serde(default)]
    pub passed: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Course {
    pub fn new(title: impl Into<String>, hours: u32, starts_on: NaiveDate, ends_on: NaiveDate) -> Self {
        Course {
            id: CourseId::new(),
            title: title.into(),
            hours,
            starts_on,
            ends_on,
            format: EventFormat::default(),
            organiser: String::new(),
            partner: String::new(),
            participants: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Adds people not yet on the course, in the order given; returns how
    /// many were new.
    pub fn enrol(&mut self, people: impl IntoIterator<Item = PersonId>) -> usize {
        let before = self.participants.len();
        for person in people {
            if !self.participants.iter().any(|p| p.person == person) {
                self.participants.push(CourseParticipant { person, passed: false, extra: Extra::new() });
            }
        }
        self.participants.len() - before
    }

    pub fn passed(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.participants.iter().filter(|p| p.passed).map(|p| p.person)
    }
}

/// The certificates of those who passed the course: the number a person
/// already holds for it, or the next free one of `series`. The new ones are
/// recorded with `AwardsEdit::Issue`.
pub fn course_certificates(
    project: &Project,
    course: &Course,
    series: &Series,
    issued_on: NaiveDate,
) -> (Vec<Award>, Vec<Award>) {
    let people: Vec<PersonId> = course.passed().collect();
    issue_once(
        project,
        &people,
        series,
        |award| award.kind == AwardKind::CourseCertificate && award.course == Some(course.id),
        |person, number| Award {
            course: Some(course.id),
            ..Award::new(person, AwardKind::CourseCertificate, &course.title, number, issued_on)
        },
    )
}

/// The certificates of a programme's approved mentors, in the order of
/// their approval, numbered as course certificates are.
pub fn mentor_certificates(
    project: &Project,
    programme: &MentoringProgramme,
    series: &Series,
    issued_on: NaiveDate,
) -> (Vec<Award>, Vec<Award>) {
    let people: Vec<PersonId> = programme.mentors.iter().map(|m| m.person).collect();
    issue_once(
        project,
        &people,
        series,
        |award| award.kind == AwardKind::MentorCertificate && award.programme == Some(programme.id),
        |person, number| Award {
            programme: Some(programme.id),
            ..Award::new(person, AwardKind::MentorCertificate, &programme.title, number, issued_on)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::awards::AwardsEdit;
    use crate::domain::edit::Edit;
    use std::collections::HashSet;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, d).unwrap()
    }

    #[test]
    fn only_those_who_passed_get_a_certificate_and_keep_its_number() {
        let mut project = Project::new("Курс", "", chrono::Utc::now());
        let mut course = Course::new("Компьютерлік сауаттылық", 72, day(1, 15), day(2, 3));
        let people: Vec<PersonId> = (0..5).map(|_| PersonId::new()).collect();
        assert_eq!(course.enrol(people.iter().copied()), 5);
        assert_eq!(course.enrol([people[0]]), 0, "nobody is enrolled twice");
        for participant in course.participants.iter_mut().take(3) {
            participant.passed = true;
        }
        project.courses.push(course.clone());
        let series = Series::parse("К-2024/001");
        let (all, new) = course_certificates(&project, &course, &series, day(2, 3));
        assert_eq!(all.len(), 3);
        assert_eq!(new.len(), 3);
        assert_eq!(
            all.iter().map(|a| a.number.as_str()).collect::<Vec<_>>(),
            ["К-2024/001", "К-2024/002", "К-2024/003"]
        );
        assert!(all.iter().all(|a| a.course == Some(course.id) && a.kind == AwardKind::CourseCertificate));
        project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(new)))).unwrap();

        // One more passes: the three keep their numbers, she gets the next.
        course.participants[3].passed = true;
        let (again, new) = course_certificates(&project, &course, &series, day(2, 3));
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].number, "К-2024/004");
        let numbers: HashSet<&str> = again.iter().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers.len(), 4, "no number twice");
        assert_eq!(again[0].id, all[0].id);
    }

    #[test]
    fn mentor_certificates_follow_the_programme() {
        let mut project = Project::new("Тәлімгерлік", "", chrono::Utc::now());
        let mut programme = MentoringProgramme::new("Устат-шакирт", day(9, 1), day(12, 31));
        let direction = crate::domain::mentoring::Direction {
            id: DirectionId::new(),
            name: "Табигый-математикалык".into(),
            responsible: vec![],
            extra: Extra::new(),
        };
        let direction_id = direction.id;
        programme.directions.push(direction);
        let mentors: Vec<PersonId> = (0..3).map(|_| PersonId::new()).collect();
        for mentor in &mentors {
            programme.approve(*mentor, direction_id);
        }
        // A course certificate already holds the first number of the series.
        let course = Course::new("Курс", 72, day(1, 1), day(1, 10));
        let (_, taken) = course_certificates(
            &project,
            &Course {
                participants: vec![CourseParticipant {
                    person: mentors[0],
                    passed: true,
                    extra: Extra::new(),
                }],
                ..course
            },
            &Series::parse("01"),
            day(1, 10),
        );
        project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(taken)))).unwrap();
        let (all, _) = mentor_certificates(&project, &programme, &Series::parse("01"), day(12, 31));
        assert_eq!(all.iter().map(|a| a.number.as_str()).collect::<Vec<_>>(), ["02", "03", "04"]);
        assert!(all.iter().all(|a| a.programme == Some(programme.id)));
    }
}

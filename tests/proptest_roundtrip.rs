//! Any project the types can hold survives being written and read back,
//! whatever its text, dates, optional fields and fields from newer versions.
//! References are random ids and mostly dangle: the file must keep them as
//! they are, valid or not.

use adisker::domain::*;
use adisker::store::project_file;
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use std::path::Path;
use uuid::Uuid;

/// Kazakh and Kyrgyz text, or anything Unicode allows.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі0-9 .,:;«»№()\"\\\\/-]{0,16}",
        2 => any::<String>(),
        1 => Just(String::new()),
    ]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..3)
}

fn maybe_text() -> impl Strategy<Value = Option<String>> {
    option::of(text())
}

fn id<T: std::fmt::Debug>(make: fn(Uuid) -> T) -> impl Strategy<Value = T> {
    any::<u128>().prop_map(move |n| make(Uuid::from_u128(n)))
}

/// Years 1 to 9999: what RFC 3339 and every calendar people use can write.
fn date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap().num_days_from_ce();
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap().num_days_from_ce();
    (first..=last).prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap())
}

fn time() -> impl Strategy<Value = NaiveTime> {
    prop_oneof![
        (0u32..86_400).prop_map(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap()),
        (0u32..86_400, 0u32..1_000_000_000)
            .prop_map(|(s, n)| NaiveTime::from_num_seconds_from_midnight_opt(s, n).unwrap()),
    ]
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp();
    let last =
        NaiveDate::from_ymd_opt(9999, 12, 31).unwrap().and_hms_opt(23, 59, 59).unwrap().and_utc().timestamp();
    (first..=last, prop_oneof![Just(0u32), 0u32..1_000_000_000])
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).unwrap())
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("JSON has no NaN or infinity", |f| f.is_finite()).prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            btree_map(text(), inner, 0..4).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Fields a newer version might write. The prefix keeps them apart from
/// the fields this version knows.
fn extra() -> impl Strategy<Value = Extra> {
    prop_oneof![
        2 => Just(Extra::new()),
        1 => btree_map("x_[a-zа-яәіңғүұқөһ_]{0,8}", json_value(), 1..3).prop_map(|m| m.into_iter().collect()),
    ]
}

fn small_number() -> impl Strategy<Value = Option<u32>> {
    option::of(prop_oneof![0u32..200, any::<u32>()])
}

prop_compose! {
    fn school()(
        id in id(SchoolId),
        name in text(),
        number in maybe_text(),
        locality in text(),
        role in select(vec![SchoolRole::Host, SchoolRole::Leading, SchoolRole::Magnet, SchoolRole::Supporting, SchoolRole::Member, SchoolRole::Other]),
        kind in select(OrganisationKind::ALL.to_vec()),
        extra in extra(),
    ) -> School {
        School { id, name, number, locality, role, kind, extra }
    }
}

prop_compose! {
    fn person()(
        (id, full_name, school, position, subjects) in (id(PersonId), text(), option::of(id(SchoolId)), text(), texts()),
        (qualification, email, phone, note, extra) in (maybe_text(), maybe_text(), maybe_text(), maybe_text(), extra()),
        region in maybe_text(),
    ) -> Person {
        Person { id, full_name, school, position, subjects, qualification, email, phone, region, note, extra }
    }
}

prop_compose! {
    fn room()(id in id(RoomId), name in text(), capacity in small_number(), extra in extra()) -> Room {
        Room { id, name, capacity, extra }
    }
}

prop_compose! {
    fn lesson()(
        (subject, grade, class_letter, topic) in (text(), any::<u8>(), maybe_text(), text()),
        (objectives, teachers, extra) in (text(), vec(id(PersonId), 0..3), extra()),
    ) -> Lesson {
        Lesson { subject, grade, class_letter, topic, objectives, teachers, extra }
    }
}

fn session_kind() -> impl Strategy<Value = SessionKind> {
    select(SessionKind::ALL.to_vec())
}

prop_compose! {
    fn session()(
        (id, day, start, end, kind, title) in (id(SessionId), date(), time(), time(), session_kind(), text()),
        (room, responsible, lesson, observers) in
            (option::of(id(RoomId)), vec(id(PersonId), 0..3), option::of(lesson()), vec(id(PersonId), 0..3)),
        (attendees, pinned, notes, extra) in (vec(id(PersonId), 0..4), vec(id(PersonId), 0..2), text(), extra()),
        (title_alt, place) in (
            maybe_text(),
            option::of((option::of(id(SchoolId)), text(), extra())
                .prop_map(|(organisation, address, extra)| Place { organisation, address, extra })),
        ),
    ) -> Session {
        Session {
            id, day, start, end, kind, title, title_alt, room, place, responsible, lesson, observers, attendees,
            pinned, notes, extra,
        }
    }
}

prop_compose! {
    fn registration()(
        person in id(PersonId),
        mode in select(vec![AttendanceMode::Offline, AttendanceMode::Online]),
        attended in option::of(any::<bool>()),
        group in maybe_text(),
        extra in extra(),
    ) -> Registration {
        Registration { person, mode, attended, group, extra }
    }
}

prop_compose! {
    fn observation()(
        (id, session, observer, template) in (id(ObservationId), id(SessionId), id(PersonId), id(TemplateId)),
        (ratings, notes) in (
            btree_map(text(), any::<u8>(), 0..4),
            vec((any::<u32>(), text(), extra()).prop_map(|(at, text, extra)| ObservationNote { at, text, extra }), 0..3),
        ),
        (strengths, improvements, recommendation) in (text(), text(), text()),
        (status, modified, extra) in
            (select(vec![ObservationStatus::Draft, ObservationStatus::Final]), instant(), extra()),
    ) -> Observation {
        Observation {
            id, session, observer, template, ratings, notes, strengths, improvements, recommendation,
            status, modified, extra,
        }
    }
}

prop_compose! {
    fn feedback()(
        (id, target, respondent) in (
            id(FeedbackId),
            prop_oneof![Just(FeedbackTarget::Event), id(SessionId).prop_map(FeedbackTarget::Session)],
            option::of(id(PersonId)),
        ),
        (method, ratings, stars, wish, comment) in (
            select(vec![
                FeedbackMethod::TwoStarsAndAWish,
                FeedbackMethod::Coins,
                FeedbackMethod::TrafficLight,
                FeedbackMethod::Rating,
                FeedbackMethod::Free,
            ]),
            btree_map(text(), any::<u8>(), 0..4),
            texts(),
            text(),
            text(),
        ),
        (respondent_name, coins, light, entered, extra) in (
            text(),
            small_number(),
            option::of(select(vec![TrafficLight::Green, TrafficLight::Yellow, TrafficLight::Red])),
            instant(),
            extra(),
        ),
    ) -> Feedback {
        Feedback {
            id,
            target,
            respondent,
            respondent_name,
            method,
            ratings,
            stars,
            wish,
            comment,
            coins,
            light,
            entered,
            extra,
        }
    }
}

prop_compose! {
    fn event()(
        (id, title, theme, kind, level, format) in (
            id(EventId),
            text(),
            text(),
            select(EventKind::ALL.to_vec()),
            select(Level::ALL.to_vec()),
            select(EventFormat::ALL.to_vec()),
        ),
        (online_link, starts_on, ends_on, venue) in (
            maybe_text(),
            date(),
            date(),
            (option::of(id(SchoolId)), text(), extra()).prop_map(|(school, address, extra)| Venue { school, address, extra }),
        ),
        (rooms, goal, objectives, audience, expected_participants, languages) in
            (vec(room(), 0..3), text(), texts(), text(), small_number(), vec("[a-z]{2}", 0..3)),
        travel_minutes in option::of(any::<u16>()),
        feedback_questions in vec(
            (text(), text(), extra()).prop_map(|(key, text, extra)| FeedbackQuestion { key, text, extra }),
            0..3,
        ),
        (sessions, registrations, observations, feedback, extra) in (
            vec(session(), 0..4),
            vec(registration(), 0..4),
            vec(observation(), 0..3),
            vec(feedback(), 0..4),
            extra(),
        ),
    ) -> Event {
        Event {
            id, title, theme, kind, level, format, online_link, starts_on, ends_on, venue, rooms, goal,
            objectives, audience, expected_participants, travel_minutes, languages, feedback_questions, sessions,
            registrations, observations, feedback, extra,
        }
    }
}

prop_compose! {
    fn mentorship()(
        (id, mentor, mentees, direction) in (id(MentorshipId), id(PersonId), vec(id(PersonId), 0..3), text()),
        (starts_on, ends_on, goals, extra) in (date(), date(), text(), extra()),
        visits in vec(
            (date(), option::of(id(SessionId)), text(), text(), extra())
                .prop_map(|(date, session, topic, notes, extra)| MentorVisit { date, session, topic, notes, extra }),
            0..3,
        ),
    ) -> Mentorship {
        Mentorship { id, mentor, mentees, direction, starts_on, ends_on, goals, visits, extra }
    }
}

prop_compose! {
    fn award()(
        (id, person, kind, title) in (
            id(AwardId),
            id(PersonId),
            select(vec![
                AwardKind::Certificate,
                AwardKind::LetterOfThanks,
                AwardKind::Diploma,
                AwardKind::Nomination,
                AwardKind::MentorCertificate,
                AwardKind::CourseCertificate,
            ]),
            text(),
        ),
        (event, number, issued_on, extra) in (option::of(id(EventId)), text(), date(), extra()),
        (status, reason) in (select(vec![AwardStatus::Issued, AwardStatus::Cancelled]), text()),
        (course, programme) in (option::of(id(CourseId)), option::of(id(ProgrammeId))),
    ) -> Award {
        Award { id, person, kind, title, event, number, issued_on, status, reason, course, programme, extra }
    }
}

prop_compose! {
    fn pair()(
        (id, mentor, mentees, direction) in (id(PairId), id(PersonId), vec(id(PersonId), 0..3), id(DirectionId)),
        (starts_on, ends_on, status, end_reason, extra) in
            (date(), date(), select(PairStatus::ALL.to_vec()), text(), extra()),
        plan in vec(
            (id(PlanTaskId), text(), option::of(date()), any::<bool>(), extra())
                .prop_map(|(id, task, due, done, extra)| PlanTask { id, task, due, done, extra }),
            0..3,
        ),
        activities in vec(
            (id(ActivityId), date(), select(ActivityKind::ALL.to_vec()), -1e6f64..1e6, text(), option::of(id(ObservationId)), extra())
                .prop_map(|(id, date, kind, hours, notes, observation, extra)| Activity { id, date, kind, hours, notes, observation, extra }),
            0..3,
        ),
    ) -> Pair {
        Pair { id, mentor, mentees, direction, starts_on, ends_on, status, end_reason, plan, activities, extra }
    }
}

prop_compose! {
    fn programme()(
        (id, title, organiser, starts_on, ends_on) in (id(ProgrammeId), text(), text(), date(), date()),
        order in option::of((text(), date()).prop_map(|(number, date)| Order { number, date })),
        directions in vec(
            (id(DirectionId), text(), vec(id(PersonId), 0..2), extra())
                .prop_map(|(id, name, responsible, extra)| Direction { id, name, responsible, extra }),
            0..3,
        ),
        mentors in vec(
            (id(PersonId), id(DirectionId), date(), date(), extra()).prop_map(|(person, direction, starts_on, ends_on, extra)| {
                ApprovedMentor { person, direction, starts_on, ends_on, extra }
            }),
            0..3,
        ),
        (pairs, events, extra) in (vec(pair(), 0..3), vec(id(EventId), 0..2), extra()),
    ) -> MentoringProgramme {
        MentoringProgramme { id, title, organiser, order, starts_on, ends_on, directions, mentors, pairs, events, extra }
    }
}

prop_compose! {
    fn year_plan()(
        (id, title, network, programme, starts_on, extra) in
            (id(YearPlanId), text(), option::of(id(NetworkId)), option::of(id(ProgrammeId)), date(), extra()),
        rows in vec(
            (
                (id(PlanRowId), text(), select(PlanForm::ALL.to_vec()), option::of(id(SchoolId)), option::of(date()), option::of(0u32..20)),
                (vec(id(PersonId), 0..2), text(), option::of(any::<u32>()), option::of(any::<u32>()), text(), any::<bool>()),
                (option::of(id(EventId)), extra()),
            )
                .prop_map(|((id, title, form, host, planned_on, month), (responsible, target, planned_count, actual_count, product, done), (event, extra))| {
                    PlanRow { id, title, form, host, planned_on, month, responsible, target, planned_count, actual_count, product, done, event, extra }
                }),
            0..3,
        ),
    ) -> YearPlan {
        YearPlan { id, title, network, programme, starts_on, rows, extra }
    }
}

prop_compose! {
    fn network()(
        (id, title, leading, extra) in (id(NetworkId), text(), id(SchoolId), extra()),
        members in vec(
            (id(SchoolId), select(vec![SchoolRole::Magnet, SchoolRole::Supporting, SchoolRole::Member]), option::of(id(PersonId)), extra())
                .prop_map(|(organisation, role, coordinator, extra)| NetworkMember { organisation, role, coordinator, extra }),
            0..3,
        ),
    ) -> Network {
        Network { id, title, leading, members, extra }
    }
}

prop_compose! {
    fn course()(
        (id, title, hours, starts_on, ends_on) in (id(CourseId), text(), any::<u32>(), date(), date()),
        (format, organiser, partner, extra) in
            (select(vec![EventFormat::Offline, EventFormat::Online, EventFormat::Hybrid]), text(), text(), extra()),
        participants in vec(
            (id(PersonId), any::<bool>(), extra()).prop_map(|(person, passed, extra)| CourseParticipant { person, passed, extra }),
            0..3,
        ),
    ) -> Course {
        Course { id, title, hours, starts_on, ends_on, format, organiser, partner, participants, extra }
    }
}

prop_compose! {
    fn signatory()(
        (id, person, name, position, organisation, extra) in
            (id(SignatoryId), option::of(id(PersonId)), text(), text(), text(), extra()),
    ) -> Signatory {
        Signatory { id, person, name, position, organisation, extra }
    }
}

prop_compose! {
    fn document_settings()(
        wording in btree_map(text(), btree_map(text(), text(), 0..3), 0..3),
        signatories in vec(id(SignatoryId), 0..3),
        orientation in option::of(select(vec![Orientation::Portrait, Orientation::Landscape])),
        extra in extra(),
    ) -> DocumentSettings {
        DocumentSettings { wording, signatories, orientation, extra }
    }
}

prop_compose! {
    fn template()(
        (id, name, version, previous) in (id(TemplateId), text(), any::<u32>(), option::of(id(TemplateId))),
        scale in select(vec![Scale::FourLevels, Scale::YesPartlyNo]),
        criteria in vec(
            (text(), text(), text(), extra())
                .prop_map(|(key, title, descriptor, extra)| Criterion { key, title, descriptor, extra }),
            0..3,
        ),
        extra in extra(),
    ) -> ObservationTemplate {
        ObservationTemplate { id, name, version, previous, scale, criteria, extra }
    }
}

prop_compose! {
    fn project()(
        (version, id, title, organizer, created, modified) in
            (0u32..=3, id(ProjectId), text(), text(), instant(), instant()),
        (schools, people, events) in (vec(school(), 0..3), vec(person(), 0..5), vec(event(), 0..3)),
        (mentorships, awards, observation_templates, extra) in
            (vec(mentorship(), 0..2), vec(award(), 0..3), vec(template(), 0..2), extra()),
        (city, signatories, documents, emblem) in
            (text(), vec(signatory(), 0..3), btree_map(text(), document_settings(), 0..3), option::of(text())),
        (programmes, networks, year_plans, courses) in
            (vec(programme(), 0..2), vec(network(), 0..2), vec(year_plan(), 0..2), vec(course(), 0..2)),
    ) -> Project {
        Project {
            format: FORMAT_TAG.to_owned(),
            version, id, title, organizer, created, modified, schools, people, events, mentorships,
            programmes, networks, year_plans, courses, awards, observation_templates, city, signatories, documents, emblem, extra,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_project_survives_the_file(project in project()) {
        let bytes = project_file::to_bytes(&project);
        let loaded = project_file::parse(&bytes, Path::new("generated.json"))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&loaded.project, &project);
        // Writing what was read gives the same bytes: no drift on re-save.
        prop_assert!(project_file::to_bytes(&loaded.project) == bytes);
    }
}

//! Projects told after the real seminars of the seed reports: the network
//! community seminar at school №84 in Shymkent, and the «Сәуір
//! кездесулері» of a leading school in Karaganda with its magnet schools.

use adisker::domain::*;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

fn person(project: &mut Project, name: &str, school: SchoolId, position: &str) -> PersonId {
    let person = Person {
        full_name: name.into(),
        school: Some(school),
        position: position.into(),
        ..Person::default()
    };
    let id = person.id;
    project.people.push(person);
    id
}

fn school(project: &mut Project, name: &str, number: &str) -> SchoolId {
    let school =
        School { id: SchoolId::new(), name: name.into(), number: Some(number.into()), ..School::default() };
    let id = school.id;
    project.schools.push(school);
    id
}

fn room(event: &mut Event, name: &str) -> RoomId {
    let room = Room { id: RoomId::new(), name: name.into(), ..Room::default() };
    let id = room.id;
    event.rooms.push(room);
    id
}

struct Slot<'a> {
    start: &'a str,
    end: &'a str,
    kind: SessionKind,
    title: &'a str,
    room: RoomId,
}

fn session(event: &mut Event, day: NaiveDate, slot: Slot) -> usize {
    let mut session = Session::new(day, time(slot.start), time(slot.end), slot.kind, slot.title.into());
    session.room = Some(slot.room);
    event.sessions.push(session);
    event.sessions.len() - 1
}

/// «Желілік қоғамдастық – нәтижеге бағытталған іс-әрекет»: six open
/// lessons, two trainers observing, a nomination and five letters of
/// thanks.
pub fn shymkent(now: DateTime<Utc>) -> Project {
    let mut project =
        Project::new("Желілік қоғамдастық, Шымкент", "Циолковский атындағы №84 жалпы орта мектеп", now);
    project.observation_templates.push(adisker::i18n::default_template());
    let host = school(&mut project, "Циолковский атындағы №84 жалпы орта мектеп", "84");
    let academy = school(&mut project, "«Өрлеу» БАҰО", "");
    let day = NaiveDate::from_ymd_opt(2016, 12, 9).unwrap();
    let mut event = Event::new("Желілік қоғамдастық – нәтижеге бағытталған іс-әрекет", day);
    event.venue.school = Some(host);
    event.venue.address = "Шымкент қаласы".into();
    event.audience = "Қала, аудан мектептерінің мұғалімдері".into();
    event.goal = "Қоғамдастықты құру арқылы ой бөлісу, тәжірибе алмасу, ортақ жұмысты жоспарлау".into();
    let hall = room(&mut event, "Акт залы");
    let trainers = [
        person(&mut project, "Мақалқызы Тамара", academy, "Ұлттық академия тренері"),
        person(&mut project, "Алиасқаров Дәулет Алтынбайұлы", academy, "ПШО тренері"),
    ];
    let lessons = [
        ("Қарабалаева Салтанат", "Математика", 9, "Квадрат теңдеулерді шешу", "10:00", "10:45"),
        ("Бадырақова Мақпал", "География", 7, "Атлант мұхиты. Тынық мұхиты", "10:00", "10:45"),
        ("Даржанова Шынар", "Ағылшын тілі", 6, "Holidays", "10:00", "10:45"),
        (
            "Құрбан Жанат",
            "Қазақ әдебиеті",
            10,
            "Майлықожа Сұлтанқожаұлы. Өмірі мен шығармашылығы",
            "11:00",
            "11:45",
        ),
        ("Патшаева Фариза", "Информатика", 5, "Компьютер құрылымы", "11:00", "11:45"),
        ("Мырзапеисова Ғазиза", "Әдебиеттік оқу", 3, "Шегіртке мен құмырсқа", "11:00", "11:45"),
    ];
    session(
        &mut event,
        day,
        Slot {
            start: "09:30",
            end: "10:00",
            kind: SessionKind::Opening,
            title: "Семинардың ашылуы",
            room: hall,
        },
    );
    let mut teachers = Vec::new();
    for (i, (name, subject, grade, topic, start, end)) in lessons.into_iter().enumerate() {
        let teacher = person(&mut project, name, host, &format!("{} пәні мұғалімі", subject.to_lowercase()));
        teachers.push(teacher);
        let classroom = room(&mut event, &format!("{} кабинет", 11 + i));
        let title = format!("Ашық сабақ: {}, {grade}-сынып", subject.to_lowercase());
        let index = session(
            &mut event,
            day,
            Slot { start, end, kind: SessionKind::OpenLesson, title: &title, room: classroom },
        );
        let session = &mut event.sessions[index];
        session.lesson = Some(Lesson {
            subject: subject.into(),
            grade,
            topic: topic.into(),
            teachers: vec![teacher],
            ..Lesson::default()
        });
        session.observers = trainers.to_vec();
    }
    session(
        &mut event,
        day,
        Slot {
            start: "12:00",
            end: "12:40",
            kind: SessionKind::RoundTable,
            title: "Дөңгелек үстел: ұсыныстар мен қорытынды",
            room: hall,
        },
    );
    session(
        &mut event,
        day,
        Slot {
            start: "12:40", end: "13:00", kind: SessionKind::Awards, title: "Марапаттау", room: hall
        },
    );
    let guests = school(&mut project, "Шымкент қаласының мектептері", "");
    for name in ["Әлиева Гүлмира", "Жұмабекова Айнұр", "Серікбаев Нұрлан", "Иванова Ольга", "Үсенова Әсел"]
    {
        let id = person(&mut project, name, guests, "мұғалім");
        event.registrations.push(Registration {
            person: id,
            attended: Some(true),
            ..Registration::default()
        });
    }
    for &id in teachers.iter().chain(&trainers) {
        event.registrations.push(Registration {
            person: id,
            attended: Some(true),
            ..Registration::default()
        });
    }
    let event_id = event.id;
    project.events.push(event);
    let award = |person, kind, title: &str, number: String| Award {
        id: AwardId::new(),
        person,
        kind,
        title: title.into(),
        event: Some(event_id),
        number,
        issued_on: day,
        status: AwardStatus::Issued,
        reason: String::new(),
        course: None,
        programme: None,
        extra: Extra::new(),
    };
    project.awards.push(award(
        teachers[3],
        AwardKind::Nomination,
        "Ең үздік шебер сынып",
        "84-2016/Н1".into(),
    ));
    for (i, &teacher) in teachers.iter().enumerate().filter(|(i, _)| *i != 3) {
        let number = format!("84-2016/{:03}", i + 1);
        project.awards.push(award(
            teacher,
            AwardKind::LetterOfThanks,
            "Белсенді жұмыс атқарғаны үшін",
            number,
        ));
    }
    project
}

/// A leading school and its magnet schools: mentors show short lessons to
/// the teachers they guide, in a city-level «Сәуір кездесулері».
pub fn karaganda(now: DateTime<Utc>) -> Project {
    let mut project = Project::new("Жетекші мектеп, Қарағанды", "Қарағанды қаласы білім бөлімі", now);
    project.observation_templates.push(adisker::i18n::default_template());
    let leading = school(&mut project, "№1 жалпы білім беретін орта мектеп", "1");
    let magnets: Vec<SchoolId> = [
        ("№2 ЖББОМ", "2"),
        ("Қ.Шыңғысов атындағы №5 ЖББОМ", "5"),
        ("№6 ЖББОМ", "6"),
        ("№9 тірек (ресурстық) ЖББОМ", "9"),
        ("№14 ЖББОМ", "14"),
        ("№21 ЖББОМ", "21"),
        ("№133 НББМ", "133"),
    ]
    .into_iter()
    .map(|(name, number)| school(&mut project, name, number))
    .collect();
    let day = NaiveDate::from_ymd_opt(2019, 4, 18).unwrap();
    let mut event = Event::new("Сәуір кездесулері", day);
    event.theme = "«Үйрете отырып өзара үйрену»".into();
    event.venue.school = Some(leading);
    event.goal = "Жаңартылған білім мазмұнын енгізуде мұғалімдерге қолдау көрсету".into();
    let hall = room(&mut event, "Мәжіліс залы");
    let lessons = [
        ("Ермекова Ботагөз Серікқызы", "Қазақ тілі", 5, "«ҚМЖ» құру: сабақтың мақсаты мен бағалау критерийі"),
        ("Нұрланова Айгерім Қайратқызы", "Математика", 6, "Критериалды бағалау: дескриптор құрастыру"),
        ("Шыңғысова Гүлнұр Маратқызы", "Физика", 8, "Дарынды балалармен жұмыс: зерттеу тапсырмалары"),
    ];
    session(
        &mut event,
        day,
        Slot {
            start: "14:00",
            end: "14:20",
            kind: SessionKind::Opening,
            title: "«Жарқын белес» кәсіби қауымдастығының жұмысы",
            room: hall,
        },
    );
    for (i, (name, subject, grade, topic)) in lessons.into_iter().enumerate() {
        let mentor = person(&mut project, name, leading, "тәлімгер");
        let mentee = person(&mut project, &format!("Тәлімалушы {}", i + 1), magnets[i], "жас маман");
        project.mentorships.push(Mentorship {
            id: MentorshipId::new(),
            mentor,
            mentees: vec![mentee],
            direction: subject.into(),
            starts_on: NaiveDate::from_ymd_opt(2018, 9, 1).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(2019, 5, 31).unwrap(),
            goals: String::new(),
            visits: Vec::new(),
            extra: Extra::new(),
        });
        let classroom = room(&mut event, &format!("{} кабинет", 20 + i));
        let index = session(
            &mut event,
            day,
            Slot {
                start: "14:30",
                end: "15:00",
                kind: SessionKind::OpenLesson,
                title: "Ықшам сабақ",
                room: classroom,
            },
        );
        event.sessions[index].lesson = Some(Lesson {
            subject: subject.into(),
            grade,
            topic: topic.into(),
            teachers: vec![mentor],
            ..Lesson::default()
        });
        for id in [mentor, mentee] {
            event.registrations.push(Registration {
                person: id,
                attended: Some(true),
                ..Registration::default()
            });
        }
    }
    session(
        &mut event,
        day,
        Slot {
            start: "15:10",
            end: "16:00",
            kind: SessionKind::RoundTable,
            title: "«Тәжірибедегі рефлексия»: көшбасшылар форумы",
            room: hall,
        },
    );
    for (i, &magnet) in magnets.iter().enumerate() {
        let id = person(&mut project, &format!("Мұғалім {}", i + 1), magnet, "мұғалім");
        let mode = if i % 3 == 0 { AttendanceMode::Online } else { AttendanceMode::Offline };
        event.registrations.push(Registration {
            person: id,
            mode,
            attended: Some(true),
            ..Registration::default()
        });
    }
    project.events.push(event);
    // As every file with mentorships is read since programmes exist.
    adisker::domain::mentoring::fold_mentorships(&mut project, "Тәлімгерлік");
    project
}

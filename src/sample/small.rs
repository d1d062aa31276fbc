//! The city practice site held at school №57, Жетісу district, Almaty, on
//! 1 February 2019, from the district's own report of it.
//!
//! Everything the report names is here as it names it: the guests, the host
//! school's teachers, the ensemble, the song, the master class, both open
//! lessons and the «Теңге алу» round. People the report names only by their
//! initials keep their initials, since their first names are not ours to
//! invent. The registered teachers, rooms, times, observation notes and
//! feedback are made up to be what such a day plausibly held.

use super::names::{self, pick};
use super::templates::{self, LESSON_CRITERIA};
use super::{date, local_to_utc, time, uuid};
use crate::domain::*;
use chrono::{DateTime, NaiveTime, TimeDelta, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::{BTreeMap, HashSet};

const KAZAKH_TEACHER: &str = "Қазақ тілі мен әдебиеті пәнінің мұғалімі";
const KAZAKH_SUBJECTS: [&str; 2] = ["Қазақ тілі", "Қазақ әдебиеті"];
const ALMATY: &str = "Алматы қаласы";

/// Russian-medium schools whose teachers of Kazakh came to the practice site.
const GUEST_SCHOOLS: [(&str, &str, &str); 15] = [
    ("№12", "гимназия", "Медеу ауданы"),
    ("№25", "мектеп-гимназия", "Бостандық ауданы"),
    ("№36", "жалпы білім беретін мектеп", "Жетісу ауданы"),
    ("№43", "жалпы білім беретін мектеп", "Жетісу ауданы"),
    ("№61", "жалпы білім беретін мектеп", "Түрксіб ауданы"),
    ("№74", "мектеп-гимназия", "Алмалы ауданы"),
    ("№88", "жалпы білім беретін мектеп", "Жетісу ауданы"),
    ("№94", "лицей", "Әуезов ауданы"),
    ("№105", "жалпы білім беретін мектеп", "Түрксіб ауданы"),
    ("№117", "мектеп-лицей", "Бостандық ауданы"),
    ("№126", "жалпы білім беретін мектеп", "Алатау ауданы"),
    ("№131", "гимназия", "Әуезов ауданы"),
    ("№139", "жалпы білім беретін мектеп", "Жетісу ауданы"),
    ("№152", "мектеп-гимназия", "Медеу ауданы"),
    ("№174", "жалпы білім беретін мектеп", "Наурызбай ауданы"),
];

/// Registered teachers; about a dozen more than the «100-ден аса» who came.
const REGISTERED: usize = 104;
const ONLINE: usize = 5;
const ABSENT: usize = 6;
/// Coins each participant in the hall held for the «Теңге алу» round.
const COINS_EACH: u32 = 3;

/// Seeds the ids, so that the example is the same file every time it is
/// made and documents printed from it can be compared.
const SEED: u64 = 0x0057_2019_0201;

pub fn small(now: DateTime<Utc>) -> Project {
    Builder::new().build(now)
}

/// The practice site as a republican seminar fills it: `present` teachers
/// there (in the hall, or the few online), each due a certificate. The batch of certificates it
/// prints is the heaviest job of a day (benches/print.rs).
pub fn crowded(present: usize, now: DateTime<Utc>) -> Project {
    let mut project = small(now);
    let mut rng = ChaCha8Rng::seed_from_u64(SEED ^ present as u64);
    let schools: Vec<SchoolId> = project.schools.iter().map(|s| s.id).collect();
    let event = &mut project.events[0];
    let already = event.registrations.iter().filter(|r| r.attended == Some(true)).count();
    for _ in already..present {
        let female = rng.random_range(0..10) < 8;
        let person = Person {
            id: PersonId(uuid(&mut rng)),
            full_name: names::kazakh(&mut rng, female),
            school: Some(*pick(&mut rng, &schools)),
            position: KAZAKH_TEACHER.to_owned(),
            ..Person::default()
        };
        event.registrations.push(Registration {
            person: person.id,
            mode: AttendanceMode::Offline,
            attended: Some(true),
            group: None,
            extra: Extra::new(),
        });
        project.people.push(person);
    }
    project
}

struct Builder {
    rng: ChaCha8Rng,
    schools: Vec<School>,
    people: Vec<Person>,
}

/// Who is who, by id, once the people exist.
struct Cast {
    school57: SchoolId,
    kusainova: PersonId,
    madalimova: PersonId,
    bagashar: PersonId,
    tauekelova: PersonId,
    kozhabekova: PersonId,
    kalygulova: PersonId,
    baikaozhayeva: PersonId,
    kurmankulova: PersonId,
    druzhinina: PersonId,
    ensemble_leader: PersonId,
    deputy: PersonId,
    omarova: PersonId,
    sarsenbayeva: PersonId,
    teachers: Vec<PersonId>,
}

impl Builder {
    fn new() -> Self {
        Builder { rng: ChaCha8Rng::seed_from_u64(SEED), schools: Vec::new(), people: Vec::new() }
    }

    fn school(&mut self, name: String, number: Option<&str>, locality: String, role: SchoolRole) -> SchoolId {
        let id = SchoolId(uuid(&mut self.rng));
        self.schools.push(School {
            id,
            name,
            number: number.map(str::to_owned),
            locality,
            role,
            kind: OrganisationKind::School,
            extra: Extra::new(),
        });
        id
    }

    fn person(&mut self, full_name: &str, school: Option<SchoolId>, position: &str) -> PersonId {
        let id = PersonId(uuid(&mut self.rng));
        self.people.push(Person {
            id,
            full_name: full_name.to_owned(),
            school,
            position: position.to_owned(),
            ..Person::default()
        });
        id
    }

    fn last_person(&mut self) -> &mut Person {
        self.people.last_mut().expect("a person was just added")
    }

    fn kazakh_teacher(&mut self, full_name: &str, school: SchoolId, qualification: &str) -> PersonId {
        let id = self.person(full_name, Some(school), KAZAKH_TEACHER);
        let person = self.last_person();
        person.subjects = KAZAKH_SUBJECTS.map(str::to_owned).to_vec();
        person.qualification = Some(qualification.to_owned());
        id
    }

    fn build(mut self, now: DateTime<Utc>) -> Project {
        let mut project = Project::new(
            "Жетісу ауданындағы қалалық тәжірибелік алаң, 2019",
            "Алматы қаласы Білім басқармасының «Қалалық білім берудегі жаңа технологиялардың \
             ғылыми-әдістемелік орталығы»; Жетісу аудандық білім бөлімі",
            now,
        );
        project.id = ProjectId(uuid(&mut self.rng));

        let cast = self.cast();
        let template = TemplateId(uuid(&mut self.rng));
        project.observation_templates.push(templates::sheet(
            template,
            "Сабақты бақылау парағы (қалыптастырушы бағалау)",
            1,
            None,
            Scale::FourLevels,
            &LESSON_CRITERIA,
        ));

        let event = self.event(&cast, template);
        project.awards = self.awards(&cast, event.id);
        project.city = "Алматы қ.".to_owned();
        project.emblem = Some(super::EMBLEM_NAME.to_owned());
        self.signatories(&mut project, &cast);
        project.events.push(event);
        project.schools = self.schools;
        project.people = self.people;
        project
    }

    fn cast(&mut self) -> Cast {
        let school57 = self.school(
            "№57 жалпы білім беретін мектеп".into(),
            Some("№57"),
            format!("{ALMATY}, Жетісу ауданы"),
            SchoolRole::Host,
        );
        let centre = self.school(
            "«Қалалық білім берудегі жаңа технологиялардың ғылыми-әдістемелік орталығы»".into(),
            None,
            ALMATY.into(),
            SchoolRole::Other,
        );
        let department = self.school(
            "Жетісу аудандық білім бөлімі".into(),
            None,
            format!("{ALMATY}, Жетісу ауданы"),
            SchoolRole::Other,
        );
        let guest_schools: Vec<SchoolId> = GUEST_SCHOOLS
            .iter()
            .map(|&(number, kind, district)| {
                self.school(
                    format!("{number} {kind}"),
                    Some(number),
                    format!("{ALMATY}, {district}"),
                    SchoolRole::Member,
                )
            })
            .collect();

        let kusainova = self.person(
            "Құсайынова Салтанат Амангелдіқызы",
            Some(department),
            "Жетісу аудандық білім бөлімінің басшысы",
        );
        let madalimova = self.person("Мадалимова К.К.", Some(centre), "Әдіскер");
        self.last_person().subjects = vec!["Қазақ тілі".into()];
        let bagashar = self.person("Бағашар Жадыра", None, "«Білім айнасы» БАҚ-ның тілшісі");
        self.last_person().note = Some("Семинар туралы мақала дайындады".into());
        let tauekelova = self.person("Тәуекелова Г.", Some(school57), "Директордың міндетін атқарушы");

        let kozhabekova = self.kazakh_teacher("Қожабекова Г.", school57, "жоғары санат");
        let kalygulova = self.kazakh_teacher("Қалығұлова Б.", school57, "бірінші санат");
        let baikaozhayeva = self.kazakh_teacher("Байқаожаева Ұ.", school57, "бірінші санат");
        let kurmankulova = self.kazakh_teacher("Құрманқұлова Г.", school57, "жоғары санат");

        let druzhinina = self.person("Дружинина Полина", Some(school57), "оқушы");
        self.last_person().note = Some("Ашылу салтанатында «Туған жер» әнін орындады".into());

        // The report names neither the ensemble's teacher, nor who met the
        // guests at the door, nor the methodologists who sat in on lessons
        // alongside Мадалимова; a day like this has all three.
        let ensemble_leader =
            self.person("Әбдірахманов Ерлан Қайратұлы", Some(school57), "Музыка пәнінің мұғалімі");
        {
            let person = self.last_person();
            person.subjects = vec!["Музыка".into()];
            person.note = Some("«Жетісу жауһарлары» домбырашылар ансамблінің жетекшісі".into());
        }
        let deputy = self.person(
            "Жақыпова Ләззат Ерланқызы",
            Some(school57),
            "Директордың оқу ісі жөніндегі орынбасары",
        );
        self.last_person().subjects = KAZAKH_SUBJECTS.map(str::to_owned).to_vec();
        let omarova = self.person("Омарова Айгүл Серікқызы", Some(centre), "Әдіскер");
        self.last_person().subjects = vec!["Қазақ тілі".into()];
        let sarsenbayeva = self.person("Сәрсенбаева Гүлнар Бақытқызы", Some(department), "Әдіскер");
        {
            let person = self.last_person();
            person.subjects = KAZAKH_SUBJECTS.map(str::to_owned).to_vec();
            person.note = Some("«Шамшырақ» шығармашылық қоғамдастығының жетекшісі".into());
        }

        let teachers = self.registered_teachers(&guest_schools);
        Cast {
            school57,
            kusainova,
            madalimova,
            bagashar,
            tauekelova,
            kozhabekova,
            kalygulova,
            baikaozhayeva,
            kurmankulova,
            druzhinina,
            ensemble_leader,
            deputy,
            omarova,
            sarsenbayeva,
            teachers,
        }
    }

    /// Teachers of Kazakh in Russian-medium schools are nearly all Kazakh
    /// women; a few men and a few Russian colleagues who teach Kazakh too.
    fn registered_teachers(&mut self, schools: &[SchoolId]) -> Vec<PersonId> {
        const QUALIFICATIONS: [&str; 7] = [
            "жоғары санат",
            "жоғары санат",
            "бірінші санат",
            "бірінші санат",
            "бірінші санат",
            "екінші санат",
            "санатсыз",
        ];
        // No registered teacher shares a surname with someone on the
        // programme, so that a sign-in sheet never seems to list a guest twice.
        let surname = |name: &str| name.split(' ').next().unwrap_or_default().to_owned();
        let cast: HashSet<String> = self.people.iter().map(|p| surname(&p.full_name)).collect();
        let mut seen = HashSet::new();
        let mut ids = Vec::with_capacity(REGISTERED);
        while ids.len() < REGISTERED {
            let i = ids.len();
            let name = match i % 26 {
                7 | 20 => names::kazakh(&mut self.rng, false),
                13 => names::russian(&mut self.rng, true),
                _ => names::kazakh(&mut self.rng, true),
            };
            if cast.contains(&surname(&name)) || !seen.insert(name.clone()) {
                continue;
            }
            let school = *pick(&mut self.rng, schools);
            let qualification = *pick(&mut self.rng, &QUALIFICATIONS);
            ids.push(self.kazakh_teacher(&name, school, qualification));
        }
        ids
    }

    fn event(&mut self, cast: &Cast, template: TemplateId) -> Event {
        let day = date(2019, 2, 1);
        let mut event = Event::new(
            "Қазақ тілі мен әдебиеті пәнін оқыту үдерісінде оқушылардың білім алу құзіреттіліктерін \
             қалыптастырудың тәжірибелік алаңы",
            day,
        );
        event.id = EventId(uuid(&mut self.rng));
        event.theme =
            "Орыс мектептеріндегі қазақ тілі мен әдебиеті пәні мұғалімдерінің өзара тәжірибе алмасуы: \
                       жаңа әдіс-тәсілдер және қалыптастырушы бағалау"
                .into();
        event.kind = EventKind::PracticeSite;
        event.level = Level::City;
        event.format = EventFormat::Offline;
        event.venue = Venue {
            school: Some(cast.school57),
            address: "Алматы қаласы, Жетісу ауданы, Бекмаханов көшесі, 94".into(),
            extra: Extra::new(),
        };
        event.goal = "Қазақ тілі мен әдебиеті пәнін оқыту үдерісінде инновациялық технологияларды қолдану \
                      арқылы мектеп оқушыларының пәндік құзіреттіліктерін және функционалдық \
                      сауаттылықтарын қалыптастыру."
            .into();
        event.objectives = [
            "Мұғалімдердің кәсіби біліктілігін шыңдау",
            "Жаңартылған білім беру бағдарламасы аясында тәжірибе алмасу",
            "Қалыптастырушы бағалаудың тиімді тәсілдерін көрсету",
            "Оқушылардың тілдік дағдыларын дамытудың жаңа әдіс-тәсілдерімен бөлісу",
            "«Шамшырақ» шығармашылық қоғамдастығының тәжірибесін қала ұстаздарына таныстыру",
        ]
        .map(str::to_owned)
        .to_vec();
        event.audience =
            "Алматы қаласының орыс тілінде оқытатын мектептеріндегі қазақ тілі мен әдебиеті пәні мұғалімдері"
                .into();
        event.expected_participants = Some(110);
        event.languages = vec!["kk".into()];

        let hall = self.room("Мәжіліс залы", 150);
        let room_5a = self.room("5 «А» сыныбы", 55);
        let room_1a = self.room("1 «Ә» сыныбы", 50);
        event.rooms = vec![hall.clone(), room_5a.clone(), room_1a.clone()];

        event.registrations = self.registrations(&cast.teachers);
        let present = |group: Option<&str>| -> Vec<PersonId> {
            event
                .registrations
                .iter()
                .filter(|r| r.attended == Some(true) && r.mode == AttendanceMode::Offline)
                .filter(|r| group.is_none_or(|g| r.group.as_deref() == Some(g)))
                .map(|r| r.person)
                .collect()
        };
        let everyone = present(None);
        let group1 = present(Some(GROUP_5A));
        let group2 = present(Some(GROUP_1A));
        let guests = [cast.kusainova, cast.madalimova, cast.bagashar, cast.omarova, cast.sarsenbayeva];
        let with_guests =
            |people: &[PersonId]| -> Vec<PersonId> { guests.iter().chain(people).copied().collect() };

        let mut sessions = Vec::new();
        let mut add =
            |builder: &mut Self, start: NaiveTime, end: NaiveTime, kind, title: &str, room: Option<&Room>| {
                sessions.push(Session {
                    id: SessionId(uuid(&mut builder.rng)),
                    room: room.map(|r| r.id),
                    ..Session::new(day, start, end, kind, title.to_owned())
                });
                sessions.len() - 1
            };

        let registration =
            add(self, time(9, 30), time(10, 0), SessionKind::Registration, "Қатысушыларды тіркеу", None);
        let opening = add(
            self,
            time(10, 0),
            time(10, 10),
            SessionKind::Opening,
            "Салтанатты ашылу. «Жетісу жауһарлары» жас домбырашылар ансамблінің күйі",
            Some(&hall),
        );
        let song = add(
            self,
            time(10, 10),
            time(10, 15),
            SessionKind::Performance,
            "«Туған жер» әні. Орындайтын Дружинина Полина",
            Some(&hall),
        );
        let welcome = add(
            self,
            time(10, 15),
            time(10, 25),
            SessionKind::Speech,
            "Құттықтау сөз. Мектеп ұжымы мен шәкірттерінің қала, республика деңгейіндегі жетістіктері",
            Some(&hall),
        );
        let department_speech = add(
            self,
            time(10, 25),
            time(10, 35),
            SessionKind::Speech,
            "Аудандағы «Шамшырақ» шығармашылық қоғамдастығының тәжірибе алмасу бағытындағы жұмысы",
            Some(&hall),
        );
        let centre_speech = add(
            self,
            time(10, 35),
            time(10, 45),
            SessionKind::Speech,
            "Қалалық деңгейдегі тәжірибе алмасу іс-шараларының маңыздылығы мен қажеттілігі",
            Some(&hall),
        );
        let master = add(
            self,
            time(10, 45),
            time(11, 25),
            SessionKind::MasterClass,
            "Шеберлік сағаты: «Пәнді оқыту үдерісіндегі қалыптастырушы бағалаудың тиімділігі»",
            Some(&hall),
        );
        let lesson5 = add(
            self,
            time(11, 35),
            time(12, 20),
            SessionKind::OpenLesson,
            "Ашық сабақ: қазақ тілі, 5-сынып, «Менің тәуелсіз Қазақстаным»",
            Some(&room_5a),
        );
        let lesson1 = add(
            self,
            time(11, 35),
            time(12, 10),
            SessionKind::OpenLesson,
            "Ашық сабақ: қазақ тілі, 1-сынып, «Саяхат»",
            Some(&room_1a),
        );
        let tea = add(self, time(12, 20), time(12, 35), SessionKind::Break, "Үзіліс", None);
        let coins = add(
            self,
            time(12, 35),
            time(13, 5),
            SessionKind::Feedback,
            "Кері байланыс: ұлттық педагогика негізіндегі «Теңге алу» әдісі",
            Some(&hall),
        );
        let closing = add(
            self,
            time(13, 5),
            time(13, 20),
            SessionKind::Awards,
            "Алғыс хаттарды табыстау. Тәжірибелік алаңды қорытындылау",
            Some(&hall),
        );

        let s = &mut sessions;
        s[registration].responsible = vec![cast.deputy];
        s[registration].notes = "Қатысушылар мектептің кіреберісінде тіркеліп, бағдарламаны, бақылау \
                                 парағын және «Теңге алу» раундына арналған үш теңгені алады. Тіркеу кезінде \
                                 әр қатысушыға ашық сабақ тобы беріледі."
            .into();
        s[opening].responsible = vec![cast.ensemble_leader];
        s[opening].notes = "Қонақтарды №57 мектептің «Жетісу жауһарлары» атты жас домбырашылар ансамблі \
                            күймен қарсы алады."
            .into();
        s[song].responsible = vec![cast.druzhinina];
        s[welcome].responsible = vec![cast.tauekelova];
        s[welcome].notes = "Г.Тәуекелова ұстаздарға сәттілік тілеп, педагогикалық ұжым мен мектеп \
                            шәкірттерінің жетістіктері туралы қысқаша ақпарат береді."
            .into();
        s[department_speech].responsible = vec![cast.kusainova];
        s[department_speech].notes = "Мұғалімдердің кәсіби біліктілігін шыңдау және жаңартылған білім беру \
                                      бағдарламасы аясында тәжірибе алмасу үшін тәжірибелік алаңның маңызы."
            .into();
        s[centre_speech].responsible = vec![cast.madalimova];
        s[centre_speech].notes =
            "«Шамшырақ» қоғамдастығының мұғалімдердің өзара тәжірибе алмасуына негізделген іс-шараларына баға."
                .into();

        s[master].responsible = vec![cast.kozhabekova];
        s[master].lesson = Some(Lesson {
            subject: "Қазақ тілі".into(),
            grade: 5,
            class_letter: None,
            topic: "Пәнді оқыту үдерісіндегі қалыптастырушы бағалаудың тиімділігі".into(),
            objectives: "Қатысушылар қалыптастырушы бағалаудың мақсатын, бағалау критерийлері мен \
                         дескрипторларды құрастыру жолын және кері байланыстың тиімді тәсілдерін меңгереді."
                .into(),
            teachers: vec![cast.kozhabekova],
            extra: Extra::new(),
        });
        s[master].observers = vec![cast.madalimova, cast.omarova, cast.sarsenbayeva];
        s[master].attendees = with_guests(&everyone);
        s[master].notes =
            "Қатысушылар «оқушы» рөлінде 5-сыныпқа арналған тапсырмаға дескриптор құрастырады.".into();

        s[lesson5].responsible = vec![cast.kalygulova, cast.baikaozhayeva];
        s[lesson5].lesson = Some(Lesson {
            subject: "Қазақ тілі".into(),
            grade: 5,
            class_letter: Some("А".into()),
            topic: "Менің тәуелсіз Қазақстаным".into(),
            objectives:
                "Тақырып бойынша жаңа сөздерді тыңдалым мен айтылымда қолдану; мәтіннің негізгі ойын \
                         анықтау; Тәуелсіздік туралы 5–6 сөйлемнен тұратын монолог құрау."
                    .into(),
            teachers: vec![cast.kalygulova, cast.baikaozhayeva],
            extra: Extra::new(),
        });
        s[lesson5].observers = vec![cast.madalimova, cast.omarova];
        s[lesson5].attendees = group1;
        s[lesson5].notes = format!("{GROUP_5A}. Сабақты екі мұғалім бірлесіп өткізеді.");

        s[lesson1].responsible = vec![cast.kurmankulova];
        s[lesson1].lesson = Some(Lesson {
            subject: "Қазақ тілі".into(),
            grade: 1,
            class_letter: Some("Ә".into()),
            topic: "Саяхат".into(),
            objectives:
                "Көлік пен саяхатқа қатысты сөздерді түсіну және айту; «Бұл не?» сұрағына толық жауап \
                         беру; қарапайым диалогқа қатысу."
                    .into(),
            teachers: vec![cast.kurmankulova],
            extra: Extra::new(),
        });
        s[lesson1].observers = vec![cast.sarsenbayeva, cast.deputy];
        s[lesson1].attendees = group2;
        s[lesson1].notes = format!("{GROUP_1A}. Бірінші сыныпта сабақ 35 минут.");

        s[tea].notes = "Мектеп асханасында шай. Қатысушылар сабақ жоспарларының көшірмесін алады.".into();
        s[coins].responsible = vec![cast.tauekelova];
        s[coins].attendees = everyone.clone();
        s[coins].notes = "Әр қатысушы өзіне ұнаған, пайдалы болған бөлімнің қорапшасына теңге салады; \
                          теңгелер саналып, нәтижесі жарияланады."
            .into();
        s[closing].responsible = vec![cast.tauekelova, cast.kusainova];

        event.feedback =
            self.coins_round(&sessions, [master, lesson5, lesson1, opening], &event.registrations, day);
        event.feedback.extend(self.comments(&event.registrations, day));
        event.observations = self.observations(&sessions, [master, lesson5, lesson1], template, day);
        event.sessions = sessions;
        event
    }

    fn room(&mut self, name: &str, capacity: u32) -> Room {
        Room {
            id: RoomId(uuid(&mut self.rng)),
            name: name.into(),
            capacity: Some(capacity),
            extra: Extra::new(),
        }
    }

    fn registrations(&mut self, teachers: &[PersonId]) -> Vec<Registration> {
        // Spread the online and absent teachers through the list instead of
        // bunching them at its end, as a sign-in sheet would show them.
        let online: HashSet<usize> = (0..ONLINE).map(|k| 9 + k * 21).collect();
        let absent: HashSet<usize> = (0..ABSENT).map(|k| 4 + k * 17).collect();
        let mut next_group = 0;
        teachers
            .iter()
            .enumerate()
            .map(|(i, &person)| {
                let mode = if online.contains(&i) { AttendanceMode::Online } else { AttendanceMode::Offline };
                let group = (mode == AttendanceMode::Offline).then(|| {
                    next_group += 1;
                    if next_group % 2 == 1 { GROUP_5A } else { GROUP_1A }.to_owned()
                });
                Registration {
                    person,
                    mode,
                    attended: Some(!absent.contains(&i)),
                    group,
                    extra: Extra::new(),
                }
            })
            .collect()
    }

    /// One entry per participant and session they gave coins to. Everyone
    /// held three coins; the master class drew the most, as the report's
    /// «жоғары бағалап» suggests, and the concert a few.
    fn coins_round(
        &mut self,
        sessions: &[Session],
        [master, lesson5, lesson1, opening]: [usize; 4],
        registrations: &[Registration],
        day: chrono::NaiveDate,
    ) -> Vec<Feedback> {
        let mut entered = local_to_utc(day, time(15, 0));
        let mut feedback = Vec::new();
        for r in
            registrations.iter().filter(|r| r.attended == Some(true) && r.mode == AttendanceMode::Offline)
        {
            let own_lesson = if r.group.as_deref() == Some(GROUP_5A) { lesson5 } else { lesson1 };
            let split: &[(usize, u32)] = match self.rng.random_range(0..10) {
                0..=3 => &[(master, 2), (own_lesson, 1)],
                4..=6 => &[(master, 1), (own_lesson, 2)],
                7 | 8 => &[(master, 1), (own_lesson, 1), (opening, 1)],
                _ => &[(own_lesson, 3)],
            };
            debug_assert_eq!(split.iter().map(|&(_, n)| n).sum::<u32>(), COINS_EACH);
            for &(session, coins) in split {
                entered += TimeDelta::seconds(7);
                feedback.push(Feedback {
                    id: FeedbackId(uuid(&mut self.rng)),
                    target: FeedbackTarget::Session(sessions[session].id),
                    respondent: Some(r.person),
                    respondent_name: String::new(),
                    method: FeedbackMethod::Coins,
                    ratings: BTreeMap::new(),
                    stars: Vec::new(),
                    wish: String::new(),
                    comment: String::new(),
                    coins: Some(coins),
                    light: None,
                    entered,
                    extra: Extra::new(),
                });
            }
        }
        feedback
    }

    fn comments(&mut self, registrations: &[Registration], day: chrono::NaiveDate) -> Vec<Feedback> {
        // Each comment speaks of what its writer saw, so it is signed by
        // someone from the right group; one is left anonymous, as some are.
        const COMMENTS: [(Who, &str); 6] = [
            (
                Who::Hall(0),
                "Шеберлік сағаты өте пайдалы болды: «Бағдаршам», «Екі жұлдыз, бір тілек» тәсілдерін ертеңнен \
                 бастап өз сабағымда қолданамын.",
            ),
            (
                Who::Group(GROUP_1A, 1),
                "1-сыныптағы «Саяхат» сабағы ойын түрінде өтті, балалардың қазақша еркін сөйлегені қуантты. \
                 Ұйымдастырушыларға рақмет!",
            ),
            (
                Who::Group(GROUP_5A, 2),
                "«Менің тәуелсіз Қазақстаным» сабағында екі мұғалімнің бірлесіп сабақ беруі ерекше әсер \
                 қалдырды. Топтық жұмыс жақсы ұйымдастырылған.",
            ),
            (
                Who::Anonymous,
                "Осындай тәжірибе алмасу алаңдарын жиі өткізсе екен. Келесі жолы сабақ жоспарларын алдын ала \
                 электронды түрде жіберсе жақсы болар еді.",
            ),
            (
                Who::Hall(17),
                "«Жетісу жауһарлары» ансамблінің күйі мен Полинаның «Туған жер» әні семинарға ерекше көңіл күй \
                 сыйлады.",
            ),
            (
                Who::Online(0),
                "Онлайн қатысып, шеберлік сағатын тамашаладым. Дыбыс кейде үзіліп қалды, бірақ материалдар \
                 түсінікті болды.",
            ),
        ];
        let entered = local_to_utc(day, time(16, 30));
        COMMENTS
            .iter()
            .enumerate()
            .map(|(k, &(who, comment))| Feedback {
                id: FeedbackId(uuid(&mut self.rng)),
                target: FeedbackTarget::Event,
                respondent: who.find(registrations),
                respondent_name: String::new(),
                method: FeedbackMethod::Free,
                ratings: BTreeMap::new(),
                stars: Vec::new(),
                wish: String::new(),
                comment: comment.to_owned(),
                coins: None,
                light: None,
                entered: entered + TimeDelta::minutes(k as i64),
                extra: Extra::new(),
            })
            .collect()
    }

    fn observations(
        &mut self,
        sessions: &[Session],
        [master, lesson5, lesson1]: [usize; 3],
        template: TemplateId,
        day: chrono::NaiveDate,
    ) -> Vec<Observation> {
        let written = [(master, &MASTER_CLASS[..]), (lesson5, &GRADE_FIVE[..]), (lesson1, &GRADE_ONE[..])];
        let mut modified = local_to_utc(day, time(17, 0));
        let mut observations = Vec::new();
        for (session, sheets) in written {
            let session = &sessions[session];
            for (observer, sheet) in session.observers.iter().zip(sheets) {
                modified += TimeDelta::minutes(12);
                observations.push(Observation {
                    id: ObservationId(uuid(&mut self.rng)),
                    session: session.id,
                    observer: *observer,
                    template,
                    ratings: LESSON_CRITERIA
                        .iter()
                        .zip(sheet.ratings)
                        .map(|(&(key, _, _), level)| (key.to_owned(), level))
                        .collect(),
                    notes: sheet
                        .notes
                        .iter()
                        .map(|&(at, text)| ObservationNote { at, text: text.to_owned(), extra: Extra::new() })
                        .collect(),
                    strengths: sheet.strengths.to_owned(),
                    improvements: sheet.improvements.to_owned(),
                    recommendation: sheet.recommendation.to_owned(),
                    status: ObservationStatus::Final,
                    modified,
                    extra: Extra::new(),
                });
            }
        }
        observations
    }

    /// The department's head signs the letters of thanks with the school's
    /// director; the director alone signs the certificates.
    fn signatories(&mut self, project: &mut Project, cast: &Cast) {
        let head = Signatory {
            id: SignatoryId(uuid(&mut self.rng)),
            person: Some(cast.kusainova),
            name: "С. А. Құсайынова".to_owned(),
            position: "Жетісу аудандық білім бөлімінің басшысы".to_owned(),
            organisation: String::new(),
            extra: Extra::new(),
        };
        let director = Signatory {
            id: SignatoryId(uuid(&mut self.rng)),
            person: Some(cast.tauekelova),
            name: "Г. Тәуекелова".to_owned(),
            position: "Директордың м.а.".to_owned(),
            organisation: "№57 жалпы білім беретін мектеп".to_owned(),
            extra: Extra::new(),
        };
        let signing =
            |signatories: Vec<SignatoryId>| DocumentSettings { signatories, ..DocumentSettings::default() };
        project.documents.insert("letters".to_owned(), signing(vec![head.id, director.id]));
        project.documents.insert("diplomas".to_owned(), signing(vec![head.id]));
        project.documents.insert("certificates".to_owned(), signing(vec![director.id]));
        project.signatories = vec![head, director];
    }

    fn awards(&mut self, cast: &Cast, event: EventId) -> Vec<Award> {
        let master = "Қалалық тәжірибелік алаңда «Пәнді оқыту үдерісіндегі қалыптастырушы бағалаудың \
                      тиімділігі» тақырыбында шеберлік сағатын жоғары деңгейде өткізгені үшін";
        let grade5 = "Қалалық тәжірибелік алаңда 5-сыныпта «Менің тәуелсіз Қазақстаным» тақырыбында ашық \
                      сабақ өткізіп, іс-тәжірибесімен бөліскені үшін";
        let grade1 = "Қалалық тәжірибелік алаңда 1-сыныпта «Саяхат» тақырыбында ашық сабақ өткізіп, \
                      іс-тәжірибесімен бөліскені үшін";
        let ensemble = "Тәжірибелік алаңның салтанатты ашылуында «Жетісу жауһарлары» ансамблінің өнерін \
                        көрсеткені үшін";
        let mut awards = [
            (cast.kozhabekova, master),
            (cast.kalygulova, grade5),
            (cast.baikaozhayeva, grade5),
            (cast.kurmankulova, grade1),
            (cast.ensemble_leader, ensemble),
        ]
        .iter()
        .enumerate()
        .map(|(i, &(person, title))| Award {
            id: AwardId(uuid(&mut self.rng)),
            person,
            kind: AwardKind::LetterOfThanks,
            title: title.to_owned(),
            event: Some(event),
            number: format!("57-2019/{:03}", i + 1),
            issued_on: date(2019, 2, 1),
            status: AwardStatus::Issued,
            reason: String::new(),
            course: None,
            programme: None,
            extra: Extra::new(),
        })
        .collect::<Vec<_>>();
        awards.push(Award {
            id: AwardId(uuid(&mut self.rng)),
            person: cast.kozhabekova,
            kind: AwardKind::Nomination,
            title: "Ең үздік шебер сынып".to_owned(),
            event: Some(event),
            number: "57-2019/006".to_owned(),
            issued_on: date(2019, 2, 1),
            status: AwardStatus::Issued,
            reason: "Қалыптастырушы бағалаудың тиімділігін көрсеткен шеберлік сағаты үшін".to_owned(),
            course: None,
            programme: None,
            extra: Extra::new(),
        });
        awards
    }
}

const GROUP_5A: &str = "1-топ";
const GROUP_1A: &str = "2-топ";

/// Who wrote a comment: the n-th teacher present in the hall, in a lesson
/// group or online.
#[derive(Clone, Copy)]
enum Who {
    Hall(usize),
    Group(&'static str, usize),
    Online(usize),
    Anonymous,
}

impl Who {
    fn find(self, registrations: &[Registration]) -> Option<PersonId> {
        let came = registrations.iter().filter(|r| r.attended == Some(true));
        let offline = |r: &&Registration| r.mode == AttendanceMode::Offline;
        let found = match self {
            Who::Hall(n) => came.filter(offline).nth(n),
            Who::Group(group, n) => came.filter(|r| r.group.as_deref() == Some(group)).nth(n),
            Who::Online(n) => came.filter(|r| r.mode == AttendanceMode::Online).nth(n),
            Who::Anonymous => None,
        };
        found.map(|r| r.person)
    }
}

/// A filled observation sheet as the observer wrote it.
struct Sheet {
    /// Levels in the order of [`LESSON_CRITERIA`].
    ratings: [u8; 8],
    notes: &'static [(u32, &'static str)],
    strengths: &'static str,
    improvements: &'static str,
    recommendation: &'static str,
}

/// In the order of the master class's observers: Мадалимова, Омарова,
/// Сәрсенбаева.
const MASTER_CLASS: [Sheet; 3] = [
    Sheet {
        ratings: [4, 3, 4, 4, 3, 4, 4, 4],
        notes: &[
            (
                60,
                "Шеберлік сағаты «Бір-біріңе жылы сөз айт» психологиялық ахуал тренингімен басталды; қатысушылар түрлі түсті стикерлер арқылы екі топқа бөлінді.",
            ),
            (
                420,
                "Қалыптастырушы және жиынтық бағалаудың айырмашылығы кесте арқылы түсіндірілді, қатысушылар «Венн диаграммасын» толтырды.",
            ),
            (
                1200,
                "Практикалық жұмыс: әр топ 5-сыныпқа арналған тапсырмаға бағалау критерийі мен дескрипторларын құрастырды.",
            ),
            (1980, "Кері байланыс тәсілдері көрсетілді: «Бағдаршам», «Екі жұлдыз, бір тілек», «Басбармақ»."),
            (
                2280,
                "Рефлексия «Жетістік баспалдағы» арқылы өтті, көпшілігі жоғарғы баспалдаққа стикер жапсырды.",
            ),
        ],
        strengths: "Теория мен практика тығыз байланысты: қатысушылар дескрипторды өздері құрастырып, бірден талдады. \
                    Кері байланыстың бірнеше тәсілі нақты мысалдармен көрсетілді.",
        improvements: "Практикалық бөлімге уақыт аздау болды, екінші топ өз жұмысын толық таныстыра алмады.",
        recommendation: "Шеберлік сағатының материалдарын (дескриптор үлгілері, кері байланыс парақтары) «Шамшырақ» \
                         қоғамдастығының мұғалімдеріне тарату ұсынылады.",
    },
    Sheet {
        ratings: [4, 3, 4, 3, 4, 4, 4, 3],
        notes: &[
            (
                300,
                "Мұғалім қалыптастырушы бағалаудың мақсатын өз сабақтарынан алынған бейнеүзінділер арқылы көрсетті.",
            ),
            (
                1500,
                "Топтар құрастырған дескрипторлар «Галереяға саяхат» әдісімен бағаланды; бір топтың дескрипторы өлшенбейтін болып шықты, мұғалім оны бірге түзетті.",
            ),
            (2100, "Қатысушыларға кері байланыс парақтарының үлгілері таратылды."),
        ],
        strengths: "Мұғалімнің өз сыныбындағы нақты мысалдары сенімді болды; қатысушылар белсенді қатысты.",
        improvements: "Саралау тәсілдері аз қамтылды: әр деңгейдегі оқушыға арналған дескриптор үлгісі болмады.",
        recommendation: "Келесі шеберлік сағатында саралап бағалауға арналған үлгілерді қосу ұсынылады.",
    },
    Sheet {
        ratings: [4, 4, 4, 4, 3, 3, 4, 4],
        notes: &[
            (120, "Шеберлік сағатының мақсаты мен күтілетін нәтижесі слайдта берілді."),
            (
                900,
                "«Ойлан – жұптас – бөліс» әдісімен қатысушылар өз тәжірибесіндегі бағалау қиындықтарын атады.",
            ),
            (
                1800,
                "Мұғалім кері байланыстың сындарлы болуы үшін «мадақтау – ұсыныс – мадақтау» үлгісін ұсынды.",
            ),
            (2340, "Қорытынды: әр қатысушы өз сабағында қолданатын бір тәсілді жазып қалдырды."),
        ],
        strengths: "Қатысушылардың тәжірибесіне сүйеніп, жаңа тәсілдерді соған байланыстырды. Ахуал жылы, сенімді болды.",
        improvements: "Слайдтардағы мәтін көп болды, залдың артқы жағынан оқу қиын болды.",
        recommendation: "«Шамшырақ» қоғамдастығының келесі отырысында қалыптастырушы бағалау бойынша тәжірибе \
                         алмасуды жалғастыру ұсынылады.",
    },
];

/// Мадалимова, then Омарова.
const GRADE_FIVE: [Sheet; 2] = [
    Sheet {
        ratings: [4, 4, 3, 4, 3, 4, 4, 3],
        notes: &[
            (
                90,
                "Ұйымдастыру кезеңі: оқушылар Қазақстанның рәміздері бейнеленген суреттер арқылы үш топқа бөлінді.",
            ),
            (
                300,
                "Миға шабуыл: «Тәуелсіздік дегеніміз не?» сұрағына оқушылар жауап берді, жаңа сөздер тақтаға жазылды.",
            ),
            (
                900,
                "Мәтінмен жұмыс: топтар мәтінді бөліктерге бөліп оқып, «Джигсо» әдісімен негізгі ойды бөлісті. Екі мұғалім топтарды кезектесіп қолдады.",
            ),
            (
                1620,
                "Саралау: тірек сөздері бар сызба әлсіздеу оқушыларға берілді, қалғандары «Менің Қазақстаным» тақырыбына шағын эссе жазды.",
            ),
            (2220, "Топтар бір-бірін дескриптор бойынша «Екі жұлдыз, бір тілек» әдісімен бағалады."),
            (2580, "Рефлексия: «Бүгін мен ... білдім, ... үйрендім» сөйлемдерін аяқтау."),
        ],
        strengths: "Екі мұғалімнің бірлесіп оқытуы үйлесімді болды, оқушылардың бәрі сөйлеу әрекетіне тартылды. \
                    Тапсырмалар оқушылардың деңгейіне қарай сараланды.",
        improvements: "Жаңа сөздерді бекітуге арналған жаттығу аз болды; кей оқушылар топтық талқылауда орыс тіліне ауысып кетті.",
        recommendation: "Сөздік жұмысын ойын элементтерімен (лото, сөзжұмбақ) толықтырып, топтағы талқылауға \
                         тірек сөз тіркестерін беру ұсынылады.",
    },
    Sheet {
        ratings: [4, 3, 4, 4, 4, 4, 4, 4],
        notes: &[
            (180, "Сабақтың мақсаты оқушылармен бірге анықталып, бағалау критерийлері тақтаға ілінді."),
            (1200, "Оқушылар «Тәуелсіздік» сөзіне кластер құрды; әр топ өз кластерін қорғады."),
            (2400, "Бағалау парақтарына оқушылар өз жұмысын смайликпен белгіледі."),
        ],
        strengths: "Сабақ мақсаты мен бағалау критерийлері бір-бірімен байланысты, оқушыларға түсінікті болды. \
                    Уақыт дұрыс бөлінді.",
        improvements: "Күшті оқушыларға қосымша тапсырма болмады, олар ерте аяқтап, күтіп отырды.",
        recommendation: "Жылдам орындаған оқушыларға арналған шығармашылық тапсырма дайындап қою ұсынылады.",
    },
];

/// Сәрсенбаева, then Жақыпова.
const GRADE_ONE: [Sheet; 2] = [
    Sheet {
        ratings: [4, 3, 3, 4, 4, 4, 4, 4],
        notes: &[
            (
                60,
                "Ұйымдастыру кезеңі: «Күн шуағы» шеңбері, оқушылар қазақша амандасып, бір-біріне тілек айтты.",
            ),
            (
                240,
                "Сабақ «Саяхат» ойыны түрінде құрылған: оқушылар «пойызбен» «Әріптер», «Сөздер», «Ойын» бекеттерін аралайды.",
            ),
            (
                720,
                "Сергіту сәті әнмен өтті, оқушылар жаңа сөздерді (жол, пойыз, бекет, билет) қимылмен қайталады.",
            ),
            (1200, "Жұппен жұмыс: суретке қарап «Бұл не?» – «Бұл ...» үлгісімен диалог құрады."),
            (1860, "Бағалау смайликтер арқылы, рефлексия «Көңіл күй ағашы» әдісімен өтті."),
        ],
        strengths: "Сабақ ойын арқылы өтіп, бірінші сынып оқушыларының жас ерекшелігіне сай ұйымдастырылды. \
                    Көрнекіліктер мол, оқушылар жаңа сөздерді әнмен, қимылмен бекітті.",
        improvements: "Жұптық жұмыс кезінде бірнеше оқушы тапсырманы түсінбей қалды; нұсқауды үлгі арқылы көрсету қажет еді.",
        recommendation: "Тыңдалым мен айтылым дағдыларын бағалау үшін қарапайым дескрипторларды суретпен беру ұсынылады.",
    },
    Sheet {
        ratings: [3, 3, 3, 4, 4, 4, 4, 3],
        notes: &[
            (
                150,
                "Мұғалім сабақтың мақсатын балаларға түсінікті тілмен – «бүгін біз саяхатқа шығамыз» деп жеткізді.",
            ),
            (1020, "«Бекеттерде» тапсырмалар күрделене берді, оқушылар белсенді болды."),
            (1740, "Бір оқушы ұялып сөйлемей қалды, мұғалім оны жұбымен бірге жауап беруге шақырды."),
        ],
        strengths: "Мұғалім мен оқушылар арасындағы қарым-қатынас жылы; әр оқушы кемінде бір рет қазақша сөйледі.",
        improvements: "Сабақ мақсатына жеткенін тексеретін қорытынды тапсырма болмады.",
        recommendation: "Сабақ соңында әр оқушы үйренген сөздерін атайтын «Сөз себеті» сияқты қысқа тапсырма \
                         енгізу ұсынылады.",
    },
];

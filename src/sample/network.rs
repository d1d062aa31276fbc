//! The Karaganda leading school and its seven magnet schools, from the
//! school's own account of its network («Жарқын белес»): a year of shared
//! events, a two-year mentoring programme in four directions and a 72-hour
//! course for the network's teachers.
//!
//! The seed names the schools, the order that made the network, the
//! «Әдістемелік десант», the «Тәжірибедегі рефлексия» forum, the «Сәуір
//! кездесулері» and what mentors taught (ҚМЖ, criteria-based assessment,
//! work with gifted children). The people, dates and numbers are made up
//! to be what such a year plausibly holds.
//!
//! The year is placed around the day the example is made, so that it is
//! always lived in: the plan is that of the school year four months back,
//! so at least its autumn is over and held, its late rows are late now and
//! its quiet pairs are quiet now.

use super::names::{self, pick};
use super::templates::{self, LESSON_CRITERIA};
use super::{date, local_to_utc, network_year, time, uuid, weekday};
use crate::domain::year_plan::event_for_row;
use crate::domain::*;
use chrono::{Datelike, Months, NaiveDate, NaiveTime, TimeDelta};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashSet;

/// The order that made the network: №313 of 30 June 2014.
const SEED: u64 = 0x0313_2014_0630;

const KARAGANDA: &str = "Қарағанды қаласы";
const DEPARTMENT: &str = "Қарағанды қаласы білім бөлімі";
const NETWORK: &str = "«Жарқын белес» кәсіби қауымдастығы";

/// The leading school first, then the magnet schools as the order lists
/// them.
const SCHOOLS: [(&str, &str); 8] = [
    ("№1 жалпы білім беретін орта мектеп", "№1"),
    ("№2 ЖББОМ", "№2"),
    ("Қ.Шыңғысов атындағы №5 ЖББОМ", "№5"),
    ("№6 ЖББОМ", "№6"),
    ("№9 тірек (ресурстық) ЖББОМ", "№9"),
    ("№14 ЖББОМ", "№14"),
    ("№21 ЖББОМ", "№21"),
    ("№133 НББМ", "№133"),
];

pub(super) struct DirectionSpec {
    pub(super) name: &'static str,
    /// The teachers who work in it: subject, position, and a lesson such a
    /// teacher gives at a day of open lessons (grade, topic).
    pub(super) subjects: &'static [(&'static str, &'static str, u8, &'static str)],
}

pub(super) const DIRECTIONS: [DirectionSpec; 4] = [
    DirectionSpec {
        name: "Жаратылыстану-математика бағыты",
        subjects: &[
            ("Математика", "Математика пәнінің мұғалімі", 6, "Жай бөлшектерді қосу және азайту"),
            ("Физика", "Физика пәнінің мұғалімі", 8, "Жылу берілудің түрлері"),
            ("Химия", "Химия пәнінің мұғалімі", 8, "Химиялық реакция теңдеулерін құру"),
            ("Биология", "Биология пәнінің мұғалімі", 7, "Өсімдік жасушасының құрылысы"),
            ("Информатика", "Информатика пәнінің мұғалімі", 7, "Электрондық кестеде формулалармен жұмыс"),
        ],
    },
    DirectionSpec {
        name: "Гуманитарлық бағыт",
        subjects: &[
            (
                "Қазақ тілі мен әдебиеті",
                "Қазақ тілі мен әдебиеті пәнінің мұғалімі",
                5,
                "Менің туған өлкем: сипаттау мәтіні",
            ),
            (
                "Орыс тілі мен әдебиеті",
                "Орыс тілі мен әдебиеті пәнінің мұғалімі",
                6,
                "Есім сөздердің септелуі",
            ),
            ("Ағылшын тілі", "Ағылшын тілі пәнінің мұғалімі", 5, "Менің отбасым: сөйлесу дағдылары"),
            ("Қазақстан тарихы", "Тарих пәнінің мұғалімі", 7, "Қазақ хандығының құрылуы"),
        ],
    },
    DirectionSpec {
        name: "Технология және бастауыш сынып бағыты",
        subjects: &[
            ("Бастауыш сынып", "Бастауыш сынып мұғалімі", 2, "Сөз құрамы: түбір мен қосымша"),
            ("Көркем еңбек", "Көркем еңбек пәнінің мұғалімі", 5, "Ұлттық ою-өрнек элементтері"),
        ],
    },
    DirectionSpec {
        name: "Мектепке дейінгі тәрбие мен оқыту бағыты",
        subjects: &[(
            "Мектепалды даярлық",
            "Мектепалды даярлық сыныбының тәрбиешісі",
            0,
            "Ғажайып күз: түстер мен пішіндер",
        )],
    },
];

/// Teachers per school and direction: one who can guide, two in the
/// middle of their careers, one young specialist.
const PER_DIRECTION: usize = 4;
const PAIRS: usize = 20;
/// Approved but not yet given a mentee: a district approves a few more
/// mentors than it pairs at first.
const SPARE_MENTORS: usize = 2;
/// Pairs (by number) that have gone quiet, and the one ended early.
const QUIET: [usize; 2] = [6, 17];
const ENDED_EARLY: usize = 13;
const COURSE_PER_SCHOOL: usize = 5;
/// Course participants (by number) who did not finish it.
const NOT_PASSED: [usize; 3] = [7, 19, 33];

/// What becomes of a row of the plan.
#[derive(Clone, Copy, PartialEq)]
enum Fate {
    /// Held as an event of the project, once its day is past.
    Event,
    /// Held without an event of the project: marked done by hand.
    ByHand,
    /// Not held: late once its month is past.
    Late,
}

struct RowSpec {
    month: u32,
    day: u32,
    form: PlanForm,
    /// Index into [`SCHOOLS`].
    host: usize,
    title: &'static str,
    target: &'static str,
    planned: u32,
    product: &'static str,
    /// The direction whose teachers it is for, if one.
    direction: Option<usize>,
    fate: Fate,
}

/// One line per row of the plan, as a methodologist reads it across.
#[allow(clippy::too_many_arguments)]
const fn row(
    (month, day): (u32, u32),
    form: PlanForm,
    host: usize,
    title: &'static str,
    target: &'static str,
    planned: u32,
    product: &'static str,
    direction: Option<usize>,
    fate: Fate,
) -> RowSpec {
    RowSpec { month, day, form, host, title, target, planned, product, direction, fate }
}

/// The row of open lessons whose lessons the mentors observed.
const OPEN_LESSONS: usize = 3;
/// The row of the course.
const COURSE_ROW: usize = 4;

const ROWS: [RowSpec; 20] = [
    row(
        (9, 10),
        PlanForm::Seminar,
        0,
        "Желілік қоғамдастықтың оқу жылына арналған жұмысын жоспарлау",
        "Магниттік мектептердің үйлестірушілері, директордың орынбасарлары",
        16,
        "Бекітілген жылдық жұмыс жоспары",
        None,
        Fate::Event,
    ),
    row(
        (9, 18),
        PlanForm::Hearing,
        0,
        "Тәлімгерлерді тыңдау: «Тәлімгердің жеке жұмыс жоспары»",
        "Бекітілген тәлімгерлер мен тәлімалушылар",
        44,
        "Тәлімгер мен тәлімалушының жеке жоспарлары",
        None,
        Fate::Event,
    ),
    row(
        (10, 9),
        PlanForm::MethodicalLanding,
        1,
        "«Әдістемелік десант»: ҚМЖ құру және сабақтың мақсатын анықтау",
        "№2 ЖББОМ мұғалімдері",
        25,
        "ҚМЖ үлгілерінің жинағы",
        None,
        Fate::Event,
    ),
    row(
        (10, 23),
        PlanForm::OpenLesson,
        2,
        "Ашық сабақтар күні: жас мамандардың сабақтары тәлімгерлердің бақылауында",
        "Желі мектептерінің жас мамандары мен тәлімгерлері",
        24,
        "Ашық сабақтардың ҚМЖ жинағы мен бақылау парақтары",
        None,
        Fate::Event,
    ),
    row(
        (11, 14),
        PlanForm::Course,
        0,
        "«Цифрлық сауаттылық» курсы (72 сағат)",
        "Желі мектептерінің пән мұғалімдері",
        40,
        "Курс сертификаттары, цифрлық ресурстар банкі",
        None,
        Fate::ByHand,
    ),
    row(
        (11, 20),
        PlanForm::RoundTable,
        3,
        "Дөңгелек үстел: «Жас маманды бейімдеу: қиындықтар мен шешімдер»",
        "Жас мамандар мен олардың тәлімгерлері",
        30,
        "Жас маманды қолдау бойынша ұсынымдар",
        None,
        Fate::Event,
    ),
    row(
        (12, 4),
        PlanForm::MethodicalLanding,
        4,
        "«Әдістемелік десант»: дарынды балалармен жұмыс",
        "№9 тірек мектебінің пән мұғалімдері",
        25,
        "Дарынды балалармен жұмыс бойынша әдістемелік ұсынымдар",
        Some(0),
        Fate::Late,
    ),
    row(
        (12, 16),
        PlanForm::Seminar,
        0,
        "Семинар: «Іс-әрекеттегі зерттеу – мұғалімнің кәсіби дамуы»",
        "Деңгейлік курстан өткен мұғалімдер",
        35,
        "«Іс-әрекеттегі зерттеу» тақырыптарының тізімі",
        None,
        Fate::Event,
    ),
    row(
        (1, 22),
        PlanForm::OpenDoors,
        5,
        "Ашық есік күні: «Бастауыш сыныптағы функционалдық сауаттылық»",
        "Бастауыш сынып мұғалімдері",
        30,
        "Бейнесабақтар топтамасы",
        Some(2),
        Fate::Event,
    ),
    row(
        (1, 29),
        PlanForm::OpenLesson,
        7,
        "Ықшам сабақтар: «Мектепалды даярлықтағы ойын әрекеті»",
        "Мектепалды даярлық сыныптарының тәрбиешілері",
        15,
        "Дидактикалық ойындар картотекасы",
        Some(3),
        Fate::ByHand,
    ),
    row(
        (2, 12),
        PlanForm::MethodicalLanding,
        6,
        "«Әдістемелік десант»: сындарлы оқыту және топтық жұмыс",
        "№21 ЖББОМ мұғалімдері",
        25,
        "Топтық жұмысты ұйымдастыру жадынамасы",
        None,
        Fate::Late,
    ),
    row(
        (2, 26),
        PlanForm::Forum,
        0,
        "«Тәжірибедегі рефлексия» көшбасшылар форумы",
        "Желі мектептерінің басшылары мен көшбасшы мұғалімдері",
        60,
        "Форум материалдарының жинағы",
        None,
        Fate::Event,
    ),
    row(
        (3, 5),
        PlanForm::RoundTable,
        2,
        "Дөңгелек үстел: «Критериалды бағалау: модерация нәтижелері»",
        "Жаратылыстану-математика бағытының мұғалімдері",
        25,
        "Модерация хаттамасы және тапсырмалар банкі",
        Some(0),
        Fate::Event,
    ),
    row(
        (3, 12),
        PlanForm::Seminar,
        1,
        "Семинар: «Оқу сауаттылығын дамытудың тиімді тәсілдері»",
        "Гуманитарлық бағыттың мұғалімдері",
        30,
        "Мәтінмен жұмыс тапсырмаларының жинағы",
        Some(1),
        Fate::Event,
    ),
    row(
        (4, 16),
        PlanForm::OpenLesson,
        0,
        "«Сәуір кездесулері»: тәлімгерлер мен тәлімалушылардың ықшам сабақтары",
        "Желі мектептерінің мұғалімдері",
        50,
        "Ықшам сабақтардың бейнежазбалары",
        None,
        Fate::Event,
    ),
    row(
        (4, 23),
        PlanForm::OpenDoors,
        4,
        "Ашық есік күні: «Тірек мектептің ресурстары – желіге»",
        "Магниттік мектептердің мұғалімдері",
        30,
        "Зертханалық жұмыстардың нұсқаулықтары",
        None,
        Fate::Event,
    ),
    row(
        (4, 30),
        PlanForm::MethodicalLanding,
        7,
        "«Әдістемелік десант»: шағын жинақты мектептегі сабақ",
        "№133 НББМ мұғалімдері",
        20,
        "Біріктірілген сынып сабақтарының ҚМЖ үлгілері",
        None,
        Fate::Event,
    ),
    row(
        (5, 14),
        PlanForm::Hearing,
        0,
        "Тәлімгерлердің жылдық есебін тыңдау",
        "Тәлімгерлер, тәлімалушылар, бағыттар бойынша жауаптылар",
        44,
        "Тәлімгерлер мен тәлімалушылардың портфолиолары",
        None,
        Fate::Event,
    ),
    row(
        (5, 21),
        PlanForm::RoundTable,
        0,
        "Дөңгелек үстел: желілік қоғамдастықтың оқу жылындағы жұмысын талдау",
        "Магниттік мектептердің үйлестірушілері",
        20,
        "Жылдық есеп және келесі жылға ұсыныстар",
        None,
        Fate::Event,
    ),
    row(
        (6, 11),
        PlanForm::Seminar,
        5,
        "Жазғы әдістемелік мектеп: жаңа оқу жылына дайындық",
        "Желі мектептерінің мұғалімдері",
        35,
        "Жаңа оқу жылына арналған ҚМЖ үлгілері",
        None,
        Fate::Event,
    ),
];

/// The day a pair is to have done a task by, as (months after the plan's
/// 1 September, day of the month), and the task.
pub(super) const TASKS: [(u32, u32, &str); 10] = [
    (0, 30, "Тәлімалушымен бірге жеке жұмыс жоспарын құру"),
    (1, 31, "ҚМЖ құру"),
    (3, 20, "Критериалды бағалау тапсырмаларын құрастыру"),
    (5, 28, "Өзара сабаққа қатысу және сабақты бірлесіп талдау"),
    (6, 31, "Дарынды балалармен жұмыс: зерттеу тапсырмаларын дайындау"),
    (7, 15, "«Іс-әрекеттегі зерттеу» тақырыбын анықтау"),
    (8, 25, "Тәлімалушының портфолиосын рәсімдеу"),
    (12, 30, "Екінші жылға жеке жоспарды жаңарту"),
    (15, 15, "Аттестацияға дайындық: өз сабағын талдау"),
    (19, 20, "Қорытынды ашық сабақ өткізу"),
];

/// What a preschool pair plans instead of a lesson plan.
const PRESCHOOL_PLAN: &str = "Ұйымдастырылған іс-әрекеттің технологиялық картасын құру";

/// Notes of the log, per kind, used in turn.
const MEETINGS: [&str; 4] = [
    "Жеке жоспардың орындалуын талқыладық, келесі айға міндеттер белгіленді",
    "Сабақтың мақсатын оқу бағдарламасынан анықтауды бірге жаттықтық",
    "Сыныптағы тәртіп пен уақытты басқару бойынша әңгімелестік",
    "Ата-аналармен жұмыс: жиналысқа дайындық",
];
const CONSULTATIONS: [&str; 4] = [
    "Дескрипторларды өлшенетін етіп құрастыру бойынша кеңес",
    "Саралап оқыту: әр деңгейдегі оқушыға тапсырма таңдау",
    "Қалыптастырушы бағалау парағын бірлесіп толтырдық",
    "Электрондық журналды жүргізу бойынша кеңес",
];
const MENTEE_VISITS: [&str; 4] = [
    "Тәлімалушының сабағына қатысып, кері байланыс бердім: мақсат оқушыларға түсінікті жеткізілді",
    "Сабақта топтық жұмыс жақсы ұйымдастырылды, рефлексияға уақыт жетпеді",
    "Сабақтың ҚМЖ-сы мен өткізілуі сәйкес, саралау әлі әлсіз",
    "Оқушылардың бәрі жұмысқа тартылды, бағалау критерийлері тақтада берілді",
];
const MENTOR_VISITS: [&str; 4] = [
    "Тәлімалушы тәлімгердің сабағына қатысып, «Ойлан – жұптас – бөліс» әдісін бақылады",
    "Тәлімгердің сабағында кері байланыс тәсілдерін жазып алды",
    "Тәлімгердің дарынды балалармен жұмысын бақылады",
    "Тәлімгердің жиынтық бағалауға дайындық сабағына қатысты",
];
const SUMMER: &str = "Жазғы кезеңде онлайн кеңес: жаңа оқу жылына ҚМЖ дайындау";

pub fn network(today: NaiveDate) -> Project {
    Builder::new(today).build()
}

struct Teacher {
    id: PersonId,
    school: usize,
    direction: usize,
    /// Index into its direction's subjects.
    subject: usize,
    /// 0: can guide, 1 and 2: mid-career, 3: young specialist.
    rank: usize,
}

struct Builder {
    rng: ChaCha8Rng,
    today: NaiveDate,
    /// 1 September of the plan's year.
    start: NaiveDate,
    names: HashSet<String>,
    schools: Vec<School>,
    people: Vec<Person>,
    teachers: Vec<Teacher>,
    /// Per school, its coordinator (the deputy director).
    coordinators: Vec<PersonId>,
}

/// Who signs and answers for what.
struct Heads {
    head: PersonId,
    director: PersonId,
    methodologists: [PersonId; 2],
}

impl Builder {
    fn new(today: NaiveDate) -> Self {
        Builder {
            rng: ChaCha8Rng::seed_from_u64(SEED),
            today,
            start: network_year(today),
            names: HashSet::new(),
            schools: Vec::new(),
            people: Vec::new(),
            teachers: Vec::new(),
            coordinators: Vec::new(),
        }
    }

    /// A day of the plan's year: `month` of the first or second calendar
    /// year, moved off the weekend.
    fn day(&self, month: u32, day: u32) -> NaiveDate {
        let year = if month >= 9 { self.start.year() } else { self.start.year() + 1 };
        weekday(date(year, month, day))
    }

    fn build(mut self) -> Project {
        let (first, second) = (self.start.year(), self.start.year() + 1);
        let mut project = Project::new(
            format!("{NETWORK}: жетекші мектеп және магниттік мектептер, {first}–{second} оқу жылы"),
            format!("{DEPARTMENT}; {} (жетекші мектеп)", SCHOOLS[0].0),
            local_to_utc(self.today, time(9, 0)),
        );
        project.id = ProjectId(uuid(&mut self.rng));
        project.city = "Қарағанды қ.".to_owned();

        let heads = self.cast();
        let template = TemplateId(uuid(&mut self.rng));
        project.observation_templates.push(templates::sheet(
            template,
            "Сабақты бақылау парағы",
            1,
            None,
            Scale::FourLevels,
            &LESSON_CRITERIA,
        ));
        project.schools = std::mem::take(&mut self.schools);
        project.people = std::mem::take(&mut self.people);

        let network = self.network(&project);
        let mut programme = self.programme(&heads);
        let mut plan = YearPlan {
            id: YearPlanId(uuid(&mut self.rng)),
            title: format!(
                "{NETWORK} желілік қоғамдастығының {first}–{second} оқу жылына арналған жұмыс жоспары"
            ),
            network: Some(network.id),
            programme: Some(programme.id),
            starts_on: self.start,
            rows: Vec::new(),
            extra: Extra::new(),
        };
        let course = self.course(&project);
        self.plan(&mut plan, &mut project, &mut programme, &course, &heads, template);
        project.networks.push(network);
        project.year_plans.push(plan);
        project.programmes.push(programme);
        project.courses.push(course);
        self.awards(&mut project);
        self.signatories(&mut project, &heads);
        project
    }

    fn school(
        &mut self,
        name: &str,
        number: Option<&str>,
        role: SchoolRole,
        kind: OrganisationKind,
    ) -> SchoolId {
        let id = SchoolId(uuid(&mut self.rng));
        self.schools.push(School {
            id,
            name: name.to_owned(),
            number: number.map(str::to_owned),
            locality: KARAGANDA.to_owned(),
            role,
            kind,
            extra: Extra::new(),
        });
        id
    }

    /// A new person with a Kazakh name nobody else in the example has.
    fn person(&mut self, female: bool, school: SchoolId, position: &str) -> PersonId {
        let full_name = loop {
            let name = names::kazakh(&mut self.rng, female);
            if self.names.insert(name.clone()) {
                break name;
            }
        };
        let id = PersonId(uuid(&mut self.rng));
        self.people.push(Person {
            id,
            full_name,
            school: Some(school),
            position: position.to_owned(),
            ..Person::default()
        });
        id
    }

    fn cast(&mut self) -> Heads {
        let schools: Vec<SchoolId> = SCHOOLS
            .iter()
            .enumerate()
            .map(|(i, (name, number))| {
                let role = if i == 0 { SchoolRole::Leading } else { SchoolRole::Magnet };
                self.school(name, Some(number), role, OrganisationKind::School)
            })
            .collect();
        let department =
            self.school(DEPARTMENT, None, SchoolRole::Other, OrganisationKind::EducationDepartment);
        let cabinet = self.school(
            "Қарағанды қаласы білім бөлімінің әдістемелік кабинеті",
            None,
            SchoolRole::Other,
            OrganisationKind::MethodicalCentre,
        );

        let head = self.person(true, department, "Қарағанды қаласы білім бөлімінің басшысы");
        let director = self.person(true, schools[0], "Директор");
        let methodologists = [
            self.person(true, cabinet, "Әдіскер (жаратылыстану-математика және гуманитарлық пәндер)"),
            self.person(true, cabinet, "Әдіскер (бастауыш сынып және мектепке дейінгі тәрбие)"),
        ];
        const QUALIFICATIONS: [&[&str]; PER_DIRECTION] = [
            &["педагог-шебер", "педагог-зерттеуші", "педагог-зерттеуші"],
            &["педагог-сарапшы", "педагог-модератор"],
            &["педагог-модератор", "педагог-сарапшы", "педагог"],
            &["педагог", "педагог-стажер"],
        ];
        for (s, &school) in schools.iter().enumerate() {
            let deputy = self.person(true, school, "Директордың оқу ісі жөніндегі орынбасары");
            self.last_person().note = Some(format!("{NETWORK} бойынша мектептің үйлестірушісі"));
            self.coordinators.push(deputy);
            for (d, direction) in DIRECTIONS.iter().enumerate() {
                for (rank, qualifications) in QUALIFICATIONS.iter().enumerate() {
                    let subject = self.rng.random_range(0..direction.subjects.len());
                    let (name, position, _, _) = direction.subjects[subject];
                    // Preschool and primary teachers are women nearly always.
                    let female = d >= 2 || self.rng.random_range(0..10) < 8;
                    let id = self.person(female, school, position);
                    let qualification = *pick(&mut self.rng, qualifications);
                    let person = self.last_person();
                    person.subjects = vec![name.to_owned()];
                    person.qualification = Some(qualification.to_owned());
                    if rank == PER_DIRECTION - 1 {
                        person.note = Some("Жас маман, еңбек өтілі бір жылға дейін".to_owned());
                    }
                    self.teachers.push(Teacher { id, school: s, direction: d, subject, rank });
                }
            }
        }
        Heads { head, director, methodologists }
    }

    fn last_person(&mut self) -> &mut Person {
        self.people.last_mut().expect("a person was just added")
    }

    fn network(&mut self, project: &Project) -> Network {
        let school = |number: &str| {
            project
                .schools
                .iter()
                .find(|s| s.number.as_deref() == Some(number))
                .map(|s| s.id)
                .unwrap_or_default()
        };
        Network {
            id: NetworkId(uuid(&mut self.rng)),
            title: NETWORK.to_owned(),
            leading: school(SCHOOLS[0].1),
            members: SCHOOLS[1..]
                .iter()
                .enumerate()
                .map(|(i, (_, number))| NetworkMember {
                    organisation: school(number),
                    role: SchoolRole::Magnet,
                    coordinator: Some(self.coordinators[i + 1]),
                    extra: Extra::new(),
                })
                .collect(),
            extra: Extra::new(),
        }
    }

    fn teacher(&self, school: usize, direction: usize, rank: usize) -> &Teacher {
        self.teachers
            .iter()
            .find(|t| t.school == school && t.direction == direction && t.rank == rank)
            .expect("every school has teachers of every rank in every direction")
    }

    /// The school and direction of pair `k`: every school, every direction
    /// in turn, never the same two twice.
    fn pair_place(k: usize) -> (usize, usize) {
        let school = k % SCHOOLS.len();
        (school, (school + k / SCHOOLS.len()) % DIRECTIONS.len())
    }

    fn programme(&mut self, heads: &Heads) -> MentoringProgramme {
        let ends_on = date(self.start.year() + 2, 5, 31);
        let mut programme =
            MentoringProgramme::new("«Үйрете отырып өзара үйрену» тәлімгерлік мектебі", self.start, ends_on);
        programme.id = ProgrammeId(uuid(&mut self.rng));
        programme.organiser = DEPARTMENT.to_owned();
        programme.order =
            Some(Order { number: "№214".to_owned(), date: weekday(self.start - TimeDelta::days(5)) });
        programme.directions = DIRECTIONS
            .iter()
            .enumerate()
            .map(|(d, spec)| Direction {
                id: DirectionId(uuid(&mut self.rng)),
                name: spec.name.to_owned(),
                responsible: vec![heads.methodologists[d / 2], self.coordinators[0]],
                extra: Extra::new(),
            })
            .collect();
        for k in 0..PAIRS + SPARE_MENTORS {
            let (school, direction) = Self::pair_place(k);
            programme.mentors.push(ApprovedMentor {
                person: self.teacher(school, direction, 0).id,
                direction: programme.directions[direction].id,
                starts_on: self.start,
                ends_on,
                extra: Extra::new(),
            });
        }
        for k in 0..PAIRS {
            let pair = self.pair(k, &programme);
            programme.pairs.push(pair);
        }
        programme
    }

    fn pair(&mut self, k: usize, programme: &MentoringProgramme) -> Pair {
        let (school, direction) = Self::pair_place(k);
        let mentor = self.teacher(school, direction, 0).id;
        let mut mentees = vec![self.teacher(school, direction, PER_DIRECTION - 1).id];
        // A few mentors guide a group: the young specialist and a colleague
        // new to the updated curriculum.
        if k % 7 == 1 {
            mentees.push(self.teacher(school, direction, 2).id);
        }
        let starts_on = self.day(9, 22);
        let (status, ends_on, end_reason) = if k == ENDED_EARLY {
            (
                PairStatus::EndedEarly,
                self.day(12, 26),
                "Тәлімалушы басқа қалаға көшуіне байланысты жұмыстан шықты".to_owned(),
            )
        } else {
            (PairStatus::Active, programme.ends_on, String::new())
        };
        let last = if QUIET.contains(&k) {
            self.today - TimeDelta::days(self.rng.random_range(38..60))
        } else {
            ends_on.min(self.today - TimeDelta::days(1))
        };
        let activities = self.log(starts_on, last);
        let stopped = activities.last().map_or(starts_on, |a| a.date);
        let plan = TASKS
            .iter()
            .enumerate()
            .map(|(t, &(months, day, task))| {
                let due = months_after(self.start, months, day);
                let task = if t == 1 && direction == 3 { PRESCHOOL_PLAN } else { task };
                // Quiet pairs and pairs that ended stopped ticking their
                // plan; every fifth pair is behind on mutual visits.
                let behind = t == 3 && k % 5 == 2;
                PlanTask {
                    id: PlanTaskId(uuid(&mut self.rng)),
                    task: task.to_owned(),
                    due: Some(due),
                    done: due < self.today && due <= stopped + TimeDelta::days(10) && !behind,
                    extra: Extra::new(),
                }
            })
            .collect();
        Pair {
            id: PairId(uuid(&mut self.rng)),
            mentor,
            mentees,
            direction: programme.directions[direction].id,
            starts_on,
            ends_on,
            status,
            end_reason,
            plan,
            activities,
            extra: Extra::new(),
        }
    }

    /// A meeting, a visit, a consultation or a visit the other way every
    /// two or three weeks from `from` to `until`.
    fn log(&mut self, from: NaiveDate, until: NaiveDate) -> Vec<Activity> {
        let mut activities = Vec::new();
        let mut day = weekday(from + TimeDelta::days(self.rng.random_range(2..7)));
        while day <= until {
            activities.push(activity(&mut self.rng, activities.len(), day));
            day = weekday(day + TimeDelta::days(self.rng.random_range(10..20)));
        }
        activities
    }

    fn course(&mut self, project: &Project) -> Course {
        let mut course = Course::new(
            "Цифрлық сауаттылық: мұғалімнің цифрлық құзыреттілігін дамыту",
            72,
            self.day(10, 27),
            self.day(11, 14),
        );
        course.id = CourseId(uuid(&mut self.rng));
        course.format = EventFormat::Hybrid;
        course.organiser = format!("{} ({NETWORK} жетекші мектебі)", SCHOOLS[0].0);
        course.partner = "«Цифрлық мектеп» оқу орталығы".to_owned();
        let people: Vec<PersonId> = (0..SCHOOLS.len())
            .flat_map(|s| {
                self.teachers
                    .iter()
                    .filter(move |t| t.school == s && t.rank > 0)
                    .take(COURSE_PER_SCHOOL)
                    .map(|t| t.id)
            })
            .collect();
        course.enrol(people);
        for (i, participant) in course.participants.iter_mut().enumerate() {
            participant.passed = !NOT_PASSED.contains(&i);
        }
        debug_assert!(course.participants.iter().all(|p| project.person(p.person).is_some()));
        course
    }

    fn plan(
        &mut self,
        plan: &mut YearPlan,
        project: &mut Project,
        programme: &mut MentoringProgramme,
        course: &Course,
        heads: &Heads,
        template: TemplateId,
    ) {
        let mut upcoming = false;
        for (r, spec) in ROWS.iter().enumerate() {
            let day = self.day(spec.month, spec.day);
            let mut row = PlanRow {
                id: PlanRowId(uuid(&mut self.rng)),
                title: spec.title.to_owned(),
                form: spec.form,
                host: Some(project.schools[spec.host].id),
                planned_on: None,
                month: Some(spec.month),
                responsible: vec![self.coordinators[spec.host]],
                target: spec.target.to_owned(),
                planned_count: Some(spec.planned),
                actual_count: None,
                product: spec.product.to_owned(),
                done: false,
                event: None,
                extra: Extra::new(),
            };
            let past = day < self.today;
            match spec.fate {
                Fate::ByHand if past => {
                    row.planned_on = Some(day);
                    row.done = true;
                    row.actual_count =
                        Some(if r == COURSE_ROW { course.passed().count() as u32 } else { spec.planned - 2 });
                }
                // The next row to come is already an event being planned,
                // as a methodologist prepares a month ahead.
                Fate::Event if past || !upcoming => {
                    upcoming |= !past;
                    row.planned_on = Some(day);
                    let mut event = event_for_row(plan, &row);
                    event.id = EventId(uuid(&mut self.rng));
                    self.fill(&mut event, spec, heads, past);
                    if r == OPEN_LESSONS {
                        self.open_lessons(&mut event, programme, heads, template);
                    }
                    if spec.form == PlanForm::Hearing {
                        programme.events.push(event.id);
                    }
                    row.event = Some(event.id);
                    project.events.push(event);
                }
                _ => {}
            }
            plan.rows.push(row);
        }
    }

    /// An event's programme and who came, as far as a plan row tells it.
    fn fill(&mut self, event: &mut Event, spec: &RowSpec, heads: &Heads, held: bool) {
        event.level = Level::City;
        event.languages = vec!["kk".to_owned()];
        event.goal = format!(
            "Желі мектептерінің мұғалімдеріне тәжірибе алмасу арқылы кәсіби қолдау көрсету. Күтілетін нәтиже: {}.",
            spec.product
        );
        let hall = Room {
            id: RoomId(uuid(&mut self.rng)),
            name: if spec.host == 0 { "Мәжіліс залы" } else { "Акт залы" }.to_owned(),
            capacity: Some(80),
            extra: Extra::new(),
        };
        let day = event.starts_on;
        let (kind, title) = match spec.form {
            PlanForm::MethodicalLanding => {
                (SessionKind::MasterClass, "Деңгейлік курстан өткен мұғалімдердің шеберлік сабақтары")
            }
            PlanForm::Forum => (SessionKind::Speech, "Пленарлық отырыс және секциялардағы тәжірибе алмасу"),
            PlanForm::OpenLesson => (SessionKind::OpenLesson, "Ықшам сабақтар"),
            PlanForm::RoundTable => (SessionKind::RoundTable, "Тәжірибе алмасу және ұсыныстар"),
            PlanForm::Hearing => (SessionKind::Discussion, "Тәлімгерлерді тыңдау және талқылау"),
            PlanForm::OpenDoors => (SessionKind::Visit, "Мектеппен танысу, сабақтарға қатысу"),
            _ => (SessionKind::Speech, "Баяндамалар мен тәжірибе алмасу"),
        };
        let session = |kind, start: NaiveTime, end: NaiveTime, title: &str, rng: &mut ChaCha8Rng| Session {
            id: SessionId(uuid(rng)),
            room: Some(hall.id),
            ..Session::new(day, start, end, kind, title.to_owned())
        };
        let mut main = session(kind, time(14, 20), time(15, 40), title, &mut self.rng);
        main.responsible = vec![self.coordinators[spec.host]];
        if spec.form == PlanForm::Hearing {
            main.responsible.extend(heads.methodologists);
        }
        // A master class or a short lesson is given by one of the host's
        // mentors, in the row's direction.
        if matches!(kind, SessionKind::MasterClass | SessionKind::OpenLesson) {
            let direction = spec.direction.unwrap_or(0);
            let teacher = self.teacher(spec.host, direction, 0);
            let (subject, _, grade, topic) = DIRECTIONS[direction].subjects[teacher.subject];
            main.responsible.push(teacher.id);
            main.lesson = Some(Lesson {
                subject: subject.to_owned(),
                grade,
                class_letter: None,
                topic: topic.to_owned(),
                objectives: "Сабақтың мақсатын, бағалау критерийлері мен кері байланыс тәсілдерін көрсету"
                    .to_owned(),
                teachers: vec![teacher.id],
                extra: Extra::new(),
            });
        }
        event.sessions = vec![
            session(
                SessionKind::Registration,
                time(14, 0),
                time(14, 20),
                "Қатысушыларды тіркеу",
                &mut self.rng,
            ),
            main,
            session(
                SessionKind::Feedback,
                time(15, 40),
                time(16, 0),
                "Рефлексия және кері байланыс",
                &mut self.rng,
            ),
        ];
        event.rooms = vec![hall];
        event.registrations = self.registrations(spec, held);
    }

    /// Teachers of the row's direction, or of the whole network, about as
    /// many as planned; one in ten did not come.
    fn registrations(&mut self, spec: &RowSpec, held: bool) -> Vec<Registration> {
        let pool: Vec<PersonId> = self
            .teachers
            .iter()
            .filter(|t| spec.direction.is_none_or(|d| t.direction == d))
            .filter(|t| spec.form != PlanForm::Hearing || t.rank == 0 || t.rank == PER_DIRECTION - 1)
            .map(|t| t.id)
            .collect();
        let wanted = (spec.planned as usize + self.rng.random_range(0..4)).min(pool.len());
        let chosen = rand::seq::index::sample(&mut self.rng, pool.len(), wanted).into_vec();
        let mut chosen: Vec<usize> = chosen;
        chosen.sort_unstable();
        chosen
            .into_iter()
            .map(|i| Registration {
                person: pool[i],
                mode: AttendanceMode::Offline,
                attended: held.then(|| self.rng.random_range(0..10) != 0),
                group: None,
                extra: Extra::new(),
            })
            .collect()
    }

    /// The day of open lessons: the host school's young specialists teach,
    /// their mentors observe, and the observation is the pair's visit.
    fn open_lessons(
        &mut self,
        event: &mut Event,
        programme: &mut MentoringProgramme,
        heads: &Heads,
        template: TemplateId,
    ) {
        let host = ROWS[OPEN_LESSONS].host;
        let day = event.starts_on;
        // The lessons, one after another, take the place of the day's
        // main part.
        event.sessions.retain(|s| s.kind != SessionKind::OpenLesson);
        let mut start = time(14, 20);
        let mut modified = local_to_utc(day, time(17, 0));
        for k in (0..PAIRS).filter(|&k| Self::pair_place(k).0 == host && k != ENDED_EARLY) {
            let (_, direction) = Self::pair_place(k);
            let mentee = self.teacher(host, direction, PER_DIRECTION - 1);
            let mentee_id = mentee.id;
            let (subject, _, grade, topic) = DIRECTIONS[direction].subjects[mentee.subject];
            let room = Room {
                id: RoomId(uuid(&mut self.rng)),
                name: format!("{} кабинет", 20 + k),
                capacity: Some(30),
                extra: Extra::new(),
            };
            let Some(pair) = programme.pairs.get_mut(k) else { continue };
            let end = start + TimeDelta::minutes(if grade <= 1 { 35 } else { 40 });
            let mut session = Session::new(
                day,
                start,
                end,
                SessionKind::OpenLesson,
                format!("Ашық сабақ: {subject}, «{topic}»"),
            );
            session.id = SessionId(uuid(&mut self.rng));
            session.room = Some(room.id);
            session.responsible = vec![mentee_id];
            session.observers = vec![pair.mentor, heads.methodologists[direction / 2]];
            session.lesson = Some(Lesson {
                subject: subject.to_owned(),
                grade,
                class_letter: Some("А".to_owned()),
                topic: topic.to_owned(),
                objectives: "Сабақтың мақсатын оқушылармен бірге анықтау, бағалау критерийлерін қолдану"
                    .to_owned(),
                teachers: vec![mentee_id],
                extra: Extra::new(),
            });
            modified += TimeDelta::minutes(15);
            let observation = Observation {
                id: ObservationId(uuid(&mut self.rng)),
                session: session.id,
                observer: pair.mentor,
                template,
                ratings: LESSON_CRITERIA
                    .iter()
                    .map(|&(key, _, _)| (key.to_owned(), self.rng.random_range(2..=4)))
                    .collect(),
                notes: vec![ObservationNote {
                    at: 300,
                    text: "Сабақтың мақсаты мен бағалау критерийлері оқушыларға түсінікті жеткізілді"
                        .to_owned(),
                    extra: Extra::new(),
                }],
                strengths: "Сабақ кезеңдері ҚМЖ-ға сай, оқушылар жұппен және топпен белсенді жұмыс істеді."
                    .to_owned(),
                improvements: "Саралау әлсіз: күшті оқушыларға қосымша тапсырма берілмеді.".to_owned(),
                recommendation: "Келесі сабақта деңгейлік тапсырмалар мен дескрипторларды бірге құрастыру."
                    .to_owned(),
                status: ObservationStatus::Final,
                modified,
                extra: Extra::new(),
            };
            pair.activities.push(Activity {
                id: ActivityId(uuid(&mut self.rng)),
                date: day,
                kind: ActivityKind::MenteeLessonVisited,
                hours: 1.0,
                notes: format!("Ашық сабақтар күнінде тәлімалушының «{topic}» сабағы бақыланды"),
                observation: Some(observation.id),
                extra: Extra::new(),
            });
            pair.sort();
            for person in [pair.mentor, mentee_id] {
                match event.registrations.iter_mut().find(|r| r.person == person) {
                    Some(registration) => registration.attended = Some(true),
                    None => event.registrations.push(Registration {
                        person,
                        attended: Some(true),
                        ..Registration::default()
                    }),
                }
            }
            event.rooms.push(room);
            event.sessions.push(session);
            event.observations.push(observation);
            start = end + TimeDelta::minutes(10);
        }
        if let Some(feedback) = event.sessions.iter_mut().find(|s| s.kind == SessionKind::Feedback) {
            (feedback.start, feedback.end) = (start, start + TimeDelta::minutes(20));
        }
        event.sessions.sort_by_key(|s| s.start);
    }

    /// Course certificates from the training's own series, mentor
    /// certificates from the programme's, numbered as the app numbers them.
    fn awards(&mut self, project: &mut Project) {
        let programme = &project.programmes[0];
        let hearing =
            programme.events.first().and_then(|id| project.event(*id)).map_or(self.start, |e| e.starts_on);
        super::issue_network_certificates(project, self.start.year(), hearing, &mut self.rng);
    }

    /// The department's head signs what the department approved (the
    /// mentors, the plan); the leading school's director what the school
    /// gave (the course, its certificates).
    fn signatories(&mut self, project: &mut Project, heads: &Heads) {
        let initials = |id: PersonId| {
            let name = project.person(id).map(|p| p.full_name.clone()).unwrap_or_default();
            let mut parts = name.split(' ');
            let surname = parts.next().unwrap_or_default().to_owned();
            let letters: String = parts.filter_map(|p| p.chars().next()).map(|c| format!("{c}. ")).collect();
            format!("{letters}{surname}")
        };
        let head = Signatory {
            id: SignatoryId(uuid(&mut self.rng)),
            person: Some(heads.head),
            name: initials(heads.head),
            position: "Қарағанды қаласы білім бөлімінің басшысы".to_owned(),
            organisation: DEPARTMENT.to_owned(),
            extra: Extra::new(),
        };
        let director = Signatory {
            id: SignatoryId(uuid(&mut self.rng)),
            person: Some(heads.director),
            name: initials(heads.director),
            position: "Директор".to_owned(),
            organisation: SCHOOLS[0].0.to_owned(),
            extra: Extra::new(),
        };
        let signing =
            |signatories: Vec<SignatoryId>| DocumentSettings { signatories, ..DocumentSettings::default() };
        for code in ["mentor-annex", "mentor-certificates", "year-plan", "diplomas"] {
            project.documents.insert(code.to_owned(), signing(vec![head.id]));
        }
        for code in ["course-certificates", "certificates", "year-report"] {
            project.documents.insert(code.to_owned(), signing(vec![director.id]));
        }
        project.documents.insert("letters".to_owned(), signing(vec![head.id, director.id]));
        project.signatories = vec![head, director];
    }
}

/// The `n`-th entry of a pair's log, on `day`: a meeting, a visit to the
/// mentee's lesson, a consultation and a visit the other way, in turn; in
/// the summer holidays, a consultation online.
pub(super) fn activity(rng: &mut ChaCha8Rng, n: usize, day: NaiveDate) -> Activity {
    let (kind, hours, notes) = if (6..=8).contains(&day.month()) {
        (ActivityKind::Consultation, 0.5, SUMMER)
    } else {
        match n % 4 {
            0 => (ActivityKind::Meeting, 1.0, MEETINGS[n / 4 % 4]),
            1 => (ActivityKind::MenteeLessonVisited, 1.0, MENTEE_VISITS[n / 4 % 4]),
            2 => (ActivityKind::Consultation, 0.5, CONSULTATIONS[n / 4 % 4]),
            _ => (ActivityKind::MentorLessonVisited, 1.0, MENTOR_VISITS[n / 4 % 4]),
        }
    };
    Activity {
        id: ActivityId(uuid(rng)),
        date: day,
        kind,
        hours,
        notes: notes.to_owned(),
        observation: None,
        extra: Extra::new(),
    }
}

/// Day `day` (or the month's last) of the month `months` after `start`.
pub(super) fn months_after(start: NaiveDate, months: u32, day: u32) -> NaiveDate {
    let month = start.checked_add_months(Months::new(months)).unwrap_or(start);
    let last = month.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(month);
    date(month.year(), month.month(), day.min(last.day()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mentoring::all_progress;
    use crate::domain::year_plan::row_state;

    /// Days across the school year: its middle, its end, the autumn after.
    fn days() -> [NaiveDate; 4] {
        [date(2026, 3, 2), date(2026, 1, 12), date(2026, 6, 20), date(2026, 10, 5)]
    }

    #[test]
    fn is_valid_whenever_it_is_made() {
        for today in days() {
            assert_eq!(validate(&network(today)), vec![], "made on {today}");
        }
    }

    #[test]
    fn its_events_have_no_conflicts() {
        for today in days() {
            assert_eq!(project_conflicts(&network(today)), vec![], "made on {today}");
        }
    }

    #[test]
    fn is_reproducible() {
        assert_eq!(network(date(2026, 3, 2)), network(date(2026, 3, 2)));
    }

    #[test]
    fn tells_the_seed() {
        let p = network(date(2026, 3, 2));
        let network = &p.networks[0];
        assert!(network.title.contains("Жарқын белес"));
        let names: Vec<&str> = network.schools().map(|id| p.school(id).unwrap().name.as_str()).collect();
        assert_eq!(names.len(), 8);
        assert!(names.contains(&"Қ.Шыңғысов атындағы №5 ЖББОМ"));
        assert!(names.contains(&"№133 НББМ"));
        assert_eq!(p.school(network.leading).unwrap().role, SchoolRole::Leading);
        assert!(network.members.iter().all(|m| m.role == SchoolRole::Magnet && m.coordinator.is_some()));
        let plan = &p.year_plans[0];
        assert!(
            plan.rows
                .iter()
                .any(|r| r.form == PlanForm::MethodicalLanding && r.title.contains("Әдістемелік десант"))
        );
        assert!(plan.rows.iter().any(|r| r.title.contains("Тәжірибедегі рефлексия")));
        assert!(p.people.iter().all(|x| x.full_name.ends_with("қызы") || x.full_name.ends_with("ұлы")));
    }

    #[test]
    fn half_the_year_is_held_and_the_rest_planned_or_late() {
        let today = date(2026, 3, 2);
        let p = network(today);
        let plan = &p.year_plans[0];
        assert!((18..=22).contains(&plan.rows.len()));
        let states: Vec<_> = plan.rows.iter().map(|r| row_state(plan, r, &p, today)).collect();
        let held = plan.rows.iter().zip(&states).filter(|(r, s)| s.done && r.event.is_some()).count();
        assert!((8..=12).contains(&held), "{held} held as events");
        assert!(states.iter().filter(|s| s.late).count() >= 2);
        assert!(plan.rows.iter().zip(&states).any(|(r, s)| r.event.is_none() && s.done), "one held by hand");
        let upcoming: Vec<_> =
            plan.rows.iter().filter_map(|r| p.event(r.event?)).filter(|e| e.starts_on >= today).collect();
        assert_eq!(upcoming.len(), 1, "the next event is being planned");
        assert!(upcoming[0].registrations.iter().all(|r| r.attended.is_none()));
        for (row, state) in plan.rows.iter().zip(&states) {
            if let Some(event) = row.event.and_then(|id| p.event(id)).filter(|e| e.starts_on < today) {
                assert_eq!(state.actual_count, Some(year_plan::present_count(event)));
                assert!(
                    event.registrations.iter().any(|r| r.attended == Some(false))
                        || event.registrations.len() < 20
                );
            }
        }
    }

    #[test]
    fn the_programme_has_quiet_ended_and_observed_pairs() {
        let today = date(2026, 3, 2);
        let p = network(today);
        let programme = &p.programmes[0];
        assert_eq!(programme.directions.len(), 4);
        assert!(programme.directions.iter().all(|d| !d.responsible.is_empty()));
        assert!(programme.order.as_ref().is_some_and(|o| o.date < programme.starts_on));
        assert_eq!(programme.pairs.len(), PAIRS);
        assert!(programme.mentors.len() > PAIRS);
        let progress = all_progress(programme, today);
        assert_eq!(progress.iter().map(|(_, x)| x.stale).sum::<usize>(), QUIET.len());
        let ended: Vec<_> = programme.pairs.iter().filter(|x| x.status == PairStatus::EndedEarly).collect();
        assert_eq!(ended.len(), 1);
        assert!(!ended[0].end_reason.is_empty());
        assert!(
            programme.pairs.iter().all(|x| x.plan.iter().any(|t| t.task.contains("Критериалды бағалау")))
        );
        assert!(programme.pairs.iter().any(|x| x.mentees.len() > 1));
        let observations: HashSet<ObservationId> =
            p.events.iter().flat_map(|e| e.observations.iter().map(|o| o.id)).collect();
        let linked: Vec<_> =
            programme.pairs.iter().flat_map(|x| &x.activities).filter_map(|a| a.observation).collect();
        assert!(!linked.is_empty());
        assert!(linked.iter().all(|o| observations.contains(o)));
        for pair in &programme.pairs {
            assert!(pair.activities.windows(2).all(|w| w[0].date <= w[1].date));
            assert!(programme.mentor(pair.mentor).is_some_and(|m| m.direction == pair.direction));
        }
        assert!(programme.events.iter().all(|id| p.event(*id).is_some_and(|e| e.kind == EventKind::Hearing)));
    }

    #[test]
    fn the_course_gives_certificates_to_those_who_passed_and_mentors_theirs() {
        let p = network(date(2026, 3, 2));
        let course = &p.courses[0];
        assert_eq!(course.hours, 72);
        assert!(course.participants.len() >= 30);
        let passed = course.passed().count();
        assert!(passed < course.participants.len() && passed * 10 >= course.participants.len() * 9);
        let certificates = p.awards.iter().filter(|a| a.course == Some(course.id)).count();
        assert_eq!(certificates, passed);
        let mentors = p.awards.iter().filter(|a| a.kind == AwardKind::MentorCertificate).count();
        assert_eq!(mentors, p.programmes[0].mentors.len());
        let numbers: HashSet<&str> = p.awards.iter().map(|a| a.number.as_str()).collect();
        assert_eq!(numbers.len(), p.awards.len());
    }
}

//! The lesson observation sheets methodologists fill in, in the wording of the
//! updated curriculum's lesson observation forms.

use crate::domain::{Criterion, Extra, ObservationTemplate, Scale, TemplateId};

/// Key, title and descriptor of each criterion, in the order of the sheet.
pub const LESSON_CRITERIA: [(&str, &str, &str); 8] = [
    (
        "objectives",
        "Оқу мақсаттары",
        "Сабақтың мақсаты оқу бағдарламасына сай, оқушыларға түсінікті және бағалау критерийлерімен байланысты.",
    ),
    (
        "differentiation",
        "Саралау",
        "Тапсырмалар оқушылардың деңгейі мен қажеттілігіне қарай сараланған, әр оқушыға қолдау көрсетіледі.",
    ),
    (
        "assessment",
        "Қалыптастырушы бағалау",
        "Дескрипторлар нақты, кері байланыс уақтылы әрі сындарлы; оқушылар өзін және бірін-бірі бағалайды.",
    ),
    (
        "engagement",
        "Оқушылардың белсенділігі",
        "Оқушылардың бәрі жұмысқа тартылған, жұптық және топтық жұмыс тиімді ұйымдастырылған.",
    ),
    ("time", "Уақытты басқару", "Сабақ кезеңдері уақытқа сай бөлінген, мақсатқа жетуге уақыт жеткілікті."),
    (
        "resources",
        "Ресурстар",
        "Көрнекіліктер, үлестірме материалдар мен АКТ сабақ мақсатына сай және орынды қолданылған.",
    ),
    (
        "climate",
        "Ынтымақтастық ахуалы",
        "Сыныпта сенім мен қолдау ахуалы орнаған, оқушылар қателесуден қорықпай ойын ашық айтады.",
    ),
    (
        "reflection",
        "Рефлексия",
        "Оқушылар не үйренгенін, қандай қиындық болғанын және әрі қарай не істеу керегін айта алады.",
    ),
];

/// A three-step sheet for short visits, where a four-level judgement would
/// claim more than one lesson can show.
pub const VISIT_CRITERIA: [(&str, &str, &str); 5] = [
    ("objectives", "Мақсат оқушыларға жеткізілді", "Оқушылар сабақтың соңында не білетінін біледі."),
    (
        "assessment",
        "Бағалау критерийлері қолданылды",
        "Критерийлер мен дескрипторлар тақтада немесе парақта берілген.",
    ),
    ("engagement", "Барлық оқушы жұмысқа қатысты", "Сабақта бос отырған оқушы болмады."),
    ("feedback", "Кері байланыс берілді", "Мұғалім мен оқушылар бір-біріне нақты кері байланыс берді."),
    ("reflection", "Рефлексия өткізілді", "Сабақ соңында оқушылар өз жұмысын бағалады."),
];

pub fn sheet(
    id: TemplateId,
    name: &str,
    version: u32,
    previous: Option<TemplateId>,
    scale: Scale,
    criteria: &[(&str, &str, &str)],
) -> ObservationTemplate {
    ObservationTemplate {
        id,
        name: name.to_owned(),
        version,
        previous,
        scale,
        criteria: criteria
            .iter()
            .map(|&(key, title, descriptor)| Criterion {
                key: key.to_owned(),
                title: title.to_owned(),
                descriptor: descriptor.to_owned(),
                extra: Extra::new(),
            })
            .collect(),
        extra: Extra::new(),
    }
}

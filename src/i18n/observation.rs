//! The words of observation sheets: the default sheet in the user's
//! language, and the names of scales and levels.

use crate::domain::observation::DEFAULT_CRITERIA;
use crate::domain::{Criterion, Extra, ObservationTemplate, Scale, TemplateId};
use crate::fl;

/// The default lesson observation sheet, written in the current language;
/// made when a project needs its first sheet, so each project keeps the
/// words it was observed in even if the user later switches language.
pub fn default_template() -> ObservationTemplate {
    ObservationTemplate {
        id: TemplateId::new(),
        name: fl!("obs-template-default-name"),
        version: 1,
        previous: None,
        scale: Scale::FourLevels,
        criteria: DEFAULT_CRITERIA
            .iter()
            .map(|key| {
                let (title, descriptor) = criterion_words(key);
                Criterion { key: (*key).to_owned(), title, descriptor, extra: Extra::new() }
            })
            .collect(),
        extra: Extra::new(),
    }
}

fn criterion_words(key: &str) -> (String, String) {
    match key {
        "objectives" => (fl!("obs-criterion-objectives"), fl!("obs-criterion-objectives-descriptor")),
        "differentiation" => {
            (fl!("obs-criterion-differentiation"), fl!("obs-criterion-differentiation-descriptor"))
        }
        "assessment" => (fl!("obs-criterion-assessment"), fl!("obs-criterion-assessment-descriptor")),
        "engagement" => (fl!("obs-criterion-engagement"), fl!("obs-criterion-engagement-descriptor")),
        "time" => (fl!("obs-criterion-time"), fl!("obs-criterion-time-descriptor")),
        "resources" => (fl!("obs-criterion-resources"), fl!("obs-criterion-resources-descriptor")),
        "climate" => (fl!("obs-criterion-climate"), fl!("obs-criterion-climate-descriptor")),
        "reflection" => (fl!("obs-criterion-reflection"), fl!("obs-criterion-reflection-descriptor")),
        _ => (key.to_owned(), String::new()),
    }
}

pub fn scale_name(scale: Scale) -> String {
    match scale {
        Scale::FourLevels => fl!("obs-scale-four-levels"),
        Scale::YesPartlyNo => fl!("obs-scale-yes-partly-no"),
    }
}

/// What a level button says: the number on a four-level scale, the word on
/// a yes/partly/no one.
pub fn level_name(scale: Scale, level: u8) -> String {
    match (scale, level) {
        (Scale::YesPartlyNo, 1) => fl!("obs-level-no"),
        (Scale::YesPartlyNo, 2) => fl!("obs-level-partly"),
        (Scale::YesPartlyNo, 3) => fl!("obs-level-yes"),
        _ => level.to_string(),
    }
}

/// A mean level with one decimal, with the decimal comma of Kazakh,
/// Russian and Kyrgyz paperwork.
pub fn format_level_mean(mean: f64) -> String {
    super::format_decimal(mean, 1)
}

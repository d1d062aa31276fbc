//! Observation sheets in every language.

use adisker::domain::observation::DEFAULT_CRITERIA;
use adisker::i18n::{self, Language};

#[test]
fn the_default_sheet_is_written_in_each_language() {
    let mut titles = Vec::new();
    for language in Language::ALL {
        i18n::set_language(language);
        let template = i18n::default_template();
        assert_eq!(template.criteria.len(), DEFAULT_CRITERIA.len());
        assert!(template.criteria.iter().all(|c| !c.descriptor.is_empty() && c.title != c.key));
        assert!(!template.name.is_empty());
        titles.push(template.criteria[0].title.clone());
    }
    i18n::set_language(Language::En);
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), Language::ALL.len(), "each language has its own words");
}

//! The bundled templates, and the school's own ones that override them.

use super::Document;
use std::path::{Path, PathBuf};

/// Where a document's template comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub document: Document,
    pub text: String,
    /// The user's file, when the template is one.
    pub user_file: Option<PathBuf>,
}

impl Template {
    pub fn bundled(document: Document) -> Template {
        Template { document, text: bundled_text(document).to_owned(), user_file: None }
    }

    pub fn is_user(&self) -> bool {
        self.user_file.is_some()
    }

    pub fn file_name(&self) -> String {
        file_name(self.document)
    }

    /// The file to name in an error message: the user's own, which she
    /// can open and fix, or the bundled template's name.
    pub fn display_path(&self) -> String {
        match &self.user_file {
            Some(path) => path.display().to_string(),
            None => format!("assets/templates/{}", self.file_name()),
        }
    }

    pub(super) fn folder(&self) -> Option<PathBuf> {
        self.user_file.as_deref().and_then(Path::parent).map(Path::to_owned)
    }
}

/// Templates, looked for first in the user's folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Templates {
    pub user_dir: Option<PathBuf>,
}

impl Templates {
    pub fn bundled() -> Templates {
        Templates { user_dir: None }
    }

    pub fn with_user_dir(dir: impl Into<PathBuf>) -> Templates {
        Templates { user_dir: Some(dir.into()) }
    }

    /// The user's `NAME.typ` when there is a readable one, else the bundled
    /// template.
    pub fn load(&self, document: Document) -> Template {
        if let Some(dir) = &self.user_dir {
            let name = file_name(document);
            let path = dir.join(&name);
            // Read as any file beside it: a link out of the folder is not
            // followed, and the text must be UTF-8.
            match super::world::read_inside(dir, Path::new(&name)).map(|b| b.map(String::from_utf8)) {
                Ok(Some(Ok(text))) => return Template { document, text, user_file: Some(path) },
                Ok(None) => {}
                Ok(Some(Err(_))) => {
                    tracing::warn!(path = %path.display(), "user template is not UTF-8, using the bundled one");
                }
                Err(error) => {
                    tracing::warn!(path = %path.display(), %error, "user template unreadable, using the bundled one");
                }
            }
        }
        Template::bundled(document)
    }
}

/// Letters of thanks and diplomas are certificates with other words: one
/// template serves all three, so a school that adds its emblem to one has it on the other.
fn file_name(document: Document) -> String {
    let stem = match document {
        Document::Letters | Document::Diplomas => Document::Certificates.code(),
        document => document.code(),
    };
    format!("{stem}.typ")
}

fn bundled_text(document: Document) -> &'static str {
    match document {
        Document::Programme => include_str!("../../assets/templates/programme.typ"),
        Document::SignIn => include_str!("../../assets/templates/sign-in.typ"),
        Document::Certificates | Document::Letters | Document::Diplomas => {
            include_str!("../../assets/templates/certificates.typ")
        }
        Document::Register => include_str!("../../assets/templates/register.typ"),
        Document::ObservationSheet => include_str!("../../assets/templates/observation-sheet.typ"),
        Document::FeedbackForm => include_str!("../../assets/templates/feedback-form.typ"),
        Document::Report => include_str!("../../assets/templates/report.typ"),
        Document::MentorAnnex => include_str!("../../assets/templates/mentor-annex.typ"),
        Document::MentorCertificates => include_str!("../../assets/templates/mentor-certificates.typ"),
        Document::CourseCertificates => include_str!("../../assets/templates/course-certificates.typ"),
        Document::PairPlan => include_str!("../../assets/templates/pair-plan.typ"),
        Document::YearPlan => include_str!("../../assets/templates/year-plan.typ"),
        Document::YearReport => include_str!("../../assets/templates/year-report.typ"),
    }
}

/// The styles every template imports (`#import "common.typ": *`), so that
/// all documents look like one set; a user's folder may hold its own.
pub(super) const COMMON: &str = include_str!("../../assets/templates/common.typ");
pub(super) const COMMON_FILE: &str = "common.typ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_schools_certificate_template_serves_its_letters_too() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("certificates.typ"), "#import \"common.typ\": *\nOur emblem").unwrap();
        let templates = Templates::with_user_dir(dir.path());
        let letters = templates.load(Document::Letters);
        assert!(letters.is_user());
        assert!(letters.text.contains("Our emblem"));
        assert!(letters.display_path().ends_with("certificates.typ"));
        assert!(!templates.load(Document::Programme).is_user());
        assert_eq!(Template::bundled(Document::Letters).display_path(), "assets/templates/certificates.typ");
    }
}

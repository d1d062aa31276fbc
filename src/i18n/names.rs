//! Names of the model's fixed choices, for every front end and document.

use crate::domain::SessionKind;
use crate::fl;

pub fn session_kind_name(kind: SessionKind) -> String {
    match kind {
        SessionKind::Registration => fl!("session-kind-registration"),
        SessionKind::Opening => fl!("session-kind-opening"),
        SessionKind::Performance => fl!("session-kind-performance"),
        SessionKind::Speech => fl!("session-kind-speech"),
        SessionKind::MasterClass => fl!("session-kind-master-class"),
        SessionKind::OpenLesson => fl!("session-kind-open-lesson"),
        SessionKind::Break => fl!("session-kind-break"),
        SessionKind::RoundTable => fl!("session-kind-round-table"),
        SessionKind::Discussion => fl!("session-kind-discussion"),
        SessionKind::Feedback => fl!("session-kind-feedback"),
        SessionKind::Awards => fl!("session-kind-awards"),
        SessionKind::Visit => fl!("session-kind-visit"),
        SessionKind::Other => fl!("session-kind-other"),
    }
}

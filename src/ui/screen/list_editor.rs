//! What every list of a project shares (people, schools, events, and the
//! lists still to come): a search over the list, and the form of the item
//! chosen or being added, whose unsaved text is kept as a draft.

use super::ItemForm;
use crate::domain::Project;
use serde::Serialize;
use serde::de::DeserializeOwned;

#[derive(Debug, Clone)]
pub struct ListEditor<F> {
    pub search: String,
    pub form: Option<F>,
}

impl<F> Default for ListEditor<F> {
    fn default() -> Self {
        ListEditor { search: String::new(), form: None }
    }
}

impl<F: ItemForm> ListEditor<F> {
    pub fn select(&mut self, project: &Project, id: F::Id) {
        self.form = F::find(project, id).map(|item| F::of(item, false));
    }

    /// Opens the form of an item not yet in the project.
    pub fn start_new(&mut self, item: F::Item) {
        self.form = Some(F::of(&item, true));
    }

    pub fn selected(&self) -> Option<F::Id> {
        self.form.as_ref().map(ItemForm::id)
    }

    /// Shows why the last save or delete was refused.
    pub fn failed(&mut self, message: String) {
        if let Some(form) = &mut self.form {
            form.fail(message);
        }
    }
}

impl<F: ItemForm + Serialize + DeserializeOwned> ListEditor<F> {
    /// The open form, when it holds anything not in the project: typed
    /// text, or a new item at all.
    pub fn draft(&self) -> Option<serde_json::Value> {
        let form = self.form.as_ref()?;
        let typed = serde_json::to_value(form).ok()?;
        let pristine = serde_json::to_value(F::of(form.item(), form.is_new())).ok()?;
        (typed != pristine).then_some(typed)
    }

    /// After an edit, undo or redo: show what the project now holds. Text
    /// typed and not saved stays when the edit was elsewhere (the item is
    /// as the form found it); a new item not saved yet stays as typed; a
    /// deleted one closes its form.
    pub fn reload(&mut self, project: &Project) {
        let Some(form) = &self.form else { return };
        self.form = match F::find(project, form.id()) {
            Some(item) if item == form.item() && self.draft().is_some() => return,
            Some(item) => Some(F::of(item, false)),
            None if form.is_new() => return,
            None => None,
        };
    }

    /// Opens the form as a draft left it.
    pub fn restore(&mut self, draft: serde_json::Value) {
        if let Ok(form) = serde_json::from_value(draft) {
            self.form = Some(form);
        }
    }
}

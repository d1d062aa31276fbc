//! The library: every project folder under `projects/`, the trash, and an
//! index that lets the list open fast without reading every file.

use super::atomic::{self, write_atomic};
use super::bundle::{self, Bundle, BundleError};
use super::drafts;
use super::lock::ProjectLock;
use super::paths::{self, DataDir};
use super::project_file::{self, FileStamp, LoadError};
use crate::domain::observation::{ObservedLesson, name_is, observed_lessons};
use crate::domain::{Project, ProjectId};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;
use thiserror::Error;

/// What was being done with a file when it failed: the advice differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, access: Access, source: io::Error },
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("the project is open in another window")]
    Locked,
    #[error("no project with id {0}")]
    NotFound(String),
    #[error("a project with id {0} is already in the library")]
    AlreadyExists(String),
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// A copy to merge made by a newer version of the app.
    #[error("the copy is of format version {0}")]
    NewerCopy(u32),
    /// A copy to merge with errors in it.
    #[error("the copy has errors")]
    DamagedCopy,
}

/// What opening a bundle does with a project the library already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BundleOpen {
    /// A copy beside it, under a new id.
    NewCopy,
    /// The library's project becomes the bundle's; what it was is kept as a
    /// conflict copy beside it, to merge back what was not sent.
    Update,
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.to_owned(), access: Access::Write, source }
}

fn read_at(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.to_owned(), access: Access::Read, source }
}

/// What the library list shows of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The folder name, which is the project's id.
    pub id: String,
    pub title: String,
    pub organizer: String,
    pub first_event: Option<NaiveDate>,
    pub modified: Option<DateTime<Utc>>,
    pub events: usize,
    pub people: usize,
    /// Set when the file cannot be read; the project is still listed so the
    /// user sees it and can restore its backup.
    pub damage: Option<String>,
    /// Conflict copies left beside the file by a file-sync engine.
    pub conflicts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct IndexEntry {
    file_modified: Option<SystemTime>,
    file_len: u64,
    dir_modified: Option<SystemTime>,
    summary: Summary,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    version: u32,
    entries: BTreeMap<String, IndexEntry>,
}

const INDEX_VERSION: u32 = 1;

/// Only what the list needs; serde skips the rest of the file unparsed.
#[derive(Deserialize)]
struct Head {
    title: String,
    #[serde(default)]
    organizer: String,
    modified: Option<DateTime<Utc>>,
    #[serde(default)]
    events: Vec<EventHead>,
    #[serde(default)]
    people: Vec<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct EventHead {
    starts_on: NaiveDate,
}

/// A project opened to edit, with what [`Library::open_for_editing`] found.
#[derive(Debug)]
pub struct Editing {
    pub path: PathBuf,
    pub loaded: project_file::Loaded,
    /// `None` when another window holds it: then it opens read-only.
    pub lock: Option<ProjectLock>,
    pub drafts: Option<drafts::Drafts>,
}

#[derive(Debug, Clone)]
pub struct Library {
    pub dirs: DataDir,
}

impl Library {
    pub fn new(dirs: DataDir) -> Library {
        Library { dirs }
    }

    pub fn project_file(&self, id: &str) -> PathBuf {
        self.dirs.project_file(id)
    }

    /// Lists every project, reading only the files that changed since the
    /// index was written.
    pub fn list(&self) -> Result<Vec<Summary>, StoreError> {
        let projects = self.dirs.projects();
        let entries = match fs::read_dir(&projects) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::Io { path: projects, access: Access::Read, source: e }),
        };
        let index_path = self.dirs.index_file();
        let old: Index = fs::read(&index_path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .filter(|i: &Index| i.version == INDEX_VERSION)
            .unwrap_or_default();
        let mut fresh = Index { version: INDEX_VERSION, entries: BTreeMap::new() };
        let mut changed = false;

        for entry in entries.flatten() {
            let dir = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if !meta.is_dir() {
                continue;
            }
            let id = entry.file_name().to_string_lossy().into_owned();
            let stamp = project_file::stamp(&paths::file_in(&dir));
            let dir_modified = meta.modified().ok();
            let cached = old.entries.get(&id).filter(|e| {
                stamp.is_some_and(|s| s.modified == e.file_modified && s.len == e.file_len)
                    && e.dir_modified == dir_modified
            });
            let entry = match cached {
                Some(entry) => entry.clone(),
                None => {
                    changed = true;
                    IndexEntry {
                        file_modified: stamp.and_then(|s| s.modified),
                        file_len: stamp.map_or(0, |s| s.len),
                        dir_modified,
                        summary: summarize(&id, &dir),
                    }
                }
            };
            fresh.entries.insert(id, entry);
        }
        changed |= fresh.entries.len() != old.entries.len();
        if changed {
            // The index is a cache: failing to write it only makes the next
            // start slower.
            if let Ok(bytes) = serde_json::to_vec(&fresh) {
                let _ = fs::create_dir_all(&self.dirs.root);
                let _ = write_atomic(&index_path, &bytes, false);
            }
        }
        Ok(fresh.entries.into_values().map(|e| e.summary).collect())
    }

    pub fn list_trash(&self) -> Vec<Summary> {
        let Ok(entries) = fs::read_dir(self.dirs.trash()) else { return Vec::new() };
        entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| summarize(&e.file_name().to_string_lossy(), &e.path()))
            .collect()
    }

    /// Saves a project into the library under its own id.
    pub fn add(&self, project: &Project) -> Result<PathBuf, StoreError> {
        let path = self.project_file(&project.id.to_string());
        project_file::save(&path, project).map_err(io_at(&path))?;
        Ok(path)
    }

    pub fn create(&self, title: &str, organizer: &str, now: DateTime<Utc>) -> Result<Project, StoreError> {
        let project = Project::new(title.trim(), organizer.trim(), now);
        self.add(&project)?;
        Ok(project)
    }

    pub fn load(&self, id: &str) -> Result<project_file::Loaded, StoreError> {
        let path = self.project_file(id);
        if !path.exists() && !self.dirs.project_dir(id).exists() {
            return Err(StoreError::NotFound(id.to_owned()));
        }
        Ok(project_file::load(&path)?)
    }

    /// Changes a closed project; an open one is changed in its editor.
    fn modify(&self, id: &str, change: impl FnOnce(&mut Project)) -> Result<(), StoreError> {
        let dir = self.dirs.project_dir(id);
        let _lock = ProjectLock::try_acquire(&dir).map_err(io_at(&dir))?.ok_or(StoreError::Locked)?;
        let mut project = self.load(id)?.project;
        change(&mut project);
        let path = self.project_file(id);
        project_file::save(&path, &project).map(drop).map_err(io_at(&path))
    }

    pub fn rename(&self, id: &str, title: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.modify(id, |p| {
            p.title = title.trim().to_owned();
            p.modified = now;
        })
    }

    pub fn duplicate(&self, id: &str, title: &str, now: DateTime<Utc>) -> Result<Project, StoreError> {
        let mut project = self.load(id)?.project;
        project.id = ProjectId::new();
        project.title = title.to_owned();
        project.created = now;
        project.modified = now;
        self.add(&project)?;
        Ok(project)
    }

    /// Moves a project to the trash, whole, so it can be restored.
    pub fn trash(&self, id: &str) -> Result<(), StoreError> {
        let dir = self.dirs.project_dir(id);
        if !dir.exists() {
            return Err(StoreError::NotFound(id.to_owned()));
        }
        let lock = ProjectLock::try_acquire(&dir).map_err(io_at(&dir))?.ok_or(StoreError::Locked)?;
        // Windows refuses to move a folder with an open file in it.
        drop(lock);
        let trash = self.dirs.trash();
        fs::create_dir_all(&trash).map_err(io_at(&trash))?;
        let target = trash.join(id);
        if target.exists() {
            // An older deletion of the same project: keep both.
            let aside = trash.join(format!("{id}.{}", Utc::now().format("%Y%m%d%H%M%S")));
            fs::rename(&target, &aside).map_err(io_at(&target))?;
        }
        fs::rename(&dir, &target).map_err(io_at(&dir))?;
        atomic::sync_dir(&self.dirs.projects()).map_err(io_at(&dir))
    }

    pub fn restore(&self, trashed: &str) -> Result<(), StoreError> {
        let from = self.dirs.trash().join(trashed);
        if !from.exists() {
            return Err(StoreError::NotFound(trashed.to_owned()));
        }
        let id = trashed.split('.').next().unwrap_or(trashed);
        let to = self.dirs.project_dir(id);
        if to.exists() {
            return Err(StoreError::AlreadyExists(id.to_owned()));
        }
        fs::create_dir_all(self.dirs.projects()).map_err(io_at(&to))?;
        fs::rename(&from, &to).map_err(io_at(&from))
    }

    /// Deletes a trashed project for good.
    pub fn purge(&self, trashed: &str) -> Result<(), StoreError> {
        let dir = self.dirs.trash().join(trashed);
        fs::remove_dir_all(&dir).map_err(io_at(&dir))
    }

    /// Copies a project file or bundle into the library. A project whose
    /// id is already there gets a new id, so importing never replaces
    /// anything.
    pub fn import(&self, source: &Path) -> Result<Project, StoreError> {
        if let Some(bundle) = self.read_bundle(source)? {
            return self.add_bundle(bundle, BundleOpen::NewCopy, Utc::now());
        }
        let mut project = project_file::load(source)?.project;
        if self.dirs.project_dir(&project.id.to_string()).exists() {
            project.id = ProjectId::new();
        }
        let dir = self.dirs.project_dir(&project.id.to_string());
        self.add(&project).inspect_err(|_| {
            // A folder without its project would be listed as damaged: a
            // failed import leaves nothing behind. The folder is new, made
            // by this import, so nothing of the user's is in it.
            let _ = fs::remove_dir_all(&dir);
        })?;
        Ok(project)
    }

    /// The bundle at `source`, checked; `None` when it is not a bundle (a
    /// project file, or something else [`Library::import`] explains).
    pub fn read_bundle(&self, source: &Path) -> Result<Option<Bundle>, StoreError> {
        let size = fs::metadata(source).map_err(read_at(source))?.len();
        if size > project_file::MAX_FILE_BYTES {
            return Err(StoreError::Bundle(BundleError::TooLarge));
        }
        let mut head = [0u8; 4];
        let read = fs::File::open(source).and_then(|mut f| io::Read::read(&mut f, &mut head));
        if read.map_err(read_at(source))? < 4 || &head != b"PK\x03\x04" {
            return Ok(None);
        }
        let bytes = fs::read(source).map_err(read_at(source))?;
        if !bundle::is_bundle(&bytes) {
            return Ok(None);
        }
        Ok(Some(bundle::unpack(&bytes, source)?))
    }

    /// Whether the library holds the project with this id.
    pub fn has(&self, id: ProjectId) -> bool {
        self.project_file(&id.to_string()).exists()
    }

    /// Writes a bundle's project, files and templates into the library.
    pub fn add_bundle(
        &self,
        bundle: Bundle,
        how: BundleOpen,
        now: DateTime<Utc>,
    ) -> Result<Project, StoreError> {
        let Bundle { loaded, files, templates } = bundle;
        let mut project = loaded.project;
        let id = project.id.to_string();
        if how == BundleOpen::Update && self.has(project.id) {
            let dir = self.dirs.project_dir(&id);
            let _lock = ProjectLock::try_acquire(&dir).map_err(io_at(&dir))?.ok_or(StoreError::Locked)?;
            let path = self.project_file(&id);
            let before = fs::read(&path).map_err(read_at(&path))?;
            project_file::keep_conflict_copy(&path, &before, now).map_err(io_at(&path))?;
            write_beside(&dir, &files, &templates)?;
            project_file::save(&path, &project).map_err(io_at(&path))?;
            return Ok(project);
        }
        if self.dirs.project_dir(&id).exists() {
            project.id = ProjectId::new();
        }
        let dir = self.dirs.project_dir(&project.id.to_string());
        let written = write_beside(&dir, &files, &templates).and_then(|()| self.add(&project).map(drop));
        if written.is_err() {
            // As with a file imported: nothing half-written is left.
            let _ = fs::remove_dir_all(&dir);
        }
        written.map(|()| project)
    }

    /// The project as a bundle, with its files and print templates.
    pub fn pack(&self, id: &str, project: &Project) -> Result<Vec<u8>, StoreError> {
        let path = self.project_file(id);
        let templates = self.dirs.templates_for(&path);
        let templates = paths::has_templates(&templates).then_some(templates.as_path());
        bundle::pack(project, &super::files::files_beside(&path), templates).map_err(read_at(&path))
    }

    /// Removes the temporary files that processes killed while saving left
    /// in the library (see [`atomic::remove_stale_temps`]).
    pub fn remove_stale_temps(&self) -> usize {
        let mut removed = atomic::remove_stale_temps(&self.dirs.root);
        if let Ok(entries) = fs::read_dir(self.dirs.projects()) {
            for entry in entries.flatten().filter(|e| e.file_type().is_ok_and(|t| t.is_dir())) {
                removed += atomic::remove_stale_temps(&entry.path());
            }
        }
        removed
    }

    /// Writes a copy of the stored file to `target`, atomically.
    pub fn export(&self, id: &str, target: &Path) -> Result<(), StoreError> {
        let source = self.project_file(id);
        let bytes = fs::read(&source).map_err(read_at(&source))?;
        write_atomic(target, &bytes, false).map_err(io_at(target))
    }

    /// Puts the `.bak` in place of a damaged file; the damaged one is kept
    /// beside it as `project.json.damaged`, never deleted.
    pub fn restore_backup(&self, id: &str) -> Result<(), StoreError> {
        let path = self.project_file(id);
        let backup = atomic::backup_path(&path);
        project_file::load(&backup)?;
        if path.exists() {
            // The time tells the user when; the random tail keeps two
            // restores in one second from replacing the first damaged copy.
            let damaged = path.with_file_name(format!(
                "{}.damaged-{}-{}",
                paths::PROJECT_FILE,
                Utc::now().format("%Y%m%d%H%M%S"),
                &uuid::Uuid::new_v4().simple().to_string()[..6]
            ));
            fs::rename(&path, &damaged).map_err(io_at(&path))?;
        }
        let bytes = fs::read(&backup).map_err(read_at(&backup))?;
        write_atomic(&path, &bytes, false).map_err(io_at(&path))
    }

    pub fn stamp(&self, id: &str) -> Option<FileStamp> {
        project_file::stamp(&self.project_file(id))
    }

    /// Opens a project to edit: takes its lock (or opens it read-only when
    /// another window has it), removes what saves killed earlier left in
    /// its folder, reads it, and finds the form text a crash left unsaved.
    pub fn open_for_editing(&self, id: &str) -> Result<Editing, StoreError> {
        let dir = self.dirs.project_dir(id);
        if !dir.is_dir() {
            return Err(StoreError::NotFound(id.to_owned()));
        }
        let lock = ProjectLock::try_acquire(&dir).map_err(io_at(&dir))?;
        if lock.is_some() {
            atomic::remove_stale_temps(&dir);
        }
        let loaded = self.load(id)?;
        // Another window's drafts are its own to offer.
        let drafts = lock.as_ref().and_then(|_| drafts::load(&dir));
        Ok(Editing { path: self.project_file(id), loaded, lock, drafts })
    }
}

fn summarize(id: &str, dir: &Path) -> Summary {
    let conflicts = conflict_copies(dir);
    let path = paths::file_in(dir);
    let head = fs::read(&path).map_err(|e| e.to_string()).and_then(|bytes| {
        serde_json::from_slice::<Head>(&bytes).map_err(|e| format!("{}: {e}", path.display()))
    });
    match head {
        Ok(head) => Summary {
            id: id.to_owned(),
            title: head.title,
            organizer: head.organizer,
            first_event: head.events.iter().map(|e| e.starts_on).min(),
            modified: head.modified,
            events: head.events.len(),
            people: head.people.len(),
            damage: None,
            conflicts,
        },
        Err(damage) => Summary {
            id: id.to_owned(),
            title: id.to_owned(),
            organizer: String::new(),
            first_event: None,
            modified: None,
            events: 0,
            people: 0,
            damage: Some(damage),
            conflicts,
        },
    }
}

/// Names that Syncthing, Dropbox, Nextcloud and OneDrive give the second
/// version of a file changed in two places at once.
pub fn conflict_copies(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut found: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            let lower = name.to_lowercase();
            lower.starts_with("project") && lower.contains("conflict")
        })
        .collect();
    found.sort();
    found
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct HistoryIndexEntry {
    file_modified: Option<SystemTime>,
    file_len: u64,
    /// The teachers of the project's observed lessons: only the projects
    /// she is among have their lessons read.
    teachers: Vec<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct HistoryIndex {
    version: u32,
    entries: BTreeMap<String, HistoryIndexEntry>,
}

const HISTORY_INDEX_VERSION: u32 = 2;

/// The observed lessons of the teacher named `teacher` in every readable
/// project of the library folder that holds the project file `beside`,
/// that one excepted: the history takes the open project as it is in
/// memory. A small index says which projects she taught in, and a file
/// per project beside it holds their observed lessons; only the projects
/// saved since the index was written are read again, so a library of
/// thousands of projects answers at once. A damaged file is left out; the
/// library list shows it.
/// Another copy of a project to merge: a project file (a conflict copy, a
/// colleague's) or a bundle. A copy with errors, or from a newer version
/// of the app, is refused: what it holds cannot be trusted to merge.
pub fn read_copy(path: &Path) -> Result<Project, StoreError> {
    let size = fs::metadata(path).map_err(read_at(path))?.len();
    if size > project_file::MAX_FILE_BYTES {
        return Err(StoreError::Load(LoadError::TooLarge { path: path.to_owned(), bytes: size }));
    }
    let bytes = fs::read(path).map_err(read_at(path))?;
    let loaded = if bundle::is_bundle(&bytes) {
        bundle::unpack(&bytes, path)?.loaded
    } else {
        project_file::parse(&bytes, path)?
    };
    match loaded.read_only {
        Some(project_file::ReadOnlyReason::NewerVersion(version)) => Err(StoreError::NewerCopy(version)),
        Some(_) => Err(StoreError::DamagedCopy),
        None => Ok(loaded.project),
    }
}

/// A bundle's files and templates, into the project folder `dir`.
fn write_beside(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    templates: &[(String, Vec<u8>)],
) -> Result<(), StoreError> {
    for (folder, entries) in [(super::files::FILES_FOLDER, files), (paths::PROJECT_TEMPLATES, templates)] {
        let folder = dir.join(folder);
        if !entries.is_empty() {
            fs::create_dir_all(&folder).map_err(io_at(&folder))?;
        }
        for (name, bytes) in entries {
            let path = folder.join(name);
            write_atomic(&path, bytes, false).map_err(io_at(&path))?;
        }
    }
    Ok(())
}

pub fn other_observed_lessons(beside: &Path, teacher: &str) -> Vec<ObservedLesson> {
    let Some(own_dir) = beside.parent() else { return Vec::new() };
    let Some(projects) = own_dir.parent() else { return Vec::new() };
    let Ok(entries) = fs::read_dir(projects) else { return Vec::new() };
    let Some(index_path) = paths::history_index_beside(own_dir) else { return Vec::new() };
    let lessons_dir = index_path.with_extension("d");
    let lessons_file = |id: &str| lessons_dir.join(format!("{id}.json"));
    let mut index: HistoryIndex = fs::read(&index_path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .filter(|index: &HistoryIndex| index.version == HISTORY_INDEX_VERSION)
        .unwrap_or_default();
    let own = own_dir.file_name().map(|n| n.to_string_lossy().into_owned());
    let is_her = name_is(teacher);
    let teaches = |teachers: &[String]| teachers.iter().any(|t| is_her(t));
    let mut fresh = BTreeMap::new();
    let mut changed = false;
    let mut found = Vec::new();
    for entry in entries.flatten() {
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let id = entry.file_name().to_string_lossy().into_owned();
        if Some(&id) == own.as_ref() {
            // Not read: it is being edited. Its old lines stay for the
            // other projects' histories until it is looked at from there.
            if let Some(kept) = index.entries.remove(&id) {
                fresh.insert(id, kept);
            }
            continue;
        }
        let file = paths::file_in(&entry.path());
        let Some(stamp) = project_file::stamp(&file) else { continue };
        let cached = index.entries.remove(&id).filter(|e| {
            e.file_modified == stamp.modified && e.file_len == stamp.len && stamp.modified.is_some()
        });
        // Her lessons of this project: none when she did not teach in it,
        // else from the per-project file, or from the project itself when
        // it changed (or that file is gone).
        let cached_lessons = match &cached {
            Some(indexed) if !teaches(&indexed.teachers) => Some(Vec::new()),
            Some(_) => fs::read(lessons_file(&id))
                .ok()
                .and_then(|b| serde_json::from_slice::<Vec<ObservedLesson>>(&b).ok()),
            None => None,
        };
        let indexed = match (cached, cached_lessons) {
            (Some(indexed), Some(lessons)) => {
                found.extend(lessons.into_iter().filter(|l| teaches(&l.teachers)));
                indexed
            }
            _ => {
                changed = true;
                let lessons =
                    project_file::load(&file).map(|l| observed_lessons(&l.project)).unwrap_or_default();
                let mut teachers: Vec<String> =
                    lessons.iter().flat_map(|l| l.teachers.iter().cloned()).collect();
                teachers.sort();
                teachers.dedup();
                // A cache: failing to write it only makes the next history slower.
                let _ = fs::create_dir_all(&lessons_dir);
                if let Ok(bytes) = serde_json::to_vec(&lessons) {
                    let _ = write_atomic(&lessons_file(&id), &bytes, false);
                }
                found.extend(lessons.into_iter().filter(|l| teaches(&l.teachers)));
                HistoryIndexEntry { file_modified: stamp.modified, file_len: stamp.len, teachers }
            }
        };
        fresh.insert(id, indexed);
    }
    // The lessons of projects gone from the library go with them.
    for gone in index.entries.keys() {
        changed = true;
        let _ = fs::remove_file(lessons_file(gone));
    }
    if changed
        && let Ok(bytes) =
            serde_json::to_vec(&HistoryIndex { version: HISTORY_INDEX_VERSION, entries: fresh })
    {
        let _ = write_atomic(&index_path, &bytes, false);
    }
    found
}

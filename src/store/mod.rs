//! Files on disk: the data folder, atomic saves with a backup, a project's
//! own files (its emblem), bundles to carry a project to another PC, the lock that
//! keeps one editor per project, the library index and the trash. Nothing
//! here knows about windows or languages.

pub mod atomic;
pub mod bundle;
pub mod drafts;
pub mod files;
pub mod library;
pub mod lock;
pub mod paths;
pub mod project_file;
pub mod settings;

pub use library::{Access, Editing, Library, StoreError, Summary};
pub use lock::ProjectLock;
pub use paths::DataDir;
pub use project_file::{
    FileStamp, LoadError, Loaded, ParseAbout, ParseFault, ReadOnlyReason, Saved, ShapeFault, UpdateError,
};
pub use settings::{Settings, ThemeChoice, WindowGeometry, ZOOMS};

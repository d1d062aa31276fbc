//! Әдіскер: plan, record and print methodology seminars, offline.
//!
//! Layers, from the bottom: [`domain`] (the model, pure), [`store`] (files on
//! disk), [`i18n`] (languages), [`print`] (documents), [`sample`] (example projects), and two
//! front ends over them: [`cli`] and [`ui`] (the only layer that knows iced).

pub mod cli;
pub mod crash;
pub mod domain;
pub mod exchange;
pub mod i18n;
pub mod print;
pub mod sample;
pub mod store;
pub mod ui;

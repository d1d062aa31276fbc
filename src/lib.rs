//! Әдіскер: plan, record and print methodology seminars, offline.
//!
//! Layers, from the bottom: [`domain`] (the model, pure), [`store`] (files on
//! disk), [`exchange`] (other formats), [`i18n`] (languages) and [`ui`]
//! (the only layer that knows iced).

pub mod domain;
pub mod i18n;
pub mod store;
pub mod cli;
pub mod ui;
pub mod sample;

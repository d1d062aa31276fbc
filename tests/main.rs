//! The integration tests, as one test program: each file below is a
//! module. One program links once; twenty-seven linked the application
//! (and the typesetter inside it) twenty-seven times, which on a small CI
//! disk ran out of space before the tests ran.

mod printing;
mod seeds;
mod support;

mod charts;
mod cli;
mod cli_bundle;
mod cli_ics;
mod cli_network;
mod cli_people;
mod cli_print;
mod cli_summary;
mod crash;
mod exchange_export;
mod hostile;
mod locales;
mod look;
mod merge;
mod observation;
mod parsers;
mod places;
mod print;
mod print_awards;
mod print_network;
mod print_word;
mod proptest_roundtrip;
mod schema;
mod store;
mod ui;
mod ui_awards;
mod ui_daily;
mod ui_export;
mod ui_mentoring;
mod ui_people_import;
mod ui_places;
mod ui_safety;
mod ui_small_screen;
mod ui_year_plan;

//! Not a test but a camera: every section of the example project drawn at
//! the screen sizes our users have, in each language and theme, as PNG
//! files to look at. Run with
//! `ADISKER_LOOK_DIR=/tmp/look cargo test --test integration look:: -- --ignored`.

use crate::support;

use adisker::fl;
use adisker::print::{Document, PeopleSet, people_set_name};
use adisker::ui::app::Message;
use adisker::ui::screen::labels::Choice;
use adisker::ui::screen::project::{self, Section};
use adisker::ui::screen::{awards, awards_batch, people, people_import, print};
use adisker::ui::widget::file_source;
use support::Harness;

const SIZES: [(f32, f32); 2] = [(1024.0, 768.0), (1366.0, 768.0)];

#[test]
#[ignore = "writes pictures to look at; run by hand"]
fn every_section_in_every_language() {
    let Some(dir) = std::env::var_os("ADISKER_LOOK_DIR") else { return };
    let dir = std::path::PathBuf::from(dir);
    let languages = std::env::var("ADISKER_LOOK_LANGS").unwrap_or_else(|_| "kk,ru,ky,en".into());
    for language in languages.split(',') {
        for theme in ["light", "dark"] {
            let mut h = Harness::with_settings(&format!(
                r#"{{"language":"{language}","theme":"{theme}","sample_offered":true}}"#
            ));
            h.click(fl!("library-add-sample").as_str());
            h.click(format!("← {}", fl!("nav-library")).as_str());
            let shot = |h: &Harness, name: &str| {
                for size in SIZES {
                    let file = dir.join(format!("{language}-{theme}-{}-{name}", size.0));
                    h.snapshot(size, &file);
                }
            };
            shot(&h, "00-library");
            h.click(fl!("action-open").as_str());
            for (i, section) in [
                Section::Overview,
                Section::Events,
                Section::Programme,
                Section::Lessons,
                Section::Registrations,
                Section::People,
                Section::Schools,
                Section::Feedback,
                Section::Observations,
                Section::Awards,
                Section::Print,
            ]
            .into_iter()
            .enumerate()
            {
                h.send(Message::Project(project::Message::Navigate(section)));
                shot(&h, &format!("{:02}-{section:?}", i + 1));
            }
            // Letters of thanks as the secretary prepares them: who signs,
            // the page, the wording open.
            let letters = Document::Letters;
            let choose =
                print::Message::Document(Choice { value: letters, label: print::document_name(letters) });
            h.send(Message::Project(project::Message::Print(choose)));
            h.send(Message::Project(project::Message::Print(print::Message::Signing(
                adisker::ui::screen::print_signing::Message::Toggle,
            ))));
            h.send(Message::Project(project::Message::Print(print::Message::Preview)));
            shot(&h, "12-Print-letters");
            // Numbers for a ticked list of people, in Awards.
            h.send(Message::Project(project::Message::Navigate(Section::Awards)));
            h.send(Message::Project(project::Message::Awards(awards::Message::IssueSeveral)));
            let chosen = PeopleSet::Chosen(Vec::new());
            h.send(Message::Project(project::Message::Awards(awards::Message::Batch(
                awards_batch::Message::People(Choice { label: people_set_name(&chosen), value: chosen }),
            ))));
            shot(&h, "13-Awards-several");
            // A registration form's list read in People, before importing.
            let list = std::env::temp_dir().join("adisker-look-list.csv");
            std::fs::write(
                &list,
                "Аты-жөні;Ұйым;E-mail;Қатысу түрі\nСейтова Раушан;«Мирас» бөбекжайы;r@s.kz;онлайн\n\
                 Қожабекова Г.;Басқа мектеп;;залда\n;ЦПМ;;\n",
            )
            .unwrap();
            h.send(Message::Project(project::Message::Navigate(Section::People)));
            h.send(Message::Project(project::Message::People(people::Message::OpenImport)));
            let import = |m| Message::Project(project::Message::People(people::Message::Import(m)));
            h.send(import(people_import::Message::File(file_source::Message::Path(
                list.display().to_string(),
            ))));
            h.send(import(people_import::Message::File(file_source::Message::Read)));
            shot(&h, "14-People-import");
            h.send(Message::Project(project::Message::Navigate(Section::Export)));
            shot(&h, "15-Export");
        }
    }
}

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
use adisker::ui::screen::{
    awards, awards_batch, meeting_report, people, people_import, print, programme, registrations,
};
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
            // The online audience marked from a meeting's report.
            let report = std::env::temp_dir().join("adisker-look-report.csv");
            let online: Vec<String> = {
                let p = h.project();
                let event = &p.events[0];
                event
                    .registrations
                    .iter()
                    .filter(|r| r.mode == adisker::domain::AttendanceMode::Online)
                    .filter_map(|r| p.person(r.person))
                    .map(|person| format!("{},,45\n", person.full_name))
                    .collect()
            };
            std::fs::write(
                &report,
                format!(
                    "Name (Original Name),User Email,Duration (Minutes)\n{}Белгісіз Қонақ,,3\n",
                    online.concat()
                ),
            )
            .unwrap();
            h.send(Message::Project(project::Message::Navigate(Section::Registrations)));
            let reg = |m| Message::Project(project::Message::Registrations(m));
            h.send(reg(registrations::Message::Mode(Some(adisker::domain::AttendanceMode::Online))));
            h.send(reg(registrations::Message::ShowPanel(registrations::Panel::MeetingReport)));
            h.send(reg(registrations::Message::MeetingReport(meeting_report::Message::File(
                file_source::Message::Path(report.display().to_string()),
            ))));
            h.send(reg(registrations::Message::MeetingReport(meeting_report::Message::File(
                file_source::Message::Read,
            ))));
            shot(&h, "16-Registrations-meeting-report");
            // A session's form, with its place.
            h.send(Message::Project(project::Message::Navigate(Section::Programme)));
            let last = h.project().events[0].sessions.last().unwrap().id;
            h.send(Message::Project(project::Message::Programme(programme::Message::Select(last))));
            shot(&h, "17-Programme-session");
        }
    }
}

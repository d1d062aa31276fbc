//! `adisker people import` as a user runs it: a department's list into a
//! project, a dry run first, then for real, with a column mapped by hand.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn adisker(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_adisker"))
        .arg("--data-dir")
        .arg(data)
        .arg("--lang")
        .arg("kk")
        .args(args)
        .output()
        .unwrap()
}

fn project(file: &Path) -> serde_json::Value {
    serde_json::from_slice(&fs::read(file).unwrap()).unwrap()
}

const LIST: &str = "Аты-жөні;Мекеме;Облыс;Эл. пошта;Ескерту\n\
    Серікова Дана Болатқызы;№12 мектеп-гимназия;Қарағанды облысы;dana@mektep.kz;онлайн\n\
    ;№12 мектеп-гимназия;;;\n\
    Нұрланов Ержан;«Мирас» бөбекжай-бақшасы;Ақмола облысы;ержан-пошта;онлайн\n\
    Әлиева Гүлмира;№12 мектеп-гимназия;Қарағанды облысы;gulmira@mektep.kz;онлайн\n";

#[test]
fn a_list_is_previewed_then_imported_and_registered_online() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("seminar.json");
    let list = data.path().join("тізім.csv");
    fs::write(&list, LIST).unwrap();
    let made = adisker(data.path(), &["sample", "--size", "small", "--out", file.to_str().unwrap()]);
    assert!(made.status.success());
    let before = fs::read(&file).unwrap();
    let people_before = project(&file)["people"].as_array().unwrap().len();
    let event = project(&file)["events"][0]["id"].as_str().unwrap().to_owned();
    let (list, file_arg) = (list.to_str().unwrap(), file.to_str().unwrap());

    let dry = adisker(data.path(), &["people", "import", list, file_arg, "--dry-run"]);
    let said = String::from_utf8_lossy(&dry.stdout);
    assert!(dry.status.success(), "{}", String::from_utf8_lossy(&dry.stderr));
    // The row without a name and the e-mail without «@» are named by line.
    assert!(said.contains("3") && said.contains("ержан-пошта"), "{said}");
    assert!(said.contains("Жаңа адамдар: 2"), "{said}");
    assert_eq!(fs::read(&file).unwrap(), before, "a dry run changes nothing");

    let wrong = adisker(data.path(), &["people", "import", list, file_arg, "--map", "Телефоны=phone"]);
    assert_eq!(wrong.status.code(), Some(1));
    let told = String::from_utf8_lossy(&wrong.stderr);
    assert!(told.contains("Телефоны") && told.contains("Аты-жөні | Мекеме"), "{told}");
    assert_eq!(fs::read(&file).unwrap(), before);

    let done = adisker(
        data.path(),
        &["people", "import", list, file_arg, "--event", &event, "--mode", "online", "--map", "5=ignore"],
    );
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let after = project(&file);
    let people = after["people"].as_array().unwrap();
    assert_eq!(people.len(), people_before + 2);
    let dana = people.iter().find(|p| p["full_name"] == "Серікова Дана Болатқызы").unwrap();
    assert_eq!(dana["region"], "Қарағанды облысы");
    assert_eq!(dana["email"], "dana@mektep.kz");
    let dana_id = dana["id"].as_str().unwrap();
    let registration = after["events"][0]["registrations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["person"] == dana_id)
        .expect("registered for the event");
    assert_eq!(registration["mode"], "online");

    // The same list again adds nobody: the people are the project's now.
    let again = adisker(data.path(), &["people", "import", list, file_arg, "--dry-run"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("Жаңа адамдар: 0"));
}

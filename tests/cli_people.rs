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

#[test]
fn a_training_centres_list_enrols_its_people_on_the_course() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("network.json");
    let made = adisker(data.path(), &["sample", "--example", "network", "--out", file.to_str().unwrap()]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let json = project(&file);
    let course = &json["courses"][0];
    let course_id = course["id"].as_str().unwrap().to_owned();
    let enrolled_before = course["participants"].as_array().unwrap().len();
    // One teacher of the project not yet on the course, and one newcomer.
    let on_course: Vec<&str> =
        course["participants"].as_array().unwrap().iter().map(|p| p["person"].as_str().unwrap()).collect();
    let known = json["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| !on_course.contains(&p["id"].as_str().unwrap()))
        .unwrap();
    let known_name = known["full_name"].as_str().unwrap();
    let list = data.path().join("курс.csv");
    fs::write(&list, format!("Аты-жөні;Мекеме\n{known_name};\nЖаңабаева Әсел Қанатқызы;№2 ЖББОМ\n")).unwrap();
    let (list, file_arg) = (list.to_str().unwrap(), file.to_str().unwrap());

    let wrong = adisker(data.path(), &["people", "import", list, file_arg, "--course", "жоқ"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains(&course_id), "the courses there are are named");

    let done = adisker(data.path(), &["people", "import", list, file_arg, "--course", &course_id]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let after = project(&file);
    let participants = after["courses"][0]["participants"].as_array().unwrap();
    assert_eq!(participants.len(), enrolled_before + 2);
    let newcomer = after["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["full_name"] == "Жаңабаева Әсел Қанатқызы")
        .expect("the newcomer is added");
    let last_two: Vec<&str> =
        participants[enrolled_before..].iter().map(|p| p["person"].as_str().unwrap()).collect();
    assert_eq!(last_two, [known["id"].as_str().unwrap(), newcomer["id"].as_str().unwrap()]);

    // The same list again enrols nobody twice.
    let again = adisker(data.path(), &["people", "import", list, file_arg, "--course", &course_id]);
    assert!(again.status.success());
    assert_eq!(project(&file)["courses"][0]["participants"].as_array().unwrap().len(), enrolled_before + 2);
}

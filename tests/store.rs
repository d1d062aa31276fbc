//! The storage layer against real files: round trips, fields from newer
//! versions, hostile and damaged files, the library, the lock, and a process
//! killed in the middle of saving.
//!
//! Two tests need a second process. They re-run this test binary with
//! `--exact <child test> --ignored` and an environment variable naming the
//! folder to work in; the child tests do nothing when run without it.

use adisker::domain::*;
use adisker::sample;
use adisker::store::atomic::backup_path;
use adisker::store::project_file::{self, MAX_FILE_BYTES};
use adisker::store::*;
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use rand::{Rng, RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::fs::{self, File};
use std::hash::{DefaultHasher, Hasher};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

fn now() -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap().and_hms_opt(9, 0, 0).unwrap().and_utc()
}

fn small() -> Project {
    sample::small(now())
}

fn small_json() -> Value {
    serde_json::from_slice(&project_file::to_bytes(&small())).unwrap()
}

fn write_json(path: &Path, value: &Value) {
    fs::write(path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

/// Runs one `#[ignore]`d test of this module in a child process of the
/// same test program.
fn child_command(test: &str, variable: &str, dir: &Path) -> Command {
    let mut command = Command::new(std::env::current_exe().unwrap());
    let test = format!("{}::{test}", crate::support::test_module(module_path!()));
    command.args(["--exact", &test, "--ignored", "--nocapture"]).env(variable, dir);
    command
}

// ---------------------------------------------------------------- round trip

#[test]
fn small_and_large_samples_survive_save_and_load() {
    let dir = tempfile::tempdir().unwrap();
    for (name, project) in [("small", small()), ("large", sample::large(11, now()))] {
        let path = dir.path().join(name).join("project.json");
        project_file::save(&path, &project).unwrap();
        let loaded = project_file::load(&path).unwrap();
        assert_eq!(loaded.problems, vec![], "{name}");
        assert_eq!(loaded.read_only, None, "{name}");
        assert!(loaded.project == project, "{name}: the loaded project differs from the saved one");
        // A second save of what was loaded writes the same bytes: nothing
        // drifts from one session to the next.
        assert!(project_file::to_bytes(&loaded.project) == fs::read(&path).unwrap(), "{name}");
    }
}

// ------------------------------------------------------------ unknown fields

#[test]
fn unknown_fields_survive_load_and_save() {
    let mut json = small_json();
    let top = json!({ "plan": ["a", 1, null, { "deep": [true] }], "уровень": "жаңа" });
    let person = json!("Жаңа өріс");
    let session = json!({ "stream_url": "https://example.org/x", "viewers": 18_446_744_073_709_551_615u64 });
    let feedback = json!([-42, 0.5, "ә"]);
    json["x_future_plan"] = top.clone();
    json["people"][3]["x_pronouns"] = person.clone();
    json["events"][0]["sessions"][2]["x_broadcast"] = session.clone();
    json["events"][0]["feedback"][1]["x_mood"] = feedback.clone();
    assert!(json["events"][0]["feedback"][1].is_object(), "the sample has feedback to decorate");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    write_json(&path, &json);
    let loaded = project_file::load(&path).unwrap();
    assert_eq!(loaded.read_only, None);
    assert_eq!(loaded.project.extra.get("x_future_plan"), Some(&top));
    project_file::save(&path, &loaded.project).unwrap();
    // And once more, as a second session of the app would.
    let again = project_file::load(&path).unwrap();
    project_file::save(&path, &again.project).unwrap();

    let saved = read_json(&path);
    assert_eq!(saved["x_future_plan"], top);
    assert_eq!(saved["people"][3]["x_pronouns"], person);
    assert_eq!(saved["events"][0]["sessions"][2]["x_broadcast"], session);
    assert_eq!(saved["events"][0]["feedback"][1]["x_mood"], feedback);
    // Nothing else changed either.
    assert_eq!(saved, json);
}

#[test]
fn a_newer_version_opens_read_only() {
    let mut json = small_json();
    json["version"] = json!(FORMAT_VERSION + 1);
    json["x_added_in_v2"] = json!({ "anything": 1 });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    write_json(&path, &json);
    let loaded = project_file::load(&path).unwrap();
    assert_eq!(loaded.read_only, Some(ReadOnlyReason::NewerVersion(2)));
    assert_eq!(loaded.project.version, 2);
    assert_eq!(loaded.problems, vec![]);
}

// ------------------------------------------------------------ hostile files

/// Sorted names in `dir`, to see that loading created or removed nothing.
fn listing(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

fn digest(path: &Path) -> (u64, u64) {
    let mut file = BufReader::new(File::open(path).unwrap());
    let mut hasher = DefaultHasher::new();
    let mut len = 0;
    loop {
        let chunk = file.fill_buf().unwrap();
        if chunk.is_empty() {
            return (len, hasher.finish());
        }
        hasher.write(chunk);
        let n = chunk.len();
        len += n as u64;
        file.consume(n);
    }
}

/// Loads `path`, which must fail, and checks the attempt left the folder
/// and the file exactly as they were.
fn load_must_fail(path: &Path) -> LoadError {
    let dir = path.parent().unwrap();
    let names = listing(dir);
    let before = digest(path);
    let modified = fs::metadata(path).unwrap().modified().unwrap();

    let result = project_file::load(path);

    assert_eq!(listing(dir), names, "loading must not create or remove files");
    assert!(!backup_path(path).exists(), "loading must not make a backup");
    assert_eq!(digest(path), before, "loading must not change the file");
    assert_eq!(fs::metadata(path).unwrap().modified().unwrap(), modified);
    match result {
        Ok(loaded) => panic!("loaded a project from a hostile file: {:?}", loaded.project.title),
        Err(error) => {
            assert_eq!(error.path(), path);
            assert!(!error.to_string().is_empty());
            error
        }
    }
}

fn load_bytes_must_fail(bytes: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    fs::write(&path, bytes).unwrap();
    load_must_fail(&path)
}

/// 1-based line number of the byte at `offset`.
fn line_at(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The largest char boundary at or before `at`.
fn char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[test]
fn empty_and_blank_files_are_empty() {
    for bytes in [&b""[..], b"   ", b" \n\t\r\n  \n"] {
        let error = load_bytes_must_fail(bytes);
        assert!(matches!(error, LoadError::Empty { .. }), "{bytes:?}: {error:?}");
    }
}

#[test]
fn a_file_cut_in_half_is_truncated_at_its_end() {
    let full = String::from_utf8(project_file::to_bytes(&small())).unwrap();
    for fraction in [2, 3, 7] {
        let cut = char_boundary(&full, full.len() / fraction);
        let prefix = &full.as_bytes()[..cut];
        let error = load_bytes_must_fail(prefix);
        let LoadError::Parse { line, column, fault, .. } = error else { panic!("{error:?}") };
        assert_eq!(fault, ParseFault::Truncated, "cut at {cut}");
        // The place reported is where the text stops.
        assert_eq!(line, line_at(prefix, cut), "cut at {cut}");
        assert!(column >= 1);
    }
}

#[test]
fn text_that_is_not_json_is_a_syntax_error_at_its_place() {
    let error = load_bytes_must_fail("Бұл жоба емес, жай мәтін.\n".as_bytes());
    assert!(matches!(error, LoadError::Parse { line: 1, fault: ParseFault::Syntax, .. }), "{error:?}");

    // A person editing the file by hand and leaving a mistake on one line.
    let full = String::from_utf8(project_file::to_bytes(&small())).unwrap();
    let at = full.find("\"title\"").unwrap();
    let broken = format!("{}oops, {}", &full[..at], &full[at..]);
    let error = load_bytes_must_fail(broken.as_bytes());
    let LoadError::Parse { line, column, fault, .. } = error else { panic!("{error:?}") };
    assert_eq!(fault, ParseFault::Syntax);
    assert_eq!(line, line_at(broken.as_bytes(), at));
    let line_start = broken[..at].rfind('\n').map_or(0, |i| i + 1);
    assert_eq!(column, at - line_start + 1, "column of the first wrong character");
}

#[test]
fn binary_data_is_refused() {
    let mut rng = ChaCha8Rng::seed_from_u64(0xB1_4A_27);
    let mut samples: Vec<Vec<u8>> = vec![
        vec![0xFF, 0xFE, 0x00, 0x7B, 0x00, 0x22],
        vec![0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1],
        // Starts as ours, then breaks UTF-8 inside a string.
        [&b"{\"format\": \"adisker-project\", \"title\": \""[..], &[0xED, 0xA0, 0x80, 0xFF], b"\"}"].concat(),
        // A PNG header, as when the wrong file is picked.
        vec![0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
    ];
    for len in [1, 2, 17, 4096, 1 << 20] {
        let mut bytes = vec![0; len];
        rng.fill_bytes(&mut bytes);
        samples.push(bytes);
    }
    for bytes in samples {
        let error = load_bytes_must_fail(&bytes);
        // Random bytes may start like a number or a string; whatever they
        // look like, they are never a project.
        let blank = bytes.iter().all(u8::is_ascii_whitespace);
        assert!(
            matches!(error, LoadError::Parse { .. } | LoadError::NotAProject { .. })
                || blank && matches!(error, LoadError::Empty { .. }),
            "{:?}: {error:?}",
            &bytes[..bytes.len().min(8)]
        );
        if bytes.starts_with(b"{\"format\"") || bytes[0] >= 0x80 {
            assert!(
                matches!(error, LoadError::Parse { fault: ParseFault::Syntax, line: 1, .. }),
                "{error:?}"
            );
        }
    }
}

#[test]
fn json_of_something_else_is_not_a_project() {
    let mut other_format = small_json();
    other_format["format"] = json!("some-other-app");
    let samples = [
        json!({ "name": "Ұстаз", "items": [1, 2, 3] }),
        json!([1, 2, 3]),
        json!("adisker-project"),
        json!(null),
        json!(57),
        json!({ "format": 1, "version": 1 }),
        other_format,
    ];
    for sample in samples {
        let error = load_bytes_must_fail(&serde_json::to_vec_pretty(&sample).unwrap());
        assert!(matches!(error, LoadError::NotAProject { .. }), "{sample}: {error:?}");
    }
}

#[test]
fn a_field_of_the_wrong_type_is_a_shape_error_in_the_right_place() {
    type Breakage = fn(&mut Value);
    // Each breakage with the text of the line it leaves in the file.
    let breakages: [(&str, Breakage); 4] = [
        ("\"version\": \"one\"", |j| j["version"] = json!("one")),
        ("\"full_name\": 4242", |j| j["people"][5]["full_name"] = json!(4242)),
        ("\"starts_on\": \"first of February\"", |j| {
            j["events"][0]["starts_on"] = json!("first of February")
        }),
        ("\"capacity\": -3", |j| j["events"][0]["rooms"][0]["capacity"] = json!(-3)),
    ];
    for (needle, breakage) in breakages {
        let mut json = small_json();
        breakage(&mut json);
        let text = serde_json::to_string_pretty(&json).unwrap();
        let error = load_bytes_must_fail(text.as_bytes());
        let LoadError::Parse { line, column, fault, ref about, .. } = error else {
            panic!("{needle}: {error:?}")
        };
        let detail = &about.detail;
        assert_eq!(fault, ParseFault::Shape, "{needle}: {detail}");
        assert!(column >= 1);
        // The line of the broken field, not the end of the file.
        let broken_line = text.lines().position(|l| l.contains(needle)).unwrap() + 1;
        assert_eq!(line, broken_line, "{needle}: {detail}");
    }

    // Ours by its header, but missing what every project has.
    let error = load_bytes_must_fail(br#"{ "format": "adisker-project", "version": 1 }"#);
    assert!(matches!(error, LoadError::Parse { fault: ParseFault::Shape, line: 1, .. }), "{error:?}");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 10_000;
    let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let full = String::from_utf8(project_file::to_bytes(&small())).unwrap();
    let in_unknown = full.replacen('{', &format!("{{\"x_deep\": {arrays},"), 1);
    let in_person = {
        let at = full.find("\"full_name\"").unwrap();
        format!("{}\"x_deep\": {objects}, {}", &full[..at], &full[at..])
    };
    for (name, text) in
        [("arrays", &arrays), ("objects", &objects), ("unknown", &in_unknown), ("person", &in_person)]
    {
        let error = load_bytes_must_fail(text.as_bytes());
        assert!(
            matches!(error, LoadError::Parse { .. } | LoadError::NotAProject { .. }),
            "{name}: {error:?}"
        );
    }
}

/// A real project, then a hundred megabytes that never end the string they
/// start: the parser walks all of it and must stop with a clear error.
#[test]
fn a_hundred_megabytes_of_garbage_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    let full = project_file::to_bytes(&small());
    let end = full.iter().rposition(|&b| b == b'}').unwrap();
    let prefix = [&full[..end], b",\n  \"x_padding\": \""].concat();
    {
        let mut file = BufWriter::new(File::create(&path).unwrap());
        file.write_all(&prefix).unwrap();
        let mut rng = ChaCha8Rng::seed_from_u64(100);
        let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,;:!?#$%&*+=<>";
        let chunk: Vec<u8> = (0..1 << 20).map(|_| alphabet[rng.random_range(0..alphabet.len())]).collect();
        for _ in 0..100 {
            file.write_all(&chunk).unwrap();
        }
    }
    assert!(fs::metadata(&path).unwrap().len() > 100 << 20);
    let error = load_must_fail(&path);
    let LoadError::Parse { line, fault, .. } = error else { panic!("{error:?}") };
    assert_eq!(fault, ParseFault::Truncated);
    assert_eq!(line, line_at(&prefix, prefix.len()));
}

#[test]
fn a_file_larger_than_any_project_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    // Sparse: costs no disk and proves the size is checked before reading.
    File::create(&path).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
    let error = load_must_fail(&path);
    assert!(matches!(error, LoadError::TooLarge { bytes, .. } if bytes == MAX_FILE_BYTES + 1), "{error:?}");
}

#[test]
fn a_missing_file_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    let error = project_file::load(&path).unwrap_err();
    assert!(matches!(&error, LoadError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound));
    assert_eq!(listing(dir.path()), BTreeSet::new());
}

// ------------------------------------------------------ broken references

#[test]
fn broken_references_and_duplicate_ids_are_listed() {
    let mut project = small();
    let ghost = PersonId::new();
    project.events[0].registrations[0].person = ghost;
    let ghost_room = RoomId::new();
    let session = project.events[0].sessions.iter().position(|s| s.room.is_some()).unwrap();
    project.events[0].sessions[session].room = Some(ghost_room);
    let twin = project.people[0].id;
    let replaced = project.people[1].id;
    project.people[1].id = twin;
    let ghost_template = TemplateId::new();
    project.events[0].observations[0].template = ghost_template;
    let session_id = project.events[0].sessions[0].id;
    project.events[0].sessions[1].id = session_id;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    fs::write(&path, project_file::to_bytes(&project)).unwrap();
    let loaded = project_file::load(&path).unwrap();
    assert_eq!(loaded.read_only, Some(ReadOnlyReason::HasProblems));
    assert!(loaded.project == project);

    let has = |wanted: &dyn Fn(&Problem) -> bool| loaded.problems.iter().any(wanted);
    let id = |x: &dyn ToString| x.to_string();
    assert!(has(
        &|p| matches!(p, Problem::DuplicateId { entity: Entity::Person, id: i, .. } if *i == id(&twin))
    ));
    assert!(has(
        &|p| matches!(p, Problem::DuplicateId { entity: Entity::Session, id: i, .. } if *i == id(&session_id))
    ));
    assert!(has(&|p| matches!(p, Problem::Dangling { entity: Entity::Person, id: i, at }
        if *i == id(&ghost) && at.contains("registrations[0]"))));
    assert!(has(&|p| matches!(p, Problem::Dangling { entity: Entity::Room, id: i, at }
        if *i == id(&ghost_room) && at.contains(&format!("sessions[{session}]")))));
    assert!(has(
        &|p| matches!(p, Problem::Dangling { entity: Entity::Template, id: i, .. } if *i == id(&ghost_template))
    ));
    // Whatever pointed at the person whose id was overwritten now dangles.
    let pointed_at_replaced = project.events[0].registrations.iter().any(|r| r.person == replaced);
    if pointed_at_replaced {
        assert!(has(&|p| matches!(p, Problem::Dangling { id: i, .. } if *i == id(&replaced))));
    }
}

#[test]
fn problems_in_raw_json_are_listed_not_panicked_on() {
    let mut json = small_json();
    let nobody = uuid::Uuid::from_u128(7).to_string();
    json["events"][0]["feedback"][0]["target"] = json!({ "session": nobody });
    json["events"][0]["feedback"][0]["respondent"] = json!(nobody);
    json["awards"][0]["event"] = json!(nobody);
    json["mentorships"] = json!([{
        "id": uuid::Uuid::from_u128(8).to_string(),
        "mentor": nobody,
        "mentees": [nobody, nobody],
        "starts_on": "2020-09-01",
        "ends_on": "2019-05-25",
        "visits": [{ "date": "2020-01-01", "session": nobody }],
    }]);
    let schools = json["schools"].as_array().unwrap().clone();
    let school_count = schools.len();
    json["schools"].as_array_mut().unwrap().extend(schools);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    write_json(&path, &json);
    let loaded = project_file::load(&path).unwrap();
    assert_eq!(loaded.read_only, Some(ReadOnlyReason::HasProblems));
    let dangling =
        loaded.problems.iter().filter(|p| matches!(p, Problem::Dangling { id, .. } if *id == nobody));
    // Feedback target and respondent, award event, mentor, two mentees, visit.
    assert_eq!(dangling.count(), 7, "{:#?}", loaded.problems);
    let duplicates =
        loaded.problems.iter().filter(|p| matches!(p, Problem::DuplicateId { entity: Entity::School, .. }));
    assert_eq!(duplicates.count(), school_count);
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| matches!(p, Problem::EndsBeforeStart { at } if at.contains("mentorships")))
    );
}

#[test]
fn mentorships_of_an_older_file_come_back_as_a_programme_and_stay_one() {
    let mut json = small_json();
    let people: Vec<String> = json["people"]
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    let pair = uuid::Uuid::from_u128(9).to_string();
    json["mentorships"] = json!([{
        "id": pair,
        "mentor": people[0],
        "mentees": [people[1], people[2]],
        "direction": "Бастауыш сынып",
        "starts_on": "2018-09-01",
        "ends_on": "2019-05-25",
        "goals": "ҚМЖ құруды үйрету",
        "visits": [{ "date": "2018-10-03", "topic": "Ана тілі сабағы", "notes": "Кері байланыс берілді" }],
    }]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    write_json(&path, &json);
    let loaded = project_file::load(&path).unwrap();
    assert_eq!(loaded.read_only, None, "{:?}", loaded.problems);
    let project = loaded.project;
    assert!(project.mentorships.is_empty());
    let programme = &project.programmes[0];
    let folded = &programme.pairs[0];
    assert_eq!(folded.id.to_string(), pair);
    assert_eq!(folded.mentor.to_string(), people[0]);
    assert_eq!(folded.mentees.iter().map(|m| m.to_string()).collect::<Vec<_>>(), people[1..]);
    assert_eq!(programme.direction(folded.direction).unwrap().name, "Бастауыш сынып");
    assert_eq!(folded.activities[0].notes, "Ана тілі сабағы. Кері байланыс берілді");

    // Saved and read again, it is the same programme, not folded twice.
    project_file::save(&path, &project).unwrap();
    let again = project_file::load(&path).unwrap().project;
    assert_eq!(again.programmes, project.programmes);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("\"mentorships\""), "the old list is not written back");
}

// ------------------------------------------------------------------ library

fn library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::new(DataDir::at(dir.path()));
    (dir, library)
}

fn listed<'a>(list: &'a [Summary], id: &str) -> Option<&'a Summary> {
    list.iter().find(|s| s.id == id)
}

#[test]
fn library_create_list_rename_duplicate_trash_restore() {
    let (_dir, library) = library();
    assert_eq!(library.list().unwrap(), vec![]);

    let created = library.create("  Әдістемелік кеңес  ", " №57 мектеп ", now()).unwrap();
    let sample = small();
    library.add(&sample).unwrap();
    let (created_id, sample_id) = (created.id.to_string(), sample.id.to_string());

    let list = library.list().unwrap();
    assert_eq!(list.len(), 2);
    let summary = listed(&list, &created_id).unwrap();
    assert_eq!((summary.title.as_str(), summary.organizer.as_str()), ("Әдістемелік кеңес", "№57 мектеп"));
    assert_eq!(summary.first_event, None);
    assert_eq!(summary.damage, None);
    let summary = listed(&list, &sample_id).unwrap();
    assert_eq!(summary.title, sample.title);
    assert_eq!(summary.organizer, sample.organizer);
    assert_eq!(summary.first_event, sample.events.iter().map(|e| e.starts_on).min());
    assert!(summary.first_event.is_some());
    assert_eq!((summary.events, summary.people), (sample.events.len(), sample.people.len()));
    assert_eq!(summary.modified, Some(sample.modified));
    assert_eq!(summary.conflicts, Vec::<String>::new());

    let later = now() + TimeDelta::hours(1);
    library.rename(&sample_id, " Жаңа атау ", later).unwrap();
    let renamed = library.load(&sample_id).unwrap().project;
    assert_eq!(renamed.title, "Жаңа атау");
    assert_eq!(renamed.modified, later);
    assert_eq!(Project { title: sample.title.clone(), modified: sample.modified, ..renamed }, sample);
    assert_eq!(listed(&library.list().unwrap(), &sample_id).unwrap().title, "Жаңа атау");

    let copy = library.duplicate(&sample_id, "Көшірме", later).unwrap();
    assert_ne!(copy.id, sample.id);
    let copy_id = copy.id.to_string();
    let list = library.list().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(listed(&list, &copy_id).unwrap().title, "Көшірме");
    assert_eq!(library.load(&copy_id).unwrap().project.events, sample.events);

    library.trash(&sample_id).unwrap();
    let list = library.list().unwrap();
    assert_eq!(list.len(), 2);
    assert!(listed(&list, &sample_id).is_none());
    assert!(matches!(library.load(&sample_id), Err(StoreError::NotFound(_))));
    let trash = library.list_trash();
    assert_eq!(trash.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), vec![sample_id.as_str()]);
    assert_eq!(trash[0].title, "Жаңа атау");

    library.restore(&sample_id).unwrap();
    let list = library.list().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(listed(&list, &sample_id).unwrap().title, "Жаңа атау");
    assert_eq!(library.list_trash(), vec![]);
    assert_eq!(library.load(&sample_id).unwrap().project.people, sample.people);
}

#[test]
fn importing_twice_gives_two_projects() {
    let (dir, library) = library();
    let source = dir.path().join("outside").join("seminar.json");
    let sample = small();
    project_file::save(&source, &sample).unwrap();

    let first = library.import(&source).unwrap();
    let second = library.import(&source).unwrap();
    assert_ne!(first.id, second.id);
    let list = library.list().unwrap();
    assert_eq!(list.len(), 2);
    for imported in [&first, &second] {
        let loaded = library.load(&imported.id.to_string()).unwrap().project;
        assert_eq!(Project { id: sample.id, ..loaded }, sample);
        assert_eq!(listed(&list, &imported.id.to_string()).unwrap().title, sample.title);
    }
    // The source is left as it was.
    assert!(fs::read(&source).unwrap() == project_file::to_bytes(&sample));
}

#[test]
fn export_writes_the_stored_file() {
    let (dir, library) = library();
    let mut sample = small();
    sample.extra.insert("x_kept".into(), json!("иә"));
    library.add(&sample).unwrap();
    let id = sample.id.to_string();
    let target = dir.path().join("export.json");
    fs::write(&target, b"an older export").unwrap();
    library.export(&id, &target).unwrap();
    assert!(fs::read(&target).unwrap() == fs::read(library.project_file(&id)).unwrap());
    assert_eq!(project_file::load(&target).unwrap().project, sample);
}

#[test]
fn a_damaged_project_is_listed_and_its_backup_restored() {
    let (_dir, library) = library();
    let sample = small();
    let id = sample.id.to_string();
    library.add(&sample).unwrap();
    library.rename(&id, "Екінші нұсқа", now()).unwrap();
    let path = library.project_file(&id);
    let good_backup = fs::read(backup_path(&path)).unwrap();
    assert_eq!(project_file::load(&backup_path(&path)).unwrap().project, sample);
    assert_eq!(library.list().unwrap()[0].title, "Екінші нұсқа");

    let current = fs::read(&path).unwrap();
    let damaged = &current[..current.len() / 2];
    fs::write(&path, damaged).unwrap();
    let list = library.list().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, id);
    assert!(list[0].damage.is_some(), "{:?}", list[0]);
    assert!(matches!(library.load(&id), Err(StoreError::Load(LoadError::Parse { .. }))));

    library.restore_backup(&id).unwrap();
    assert!(fs::read(&path).unwrap() == good_backup);
    assert_eq!(library.load(&id).unwrap().project, sample);
    let kept: Vec<PathBuf> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("project.json.damaged"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept beside the restored one");
    assert!(fs::read(&kept[0]).unwrap() == damaged);
    let list = library.list().unwrap();
    assert_eq!((list[0].title.as_str(), list[0].damage.as_ref()), (sample.title.as_str(), None));
}

#[test]
fn restoring_a_damaged_backup_is_refused() {
    let (_dir, library) = library();
    let sample = small();
    let id = sample.id.to_string();
    library.add(&sample).unwrap();
    let path = library.project_file(&id);
    fs::write(backup_path(&path), b"{ \"format\": ").unwrap();
    let before = fs::read(&path).unwrap();
    assert!(matches!(library.restore_backup(&id), Err(StoreError::Load(_))));
    assert!(fs::read(&path).unwrap() == before);
}

#[test]
fn the_index_notices_files_changed_behind_its_back() {
    let (dir, library) = library();
    let mut project = small();
    project.title = "Нұсқа A".into();
    let id = project.id.to_string();
    library.add(&project).unwrap();
    assert_eq!(library.list().unwrap()[0].title, "Нұсқа A");
    assert!(DataDir::at(dir.path()).index_file().exists(), "listing writes the index");

    // Same length, written in place: only the file's time tells it apart,
    // the way a file-sync engine replaces contents.
    project.title = "Нұсқа B".into();
    let path = library.project_file(&id);
    let bytes = project_file::to_bytes(&project);
    assert_eq!(bytes.len() as u64, fs::metadata(&path).unwrap().len());
    let file = fs::OpenOptions::new().write(true).open(&path).unwrap();
    (&file).write_all(&bytes).unwrap();
    let then = fs::metadata(&path).unwrap().modified().unwrap();
    file.set_modified(then + Duration::from_secs(3)).unwrap();
    drop(file);
    assert_eq!(library.list().unwrap()[0].title, "Нұсқа B");

    // A different length with the time set back to what the index saw.
    project.title = "Үшінші, ұзынырақ нұсқа".into();
    let stamp = fs::metadata(&path).unwrap().modified().unwrap();
    fs::write(&path, project_file::to_bytes(&project)).unwrap();
    File::options().write(true).open(&path).unwrap().set_modified(stamp).unwrap();
    assert_eq!(library.list().unwrap()[0].title, "Үшінші, ұзынырақ нұсқа");

    // A broken index is only a slower start.
    fs::write(DataDir::at(dir.path()).index_file(), b"\x00not an index").unwrap();
    assert_eq!(library.list().unwrap()[0].title, "Үшінші, ұзынырақ нұсқа");
}

#[test]
fn the_history_index_follows_the_projects_saved_since_it_was_written() {
    use adisker::domain::observation::{observed_lessons, same_name, teacher_history_in};
    use adisker::store::library::other_observed_lessons;
    let (dir, library) = library();
    let projects: Vec<Project> = (0..3)
        .map(|i| {
            let mut project = small();
            project.id = ProjectId::new();
            project.title = format!("Семинар {i}");
            library.add(&project).unwrap();
            project
        })
        .collect();
    let open = library.project_file(&projects[0].id.to_string());
    let teacher = observed_lessons(&projects[2])[0].teachers[0].clone();
    let hers = |project: &Project| {
        observed_lessons(project).iter().filter(|l| l.teachers.iter().any(|t| same_name(t, &teacher))).count()
    };
    assert!(hers(&projects[1]) > 0, "the sample has her observed lessons");
    assert!(observed_lessons(&projects[1]).len() > hers(&projects[1]), "and other teachers' too");

    let others = other_observed_lessons(&open, &teacher);
    assert_eq!(others.len(), 2 * hers(&projects[1]), "hers only, the open project left out");
    assert!(others.iter().all(|l| l.entry.project != "Семинар 0"));
    assert!(DataDir::at(dir.path()).history_index_file().exists());
    assert_eq!(other_observed_lessons(&open, &teacher), others, "read again from the index, the same");

    // A project saved since: its new observation is in the next history.
    let before = teacher_history_in(&others, &teacher).entries.len();
    let mut changed = projects[2].clone();
    let event = &mut changed.events[0];
    let observed = event
        .observations
        .iter()
        .find(|o| {
            let session = event.sessions.iter().find(|s| s.id == o.session).unwrap();
            let lesson = session.lesson.as_ref().unwrap();
            lesson
                .teachers
                .iter()
                .any(|t| changed.people.iter().any(|p| p.id == *t && same_name(&p.full_name, &teacher)))
        })
        .unwrap();
    let mut again = observed.clone();
    again.id = ObservationId::new();
    changed.events[0].observations.push(again);
    project_file::save(&library.project_file(&changed.id.to_string()), &changed).unwrap();
    let others = other_observed_lessons(&open, &teacher);
    assert_eq!(teacher_history_in(&others, &teacher).entries.len(), before + 1);

    // A damaged project is left out, a broken index only read again.
    fs::write(library.project_file(&projects[1].id.to_string()), b"{ broken").unwrap();
    fs::write(DataDir::at(dir.path()).history_index_file(), b"\x00not an index").unwrap();
    assert_eq!(other_observed_lessons(&open, &teacher).len(), hers(&changed));
}

#[test]
fn conflict_copies_are_shown() {
    let (_dir, library) = library();
    let sample = small();
    let id = sample.id.to_string();
    library.add(&sample).unwrap();
    assert_eq!(library.list().unwrap()[0].conflicts, Vec::<String>::new());

    let name = "project.sync-conflict-20190201-120000-ABCDEFG.json";
    let folder = library.project_file(&id).parent().unwrap().to_owned();
    // The copy arrives a moment later; the folder's time must move for the
    // index to look again, as it does on every real file system.
    let before = fs::metadata(&folder).unwrap().modified().unwrap();
    std::thread::sleep(Duration::from_millis(10));
    fs::copy(library.project_file(&id), folder.join(name)).unwrap();
    if fs::metadata(&folder).unwrap().modified().unwrap() == before {
        File::open(&folder).unwrap().set_modified(SystemTime::now() + Duration::from_secs(1)).unwrap();
    }
    let list = library.list().unwrap();
    assert_eq!(list.len(), 1, "a conflict copy is not a project of its own");
    assert_eq!(list[0].conflicts, vec![name.to_owned()]);
    assert_eq!(list[0].title, sample.title);
}

// --------------------------------------------------------------------- lock

const LOCK_CHILD_DIR: &str = "ADISKER_TEST_LOCK_CHILD_DIR";
const LOCK_ANSWER: &str = "child-answer";

#[test]
#[ignore = "a child process of lock_is_refused_to_another_process"]
fn lock_child_process() {
    let Some(dir) = std::env::var_os(LOCK_CHILD_DIR) else { return };
    let dir = PathBuf::from(dir);
    let answer = match ProjectLock::try_acquire(&dir).unwrap() {
        Some(_) => "acquired",
        None => "refused",
    };
    fs::write(dir.join(LOCK_ANSWER), answer).unwrap();
}

fn lock_answer_of_another_process(dir: &Path) -> String {
    let _ = fs::remove_file(dir.join(LOCK_ANSWER));
    let status =
        child_command("lock_child_process", LOCK_CHILD_DIR, dir).stdout(Stdio::null()).status().unwrap();
    assert!(status.success());
    fs::read_to_string(dir.join(LOCK_ANSWER)).unwrap()
}

#[test]
fn lock_is_refused_to_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let lock = ProjectLock::try_acquire(dir.path()).unwrap();
    assert!(lock.is_some());
    assert_eq!(lock_answer_of_another_process(dir.path()), "refused");
    drop(lock);
    assert_eq!(lock_answer_of_another_process(dir.path()), "acquired");
    // The child has exited, so its lock went with it.
    assert!(ProjectLock::try_acquire(dir.path()).unwrap().is_some());
}

// -------------------------------------------------------- killed mid-save

const CRASH_CHILD_DIR: &str = "ADISKER_TEST_CRASH_CHILD_DIR";
const CRASH_CHILD_READY: &str = "crash child: first save done";
const CRASH_ROUNDS: usize = 200;

/// Two complete versions of one project that differ in a title and in the
/// number of people. Both processes build them the same way. They are
/// a few megabytes, so that writing one takes long enough for many kills
/// to land in the middle of a write.
fn crash_versions() -> [Project; 2] {
    let mut a = small();
    let padding: Vec<Person> = (0..4_000u128)
        .map(|i| Person {
            id: PersonId(uuid::Uuid::from_u128(0xA000_0000 + i)),
            full_name: format!("Қатысушы Әсел Нұрланқызы {i}"),
            position: "бастауыш сынып мұғалімі".into(),
            subjects: vec!["Қазақ тілі".into(), "Әдебиеттік оқу".into()],
            ..Person::default()
        })
        .collect();
    a.people.extend(padding);
    a.title = format!("A: {}", a.title);
    let mut b = a.clone();
    b.title = format!("B: {}", small().title);
    for i in 0..9u128 {
        b.people.push(Person {
            id: PersonId(uuid::Uuid::from_u128(0xB000 + i)),
            full_name: format!("Қосымша қатысушы {i}"),
            ..Person::default()
        });
    }
    [a, b]
}

#[test]
#[ignore = "a child process of killing_a_save_leaves_one_whole_version"]
fn crash_child_process() {
    let Some(dir) = std::env::var_os(CRASH_CHILD_DIR) else { return };
    let path = PathBuf::from(dir).join("project.json");
    // Serialized once: the kills are meant for the writing, which is what
    // must never leave half a file (the bytes are those `save` writes).
    let versions = crash_versions().map(|v| project_file::to_bytes(&v));
    adisker::store::atomic::write_atomic(&path, &versions[1], true).unwrap();
    println!("{CRASH_CHILD_READY}");
    std::io::stdout().flush().unwrap();
    for version in versions.iter().cycle() {
        adisker::store::atomic::write_atomic(&path, version, true).unwrap();
    }
}

#[test]
fn killing_a_save_leaves_one_whole_version() {
    let versions = crash_versions();
    let which = |path: &Path, round: usize| -> usize {
        let loaded = project_file::load(path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(loaded.problems, vec![], "round {round}");
        versions
            .iter()
            .position(|v| *v == loaded.project)
            .unwrap_or_else(|| panic!("round {round}: {} is neither version", path.display()))
    };
    let mut rng = ChaCha8Rng::seed_from_u64(0x0057_2019);
    let started = Instant::now();
    let mut seen = [0usize; 2];
    let mut stale_temps = 0;
    let mut mid_write = 0;
    for round in 0..CRASH_ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("project.json");
        project_file::save(&path, &versions[0]).unwrap();

        let mut child = child_command("crash_child_process", CRASH_CHILD_DIR, dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains(CRASH_CHILD_READY) {
            line.clear();
            let read = output.read_line(&mut line).unwrap();
            assert!(read > 0, "round {round}: the child stopped before its first save");
        }
        std::thread::sleep(Duration::from_micros(rng.random_range(0..=20_000)));
        child.kill().unwrap();
        child.wait().unwrap();
        // Drain anything the harness printed, so nothing is left blocking.
        let _ = output.read_to_end(&mut Vec::new());

        seen[which(&path, round)] += 1;
        let backup = backup_path(&path);
        assert!(backup.exists(), "round {round}: the child saved at least once over a file");
        which(&backup, round);
        // A temporary file left behind means the kill came between its
        // creation and its rename: in the middle of a write.
        let temps = listing(dir.path()).iter().filter(|n| n.starts_with(".tmp-")).count();
        stale_temps += temps;
        mid_write += usize::from(temps > 0);
        // The next start removes them; the project stays as it was.
        let before = fs::read(&path).unwrap();
        adisker::store::atomic::remove_stale_temps(dir.path());
        assert!(listing(dir.path()).iter().all(|n| !n.starts_with(".tmp-")), "round {round}");
        assert!(fs::read(&path).unwrap() == before, "round {round}");
    }
    let elapsed = started.elapsed();
    eprintln!(
        "{CRASH_ROUNDS} kills in {elapsed:.1?}: version A {} times, B {} times, {mid_write} in the middle of a write, {stale_temps} stale temporary files",
        seen[0], seen[1]
    );
    assert!(seen.iter().all(|&n| n > 0), "both versions were seen: {seen:?}");
    // A test whose kills all land between saves proves nothing.
    assert!(mid_write * 4 >= CRASH_ROUNDS, "only {mid_write} of {CRASH_ROUNDS} kills landed inside a write");
}

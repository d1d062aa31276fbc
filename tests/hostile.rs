//! The command line and the window's start against what a careless or a
//! hostile user hands them. Each case checks the exit code, that the
//! message is one sentence for a person (no «panicked», no backtrace), and
//! that the project file is byte for byte what it was when nothing should
//! have changed it.

use serde_json::{Value, json};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new(language: &str) -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("settings.json"), format!(r#"{{"language":"{language}"}}"#)).unwrap();
        Workspace { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_adisker"));
        command.arg("--data-dir").arg(self.dir.path()).args(args).env_remove("ADISKER_DATA_DIR");
        // A backtrace would be printed if anything panicked: the tests must
        // see it to refuse it.
        command.env("RUST_BACKTRACE", "1");
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn sample(&self, name: &str) -> PathBuf {
        let file = self.path(name);
        let out = self.run(&["sample", "--size", "small", "--out", s(&file)]);
        assert!(out.status.success(), "{}", text(&out));
        file
    }

    /// The sample changed by `change`, written as `name`.
    fn sample_with(&self, name: &str, change: impl FnOnce(&mut Value)) -> PathBuf {
        let file = self.sample(name);
        let mut json: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
        change(&mut json);
        fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
        let _ = fs::remove_file(file.with_extension("json.bak"));
        file
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

/// A message for a person: no panic, no backtrace, no Rust or OS jargon.
fn assert_plain(output: &Output) {
    let all = text(output);
    for jargon in ["panicked", "stack backtrace", "RUST_BACKTRACE", "os error", "src/", ".rs:"] {
        assert!(!all.contains(jargon), "«{jargon}» shown to the user:\n{all}");
    }
}

fn assert_refused(output: &Output) {
    assert_eq!(output.status.code(), Some(1), "{}", text(output));
    assert_plain(output);
}

// -------------------------------------------------------- output paths

#[test]
fn a_document_is_never_written_over_its_project_or_its_backup() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    fs::copy(&file, file.with_extension("json.bak")).unwrap();
    let bytes = fs::read(&file).unwrap();
    for out in
        [s(&file).to_owned(), format!("{}.bak", s(&file)), format!("{}/./p.json", ws.dir.path().display())]
    {
        for args in
            [vec!["print", "programme", s(&file), "-o", &out], vec!["export-ics", s(&file), "-o", &out]]
        {
            let output = ws.run(&args);
            assert_refused(&output);
            assert!(text(&output).contains("is the project file itself"), "{}", text(&output));
            assert!(fs::read(&file).unwrap() == bytes, "{args:?} changed the project");
        }
    }
}

#[test]
fn nothing_is_written_into_the_librarys_projects_folder() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    let id = String::from_utf8(ws.run(&["import", s(&file)]).stdout).unwrap().trim().to_owned();
    let inside = ws.path("projects").join(&id).join("programme.pdf");
    let output = ws.run(&["print", "programme", s(&file), "-o", s(&inside)]);
    assert_refused(&output);
    assert!(!inside.exists());
    let over = ws.path("projects").join(&id).join("project.json");
    let before = fs::read(&over).unwrap();
    let output = ws.run(&["sample", "--size", "small", "--out", s(&over)]);
    assert_refused(&output);
    assert!(fs::read(&over).unwrap() == before, "a sample replaced a project of the library");
}

// ------------------------------------------------ files that must not change

#[test]
fn a_file_with_errors_is_never_rewritten() {
    let ws = Workspace::new("en");
    // A session that ends before it starts, and a duplicate id.
    let file = ws.sample_with("broken.json", |json| {
        let sessions = json["events"][0]["sessions"].as_array_mut().unwrap();
        sessions[0]["end"] = json!("06:00:00");
        let twin = sessions[1]["id"].clone();
        sessions[2]["id"] = twin;
    });
    let bytes = fs::read(&file).unwrap();
    assert_eq!(ws.run(&["check", s(&file)]).status.code(), Some(1));
    for doc in ["certificates", "letters", "programme"] {
        let out = ws.path(&format!("{doc}.pdf"));
        let output = ws.run(&["print", doc, s(&file), "--series", "57-2019/001", "-o", s(&out)]);
        assert_refused(&output);
        assert!(text(&output).contains("adisker check"), "{}", text(&output));
        assert!(fs::read(&file).unwrap() == bytes, "{doc}: the file with errors was rewritten");
        assert!(!file.with_extension("json.bak").exists());
    }
}

#[test]
fn a_newer_format_is_read_only_it_prints_without_recording_numbers_and_says_so() {
    let ws = Workspace::new("en");
    let file = ws.sample_with("newer.json", |json| {
        json["version"] = json!(2);
        json["x_added_in_v2"] = json!({ "anything": [1, 2] });
    });
    let bytes = fs::read(&file).unwrap();
    let output = ws.run(&["check", s(&file)]);
    assert_eq!(output.status.code(), Some(0));
    assert!(text(&output).contains("read-only"), "{}", text(&output));
    assert!(!text(&output).contains("without problems"), "{}", text(&output));

    let pdf = ws.path("certificates.pdf");
    let output = ws.run(&["print", "certificates", s(&file), "--series", "57-2019/001", "-o", s(&pdf)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert_plain(&output);
    assert!(pdf.exists());
    assert!(text(&output).contains("not recorded"), "{}", text(&output));
    assert!(fs::read(&file).unwrap() == bytes, "the newer file was rewritten");
}

#[test]
fn a_project_open_in_the_window_is_left_to_it() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    let id = String::from_utf8(ws.run(&["import", s(&file)]).stdout).unwrap().trim().to_owned();
    let folder = ws.path("projects").join(&id);
    let stored = folder.join("project.json");
    let bytes = fs::read(&stored).unwrap();
    // The window's lock, held here as the window would hold it.
    let _window = adisker::store::ProjectLock::try_acquire(&folder).unwrap().unwrap();
    let pdf = ws.path("c.pdf");
    let output = ws.run(&["print", "certificates", s(&stored), "--series", "Т-001", "-o", s(&pdf)]);
    assert_refused(&output);
    assert!(text(&output).contains("open in an Әдіскер window"), "{}", text(&output));
    assert!(!pdf.exists(), "no numbers on paper that the window could give again");
    assert!(fs::read(&stored).unwrap() == bytes);
}

// ---------------------------------------------------------- hostile texts

#[test]
fn a_title_of_thirty_thousand_letters_prints_cut_and_check_warns() {
    let ws = Workspace::new("en");
    let title = "Ә".repeat(32_768);
    let file = ws.sample_with("long.json", |json| json["events"][0]["title"] = json!(title));
    let output = ws.run(&["check", s(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(text(&output).contains("32768 characters"), "{}", text(&output));
    let pdf = ws.path("c.pdf");
    let output = ws.run(&["print", "certificates", s(&file), "--series", "57/001", "-o", s(&pdf)]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert_plain(&output);
    let printed = pdf_extract::extract_text(&pdf).unwrap();
    assert!(printed.contains("ӘӘӘӘ") && printed.contains('…'), "the title is printed, cut");
    // The project keeps the whole title.
    let kept: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    assert_eq!(kept["events"][0]["title"].as_str().unwrap().chars().count(), 32_768);
}

#[test]
fn millions_of_tiny_objects_are_refused_before_memory_runs_out() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    let mut bytes = fs::read(&file).unwrap();
    let end = bytes.iter().rposition(|&b| b == b'}').unwrap();
    bytes.truncate(end);
    bytes.extend_from_slice(b",\"x_junk\":[");
    let object = b"{\"a\":1},";
    for _ in 0..6_000_000 {
        bytes.extend_from_slice(object);
    }
    bytes.extend_from_slice(b"{}]}");
    fs::write(&file, &bytes).unwrap();
    drop(bytes);
    // Under a 2 GB limit of address space, as on an old PC: the loader
    // must say no before it tries.
    let mut command = Command::new("bash");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -v 2000000; exec \"$0\" --data-dir '{}' check '{}'",
            ws.dir.path().display(),
            file.display()
        ))
        .arg(env!("CARGO_BIN_EXE_adisker"))
        .env("RUST_BACKTRACE", "1");
    let output = command.output().unwrap();
    assert_refused(&output);
    assert!(text(&output).contains("tiny pieces"), "{}", text(&output));
}

#[test]
fn escape_sequences_in_a_title_reach_the_terminal_escaped() {
    let ws = Workspace::new("en");
    let file = ws.sample_with("esc.json", |json| {
        json["title"] = json!("\u{1b}]0;HACKED\u{7}Жоба\u{1b}[2J");
        json["events"][0]["title"] = json!("Семинар\u{9b}31m");
    });
    for args in [vec!["check", s(&file)], vec!["summary", s(&file)], vec!["import", s(&file)], vec!["list"]] {
        let output = ws.run(&args);
        assert!(output.status.success(), "{args:?}: {}", text(&output));
        let all = [output.stdout.clone(), output.stderr.clone()].concat();
        let all = String::from_utf8(all).unwrap();
        assert!(!all.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{args:?}: {all:?}");
    }
    let output = ws.run(&["check", s(&file)]);
    assert!(text(&output).contains("\\u{1b}]0;HACKED"), "{}", text(&output));
}

#[test]
fn years_outside_1900_to_2200_are_a_problem_and_make_no_calendar() {
    let ws = Workspace::new("en");
    for year in ["0000", "-0001", "+99999"] {
        let file = ws.sample_with("years.json", |json| {
            json["events"][0]["starts_on"] = json!(format!("{year}-02-01"));
        });
        let output = ws.run(&["check", s(&file)]);
        assert_refused(&output);
        assert!(text(&output).contains("outside 1900–2200"), "{year}: {}", text(&output));
        let ics = ws.path("x.ics");
        let output = ws.run(&["export-ics", s(&file), "-o", s(&ics)]);
        assert_refused(&output);
        assert!(!ics.exists(), "{year}: an invalid calendar was written");
    }
}

// -------------------------------------------------------------- templates

fn with_template(ws: &Workspace, name: &str, text: &str) {
    let dir = ws.path("templates");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(name), text).unwrap();
}

#[cfg(unix)]
#[test]
fn a_template_cannot_read_outside_its_folder_through_a_link() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    let secret = ws.path("secret.txt");
    fs::write(&secret, "root:x:0:0:СЫР").unwrap();
    with_template(&ws, "programme.typ", "#read(\"leak.txt\")\n");
    std::os::unix::fs::symlink(&secret, ws.path("templates").join("leak.txt")).unwrap();
    let pdf = ws.path("p.pdf");
    let output = ws.run(&["print", "programme", s(&file), "-o", s(&pdf)]);
    assert_refused(&output);
    assert!(!text(&output).contains("СЫР"));
    assert!(!pdf.exists() || !pdf_extract::extract_text(&pdf).unwrap().contains("СЫР"));
    // The template itself as a link out of the folder is not followed.
    fs::remove_file(ws.path("templates").join("programme.typ")).unwrap();
    std::os::unix::fs::symlink(&secret, ws.path("templates").join("programme.typ")).unwrap();
    let output = ws.run(&["print", "programme", s(&file), "-o", s(&pdf)]);
    assert_eq!(output.status.code(), Some(0), "the bundled template is used: {}", text(&output));
    assert!(!pdf_extract::extract_text(&pdf).unwrap().contains("СЫР"));
}

#[test]
fn a_template_that_never_ends_is_stopped_and_said_so() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    with_template(&ws, "programme.typ", "#for i in range(100000) { for j in range(100000) { } }\n");
    let started = std::time::Instant::now();
    let output = ws.run(&["print", "programme", s(&file), "-o", s(&ws.path("p.pdf"))]);
    assert_refused(&output);
    assert!(text(&output).contains("longer than 30 seconds"), "{}", text(&output));
    assert!(started.elapsed() < std::time::Duration::from_secs(45));
}

#[test]
fn a_template_of_a_hundred_thousand_pages_is_refused() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    with_template(&ws, "programme.typ", "#for i in range(100000) { [Бет] ; pagebreak() }\n");
    let output = ws.run(&["print", "programme", s(&file), "-o", s(&ws.path("p.pdf"))]);
    assert_refused(&output);
    assert!(text(&output).contains("at most 10000"), "{}", text(&output));
}

// ------------------------------------------------------------- bundles

/// A zip of `entries`, as an archive tool would make it.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_bundle_that_climbs_out_of_its_folder_writes_nothing_anywhere() {
    let w = Workspace::new("kk");
    let project = fs::read(w.sample("p.json")).unwrap();
    let outside = w.dir.path().parent().unwrap().join("adisker-zip-slip.txt");
    let _ = fs::remove_file(&outside);
    for name in
        ["../../adisker-zip-slip.txt", "files/../../../adisker-zip-slip.txt", "/tmp/adisker-zip-slip.txt"]
    {
        let bundle = w.path("слип.adisker");
        fs::write(&bundle, zip_of(&[("project.json", &project), (name, b"owned")])).unwrap();
        let out = w.run(&["open", s(&bundle)]);
        assert_refused(&out);
        assert!(text(&out).contains("adisker-zip-slip.txt"), "the entry is named: {}", text(&out));
        assert!(!outside.exists() && !Path::new("/tmp/adisker-zip-slip.txt").exists());
        assert!(!w.path("projects").exists() || fs::read_dir(w.path("projects")).unwrap().next().is_none());
    }
}

#[test]
fn foreign_broken_and_bomb_archives_get_a_sentence() {
    let w = Workspace::new("ru");
    let project = fs::read(w.sample("p.json")).unwrap();
    let word = w.path("отчёт.adisker");
    fs::write(&word, zip_of(&[("word/document.xml", b"<w:document/>")])).unwrap();
    let out = w.run(&["open", s(&word)]);
    assert_refused(&out);
    let whole = zip_of(&[("project.json", &project)]);
    let cut = w.path("обрезан.adisker");
    fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    let out = w.run(&["open", s(&cut)]);
    assert_refused(&out);
    // The library's import of the same files says the same, without panic.
    for file in [&word, &cut] {
        assert_refused(&w.run(&["import", s(file)]));
    }
}

// -------------------------------------------------------------- the shell

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let ws = Workspace::new("en");
    let file = ws.path("large.json");
    assert!(ws.run(&["sample", "--size", "large", "--out", s(&file)]).status.success());
    for command in ["check", "summary"] {
        let mut child =
            ws.command(&[command, s(&file)]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        // `| head -1`: the reader goes away after one line.
        let output = child.wait_with_output().unwrap();
        assert!(!first.is_empty());
        assert_eq!(output.status.code(), Some(0), "{command}: {}", String::from_utf8_lossy(&output.stderr));
        assert_plain(&output);
    }
}

#[test]
fn without_a_display_the_window_says_how_to_use_the_command_line() {
    let ws = Workspace::new("en");
    let output = ws.command(&[]).env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY").output().unwrap();
    assert_refused(&output);
    assert!(text(&output).contains("adisker --help"), "{}", text(&output));
    if cfg!(target_os = "linux") {
        let output = ws.command(&[]).env("DISPLAY", ":97").env_remove("WAYLAND_DISPLAY").output().unwrap();
        assert_refused(&output);
        assert!(text(&output).contains("«:97»"), "{}", text(&output));
    }
}

#[test]
fn the_command_line_speaks_the_settings_language_whatever_the_system_says() {
    let ws = Workspace::new("kk");
    let file = ws.sample("p.json");
    let output = ws.command(&["check", s(&file)]).env("LANG", "C").env("LC_ALL", "C").output().unwrap();
    assert!(text(&output).contains("қатесіз ашылады"), "{}", text(&output));
    let output = ws.command(&["--lang", "ru", "check", s(&file)]).env("LANG", "C").output().unwrap();
    assert!(text(&output).contains("открывается без ошибок"), "{}", text(&output));
}

// ----------------------------------------------------------------- messages

#[test]
fn file_errors_are_told_in_the_users_words() {
    let ws = Workspace::new("ru");
    let folder = ws.path("папка");
    fs::create_dir(&folder).unwrap();
    let output = ws.run(&["check", s(&folder)]);
    assert_refused(&output);
    let all = text(&output);
    assert!(all.contains("это папка, а не файл"), "{all}");
    assert!(!all.contains("Ошибка: Ошибка"), "{all}");

    // A shape error explained without serde's English.
    for language in ["kk", "ru", "ky"] {
        let ws = Workspace::new(language);
        let file = ws.sample_with("shape.json", |json| json["events"][0]["kind"] = json!("карнавал"));
        let output = ws.run(&["check", s(&file)]);
        assert_refused(&output);
        let all = text(&output);
        for english in ["unknown variant", "expected", "invalid type", "at line"] {
            assert!(!all.contains(english), "{language}: {all}");
        }
        assert!(all.contains("карнавал") && all.contains("events[0].kind"), "{language}: {all}");
    }
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_leaves_no_folder_and_no_numbers() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    let bytes = fs::read(&file).unwrap();
    // Files may grow to 8 KB only, as on a disk that is full: every save
    // of the project fails, and the process is not killed for it.
    let limited = |args: &str| {
        let script =
            format!("trap '' XFSZ; ulimit -f 8; exec \"$0\" --data-dir '{}' {args}", ws.dir.path().display());
        Command::new("bash").arg("-c").arg(script).arg(env!("CARGO_BIN_EXE_adisker")).output().unwrap()
    };
    let output = limited(&format!("import '{}'", file.display()));
    assert_refused(&output);
    assert!(text(&output).contains("too large for this disk"), "{}", text(&output));
    let left = fs::read_dir(ws.path("projects")).map(|d| d.count()).unwrap_or(0);
    assert_eq!(left, 0, "a failed import left a folder behind");
    assert!(ws.run(&["list"]).stdout.is_empty());

    let pdf = ws.path("c.pdf");
    let output =
        limited(&format!("print certificates '{}' --series 57/001 -o '{}'", file.display(), pdf.display()));
    assert_refused(&output);
    assert!(!pdf.exists(), "numbers on paper that the file does not hold");
    assert!(fs::read(&file).unwrap() == bytes);
}

#[test]
fn stale_temporary_files_go_at_the_next_start_and_live_ones_stay() {
    let ws = Workspace::new("en");
    let file = ws.sample("p.json");
    let stale = ws.path(".tmp-p.json-4242-deadbeef");
    fs::write(&stale, vec![b'x'; 1 << 20]).unwrap();
    let live = ws.path(".tmp-p.json-4243-feedface");
    let writer = fs::File::create(&live).unwrap();
    writer.try_lock().unwrap();
    let output = ws.run(&["check", s(&file)]);
    assert!(output.status.success());
    assert!(!stale.exists(), "a killed save's temporary file is removed");
    assert!(live.exists(), "a save under way keeps its file");
}

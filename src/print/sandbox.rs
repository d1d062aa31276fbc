//! A school's own template is a file from outside: a colleague may send
//! one, and Typst is a programming language. Before it is used, it is
//! compiled once in a separate process of this program, which is stopped
//! when it runs longer than [`TIME_LIMIT`] or takes more than
//! [`MEMORY_LIMIT`], and whose page count must stay within [`PAGE_LIMIT`].
//! Typst is deterministic for the same template and data, so a trial that
//! passes bounds the real compile that follows in the window's process.
//!
//! The bundled templates are ours and are not tried: their data is bounded
//! by [`super::bound`].

use super::{CompileFailure, PrintError, Template, compile};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Longer than any real document takes on an old PC (500 certificates
/// take under a second).
pub const TIME_LIMIT: Duration = Duration::from_secs(30);
pub const MEMORY_LIMIT: u64 = 1536 * 1024 * 1024;
/// Certificates for every teacher of a large district, and more.
pub const PAGE_LIMIT: usize = 10_000;

/// The first argument that makes this program the trial process.
pub const TRIAL_ARGUMENT: &str = "__typeset-trial";

const EXIT_TIME: i32 = 70;
const EXIT_MEMORY: i32 = 71;

/// Which limit a template went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Time,
    Memory,
    Pages(usize),
    /// The trial process could not run or ended without an answer.
    Failed,
}

static PROGRAM: OnceLock<PathBuf> = OnceLock::new();

/// The program to run trials with: this very binary, set when it starts.
/// Without it (the library used by itself) no trial runs.
pub fn use_program(program: PathBuf) {
    let _ = PROGRAM.set(program);
}

#[derive(Serialize, Deserialize)]
struct Job {
    name: String,
    text: String,
    folder: Option<PathBuf>,
    files: Option<PathBuf>,
    data: String,
}

#[derive(Serialize, Deserialize)]
enum Answer {
    Pages(usize),
    Failed(CompileFailure),
}

/// Compiles `template` with `data` in a trial process and judges it.
pub fn trial(template: &Template, data: &[u8], files: Option<&Path>) -> Result<(), PrintError> {
    let Some(program) = PROGRAM.get() else { return Ok(()) };
    let limit = |limit| PrintError::TemplateLimit { file: template.display_path(), limit };
    let job = Job {
        name: template.file_name(),
        text: template.text.clone(),
        folder: template.folder(),
        files: files.map(Path::to_path_buf),
        data: String::from_utf8_lossy(data).into_owned(),
    };
    let job = serde_json::to_vec(&job).map_err(|_| limit(Limit::Failed))?;
    let mut child = Command::new(program)
        .arg(TRIAL_ARGUMENT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| limit(Limit::Failed))?;
    let mut stdin = child.stdin.take().ok_or_else(|| limit(Limit::Failed))?;
    let writer = std::thread::spawn(move || stdin.write_all(&job));
    let mut stdout = child.stdout.take().ok_or_else(|| limit(Limit::Failed))?;
    let reader = std::thread::spawn(move || {
        let mut answer = Vec::new();
        // An answer is a few words; a trial that writes more is cut off.
        let _ = (&mut stdout).take(1 << 20).read_to_end(&mut answer);
        answer
    });
    // The child watches its own clock; this one is for a child that
    // cannot (stopped, or swapping itself to death).
    let deadline = Instant::now() + TIME_LIMIT + Duration::from_secs(5);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let _ = writer.join();
    let answer = reader.join().unwrap_or_default();
    let Some(status) = status else { return Err(limit(Limit::Time)) };
    match status.code() {
        Some(0) => {}
        Some(EXIT_TIME) => return Err(limit(Limit::Time)),
        Some(EXIT_MEMORY) => return Err(limit(Limit::Memory)),
        // Killed by the system for its memory, or crashed.
        _ => return Err(limit(Limit::Memory)),
    }
    match serde_json::from_slice::<Answer>(&answer) {
        Ok(Answer::Pages(pages)) if pages > PAGE_LIMIT => Err(limit(Limit::Pages(pages))),
        Ok(Answer::Pages(_)) => Ok(()),
        Ok(Answer::Failed(failure)) => Err(failure.into_error(template)),
        Err(_) => Err(limit(Limit::Failed)),
    }
}

/// The trial process: reads a job from standard input, compiles it under
/// its own watch of time and memory, and answers on standard output.
pub fn run_trial() -> ExitCode {
    let started = Instant::now();
    std::thread::spawn(move || {
        loop {
            if started.elapsed() > TIME_LIMIT {
                std::process::exit(EXIT_TIME);
            }
            let used = memory_stats::memory_stats().map_or(0, |m| m.physical_mem.max(m.virtual_mem / 4));
            if used as u64 > MEMORY_LIMIT {
                std::process::exit(EXIT_MEMORY);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let mut input = Vec::new();
    if std::io::stdin().take(512 * 1024 * 1024).read_to_end(&mut input).is_err() {
        return ExitCode::from(2);
    }
    let Ok(job) = serde_json::from_slice::<Job>(&input) else { return ExitCode::from(2) };
    drop(input);
    let answer = match compile(&job.name, job.text, job.data.into_bytes(), job.folder, job.files) {
        Ok((document, _)) => Answer::Pages(document.pages.len()),
        Err(failure) => Answer::Failed(failure),
    };
    let bytes = serde_json::to_vec(&answer).unwrap_or_default();
    if std::io::stdout().write_all(&bytes).is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

//! Any bytes given to the project loader: it must answer, never crash, and
//! whatever it accepts it must write back to something it reads the same.

#![no_main]

use adisker::store::project_file;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz");
    if let Ok(loaded) = project_file::parse(data, path) {
        let bytes = project_file::to_bytes(&loaded.project);
        let again = match project_file::parse(&bytes, path) {
            Ok(again) => again,
            Err(error) => panic!("a saved project does not load: {error}"),
        };
        assert!(again.project == loaded.project, "a project changed on its way through the file");
        assert_eq!(again.problems, loaded.problems);
        assert_eq!(again.read_only, loaded.read_only);
    }
});

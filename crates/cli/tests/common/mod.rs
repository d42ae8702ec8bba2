//! What the command's test files share: the repository and running the
//! built `cruscotto` from it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `cruscotto ARGS` from the repository: exit code, standard output,
/// standard error.
#[allow(dead_code)] // not every test file runs the command this way
pub fn run(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_cruscotto"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run cruscotto");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

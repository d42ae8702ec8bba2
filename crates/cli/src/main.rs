//! `cruscotto`: validate, score and describe `cruscotto/1` plan files.
//!
//! This file is the only one that does I/O (reads the file, prints, exits);
//! the work is in `cruscotto-core`, the presentation in `report`.

mod args;
mod report;

use std::process::ExitCode;

use args::Command;
use cruscotto_core::{analyse_with, parse_plan, Lang, Options, PlanFile};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let cmd = match args::parse(&argv) {
        Ok(c) => c,
        Err(e) => {
            let word = if e.lang == Lang::It {
                "errore"
            } else {
                "error"
            };
            eprintln!(
                "cruscotto: {word}: {}\n\n{}",
                e.message,
                args::usage(e.lang)
            );
            return ExitCode::from(2);
        }
    };
    match cmd {
        Command::Help(lang) => {
            print!("{}", args::usage(lang));
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!(
                "cruscotto {} (formato {})",
                env!("CARGO_PKG_VERSION"),
                cruscotto_core::FORMAT_VERSION
            );
            ExitCode::SUCCESS
        }
        Command::Schema => {
            println!("{}", report::schema());
            ExitCode::SUCCESS
        }
        Command::Validate { file, common } | Command::Score { file, common } if !file.is_file() => {
            not_a_file(&file, common.lang)
        }
        Command::Diff { a, common, .. } if !a.is_file() => not_a_file(&a, common.lang),
        Command::Diff { b, common, .. } if !b.is_file() => not_a_file(&b, common.lang),
        Command::Validate { file, common } => run(&file, &common, false),
        Command::Score { file, common } => run(&file, &common, true),
        Command::Diff { a, b, common } => diff(&a, &b, &common),
    }
}

fn not_a_file(file: &std::path::Path, lang: Lang) -> ExitCode {
    let name = file.display();
    let msg = match lang {
        Lang::It => format!("cruscotto: errore: il file «{name}» non esiste o non è un file"),
        Lang::En => format!("cruscotto: error: «{name}» does not exist or is not a file"),
    };
    eprintln!("{msg}");
    ExitCode::from(2)
}

/// Reads and parses a plan; on failure prints why and gives the exit code.
fn load(file: &std::path::Path, common: &args::Common) -> Result<(Vec<u8>, PlanFile), ExitCode> {
    let name = file.display().to_string();
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            match common.lang {
                Lang::It => eprintln!("cruscotto: errore: impossibile leggere «{name}»: {e}"),
                Lang::En => eprintln!("cruscotto: error: cannot read «{name}»: {e}"),
            }
            return Err(ExitCode::from(2));
        }
    };
    match parse_plan(&bytes) {
        Ok(p) => Ok((bytes, p)),
        Err(e) => {
            let out = if common.json {
                report::parse_error_json(&e, common.lang)
            } else {
                report::parse_error_text(&name, &e, common.lang)
            };
            println!("{out}");
            Err(ExitCode::from(1))
        }
    }
}

fn diff(a: &std::path::Path, b: &std::path::Path, common: &args::Common) -> ExitCode {
    let (pa, pb) = match (load(a, common), load(b, common)) {
        (Ok((_, pa)), Ok((_, pb))) => (pa, pb),
        (Err(c), _) | (_, Err(c)) => return c,
    };
    let options = Options {
        as_of: common.as_of.clone(),
    };
    let (aa, ab) = (analyse_with(&pa, &options), analyse_with(&pb, &options));
    let d = cruscotto_core::diff::diff(&pa, &aa, &pb, &ab);
    let out = if common.json {
        report::diff_json(&d, common.lang)
    } else {
        let names = (a.display().to_string(), b.display().to_string());
        report::diff_text(&names, &d, (&aa, &ab), common.lang)
    };
    println!("{out}");
    ExitCode::SUCCESS
}

fn run(file: &std::path::Path, common: &args::Common, score: bool) -> ExitCode {
    let name = file.display().to_string();
    let (bytes, plan) = match load(file, common) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let analysis = analyse_with(
        &plan,
        &Options {
            as_of: common.as_of.clone(),
        },
    );
    let out = match (score, common.json) {
        (false, false) => report::validate_text(&name, &bytes, &analysis, common.lang),
        (false, true) => report::validate_json(&bytes, &analysis, common.lang),
        (true, false) if analysis.is_valid() => report::score_text(&plan, &analysis, common.lang),
        (true, true) if analysis.is_valid() => report::score_json(&plan, &analysis),
        (true, false) => report::validate_text(&name, &bytes, &analysis, common.lang),
        (true, true) => report::validate_json(&bytes, &analysis, common.lang),
    };
    println!("{out}");
    if analysis.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

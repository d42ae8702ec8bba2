//! `cruscotto`: validate, score and describe `cruscotto/1` plan files.
//!
//! This file is the only one that does I/O (reads the file, prints, exits);
//! the work is in `cruscotto-core`, the presentation in `report`.

mod args;
mod report;

use std::process::ExitCode;

use args::Command;
use cruscotto_core::{analyse_with, parse_plan, Lang, Options};

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
            let name = file.display();
            let msg = match common.lang {
                Lang::It => {
                    format!("cruscotto: errore: il file «{name}» non esiste o non è un file")
                }
                Lang::En => format!("cruscotto: error: «{name}» does not exist or is not a file"),
            };
            eprintln!("{msg}");
            ExitCode::from(2)
        }
        Command::Validate { file, common } => run(&file, &common, false),
        Command::Score { file, common } => run(&file, &common, true),
    }
}

fn run(file: &std::path::Path, common: &args::Common, score: bool) -> ExitCode {
    let name = file.display().to_string();
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            match common.lang {
                Lang::It => eprintln!("cruscotto: errore: impossibile leggere «{name}»: {e}"),
                Lang::En => eprintln!("cruscotto: error: cannot read «{name}»: {e}"),
            }
            return ExitCode::from(2);
        }
    };
    let plan = match parse_plan(&bytes) {
        Ok(p) => p,
        Err(e) => {
            let out = if common.json {
                report::parse_error_json(&e, common.lang)
            } else {
                report::parse_error_text(&name, &e, common.lang)
            };
            println!("{out}");
            return ExitCode::from(1);
        }
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

//! `cruscotto`: validate, score and describe `cruscotto/1` plan files.
//!
//! This file is the only one that does I/O (reads and writes files, prints,
//! exits); the work is in `cruscotto-core` and `cruscotto-kit`, the
//! presentation in `report`, the `.xlsx` bytes in `workbook`.

// Standard output through `out`: a reader that went away (`cruscotto … |
// head -1`) ends the printing quietly instead of a panic (exit 134).
macro_rules! print {
    ($($t:tt)*) => { crate::out(&format!($($t)*)) };
}
macro_rules! println {
    ($($t:tt)*) => { crate::out(&format!("{}\n", format!($($t)*))) };
}

mod args;
mod report;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use args::{Command, Common};
use cruscotto_core::edits::{self, Edit};
use cruscotto_core::{analyse_with, parse_plan, simulate, Lang, Options, PlanFile};
use cruscotto_kit::catalogue::{self, Catalogue};
use cruscotto_kit::publish;
use cruscotto_xlsx as workbook;
use report::Says;

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
        Command::Validate { file, common }
        | Command::Score { file, common }
        | Command::Export { file, common }
        | Command::Publish { file, common }
        | Command::Compila { file, common }
            if !file.is_file() =>
        {
            not_a_file(&file, common.lang)
        }
        Command::Diff { a, common, .. } if !a.is_file() => not_a_file(&a, common.lang),
        Command::Diff { b, common, .. } if !b.is_file() => not_a_file(&b, common.lang),
        Command::Import { file, common } if !file.exists() => {
            eprintln!(
                "cruscotto: {}",
                report::says(
                    Says::CannotRead(&file.display().to_string(), "?".into()),
                    common.lang
                )
            );
            ExitCode::from(2)
        }
        Command::Validate { file, common } => run(&file, &common, false),
        Command::Score { file, common } => run(&file, &common, true),
        Command::Diff { a, b, common } => diff(&a, &b, &common),
        Command::Storia { files, common } => storia(&files, &common),
        Command::Template { common } => template(&common),
        Command::Import { file, common } => import(&file, &common),
        Command::Export { file, common } => export(&file, &common),
        Command::Publish { file, common } => publish(&file, &common),
        Command::Unpublish { name, common } => unpublish(&name, &common),
        Command::Compila { file, common } => compila(&file, &common),
    }
}

/// Writes to standard output. A closed pipe is not an error: what is left
/// is dropped and the command ends with its usual exit status; any other
/// failure is said on standard error.
fn out(text: &str) {
    use std::io::Write;
    let mut o = std::io::stdout().lock();
    if let Err(e) = o.write_all(text.as_bytes()).and_then(|()| o.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("cruscotto: {e}");
        }
    }
}

fn not_a_file(file: &Path, lang: Lang) -> ExitCode {
    let name = file.display();
    let msg = match lang {
        Lang::It => format!("cruscotto: errore: il file «{name}» non esiste o non è un file"),
        Lang::En => format!("cruscotto: error: «{name}» does not exist or is not a file"),
    };
    eprintln!("{msg}");
    ExitCode::from(2)
}

/// Prints a sentence on standard error and returns exit code `code`.
fn fail(s: Says<'_>, lang: Lang, code: u8) -> ExitCode {
    eprintln!("cruscotto: {}", report::says(s, lang));
    ExitCode::from(code)
}

fn write_file(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), ExitCode> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(path, bytes).map_err(|e| {
        fail(
            Says::CannotWrite(&path.display().to_string(), e.to_string()),
            lang,
            2,
        )
    })?;
    eprintln!(
        "cruscotto: {}",
        report::says(Says::Wrote(&path.display().to_string()), lang)
    );
    Ok(())
}

/// Writes sheets as a workbook, or as a folder of CSV files.
fn write_sheets(wb: &cruscotto_kit::Workbook, out: &Path, csv: bool, lang: Lang) -> ExitCode {
    if csv {
        for sheet in &wb.sheets {
            let path = out.join(format!("{}.csv", sheet.name));
            if let Err(code) = write_file(&path, &cruscotto_kit::csv::write(sheet), lang) {
                return code;
            }
        }
        return ExitCode::SUCCESS;
    }
    match workbook::xlsx(wb) {
        Ok(bytes) => match write_file(out, &bytes, lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => code,
        },
        Err(e) => fail(
            Says::CannotWrite(&out.display().to_string(), e.to_string()),
            lang,
            2,
        ),
    }
}

/// A CSV folder is asked with `--csv`, or by an output without extension.
fn wants_csv(common: &Common, out: &Path) -> bool {
    common.csv || out.extension().is_none()
}

fn template(common: &Common) -> ExitCode {
    let out = common.output.clone().unwrap_or_else(|| {
        PathBuf::from(if common.csv {
            "modello"
        } else {
            "modello.xlsx"
        })
    });
    write_sheets(
        &cruscotto_kit::template(),
        &out,
        wants_csv(common, &out),
        common.lang,
    )
}

fn read_or_fail(file: &Path, lang: Lang) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(file).map_err(|e| {
        fail(
            Says::CannotRead(&file.display().to_string(), e.to_string()),
            lang,
            2,
        )
    })
}

fn import(file: &Path, common: &Common) -> ExitCode {
    let lang = common.lang;
    let name = file.display().to_string();
    let mut files = Vec::new();
    if file.is_dir() {
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(file) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return fail(Says::CannotRead(&name, e.to_string()), lang, 2),
        };
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")))
        {
            match read_or_fail(&p, lang) {
                Ok(b) => files.push((
                    p.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    b,
                )),
                Err(code) => return code,
            }
        }
    } else {
        match read_or_fail(file, lang) {
            Ok(b) => files.push((
                file.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                b,
            )),
            Err(code) => return code,
        }
    }
    let imported = cruscotto_kit::import_files(&files);
    eprintln!("{}", report::import_text(&name, &imported, lang));
    match (&imported.json, imported.is_valid(), &common.output) {
        (Some(json), true, Some(out)) => match write_file(out, json.as_bytes(), lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => code,
        },
        (Some(json), true, None) => {
            print!("{json}");
            ExitCode::SUCCESS
        }
        _ => fail(Says::NotWritten, lang, 1),
    }
}

/// Reads and parses a plan, printing the parse error.
fn read_plan(file: &Path, common: &Common) -> Result<(Vec<u8>, PlanFile), ExitCode> {
    let bytes = read_or_fail(file, common.lang)?;
    match parse_plan(&bytes) {
        Ok(p) => Ok((bytes, p)),
        Err(e) => {
            let out = if common.json {
                report::parse_error_json(&e, common.lang)
            } else {
                report::parse_error_text(&file.display().to_string(), &e, common.lang)
            };
            println!("{out}");
            Err(ExitCode::from(1))
        }
    }
}

fn diff(a: &Path, b: &Path, common: &Common) -> ExitCode {
    let (pa, pb) = match (read_plan(a, common), read_plan(b, common)) {
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

/// `cruscotto storia`: a published folder's documents in its catalogue's
/// order, or the files in the order given; the core's history of them.
fn storia(files: &[PathBuf], common: &Common) -> ExitCode {
    let files: Vec<PathBuf> = match files {
        [dir] if dir.is_dir() => match read_catalogue(dir, common.lang) {
            Ok(Some(c)) => c.documents.iter().map(|e| dir.join(&e.file)).collect(),
            Ok(None) => {
                return fail(
                    Says::CannotRead(
                        &dir.join(catalogue::CATALOGUE_FILE).display().to_string(),
                        "?".into(),
                    ),
                    common.lang,
                    2,
                )
            }
            Err(code) => return code,
        },
        files => files.to_vec(),
    };
    let options = Options {
        as_of: common.as_of.clone(),
    };
    let mut plans = Vec::with_capacity(files.len());
    for f in &files {
        match read_plan(f, common) {
            Ok((_, p)) => plans.push(p),
            Err(code) => return code,
        }
    }
    let analyses: Vec<_> = plans.iter().map(|p| analyse_with(p, &options)).collect();
    let docs: Vec<_> = plans.iter().zip(&analyses).collect();
    let h = cruscotto_core::history::history(&docs);
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    out(&if common.json {
        report::history_json(&h, &names)
    } else {
        report::history_text(&h, &names, common.lang)
    });
    ExitCode::SUCCESS
}

fn export(file: &Path, common: &Common) -> ExitCode {
    let (_, plan) = match read_plan(file, common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let default = file.with_extension(if common.csv { "" } else { "xlsx" });
    let out = common.output.clone().unwrap_or(default);
    match cruscotto_kit::export(&plan) {
        Ok(wb) => write_sheets(&wb, &out, wants_csv(common, &out), common.lang),
        Err(e) => fail(Says::Unrepresentable(&e.path), common.lang, 1),
    }
}

/// Copies the built app, without its demo plans and manifest.
fn copy_app(from: &Path, to: &Path, top: bool) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if top
            && (name == "plans"
                || name == publish::MANIFEST_FILE
                || name == catalogue::CATALOGUE_FILE)
        {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_app(&entry.path(), &to.join(&name), false)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), to.join(&name))?;
        }
    }
    Ok(())
}

/// The catalogue of the published folder `out`: read from `catalogo.json`;
/// for a folder published before catalogues, made from its manifest and
/// the plan it names; `None` for a new or empty folder. Anything else in
/// the way is said (exit 2).
fn read_catalogue(out: &Path, lang: Lang) -> Result<Option<Catalogue>, ExitCode> {
    let out_name = out.display().to_string();
    let path = out.join(catalogue::CATALOGUE_FILE);
    if path.is_file() {
        let bytes = read_or_fail(&path, lang)?;
        return catalogue::parse_catalogue(&bytes).map(Some).map_err(|e| {
            eprintln!(
                "cruscotto: {}",
                cruscotto_kit::messages::catalogue_error(&e, &path.display().to_string(), lang)
            );
            ExitCode::from(2)
        });
    }
    if !std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_some()) {
        return Ok(None);
    }
    // Published by an earlier version: one plan, named by the manifest.
    let earlier = std::fs::read(out.join(publish::MANIFEST_FILE))
        .ok()
        .and_then(|b| publish::parse_manifest(&b))
        .and_then(|m| {
            let bytes = std::fs::read(out.join(&m.plan)).ok()?;
            let plan = parse_plan(&bytes).ok()?;
            let mut c = Catalogue::new(&plan.document.municipality);
            let entry = catalogue::Entry::new(&m.plan, &bytes, &plan, m.generated_at.as_deref());
            c.add(entry, &plan, false).ok()?;
            Some(c)
        });
    match earlier {
        Some(c) => Ok(Some(c)),
        None => Err(fail(Says::NotEmpty(&out_name), lang, 2)),
    }
}

/// Warns of every document of the catalogue whose file is missing, or is
/// no longer the one published (another SHA-256). Nothing is refused: the
/// publisher decides (republish with `--sostituisci`, or `--rimuovi`).
fn check_fingerprints(out: &Path, c: &Catalogue, lang: Lang) {
    for e in &c.documents {
        let says = match std::fs::read(out.join(&e.file)) {
            Ok(bytes) if publish::sha256_hex(&bytes) == e.sha256 => continue,
            Ok(_) => Says::Altered(e.name()),
            Err(_) => Says::Missing(e.name()),
        };
        eprintln!("cruscotto: {}", report::says(says, lang));
    }
}

/// Writes the catalogue, the chooser's list and the manifest of the latest
/// document (or one naming none), and says which one it names.
fn write_catalogue(out: &Path, c: &Catalogue, lang: Lang) -> Result<(), ExitCode> {
    let manifest = match c.latest() {
        Some(e) => publish::entry_manifest_json(e, &c.municipality.name, Some(c.documents.len())),
        None => publish::empty_manifest_json(),
    };
    write_file(
        &out.join("plans/index.json"),
        c.index_json().as_bytes(),
        lang,
    )?;
    write_file(
        &out.join(catalogue::CATALOGUE_FILE),
        c.to_json().as_bytes(),
        lang,
    )?;
    write_file(&out.join(publish::MANIFEST_FILE), manifest.as_bytes(), lang)?;
    let says = match c.latest() {
        Some(e) => Says::ManifestNames(e.name(), c.documents.len()),
        None => Says::NoDocumentLeft,
    };
    eprintln!("cruscotto: {}", report::says(says, lang));
    Ok(())
}

/// Says why a document is not published into (or taken out of) `folder`;
/// exit 2, nothing written.
fn refused(r: &catalogue::Refusal, folder: &str, lang: Lang) -> ExitCode {
    eprintln!(
        "cruscotto: {}",
        cruscotto_kit::messages::refusal(r, folder, lang)
    );
    ExitCode::from(2)
}

/// Deletes a published document's file and its filled template.
fn delete_document(out: &Path, e: &catalogue::Entry, lang: Lang) -> Result<(), ExitCode> {
    let stem = e.name().strip_suffix(".json").unwrap_or(e.name());
    for path in [
        out.join(&e.file),
        out.join(format!("plans/modelli/{stem}.xlsx")),
    ] {
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => {
                let p = path.display().to_string();
                return Err(fail(Says::CannotWrite(&p, err.to_string()), lang, 2));
            }
        }
    }
    Ok(())
}

/// `cruscotto publish --rimuovi FILE -o CARTELLA`.
fn unpublish(name: &str, common: &Common) -> ExitCode {
    let lang = common.lang;
    let Some(out) = common.output.clone() else {
        return ExitCode::from(2);
    };
    let out_name = out.display().to_string();
    let mut c = match read_catalogue(&out, lang) {
        Ok(Some(c)) => c,
        Ok(None) => return fail(Says::NotPublished(&out_name), lang, 2),
        Err(code) => return code,
    };
    check_fingerprints(&out, &c, lang);
    let gone = match c.remove(name) {
        Ok(e) => e,
        Err(r) => return refused(&r, &out_name, lang),
    };
    if let Err(code) = delete_document(&out, &gone, lang) {
        return code;
    }
    eprintln!(
        "cruscotto: {}",
        report::says(Says::Removed(gone.name()), lang)
    );
    match write_catalogue(&out, &c, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

fn publish(file: &Path, common: &Common) -> ExitCode {
    let lang = common.lang;
    let (bytes, plan) = match read_plan(file, common) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let analysis = cruscotto_core::analyse(&plan);
    if !analysis.is_valid() {
        println!(
            "{}",
            report::validate_text(&file.display().to_string(), &bytes, &analysis, lang)
        );
        return fail(Says::InvalidPlan, lang, 1);
    }
    let app = common.app.clone().unwrap_or_else(|| PathBuf::from("dist"));
    if !app.join("index.html").is_file() {
        return fail(Says::NoApp(&app.display().to_string()), lang, 2);
    }
    let Some(out) = common.output.clone() else {
        return ExitCode::from(2);
    };
    let out_name = out.display().to_string();
    let mut c = match read_catalogue(&out, lang) {
        Ok(c) => c.unwrap_or_else(|| Catalogue::new(&plan.document.municipality)),
        Err(code) => return code,
    };
    check_fingerprints(&out, &c, lang);
    let file_name = file
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let plan_path = catalogue::plan_path(&file_name);
    let entry = catalogue::Entry::new(&plan_path, &bytes, &plan, common.generated_at.as_deref());
    let replaced = match c.add(entry, &plan, common.replace) {
        Ok(r) => r,
        Err(r) => return refused(&r, &out_name, lang),
    };
    if let Err(e) = copy_app(&app, &out, true) {
        return fail(Says::CannotWrite(&out_name, e.to_string()), lang, 2);
    }
    for old in &replaced {
        if old.file != plan_path {
            if let Err(code) = delete_document(&out, old, lang) {
                return code;
            }
        }
        eprintln!(
            "cruscotto: {}",
            report::says(Says::Replaced(old.name()), lang)
        );
    }
    if let Err(code) = write_file(&out.join(&plan_path), &bytes, lang) {
        return code;
    }
    // The chooser's downloads: the empty template, and the plan as a filled
    // template (its data in Excel, for anyone).
    let stem = file_name.strip_suffix(".json").unwrap_or(&file_name);
    let modelli = out.join("plans/modelli");
    if let Ok(template) = std::fs::read(app.join("plans/modelli/modello.xlsx")) {
        if let Err(code) = write_file(&modelli.join("modello.xlsx"), &template, lang) {
            return code;
        }
    }
    if let Ok(bytes) = cruscotto_kit::export(&plan)
        .map_err(|_| ())
        .and_then(|wb| workbook::xlsx(&wb).map_err(|_| ()))
    {
        if let Err(code) = write_file(&modelli.join(format!("{stem}.xlsx")), &bytes, lang) {
            return code;
        }
    }
    if let Err(code) = write_catalogue(&out, &c, lang) {
        return code;
    }
    if let Some(a) = &plan.document.approval {
        eprintln!("cruscotto: {}", cruscotto_kit::messages::approved(a, lang));
    }
    let hash = publish::sha256_hex(&bytes);
    eprintln!(
        "cruscotto: {}",
        report::says(Says::Fingerprint(&hash), lang)
    );
    ExitCode::SUCCESS
}

/// The edits of `--modifica` (each one edit, or a whole `v1~…` list) and
/// `--modifiche FILE` (one per line), in that order; a bad one is said on
/// standard error (exit 2).
fn read_edits(common: &Common) -> Result<Vec<Edit>, ExitCode> {
    let lang = common.lang;
    let bad = |e: cruscotto_core::edits::EditError| {
        eprintln!("cruscotto: {}", e.message(lang));
        ExitCode::from(2)
    };
    let mut list = Vec::new();
    for text in &common.edits {
        if text.trim() == edits::VERSION || text.trim_start().starts_with("v1~") {
            list.extend(edits::parse_edits(text).map_err(bad)?);
        } else {
            list.push(edits::parse_edit(text, list.len() + 1).map_err(bad)?);
        }
    }
    if let Some(f) = &common.edits_file {
        let bytes = read_or_fail(f, lang)?;
        let text = String::from_utf8_lossy(&bytes);
        list.extend(edits::parse_lines(&text).map_err(bad)?);
    }
    Ok(list)
}

/// `cruscotto compila`: the plan filled in with the edits, written as a
/// relazione or monitoraggio (only when it is valid).
fn compila(file: &Path, common: &Common) -> ExitCode {
    let lang = common.lang;
    let (_, plan) = match read_plan(file, common) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let list = match read_edits(common) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (Some(kind), Some(date), Some(out)) = (common.kind, &common.generated_at, &common.output)
    else {
        return ExitCode::from(2);
    };
    let doc = match simulate::fill_in(&plan, &list, kind, date) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cruscotto: {}", e.message(lang));
            return ExitCode::from(2);
        }
    };
    let json = simulate::document_text(&doc);
    let analysis = analyse_with(&doc, &Options::default());
    if !analysis.is_valid() {
        println!(
            "{}",
            report::validate_text(&out.display().to_string(), json.as_bytes(), &analysis, lang)
        );
        return fail(Says::NotWritten, lang, 1);
    }
    if let Err(code) = write_file(out, json.as_bytes(), lang) {
        return code;
    }
    println!("{}", report::filled_text(&doc, &analysis, list.len(), lang));
    ExitCode::SUCCESS
}

fn run(file: &Path, common: &Common, score: bool) -> ExitCode {
    let name = file.display().to_string();
    let (bytes, plan) = match read_plan(file, common) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let options = Options {
        as_of: common.as_of.clone(),
    };
    let list = if score {
        match read_edits(common) {
            Ok(l) => l,
            Err(code) => return code,
        }
    } else {
        Vec::new()
    };
    // With edits: the plan as edited, scored again, and what changed.
    let (plan, analysis, sim) = if list.is_empty() {
        let analysis = analyse_with(&plan, &options);
        (plan, analysis, None)
    } else {
        match simulate::simulate(&plan, &list, &options) {
            Ok(s) => (s.plan.clone(), s.analysis.clone(), Some(s)),
            Err(e) => {
                eprintln!("cruscotto: {}", e.message(common.lang));
                return ExitCode::from(2);
            }
        }
    };
    if score && common.sensitivity && analysis.is_valid() {
        let w = simulate::sensitivity(&plan, &analysis.scores);
        println!(
            "{}",
            report::sensitivity(
                &plan,
                &analysis,
                &w,
                sim.is_some(),
                common.json,
                common.lang
            )
        );
        return ExitCode::SUCCESS;
    }
    if let (true, Some(id)) = (score, &common.explain) {
        let Some(i) = analysis.scores.node_index(id) else {
            return fail(Says::NoObjective(id), common.lang, 2);
        };
        let nodes = cruscotto_core::model::flatten_objectives(&plan);
        let e = cruscotto_core::explain::explain(
            &plan,
            &analysis.scores,
            |k| nodes[k].obj,
            i,
            common.lang,
        );
        let title = cruscotto_core::explain::title(nodes[i].obj);
        println!(
            "{}",
            report::explanation(title, &e, common.json, common.lang)
        );
        return if analysis.is_valid() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    let out = match (score, common.json) {
        (false, false) => report::validate_text(&name, &bytes, &analysis, common.lang),
        (false, true) => report::validate_json(&bytes, &analysis, common.lang),
        (true, false) if analysis.is_valid() => match &sim {
            Some(sim) => {
                report::changes_text(sim, common.lang)
                    + &report::score_text(&plan, &analysis, common.lang)
            }
            None => report::score_text(&plan, &analysis, common.lang),
        },
        (true, true) if analysis.is_valid() => report::score_json(&plan, &analysis, sim.as_ref()),
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

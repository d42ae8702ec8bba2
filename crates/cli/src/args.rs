//! Command line → a validated [`Command`]. Italian usage messages; exit 2.

use std::path::PathBuf;

use cruscotto_core::Lang;

/// What to do.
#[derive(Debug, PartialEq)]
pub enum Command {
    /// `cruscotto validate FILE`.
    Validate { file: PathBuf, common: Common },
    /// `cruscotto score FILE`.
    Score { file: PathBuf, common: Common },
    /// `cruscotto diff A B`.
    Diff {
        a: PathBuf,
        b: PathBuf,
        common: Common,
    },
    /// `cruscotto storia CARTELLA | FILE…`: the history across documents.
    Storia { files: Vec<PathBuf>, common: Common },
    /// `cruscotto schema`.
    Schema,
    /// `cruscotto template [-o FILE|DIR] [--csv]`.
    Template { common: Common },
    /// `cruscotto import FILE|DIR [-o piano.json]`.
    Import { file: PathBuf, common: Common },
    /// `cruscotto export piano.json -o piano.xlsx [--csv]`.
    Export { file: PathBuf, common: Common },
    /// `cruscotto publish piano.json -o CARTELLA [--app DIST] [--data AAAA-MM-GG]`.
    Publish { file: PathBuf, common: Common },
    /// `cruscotto publish --rimuovi FILE -o CARTELLA`: takes a document out.
    Unpublish { name: String, common: Common },
    /// `cruscotto compila piano.json --modifiche F --tipo relazione --data AAAA-MM-GG -o OUT.json`.
    Compila { file: PathBuf, common: Common },
    /// `--help`.
    Help(Lang),
    /// `--version`.
    Version,
}

/// Options shared by `validate` and `score`.
#[derive(Debug, PartialEq, Default)]
pub struct Common {
    /// Messages' language.
    pub lang: Lang,
    /// Machine-readable output.
    pub json: bool,
    /// The date deadlines are judged at.
    pub as_of: Option<String>,
    /// `-o`: the file or folder to write.
    pub output: Option<PathBuf>,
    /// `--csv`: a folder of CSV files instead of a workbook.
    pub csv: bool,
    /// `--app`: the built web app to publish (default `dist/`).
    pub app: Option<PathBuf>,
    /// `--data`: the publication date written in the manifest and the
    /// catalogue (publish), the filled-in document's date (compila).
    pub generated_at: Option<String>,
    /// `--spiega ID`: explain how objective ID's score is computed.
    pub explain: Option<String>,
    /// `--modifica EDIT` (repeatable): the calculator's edits, in their text
    /// form (one edit, or a whole `v1~…` list).
    pub edits: Vec<String>,
    /// `--modifiche FILE`: a file of edits, one per line.
    pub edits_file: Option<PathBuf>,
    /// `--quanto-conta`: the sensitivity table.
    pub sensitivity: bool,
    /// `--tipo relazione|monitoraggio`: the kind of the filled-in document.
    pub kind: Option<cruscotto_core::DocumentKind>,
    /// `--sostituisci`: publish replaces a document of the same file, or
    /// of the same kind and year.
    pub replace: bool,
    /// `--rimuovi FILE`: publish takes this document out of the folder.
    pub remove: Option<String>,
}

/// A usage error: the message to print before the usage text.
#[derive(Debug, PartialEq)]
pub struct UsageError {
    /// The language to speak.
    pub lang: Lang,
    /// What is wrong.
    pub message: String,
}

/// The help text.
pub fn usage(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "\
Uso: cruscotto <comando> [opzioni]

Comandi:
  validate FILE   controlla un file cruscotto/1 e elenca tutti i problemi
                  (uscita 0 se valido, 1 se non valido, 2 se il comando è sbagliato)
  score FILE      calcola punteggi e indicatori finanziari e li stampa in tabella
  diff A B        confronta due documenti (piano e relazione, due anni):
                  obiettivi aggiunti, tolti, rinominati, spostati, pesi, target,
                  indicatori ridefiniti, punteggi e importi cambiati
                  (uscita 0 se confrontati, 1 se un file non si legge come piano)
  storia CARTELLA | FILE…
                  l'andamento negli anni: i documenti di una cartella pubblicata
                  (nell'ordine del catalogo) o i file nell'ordine dato, con
                  obiettivi e indicatori abbinati come in diff, punteggi,
                  distribuzione dei risultati, totali e tassi del bilancio
  schema          stampa lo schema JSON del formato cruscotto/1
  template        scrive il modello da compilare (-o modello.xlsx, oppure
                  --csv -o CARTELLA per una cartella di file CSV)
  import FILE     legge un modello compilato (.xlsx, oppure la cartella dei
                  CSV), lo controlla e scrive il piano (-o piano.json);
                  ogni problema con foglio, riga e colonna
  export FILE     scrive il piano nel modello compilato (-o piano.xlsx, oppure
                  --csv -o CARTELLA)
  publish FILE    prepara la cartella da pubblicare (-o CARTELLA): l'app
                  (--app, predefinita dist/), il piano e manifest.json con
                  l'impronta SHA-256 e l'atto di approvazione; in una cartella
                  già pubblicata aggiunge il documento a quelli che ci sono
                  (catalogo.json: documenti dello stesso comune, per anno)
  compila FILE    compila un piano con i risultati (--modifica, --modifiche) e
                  scrive la relazione o il monitoraggio (--tipo, --data, -o)

Opzioni:
  -o PERCORSO     file o cartella da scrivere
  --csv           una cartella di file CSV invece di un file .xlsx
  --app CARTELLA  l'app compilata da pubblicare (predefinita: dist)
  --data AAAA-MM-GG  data di pubblicazione, nel manifesto e nel catalogo
                  (facoltativa; altrimenti quella del documento)
  --sostituisci   con publish: sostituisce il documento con lo stesso nome
                  di file, o dello stesso tipo e anno
  --rimuovi FILE  con publish: toglie il documento FILE dalla cartella (-o)
  --json          risultato in JSON, per altri programmi
  --lang it|en    lingua dei messaggi (predefinita: it)
  --al AAAA-MM-GG data a cui valutare le scadenze (predefinita: data di approvazione della relazione)
  --spiega ID     con score: come è calcolato il grado di raggiungimento
                  dell'obiettivo ID (la spiegazione della sua pagina)
  --modifica M    con score e compila: una modifica del calcolatore, ripetibile
                  (f.IND=80 valore finale, t.IND=90 target, pi.IND=2 peso,
                  e.IND=raggiunto esito, ri.IND=80 percentuale dichiarata,
                  ni.IND=motivo neutralizza; p.OB=20 peso, r.OB=95 risultato,
                  n.OB=motivo neutralizza), o tutto l'elenco v1~…~…
  --modifiche F   con score e compila: un file di modifiche, una per riga
  --quanto-conta  con score: quanto conta ogni obiettivo (il totale se fosse
                  a 0 % e a 100 %), dal più influente
  --tipo T        con compila: relazione o monitoraggio
  -h, --help      questo aiuto
  -V, --version   versione
",
        Lang::En => "\
Usage: cruscotto <command> [options]

Commands:
  validate FILE   check a cruscotto/1 file and list every problem
                  (exit 0 valid, 1 invalid, 2 usage error)
  score FILE      compute scores and money ratios and print them as tables
  diff A B        compare two documents (plan and report, two years):
                  objectives added, removed, renamed, moved, weights, targets,
                  indicators redefined, scores and amounts changed
                  (exit 0 compared, 1 a file is not a readable plan)
  storia FOLDER | FILE…
                  the trend over the years: the documents of a published folder
                  (in the catalogue's order) or the files in the order given,
                  objectives and indicators matched as by diff, scores,
                  distribution of results, budget totals and rates
  schema          print the JSON Schema of the cruscotto/1 format
  template        write the template to fill (-o modello.xlsx, or
                  --csv -o FOLDER for a folder of CSV files)
  import FILE     read a filled template (.xlsx, or the CSV folder), check it
                  and write the plan (-o piano.json); every problem with
                  sheet, row and column
  export FILE     write the plan into the filled template (-o piano.xlsx, or
                  --csv -o FOLDER)
  publish FILE    make the folder to publish (-o FOLDER): the app (--app,
                  default dist/), the plan and manifest.json with the SHA-256
                  fingerprint and the approval act; into a folder already
                  published it adds the document to those there
                  (catalogo.json: one municipality's documents, by year)
  compila FILE    fill a plan in with results (--modifica, --modifiche) and
                  write the report or monitoring (--tipo, --data, -o)

Options:
  -o PATH         file or folder to write
  --csv           a folder of CSV files instead of an .xlsx file
  --app FOLDER    the built app to publish (default: dist)
  --data YYYY-MM-DD  publication date, in the manifest and the catalogue
                  (optional; else the document's own)
  --sostituisci   with publish: replace the document with the same file
                  name, or of the same kind and year (also --replace)
  --rimuovi FILE  with publish: take document FILE out of the folder (-o)
                  (also --remove)
  --json          JSON output, for other programs
  --lang it|en    language of the messages (default: it)
  --al YYYY-MM-DD date at which deadlines are judged (default: the report's approval date)
  --spiega ID     with score: how objective ID's achievement is computed
                  (the explanation its page shows; also --explain)
  --modifica E    with score and compila: one edit of the calculator,
                  repeatable (f.IND=80 final value, t.IND=90 target, pi.IND=2
                  weight, e.IND=raggiunto result, ri.IND=80 stated percentage,
                  ni.IND=reason neutralise; p.OB=20 weight, r.OB=95 result,
                  n.OB=reason neutralise), or the whole list v1~…~…
  --modifiche F   with score and compila: a file of edits, one per line
  --quanto-conta  with score: how much each objective counts (the overall
                  score if it were at 0 % and at 100 %), largest first
  --tipo T        with compila: relazione or monitoraggio
  -h, --help      this help
  -V, --version   version
",
    }
}

/// Parses the arguments (without the program name).
pub fn parse(args: &[String]) -> Result<Command, UsageError> {
    // The language first, so that every error speaks it.
    let mut lang = Lang::It;
    for w in args.windows(2) {
        if w[0] == "--lang" {
            if let Some(l) = Lang::from_code(&w[1]) {
                lang = l;
            }
        }
    }
    let err = |it: String, en: String| UsageError {
        lang,
        message: if lang == Lang::It { it } else { en },
    };
    let mut common = Common {
        lang,
        ..Common::default()
    };
    let mut positional: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-h" | "--help" | "help" => return Ok(Command::Help(lang)),
            "-V" | "--version" => return Ok(Command::Version),
            "--json" => common.json = true,
            "--csv" => common.csv = true,
            "--quanto-conta" | "--sensitivity" => common.sensitivity = true,
            "--sostituisci" | "--replace" => common.replace = true,
            "-o" | "--output" | "--app" | "--data" | "--spiega" | "--explain" | "--modifica"
            | "--modifiche" | "--tipo" | "--rimuovi" | "--remove" => {
                let Some(v) = args.get(i + 1) else {
                    return Err(err(
                        format!("l'opzione {a} richiede un valore"),
                        format!("option {a} needs a value"),
                    ));
                };
                match a {
                    "--app" => common.app = Some(PathBuf::from(v)),
                    "--spiega" | "--explain" => common.explain = Some(v.clone()),
                    "--modifica" => common.edits.push(v.clone()),
                    "--modifiche" => common.edits_file = Some(PathBuf::from(v)),
                    "--rimuovi" | "--remove" => common.remove = Some(v.clone()),
                    "--tipo" => {
                        use cruscotto_core::DocumentKind::{Monitoraggio, Relazione};
                        common.kind = match v.as_str() {
                            "relazione" => Some(Relazione),
                            "monitoraggio" => Some(Monitoraggio),
                            _ => {
                                return Err(err(
                                    format!(
                                        "tipo «{v}» non previsto: usi relazione o monitoraggio"
                                    ),
                                    format!(
                                        "kind «{v}» not available: use relazione or monitoraggio"
                                    ),
                                ))
                            }
                        }
                    }
                    "--data" if !cruscotto_core::validate::is_iso_date(v) => {
                        return Err(err(
                            format!("la data «{v}» non è valida: usi AAAA-MM-GG"),
                            format!("the date «{v}» is invalid: use YYYY-MM-DD"),
                        ));
                    }
                    "--data" => common.generated_at = Some(v.clone()),
                    _ => common.output = Some(PathBuf::from(v)),
                }
                i += 1;
            }
            "--lang" | "--al" => {
                let Some(v) = args.get(i + 1) else {
                    return Err(err(
                        format!("l'opzione {a} richiede un valore"),
                        format!("option {a} needs a value"),
                    ));
                };
                if a == "--lang" {
                    if Lang::from_code(v).is_none() {
                        return Err(err(
                            format!("lingua «{v}» non disponibile: usi it o en"),
                            format!("language «{v}» not available: use it or en"),
                        ));
                    }
                } else if !cruscotto_core::validate::is_iso_date(v) {
                    return Err(err(
                        format!("la data «{v}» non è valida: usi AAAA-MM-GG"),
                        format!("the date «{v}» is invalid: use YYYY-MM-DD"),
                    ));
                } else {
                    common.as_of = Some(v.clone());
                }
                i += 1;
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                return Err(err(
                    format!("opzione sconosciuta «{a}»"),
                    format!("unknown option «{a}»"),
                ));
            }
            _ => positional.push(a),
        }
        i += 1;
    }
    let Some((&cmd, rest)) = positional.split_first() else {
        return Err(err("manca il comando".into(), "missing command".into()));
    };
    // The calculator's options mean something only to score and compila:
    // elsewhere they would be ignored without a word.
    let calculator = [
        (!common.edits.is_empty(), "--modifica"),
        (common.edits_file.is_some(), "--modifiche"),
        (common.sensitivity, "--quanto-conta"),
    ];
    if !matches!(cmd, "score" | "calcola" | "compila" | "fill") {
        if let Some((_, option)) = calculator.iter().find(|(given, _)| *given) {
            return Err(err(
                format!("l'opzione {option} vale solo con i comandi score e compila, non con {cmd}"),
                format!("option {option} works only with the score and compila commands, not with {cmd}"),
            ));
        }
    }
    // The archive's options mean something only to publish.
    let archive = [
        (common.replace, "--sostituisci"),
        (common.remove.is_some(), "--rimuovi"),
    ];
    if !matches!(cmd, "publish" | "pubblica") {
        if let Some((_, option)) = archive.iter().find(|(given, _)| *given) {
            return Err(err(
                format!("l'opzione {option} vale solo con il comando publish, non con {cmd}"),
                format!("option {option} works only with the publish command, not with {cmd}"),
            ));
        }
    }
    let one_file = |rest: &[&str]| -> Result<PathBuf, UsageError> {
        match rest {
            [f] => Ok(PathBuf::from(f)),
            [] => Err(err(
                format!("il comando {cmd} richiede il nome del file"),
                format!("the {cmd} command needs a file name"),
            )),
            _ => Err(err(
                format!("il comando {cmd} accetta un solo file"),
                format!("the {cmd} command takes one file"),
            )),
        }
    };
    match cmd {
        "validate" | "valida" => Ok(Command::Validate {
            file: one_file(rest)?,
            common,
        }),
        "score" | "calcola" => Ok(Command::Score {
            file: one_file(rest)?,
            common,
        }),
        "diff" | "confronta" => match rest {
            [a, b] => Ok(Command::Diff {
                a: PathBuf::from(a),
                b: PathBuf::from(b),
                common,
            }),
            _ => Err(err(
                format!("il comando {cmd} richiede due file: {cmd} A B"),
                format!("the {cmd} command needs two files: {cmd} A B"),
            )),
        },
        "storia" | "history" if !rest.is_empty() => Ok(Command::Storia {
            files: rest.iter().map(PathBuf::from).collect(),
            common,
        }),
        "storia" | "history" => Err(err(
            format!("il comando {cmd} richiede una cartella pubblicata o dei file: {cmd} CARTELLA"),
            format!("the {cmd} command needs a published folder or files: {cmd} FOLDER"),
        )),
        "schema" if rest.is_empty() => Ok(Command::Schema),
        "template" | "modello" if rest.is_empty() => Ok(Command::Template { common }),
        "template" | "modello" => Err(err(
            "il comando template non accetta file: usi -o per dire dove scriverlo".into(),
            "the template command takes no file: use -o to say where to write it".into(),
        )),
        "import" | "importa" => Ok(Command::Import {
            file: one_file(rest)?,
            common,
        }),
        "export" | "esporta" => Ok(Command::Export {
            file: one_file(rest)?,
            common,
        }),
        "publish" | "pubblica" => {
            if common.output.is_none() {
                return Err(err(
                    "il comando publish richiede la cartella da preparare: -o CARTELLA".into(),
                    "the publish command needs the folder to make: -o FOLDER".into(),
                ));
            }
            match (common.remove.clone(), rest) {
                (Some(name), []) if !common.replace => Ok(Command::Unpublish { name, common }),
                (Some(_), _) => Err(err(
                    "con --rimuovi FILE il comando publish toglie un documento: non accetta un piano da pubblicare né --sostituisci".into(),
                    "with --rimuovi FILE the publish command takes a document out: it takes no plan to publish and no --sostituisci".into(),
                )),
                (None, _) => Ok(Command::Publish {
                    file: one_file(rest)?,
                    common,
                }),
            }
        }
        "compila" | "fill" => {
            let file = one_file(rest)?;
            let missing = [
                (common.kind.is_none(), "--tipo relazione|monitoraggio"),
                (common.generated_at.is_none(), "--data AAAA-MM-GG"),
                (common.output.is_none(), "-o FILE.json"),
            ];
            if let Some((_, what)) = missing.iter().find(|(m, _)| *m) {
                return Err(err(
                    format!("il comando compila richiede {what}"),
                    format!("the compila command needs {what}"),
                ));
            }
            Ok(Command::Compila { file, common })
        }
        "schema" => Err(err(
            "il comando schema non accetta argomenti".into(),
            "the schema command takes no arguments".into(),
        )),
        other => Err(err(
            format!("comando sconosciuto «{other}»"),
            format!("unknown command «{other}»"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_commands_and_options() {
        assert_eq!(
            parse(&args("score piano.json --json --lang en")),
            Ok(Command::Score {
                file: "piano.json".into(),
                common: Common {
                    lang: Lang::En,
                    json: true,
                    ..Common::default()
                }
            })
        );
        assert_eq!(parse(&args("schema")), Ok(Command::Schema));
        assert_eq!(
            parse(&args("diff a.json b.json --json")),
            Ok(Command::Diff {
                a: "a.json".into(),
                b: "b.json".into(),
                common: Common {
                    json: true,
                    ..Common::default()
                }
            })
        );
        assert!(parse(&args("diff a.json")).is_err());
        assert!(parse(&args("diff a b c")).is_err());
        assert!(parse(&args("validate")).is_err());
        assert!(parse(&args("validate a b")).is_err());
        assert!(parse(&args("frobnicate x")).is_err());
        assert!(parse(&args("validate x --lang fr")).is_err());
        assert!(parse(&args("validate x --al 31/12/2024")).is_err());
        assert_eq!(
            parse(&args("import modello.xlsx -o piano.json")),
            Ok(Command::Import {
                file: "modello.xlsx".into(),
                common: Common {
                    output: Some("piano.json".into()),
                    ..Common::default()
                }
            })
        );
        assert!(parse(&args("publish piano.json")).is_err());
        assert!(parse(&args("publish piano.json -o out --data 2024-13-01")).is_err());
        assert!(parse(&args("template x")).is_err());
        assert_eq!(
            parse(&args("publish --rimuovi p.json -o out")),
            Ok(Command::Unpublish {
                name: "p.json".into(),
                common: Common {
                    output: Some("out".into()),
                    remove: Some("p.json".into()),
                    ..Common::default()
                }
            })
        );
        assert!(parse(&args("publish a.json --rimuovi p.json -o out")).is_err());
        assert!(parse(&args("publish --rimuovi p.json --sostituisci -o out")).is_err());
        assert!(parse(&args("validate a.json --sostituisci")).is_err());
        assert!(matches!(
            parse(&args("pubblica a.json --sostituisci -o out")),
            Ok(Command::Publish {
                common: Common { replace: true, .. },
                ..
            })
        ));
        assert!(parse(&args("import x -o")).is_err());
        let e = parse(&args("--lang en boh")).unwrap_err();
        assert_eq!(e.message, "unknown command «boh»");
    }
}

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
    /// `cruscotto schema`.
    Schema,
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
  schema          stampa lo schema JSON del formato cruscotto/1

Opzioni:
  --json          risultato in JSON, per altri programmi
  --lang it|en    lingua dei messaggi (predefinita: it)
  --al AAAA-MM-GG data a cui valutare le scadenze (predefinita: data di approvazione della relazione)
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
  schema          print the JSON Schema of the cruscotto/1 format

Options:
  --json          JSON output, for other programs
  --lang it|en    language of the messages (default: it)
  --al YYYY-MM-DD date at which deadlines are judged (default: the report's approval date)
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
        "schema" if rest.is_empty() => Ok(Command::Schema),
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
                    as_of: None
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
                    lang: Lang::It,
                    json: true,
                    as_of: None
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
        let e = parse(&args("--lang en boh")).unwrap_err();
        assert_eq!(e.message, "unknown command «boh»");
    }
}

//! `pocdir import`: a regional directory's file, checked row by row, then
//! imported as pending changes on the States' behalf (INT-2). The report
//! is printed in English; the exit status is not zero when any row is in
//! error, so that a script stops there.

use anyhow::{Context, Result, bail};
use app::Operator;
use app::directory::import::Outcome;
use std::path::Path;

pub async fn run(
    op: &Operator,
    file: &Path,
    as_email: &str,
    source: &str,
    apply: bool,
) -> Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let source = if source.is_empty() {
        file.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default()
    } else {
        source.to_string()
    };
    let report = op
        .import(as_email, &source, &bytes, apply)
        .await
        .map_err(|e| super::explained(op, e))?;
    let t = |key: &str, args: &[(&str, String)]| op.app().i18n().t("en", key, args);
    for row in &report.rows {
        let head = format!("row {:>5}  {:<2}  {}", row.number, row.state, row.entity);
        match &row.outcome {
            Outcome::New => println!("{head}: new"),
            Outcome::Unchanged { .. } => println!("{head}: unchanged"),
            Outcome::Update { entry, diff } => {
                println!("{head}: update of {entry}");
                for d in diff {
                    println!("             {}: {:?} -> {:?}", d.field, d.before, d.after);
                }
            }
            Outcome::Invalid(errors) => {
                println!("{head}: error");
                for e in errors {
                    let args: Vec<(&str, String)> =
                        e.args.iter().map(|(k, v)| (*k, v.clone())).collect();
                    println!("             {}: {}", e.field, t(e.key, &args));
                }
            }
        }
    }
    println!(
        "{} ({}): {} new, {} updates, {} unchanged, {} in error",
        source,
        report.format.code(),
        report.count("new"),
        report.count("update"),
        report.count("unchanged"),
        report.count("invalid")
    );
    if report.count("invalid") > 0 {
        bail!("nothing was written: correct the rows in error, then run again");
    }
    if report.applied {
        println!("submitted: each change waits for verification at /custodian/changes");
    } else {
        println!("dry run: nothing was written; run again with --apply to import");
    }
    Ok(())
}

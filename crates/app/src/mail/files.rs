//! The outbox folder of the embedded default, listed for the /outbox page.

use crate::{App, AppResult};

/// A message in the demo outbox folder.
pub struct OutboxFile {
    pub name: String,
    pub modified: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub(super) fn read_eml(path: &std::path::Path) -> Option<OutboxFile> {
    let raw = std::fs::read(path).ok()?;
    let msg = mail_parser::MessageParser::default().parse(&raw)?;
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let modified = jiff::Timestamp::try_from(modified).ok()?.as_millisecond();
    let to = msg
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_string();
    Some(OutboxFile {
        name: path.file_name()?.to_string_lossy().to_string(),
        modified,
        to,
        subject: msg.subject().unwrap_or_default().to_string(),
        body: msg.body_text(0).map(|b| b.to_string()).unwrap_or_default(),
    })
}

/// The messages written to the outbox folder, newest first. Only in demo
/// mode with the folder transport: it stands in for everyone's mailbox.
pub fn outbox_files(app: &App) -> AppResult<Vec<OutboxFile>> {
    if !app.config.demo || app.config.mail.transport != "outbox" {
        return Err(crate::AppError::NotFound);
    }
    let Ok(dir) = std::fs::read_dir(&app.config.mail.outbox_dir) else {
        return Ok(vec![]);
    };
    let mut files: Vec<OutboxFile> = dir
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".eml"))
        .filter_map(|e| read_eml(&e.path()))
        .collect();
    files.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.name.cmp(&a.name)));
    Ok(files)
}

pub fn outbox_file(app: &App, name: &str) -> AppResult<OutboxFile> {
    let valid = name
        .strip_suffix(".eml")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if !valid || !app.config.demo || app.config.mail.transport != "outbox" {
        return Err(crate::AppError::NotFound);
    }
    read_eml(&app.config.mail.outbox_dir.join(name)).ok_or(crate::AppError::NotFound)
}

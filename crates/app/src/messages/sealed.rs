//! What is sealed at rest: a message's fields or text, under the key of
//! `messages.key` and bound to the row it belongs to (MSG-2).

use crate::crypto::digest;
use crate::{App, AppError, AppResult};
use serde::{Deserialize, Serialize};
use store::message::{MessageRow, ThreadRow};

/// What is sealed: a template's fields, or a reply's text.
#[derive(Serialize, Deserialize, Default)]
pub(super) struct Content {
    #[serde(default)]
    pub(super) fields: Vec<(String, String)>,
    #[serde(default)]
    pub(super) text: Option<String>,
}

/// Seals a message's content into a new row, bound to the row's id;
/// returns the row and the content's digest for the audit log.
pub(super) fn sealed_row(
    app: &App,
    thread: &ThreadRow,
    from: &str,
    author: &str,
    content: &Content,
) -> AppResult<(MessageRow, String)> {
    let plain = serde_json::to_string(content).map_err(|e| AppError::Internal(e.to_string()))?;
    let id = store::new_id();
    let row = MessageRow {
        sealed: app
            .seal_key()?
            .seal(&format!("message:{id}"), plain.as_bytes()),
        id,
        thread_id: thread.id.clone(),
        from_state: from.to_string(),
        author_id: author.to_string(),
        created_at: app.now(),
    };
    Ok((row, digest(&plain)))
}

/// A message's content, opened.
pub(super) fn opened(app: &App, m: &MessageRow) -> AppResult<Content> {
    let plain = app
        .seal_key()?
        .open(&format!("message:{}", m.id), &m.sealed)
        .ok_or_else(|| {
            AppError::Internal(format!("message {} does not open with this key", m.id))
        })?;
    serde_json::from_slice(&plain).map_err(|e| AppError::Internal(e.to_string()))
}

/// The communication a thread began with, opened.
pub(super) async fn first_of(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
) -> AppResult<Content> {
    let first = store::message::messages_of(c, &thread.id)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| store::Error::Corrupt(format!("thread {} has no message", thread.id)))?;
    opened(app, &first)
}

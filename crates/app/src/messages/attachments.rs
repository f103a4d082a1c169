//! Attachments: sealed with their names, checked by content, for the
//! parties only (MSG-2).

use super::parties::party_thread;
use crate::{App, AppError, AppResult, audit};
use domain::Actor;
use serde_json::json;

/// An attachment as the parties see it in the thread.
pub struct ShownAttachment {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub size: i64,
    pub from_state: String,
    pub created_at: i64,
}

pub(super) fn open_text(app: &App, aad: &str, sealed: &str) -> AppResult<String> {
    app.seal_key()?
        .open(aad, sealed)
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| AppError::Internal(format!("{aad} does not open with this key")))
}

pub(super) async fn shown_attachments(
    app: &App,
    c: &mut store::Conn,
    thread_id: &str,
) -> AppResult<Vec<ShownAttachment>> {
    let mut out = Vec::new();
    for a in store::message::attachments_of(c, thread_id).await? {
        out.push(ShownAttachment {
            name: open_text(app, &format!("attachment-name:{}", a.id), &a.name_sealed)?,
            id: a.id,
            kind: a.kind,
            size: a.size,
            from_state: a.from_state,
            created_at: a.created_at,
        });
    }
    Ok(out)
}

/// Attaches a file to a thread (MSG-1): within the size limit, of a kind
/// its bytes confirm, sealed at rest with its name. Returns its id.
pub async fn attach(
    app: &App,
    actor: &Actor,
    id: &str,
    name: &str,
    bytes: &[u8],
) -> AppResult<String> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if bytes.len() as i64 > app.config.messages.max_attachment_kb * 1024 {
        return Err(AppError::field("file", "err-attachment-size"));
    }
    let name = domain::fields::line("file", name, 200)?
        .ok_or_else(|| AppError::field("file", "err-attachment-empty"))?;
    let kind = domain::message::attachment_kind(&name, bytes)?;
    let aid = store::new_id();
    let seal = app.seal_key()?;
    let row = store::message::AttachmentRow {
        name_sealed: seal.seal(&format!("attachment-name:{aid}"), name.as_bytes()),
        sealed: seal.seal(&format!("attachment:{aid}"), bytes),
        id: aid,
        thread_id: thread.id.clone(),
        from_state: state.to_string(),
        kind: kind.to_string(),
        size: bytes.len() as i64,
        created_by: actor.user_id().unwrap_or_default().to_string(),
        created_at: app.now(),
    };
    let mut c = app.begin().await?;
    store::message::insert_attachment(&mut c, &row).await?;
    let hash = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(bytes))
    };
    audit::record(
        &mut c,
        actor,
        "message.attached",
        &format!("thread:{}", thread.id),
        json!({ "attachment": row.id, "kind": kind, "size": row.size, "digest": hash }),
    )
    .await?;
    c.commit().await?;
    Ok(row.id)
}

/// An attachment's name, kind and bytes, for the thread's parties only.
pub async fn attachment(
    app: &App,
    actor: &Actor,
    id: &str,
    attachment_id: &str,
) -> AppResult<(String, String, Vec<u8>)> {
    let (thread, _) = party_thread(app, actor, id).await?;
    let mut c = app.db.conn().await?;
    let a = store::message::attachment(&mut c, attachment_id)
        .await?
        .filter(|a| a.thread_id == thread.id)
        .ok_or(AppError::NotFound)?;
    let name = open_text(app, &format!("attachment-name:{}", a.id), &a.name_sealed)?;
    let bytes = app
        .seal_key()?
        .open(&format!("attachment:{}", a.id), &a.sealed)
        .ok_or_else(|| {
            AppError::Internal(format!("attachment {} does not open with this key", a.id))
        })?;
    Ok((name, a.kind, bytes))
}

//! Consent of the originating State before a communication is shared with a
//! third State, and the forwarding it allows (MSG-4).

use super::notice::{notification, notify_poc_of};
use super::parties::party_thread;
use super::sealed::{first_of, sealed_row};
use super::send::ack_minutes;
use super::templates::{in_words, template_of};
use crate::clock::MINUTE;
use crate::crypto::digest;
use crate::directory::entry_of;
use crate::mail::{self};
use crate::{App, AppError, AppResult, audit};
use domain::message::Urgency;
use domain::{Actor, StateCode, UnLanguage};
use serde_json::json;
use store::message::ThreadRow;

/// A request to share a thread with a third State, as its parties see it.
pub struct ShownConsent {
    pub id: String,
    pub third_state: String,
    pub scope: String,
    pub requested_at: i64,
    pub decision: Option<String>,
    pub decided_at: Option<i64>,
    pub forwarded_thread_id: Option<String>,
}

pub(super) async fn shown_consents(
    app: &App,
    c: &mut store::Conn,
    thread_id: &str,
) -> AppResult<Vec<ShownConsent>> {
    let mut out = Vec::new();
    for r in store::message::consents_of(c, thread_id).await? {
        let scope = app
            .seal_key()?
            .open(&format!("consent:{}", r.id), &r.scope_sealed)
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| {
                AppError::Internal(format!("consent {} does not open with this key", r.id))
            })?;
        out.push(ShownConsent {
            id: r.id,
            third_state: r.third_state,
            scope,
            requested_at: r.requested_at,
            decision: r.decision,
            decided_at: r.decided_at,
            forwarded_thread_id: r.forwarded_thread_id,
        });
    }
    Ok(out)
}

/// Emails the user who started a thread, without content.
pub(super) async fn notify_originator(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
    from: StateCode,
    key: &str,
) -> AppResult<()> {
    if let Some(u) = store::user::get(c, &thread.created_by).await? {
        let lang = UnLanguage::parse(&u.locale).unwrap_or(UnLanguage::En);
        mail::queue(
            app,
            c,
            notification(app, thread, Some(from), &u.email, lang, key),
        )
        .await?;
    }
    Ok(())
}

/// The receiving State asks the originator's consent to pass the
/// information to a third State, within the thread (MSG-4).
pub async fn ask_consent(
    app: &App,
    actor: &Actor,
    id: &str,
    third: &str,
    scope: &str,
) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if thread.to_state != state.as_str() {
        return Err(AppError::Conflict("err-consent-not-recipient"));
    }
    let third =
        StateCode::parse(third).map_err(|_| AppError::field("third_state", "err-consent-third"))?;
    if third.as_str() == thread.from_state || third.as_str() == thread.to_state {
        return Err(AppError::field("third_state", "err-consent-third"));
    }
    let scope = domain::fields::text("scope", scope, 2_000)?
        .ok_or_else(|| AppError::field("scope", "err-required"))?;
    let mut c = app.begin().await?;
    if store::state::get(&mut c, third.as_str())
        .await?
        .and_then(|s| s.participating_since)
        .is_none()
    {
        return Err(AppError::field("third_state", "err-consent-third"));
    }
    let cid = store::new_id();
    let row = store::message::ConsentRow {
        scope_sealed: app
            .seal_key()?
            .seal(&format!("consent:{cid}"), scope.as_bytes()),
        id: cid,
        thread_id: thread.id.clone(),
        third_state: third.to_string(),
        requested_by: actor.user_id().unwrap_or_default().to_string(),
        requested_at: app.now(),
        decision: None,
        decided_by: None,
        decided_at: None,
        forwarded_thread_id: None,
    };
    store::message::insert_consent(&mut c, &row).await?;
    notify_originator(app, &mut c, &thread, state, "email-consent-asked").await?;
    audit::record(
        &mut c,
        actor,
        "consent.requested",
        &format!("thread:{}", thread.id),
        json!({ "consent": row.id, "third_state": third.as_str(), "digest": digest(&scope) }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// The originating State grants or refuses; the decision is recorded once.
pub async fn decide_consent(
    app: &App,
    actor: &Actor,
    id: &str,
    consent_id: &str,
    decision: &str,
) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    let decision = match decision {
        "grant" => "granted",
        "refuse" => "refused",
        _ => return Err(AppError::field("decision", "err-consent-decision")),
    };
    if thread.from_state != state.as_str() {
        return Err(AppError::Conflict("err-consent-not-originator"));
    }
    let mut c = app.begin().await?;
    let consent = store::message::consent(&mut c, consent_id)
        .await?
        .filter(|k| k.thread_id == thread.id)
        .ok_or(AppError::NotFound)?;
    if !store::message::decide_consent(
        &mut c,
        &consent.id,
        decision,
        actor.user_id().unwrap_or_default(),
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-consent-decided"));
    }
    if let Some(u) = store::user::get(&mut c, &consent.requested_by).await? {
        let lang = UnLanguage::parse(&u.locale).unwrap_or(UnLanguage::En);
        mail::queue(
            app,
            &mut c,
            notification(
                app,
                &thread,
                Some(state),
                &u.email,
                lang,
                "email-consent-decided",
            ),
        )
        .await?;
    }
    audit::record(
        &mut c,
        actor,
        &format!("consent.{decision}"),
        &format!("thread:{}", thread.id),
        json!({ "consent": consent.id, "third_state": consent.third_state }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Passes the thread's first communication to the third State, once, and
/// only under a granted consent (MSG-4). Returns the new thread's id.
pub async fn forward(
    app: &App,
    actor: &Actor,
    id: &str,
    consent_id: &str,
    lang: &str,
) -> AppResult<String> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if thread.to_state != state.as_str() {
        return Err(AppError::Conflict("err-consent-not-recipient"));
    }
    let mut c = app.begin().await?;
    let consent = store::message::consent(&mut c, consent_id)
        .await?
        .filter(|k| k.thread_id == thread.id)
        .ok_or(AppError::NotFound)?;
    if consent.decision.as_deref() != Some("granted") || consent.forwarded_thread_id.is_some() {
        return Err(AppError::Conflict("err-consent-not-granted"));
    }
    let third = StateCode::parse(&consent.third_state)?;
    let mut content = first_of(app, &mut c, &thread).await?;
    let scope = shown_consents(app, &mut c, &thread.id)
        .await?
        .into_iter()
        .find(|k| k.id == consent.id)
        .map(|k| k.scope)
        .unwrap_or_default();
    let originator = StateCode::parse(&thread.from_state)?;
    let lang_code = UnLanguage::parse(lang).unwrap_or(UnLanguage::En);
    content.text = Some(app.i18n.t(
        lang,
        "messages-forwarded-note",
        &[
            ("state", originator.info().name(lang_code).to_string()),
            ("scope", scope),
        ],
    ));
    // The third State's POCs of the types the original was addressed to.
    let addressed = store::message::recipients(&mut c, &thread.id).await?;
    let to_pocs = store::poc::of_state(&mut c, thread.to_state.as_str()).await?;
    let types: Vec<&str> = to_pocs
        .iter()
        .filter(|p| addressed.contains(&p.id))
        .map(|p| p.poc_type.as_str())
        .collect();
    let mut chosen = Vec::new();
    for row in store::poc::of_state(&mut c, third.as_str()).await? {
        if types.contains(&row.poc_type.as_str())
            && let Some(entry) = entry_of(app, &row)?.filter(|e| e.status == "active")
        {
            chosen.push((row.id.clone(), entry.fields));
        }
    }
    if chosen.is_empty() {
        return Err(AppError::Conflict("err-message-no-recipient"));
    }
    let now = app.now();
    let author = actor.user_id().unwrap_or_default();
    let urgency = Urgency::parse(&thread.urgency)?;
    let new = ThreadRow {
        id: store::new_id(),
        alert_id: None,
        from_state: state.to_string(),
        to_state: third.to_string(),
        template_key: thread.template_key.clone(),
        template_version: thread.template_version,
        urgency: thread.urgency.clone(),
        tlp: thread.tlp.clone(),
        created_by: author.to_string(),
        created_at: now,
        ack_due_at: now + ack_minutes(app, urgency) * MINUTE,
        acknowledged_at: None,
        acknowledged_by: None,
        responded_at: None,
        exercise_id: None,
        inject_id: None,
        sender: None,
    };
    if !store::message::use_consent(&mut c, &consent.id, &new.id).await? {
        return Err(AppError::Conflict("err-consent-not-granted"));
    }
    store::message::insert_thread(&mut c, &new).await?;
    for (poc_id, _) in &chosen {
        store::message::insert_recipient(&mut c, &new.id, poc_id).await?;
    }
    let (message, content_digest) = sealed_row(app, &new, state.as_str(), author, &content)?;
    store::message::insert_message(&mut c, &message).await?;
    let template = template_of(&mut c, &new).await?;
    let words = |lang: UnLanguage| in_words(&template, &content, lang);
    for (poc_id, fields) in &chosen {
        notify_poc_of(
            app,
            &mut c,
            &new,
            poc_id,
            fields,
            "email-message-new",
            &words,
        )
        .await?;
    }
    audit::record(&mut c, actor, "message.forwarded", &format!("thread:{}", thread.id),
        json!({ "consent": consent.id, "to": third.as_str(), "thread": new.id, "digest": content_digest })).await?;
    c.commit().await?;
    Ok(new.id)
}

//! Communications between States (MSG): inbox, composing from a template,
//! a thread with acknowledgement and replies.

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::AppError;
use app::messages::Compose;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::message::{Template, Tlp, Urgency};
use minijinja::{Value, context};
use serde::Deserialize;

fn thread_value(t: &app::messages::Thread, sender: &str) -> Value {
    context! {
        exercise => t.exercise_id.is_some(),
        sender => t.sender.as_deref().filter(|s| !s.is_empty()).unwrap_or(sender),
        id => t.id, alert => t.alert_id.is_some(), from_state => t.from_state, to_state => t.to_state, template => t.template_key,
        urgency => t.urgency, tlp => t.tlp, tlp_label => Tlp::parse(&t.tlp).map_or("", |x| x.label()),
        created_at => t.created_at, ack_due_at => t.ack_due_at, acknowledged_at => t.acknowledged_at,
        responded_at => t.responded_at,
    }
}

fn template_value(key: &str, version: i64, t: &Template, lang: &str) -> Value {
    context! {
        key => key, version => version, title => t.title.get(lang),
        fields => t.fields.iter().map(|f| context! {
            name => f.name, kind => f.kind, expected => f.expected, label => f.label.get(lang),
        }).collect::<Vec<_>>(),
    }
}

pub async fn inbox(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let actor = ctx.actor();
    let threads = app::messages::inbox(&web.app, &actor).await?;
    let own = actor.state().map(|s| s.to_string());
    let states = crate::render::codes_by_name(
        &ctx.lang,
        &app::messages::counterparts(&web.app, &actor).await?,
    );
    let templates = app::messages::templates(&web.app).await?;
    Ok(web.page(&ctx, "messages.html", context! {
        threads => threads.iter().map(|t| thread_value(t, &control(&web, &ctx))).collect::<Vec<_>>(),
        own => own, states => states, notice => notice(&web, &ctx),
        templates => templates.iter().map(|(r, t)| template_value(&r.key, r.version, t, &ctx.lang)).collect::<Vec<_>>(),
    }))
}

async fn compose_page(
    web: &Web,
    ctx: &Ctx,
    to: &str,
    template_key: &str,
    values: &[(String, String)],
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let actor = ctx.actor();
    let states = app::messages::targets(&web.app, &actor, to).await?;
    let alert = states.len() > 1 || to == "all";
    // An alert addresses types of contact; one State, its POCs by name too.
    let recipients = match states.as_slice() {
        [one] if !alert => app::messages::recipients_of(&web.app, &actor, *one).await?,
        _ => vec![],
    };
    let templates = app::messages::templates(&web.app).await?;
    let (row, template) = templates
        .iter()
        .find(|(r, _)| r.key == template_key)
        .ok_or_else(|| AppError::field("template", "err-template"))?;
    let value_of = |name: &str| {
        values
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let types: Vec<&str> = if alert {
        domain::PocType::ALL.iter().map(|t| t.code()).collect()
    } else {
        let mut t: Vec<&str> = recipients.iter().map(|r| r.poc_type.as_str()).collect();
        t.sort_unstable();
        t.dedup();
        t
    };
    Ok(web.page(ctx, "message_new.html", context! {
        to => to, states => crate::render::states_by_name(&ctx.lang, states.iter().copied()).into_iter().map(|(c, _)| c).collect::<Vec<_>>(), alert => alert,
        tp => template_value(&row.key, row.version, template, &ctx.lang),
        values => values.iter().filter_map(|(n, v)| n.strip_prefix("f_").map(|n| (n.to_string(), v.clone()))).collect::<std::collections::BTreeMap<_, _>>(),
        urgency => value_of("urgency").unwrap_or_else(|| "high".into()),
        tlp => value_of("tlp").unwrap_or_else(|| "amber".into()),
        chosen_types => values.iter().filter(|(n, _)| n == "poc_type").map(|(_, v)| v.clone()).collect::<Vec<_>>(),
        chosen_pocs => values.iter().filter(|(n, _)| n == "poc_id").map(|(_, v)| v.clone()).collect::<Vec<_>>(),
        urgencies => Urgency::ALL.iter().map(|u| u.code()).collect::<Vec<_>>(),
        tlps => Tlp::ALL.iter().map(|t| context! { code => t.code(), label => t.label() }).collect::<Vec<_>>(),
        types => types,
        recipients => recipients.iter().map(|r| context! {
            id => r.poc_id, poc_type => r.poc_type, entity => r.fields.entity, timezone => r.fields.timezone.as_str(),
            h24 => r.fields.phones.iter().any(|p| p.h24), hours => r.fields.hours,
        }).collect::<Vec<_>>(),
        errors => errors,
    }))
}

/// `?to=DE&template=incident`; an alert repeats `to`, or gives `to=all`.
pub async fn new_form(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let pairs: Vec<(String, String)> = serde_html_form::from_str(&ctx.query)
        .map_err(|_| AppError::field("to", "err-message-state"))?;
    let all = |name: &str| {
        pairs
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
    };
    let to = all("to");
    let to = if to.contains(&"all") {
        "all".to_string()
    } else {
        to.join(",")
    };
    let template = all("template")
        .first()
        .copied()
        .unwrap_or("general")
        .to_string();
    compose_page(&web, &ctx, &to, &template, &[], FieldErrors::new()).await
}

pub async fn send(State(web): State<Web>, ctx: Ctx, body: Bytes) -> Result<Response, WebError> {
    let pairs: Vec<(String, String)> = serde_html_form::from_bytes(&body)
        .map_err(|_| AppError::field("form", "err-form-unreadable"))?;
    let one = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let all = |name: &str| {
        pairs
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    let form = Compose {
        to: one("to"),
        template_key: one("template"),
        template_version: one("version"),
        urgency: one("urgency"),
        tlp: one("tlp"),
        poc_types: all("poc_type"),
        poc_ids: all("poc_id"),
        fields: pairs
            .iter()
            .filter_map(|(n, v)| n.strip_prefix("f_").map(|n| (n.to_string(), v.clone())))
            .collect(),
        code: one("code"),
    };
    match app::messages::send(&web.app, &ctx.actor(), &form).await {
        Ok(ids) if ids.len() == 1 => Ok(done(&format!("/messages/{}", ids[0]), "sent")),
        Ok(_) => Ok(done("/messages", "alert-sent")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            let page =
                compose_page(&web, &ctx, &form.to, &form.template_key, &pairs, errors).await?;
            Ok(unprocessable(page))
        }
    }
}

pub async fn thread(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let actor = ctx.actor();
    let v = app::messages::thread(&web.app, &actor, &id, &ctx.lang).await?;
    let others: Vec<String> = crate::render::codes_by_name(
        &ctx.lang,
        &app::messages::counterparts(&web.app, &actor).await?,
    )
    .into_iter()
    .filter(|s| s != &v.thread.from_state && s != &v.thread.to_state)
    .collect();
    Ok(web.page(&ctx, "thread.html", context! {
        v => view_value(&v, &ctx.lang, &control(&web, &ctx)), received => v.received, recipients => v.recipients.len(), others => others,
        max_kb => web.app.config().messages.max_attachment_kb,
        notice => notice(&web, &ctx),
    }))
}

pub async fn acknowledge(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    app::messages::acknowledge(&web.app, &ctx.actor(), &id).await?;
    Ok(done(&format!("/messages/{id}"), "acknowledged"))
}

#[derive(Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    text: String,
}

pub async fn reply(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<ReplyForm>,
) -> Result<Response, WebError> {
    app::messages::reply(&web.app, &ctx.actor(), &id, &f.text).await?;
    Ok(done(&format!("/messages/{id}"), "replied"))
}

/// How an exercise's thread names exercise control, in the reader's language.
fn control(web: &Web, ctx: &Ctx) -> String {
    web.app.i18n().t(&ctx.lang, "exercise-control", &[])
}

fn view_value(v: &app::messages::ThreadView, lang: &str, control: &str) -> Value {
    context! {
        th => thread_value(&v.thread, control), title => v.template.title.get(lang),
        key_problems => v.key_problems,
        escalations => v.escalations.iter().map(|e| context! { step => e.step, at => e.at, recipients => e.recipients }).collect::<Vec<_>>(),
        attachments => v.attachments.iter().map(|a| context! {
            id => a.id, name => a.name, kind => a.kind, size => a.size, from_state => a.from_state, created_at => a.created_at,
        }).collect::<Vec<_>>(),
        consents => v.consents.iter().map(|k| context! {
            id => k.id, third_state => k.third_state, scope => k.scope, requested_at => k.requested_at,
            decision => k.decision, decided_at => k.decided_at, forwarded => k.forwarded_thread_id,
        }).collect::<Vec<_>>(),
        messages => v.messages.iter().map(|m| context! {
            from_state => m.from_state, created_at => m.created_at, fields => m.fields, text => m.text,
        }).collect::<Vec<_>>(),
    }
}

/// The State's printable record of its exchanges (MSG-5).
pub async fn record(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let views = app::messages::record(&web.app, &ctx.actor(), &ctx.lang).await?;
    Ok(web.page(
        &ctx,
        "record.html",
        context! {
            threads => views.iter().map(|v| view_value(v, &ctx.lang, &control(&web, &ctx))).collect::<Vec<_>>(),
            own => ctx.actor().state().map(|s| s.to_string()),
        },
    ))
}

/// The same record as JSON.
pub async fn record_json(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    use axum::response::IntoResponse;
    let views = app::messages::record(&web.app, &ctx.actor(), &ctx.lang).await?;
    let body = serde_json::to_string_pretty(&app::messages::record_json(&views))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"pocdir-record.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct ConsentForm {
    #[serde(default)]
    third_state: String,
    #[serde(default)]
    scope: String,
}

/// The receiving State asks to share with a third State (MSG-4).
pub async fn ask_consent(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<ConsentForm>,
) -> Result<Response, WebError> {
    app::messages::ask_consent(&web.app, &ctx.actor(), &id, &f.third_state, &f.scope).await?;
    Ok(done(&format!("/messages/{id}"), "consent-asked"))
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
}

/// The originating State grants or refuses.
pub async fn decide_consent(
    State(web): State<Web>,
    ctx: Ctx,
    Path((id, consent)): Path<(String, String)>,
    axum::Form(f): axum::Form<DecisionForm>,
) -> Result<Response, WebError> {
    app::messages::decide_consent(&web.app, &ctx.actor(), &id, &consent, &f.decision).await?;
    Ok(done(&format!("/messages/{id}"), "consent-decided"))
}

/// Forwards under a granted consent.
pub async fn forward(
    State(web): State<Web>,
    ctx: Ctx,
    Path((id, consent)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let new = app::messages::forward(&web.app, &ctx.actor(), &id, &consent, &ctx.lang).await?;
    Ok(done(&format!("/messages/{new}"), "sent"))
}

/// Attaches a file to a thread (a multipart form: `csrf`, then `file`).
pub async fn attach(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    mut form: axum::extract::Multipart,
) -> Result<Response, WebError> {
    let unreadable = || WebError::from(AppError::field("file", "err-form-unreadable"));
    let mut file = None;
    while let Some(field) = form.next_field().await.map_err(|_| unreadable())? {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or_default().to_string();
            let bytes = field.bytes().await.map_err(|_| unreadable())?;
            file = Some((name, bytes));
        }
    }
    let (name, bytes) = file.ok_or_else(|| AppError::field("file", "err-attachment-empty"))?;
    app::messages::attach(&web.app, &ctx.actor(), &id, &name, &bytes).await?;
    Ok(done(&format!("/messages/{id}"), "attached"))
}

/// Downloads an attachment; never shown inline.
pub async fn attachment(
    State(web): State<Web>,
    ctx: Ctx,
    Path((id, attachment)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (_, kind, bytes) =
        app::messages::attachment(&web.app, &ctx.actor(), &id, &attachment).await?;
    Ok(download(&attachment, &kind, bytes))
}

/// An attachment's bytes as a download, named by its id: the name its
/// sender gave stays out of the headers, where it could mislead.
pub(crate) fn download(attachment: &str, kind: &str, bytes: Vec<u8>) -> Response {
    use axum::response::IntoResponse;
    let ext = match kind {
        "text" => "txt",
        "jpeg" => "jpg",
        "gzip" => "gz",
        other => other,
    };
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                domain::message::attachment_media_type(kind).to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"attachment-{attachment}.{ext}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// Server-sent events for the open inbox: "new" when a thread arrives.
/// It looks at the database every two seconds, so it works across
/// instances.
pub async fn events(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    use axum::response::IntoResponse;
    use axum::response::sse::{Event, KeepAlive, Sse};
    let actor = ctx.actor();
    let start = app::messages::latest(&web.app, &actor).await?;
    let session = ctx.user()?.clone();
    let slot = web
        .stream_slot(&session.token_hash)
        .ok_or(app::AppError::Throttled)?;
    let stream = futures_util::stream::unfold((start, slot), move |(seen, slot)| {
        let (app, actor, session) = (web.app.clone(), actor.clone(), session.clone());
        async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                // A session that ended (sign-out, expiry, a disabled
                // account), or a refused look, ends the stream.
                if !app::accounts::still_alive(&app, &session).await.ok()? {
                    return None;
                }
                let now = app::messages::latest(&app, &actor).await.ok()?;
                if now != seen {
                    // Browsers drop an event without data.
                    let event = Event::default().event("new").data("1");
                    return Some((Ok::<_, std::convert::Infallible>(event), (now, slot)));
                }
            }
        }
    });
    Ok(Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response())
}

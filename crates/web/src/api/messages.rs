//! Communications between States through the API (INT-1, MSG-1 to MSG-3):
//! the inbox, a thread, sending from a template, acknowledging and
//! replying. TLP:RED stays with persons in the portal: a token neither
//! sends nor reads it.

use super::problem::{Body, Problem, Upload};
use super::{Client, Outcome, PageQuery, page};
use crate::state::Web;
use app::messages::{Thread, ThreadRecord};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

page!(
    /// Threads between States, without their content.
    ThreadPage of Thread
);

/// Where a page starts.
#[utoipa::path(get, path = "/api/v1/messages", operation_id = "list-threads", tag = "messages",
    security(("token" = ["messages"])),
    params(PageQuery),
    responses((status = 200, description = "A page of the State's threads, newest first", body = ThreadPage)))]
/// The State's threads, sent and received, newest first.
pub async fn inbox(State(web): State<Web>, client: Client, Query(q): Query<PageQuery>) -> Response {
    let result = async {
        let page = app::messages::inbox_page(&web.app, &client.actor, &q.paging()?).await?;
        Ok(ThreadPage::from(page))
    }
    .await;
    client.answer(&web, result)
}

#[utoipa::path(get, path = "/api/v1/messages/{id}", operation_id = "get-thread", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id")),
    responses((status = 200, description = "The thread and its messages", body = ThreadRecord)))]
/// One thread with its messages, as its parties read it.
pub async fn thread(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::messages::thread(&web.app, &client.actor, &id, &client.lang)
        .await
        .map(|v| app::messages::thread_record(&v));
    client.answer(&web, result)
}

/// A communication as a program sends it.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Outgoing {
    /// A State's code, several separated by commas, or "all" for an alert.
    to: String,
    template: String,
    version: String,
    urgency: String,
    tlp: String,
    poc_types: Vec<String>,
    poc_ids: Vec<String>,
    /// The template's fields, by name.
    fields: BTreeMap<String, String>,
}

/// The threads a communication opened: one per receiving State.
#[derive(Serialize, ToSchema)]
pub struct Sent {
    pub threads: Vec<String>,
}

#[utoipa::path(post, path = "/api/v1/messages", operation_id = "send-communication", tag = "messages",
    security(("token" = ["messages"])),
    request_body = Outgoing,
    responses((status = 200, description = "Sent; one thread per receiving State", body = Sent)))]
/// Sends a communication from a template; answers with its threads.
pub async fn send(State(web): State<Web>, client: Client, Body(out): Body<Outgoing>) -> Response {
    let compose = app::messages::Compose {
        to: out.to,
        template_key: out.template,
        template_version: out.version,
        urgency: out.urgency,
        tlp: out.tlp,
        poc_types: out.poc_types,
        poc_ids: out.poc_ids,
        fields: out.fields.into_iter().collect(),
        code: String::new(),
    };
    let result = app::messages::send(&web.app, &client.actor, &compose)
        .await
        .map(|threads| Sent { threads });
    client.answer(&web, result)
}

#[utoipa::path(post, path = "/api/v1/messages/{id}/ack", operation_id = "acknowledge-thread", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id")),
    responses((status = 200, description = "Acknowledged", body = Outcome)))]
/// Acknowledges a communication the State received.
pub async fn acknowledge(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
) -> Response {
    let result = app::messages::acknowledge(&web.app, &client.actor, &id)
        .await
        .map(|()| Outcome::of(&id, "acknowledged"));
    client.answer(&web, result)
}

/// An answer in a thread.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Reply {
    text: String,
}

#[utoipa::path(post, path = "/api/v1/messages/{id}/replies", operation_id = "reply-to-thread", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id")),
    request_body = Reply,
    responses((status = 200, description = "The reply is in the thread", body = Outcome)))]
/// Answers in a thread.
pub async fn reply(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(r): Body<Reply>,
) -> Response {
    let result = app::messages::reply(&web.app, &client.actor, &id, &r.text)
        .await
        .map(|()| Outcome::of(&id, "replied"));
    client.answer(&web, result)
}

/// The name of a file sent as it is.
#[derive(Deserialize, Default, IntoParams)]
#[serde(default, deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FileName {
    /// The file's name: its extension must agree with its content (pdf,
    /// png, jpg, zip, gz, or txt, log, csv, json, xml for text).
    #[param(example = "indicators.csv")]
    name: String,
}

#[utoipa::path(post, path = "/api/v1/messages/{id}/attachments", operation_id = "attach-file", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id"), FileName),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file's bytes"),
    responses((status = 200, description = "The file is attached; `id` names it", body = Outcome)))]
/// Attaches a file to a thread, within the directory's size limit: its
/// bytes must be of the kind its name says. It is sealed at rest.
pub async fn attach(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Query(f): Query<FileName>,
    Upload(bytes): Upload,
) -> Response {
    let result = app::messages::attach(&web.app, &client.actor, &id, &f.name, &bytes)
        .await
        .map(|attachment| Outcome::of(&attachment, "attached"));
    client.answer(&web, result)
}

#[utoipa::path(get, path = "/api/v1/messages/{id}/attachments/{attachment}", operation_id = "get-attachment", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id"),
        ("attachment" = String, Path, description = "The attachment's id, from the thread's `attachments`")),
    responses((status = 200, description = "The file, as a download named by its id",
        content((Vec<u8> = "application/pdf"), (Vec<u8> = "image/png"), (Vec<u8> = "image/jpeg"),
            (Vec<u8> = "application/zip"), (Vec<u8> = "application/gzip"), (String = "text/plain")))))]
/// One attached file, for the thread's parties.
pub async fn attachment(
    State(web): State<Web>,
    client: Client,
    Path((id, attachment)): Path<(String, String)>,
) -> Response {
    match app::messages::attachment(&web.app, &client.actor, &id, &attachment).await {
        Ok((_, kind, bytes)) => crate::pages::messages::download(&attachment, &kind, bytes),
        Err(e) => Problem::of(&web, &client.lang, &e).into_response(),
    }
}

page!(
    /// The State's record of its exchanges, thread by thread.
    RecordPage of ThreadRecord
);

#[utoipa::path(get, path = "/api/v1/record", operation_id = "get-record", tag = "messages",
    security(("token" = ["messages"])),
    responses((status = 200, description = "Every thread the State was party to and may read, with content and timings", body = RecordPage)))]
/// The State's full record of its exchanges (MSG-5), with content and
/// timings in minutes. Taking it is audited.
pub async fn record(State(web): State<Web>, client: Client) -> Response {
    let result = app::messages::record(&web.app, &client.actor, &client.lang)
        .await
        .map(|views| RecordPage::from(app::messages::record_json(&views)));
    client.answer(&web, result)
}

/// A request to pass a thread's information to a third State.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ConsentAsked {
    /// The third State's code.
    third_state: String,
    /// What the receiving State would pass on, and why.
    scope: String,
}

#[utoipa::path(post, path = "/api/v1/messages/{id}/consents", operation_id = "ask-consent", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id")),
    request_body = ConsentAsked,
    responses((status = 200, description = "The originating State is asked", body = Outcome)))]
/// The receiving State asks the originator's consent to pass the
/// information to a third State (MSG-4).
pub async fn ask_consent(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(c): Body<ConsentAsked>,
) -> Response {
    let result = app::messages::ask_consent(&web.app, &client.actor, &id, &c.third_state, &c.scope)
        .await
        .map(|()| Outcome::of(&id, "consent-asked"));
    client.answer(&web, result)
}

/// The originating State's answer to a request for consent.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ConsentDecision {
    /// "grant" or "refuse".
    decision: String,
}

#[utoipa::path(post, path = "/api/v1/messages/{id}/consents/{consent}/decision", operation_id = "decide-consent", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id"), ("consent" = String, Path, description = "The request's id")),
    request_body = ConsentDecision,
    responses((status = 200, description = "The decision is recorded, once", body = Outcome)))]
/// The originating State grants or refuses a request for consent.
pub async fn decide_consent(
    State(web): State<Web>,
    client: Client,
    Path((id, consent)): Path<(String, String)>,
    Body(d): Body<ConsentDecision>,
) -> Response {
    let result = app::messages::decide_consent(&web.app, &client.actor, &id, &consent, &d.decision)
        .await
        .map(|()| Outcome::of(&consent, "decided"));
    client.answer(&web, result)
}

#[utoipa::path(post, path = "/api/v1/messages/{id}/consents/{consent}/forward", operation_id = "forward-under-consent", tag = "messages",
    security(("token" = ["messages"])),
    params(("id" = String, Path, description = "The thread's id"), ("consent" = String, Path, description = "The granted request's id")),
    responses((status = 200, description = "Passed on; `id` names the new thread with the third State", body = Outcome)))]
/// Passes the thread's first communication to the third State, once, under
/// a granted consent.
pub async fn forward(
    State(web): State<Web>,
    client: Client,
    Path((id, consent)): Path<(String, String)>,
) -> Response {
    let result = app::messages::forward(&web.app, &client.actor, &id, &consent, &client.lang)
        .await
        .map(|thread| Outcome::of(&thread, "forwarded"));
    client.answer(&web, result)
}

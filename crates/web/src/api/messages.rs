//! Communications between States through the API (INT-1, MSG-1 to MSG-3):
//! the inbox, a thread, sending from a template, acknowledging and
//! replying. TLP:RED stays with persons in the portal: a token neither
//! sends nor reads it.

use super::Client;
use super::problem::Body;
use crate::state::Web;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeMap;

/// The State's threads, sent and received, newest first.
pub async fn inbox(State(web): State<Web>, client: Client) -> Response {
    let result = app::messages::inbox(&web.app, &client.actor)
        .await
        .map(|threads| json!({ "items": threads, "next_cursor": null }));
    client.answer(&web, result)
}

/// One thread with its messages, as its parties read it.
pub async fn thread(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::messages::thread(&web.app, &client.actor, &id, &client.lang)
        .await
        .map(|v| app::messages::thread_json(&v));
    client.answer(&web, result)
}

/// A communication as a program sends it.
#[derive(Deserialize, Default)]
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
        .map(|threads| json!({ "threads": threads }));
    client.answer(&web, result)
}

/// Acknowledges a communication the State received.
pub async fn acknowledge(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
) -> Response {
    let result = app::messages::acknowledge(&web.app, &client.actor, &id)
        .await
        .map(|()| json!({ "thread": id, "status": "acknowledged" }));
    client.answer(&web, result)
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Reply {
    text: String,
}

/// Answers in a thread.
pub async fn reply(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(r): Body<Reply>,
) -> Response {
    let result = app::messages::reply(&web.app, &client.actor, &id, &r.text)
        .await
        .map(|()| json!({ "thread": id, "status": "replied" }));
    client.answer(&web, result)
}

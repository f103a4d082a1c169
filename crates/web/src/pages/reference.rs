//! The API's reference, read from its OpenAPI document and served by pocdir
//! itself: the operations by theme, what each reads and answers, the data
//! types and the problems. Nothing is fetched from elsewhere.

use crate::http::ctx::Ctx;
use crate::state::Web;
use axum::extract::State;
use axum::response::Response;
use minijinja::context;
use serde::Serialize;
use serde_json::Value;

/// The problems a client may meet whatever it calls, by code, with the
/// catalogue key of the title it reads.
const PROBLEMS: [(&str, &str); 19] = [
    ("token-missing", "api-token-missing"),
    ("token-unknown", "api-token-unknown"),
    ("token-expired", "api-token-expired"),
    ("token-revoked", "api-token-revoked"),
    ("forbidden", "err-forbidden"),
    ("not-found", "err-not-found"),
    ("rate-limited", "api-rate-limited"),
    ("invalid-input", "err-invalid"),
    ("content-type", "api-content-type"),
    ("json-malformed", "api-json-malformed"),
    ("json-unknown-field", "api-json-unknown-field"),
    ("json-wrong-type", "api-json-wrong-type"),
    ("too-large", "api-too-large"),
    ("cursor-invalid", "api-cursor-invalid"),
    ("resync", "api-resync"),
    ("bad-request", "api-bad-request"),
    ("method-not-allowed", "api-method-not-allowed"),
    ("red-needs-person", "err-red-needs-person"),
    ("internal", "err-internal"),
];

#[derive(Serialize)]
struct Operation {
    id: String,
    method: String,
    path: String,
    scopes: Vec<String>,
    params: Vec<Field>,
    body: Option<String>,
    answer: Option<(String, String)>,
}

#[derive(Serialize)]
struct Field {
    name: String,
    kind: String,
    required: bool,
    description: String,
}

#[derive(Serialize)]
struct Section {
    tag: String,
    operations: Vec<Operation>,
}

#[derive(Serialize)]
struct Schema {
    name: String,
    description: String,
    kind: String,
    fields: Vec<Field>,
}

/// A schema's type in a few words: a type's name links to its section.
fn kind(s: &Value) -> String {
    if let Some(r) = s["$ref"].as_str() {
        return r.rsplit('/').next().unwrap_or(r).to_string();
    }
    if let Some(any) = s["oneOf"].as_array() {
        return any
            .iter()
            .map(kind)
            .filter(|k| k != "null")
            .collect::<Vec<_>>()
            .join(" | ");
    }
    if let Some(values) = s["enum"].as_array() {
        return values
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" | ");
    }
    let base = match &s["type"] {
        Value::String(t) => t.clone(),
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "object".to_string(),
    };
    match base.as_str() {
        "array" => format!("[{}]", kind(&s["items"])),
        "object" if s["additionalProperties"].is_object() => {
            format!("{{string: {}}}", kind(&s["additionalProperties"]))
        }
        _ => s["format"]
            .as_str()
            .map_or(base.clone(), |f| format!("{base} ({f})")),
    }
}

/// A text of the document, without its Markdown quotes.
fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().replace('`', "")
}

fn operations(doc: &Value) -> Vec<Section> {
    let tags: Vec<String> = doc["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| text(&t["name"]))
        .collect();
    let mut sections: Vec<Section> = tags
        .into_iter()
        .map(|tag| Section {
            tag,
            operations: Vec::new(),
        })
        .collect();
    let paths = doc["paths"].as_object().into_iter().flatten();
    for (path, item) in paths {
        for (method, op) in item.as_object().into_iter().flatten() {
            let ok = op["responses"]
                .as_object()
                .into_iter()
                .flatten()
                .find(|(status, _)| status.starts_with('2'));
            let operation = Operation {
                id: text(&op["operationId"]),
                method: method.to_uppercase(),
                path: path.clone(),
                scopes: op["security"][0]["token"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(text)
                    .collect(),
                params: op["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| Field {
                        name: text(&p["name"]),
                        kind: kind(&p["schema"]),
                        required: p["required"].as_bool().unwrap_or(false),
                        description: text(&p["description"]),
                    })
                    .collect(),
                body: op["requestBody"]["content"]["application/json"]["schema"]
                    .is_object()
                    .then(|| kind(&op["requestBody"]["content"]["application/json"]["schema"])),
                answer: ok.map(|(status, r)| {
                    (
                        status.clone(),
                        kind(&r["content"]["application/json"]["schema"]),
                    )
                }),
            };
            let tag = text(&op["tags"][0]);
            if let Some(section) = sections.iter_mut().find(|s| s.tag == tag) {
                section.operations.push(operation);
            }
        }
    }
    sections
}

fn schemas(doc: &Value) -> Vec<Schema> {
    let all = doc["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten();
    all.map(|(name, s)| {
        let required: Vec<&str> = s["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let fields = s["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(field, p)| Field {
                name: field.clone(),
                kind: kind(p),
                required: required.contains(&field.as_str()),
                description: text(&p["description"]),
            })
            .collect();
        Schema {
            name: name.clone(),
            description: text(&s["description"]),
            kind: kind(s),
            fields,
        }
    })
    .collect()
}

pub async fn reference(State(web): State<Web>, ctx: Ctx) -> Response {
    let doc: Value = serde_json::from_str(crate::api::doc::json()).unwrap_or_default();
    let problems: Vec<(&str, String)> = PROBLEMS
        .iter()
        .map(|(code, key)| (*code, web.app.i18n().t(&ctx.lang, key, &[])))
        .collect();
    web.page(
        &ctx,
        "api_reference.html",
        context! {
            sections => operations(&doc), schemas => schemas(&doc), problems => problems,
        },
    )
}

//! INT-1: the OpenAPI 3.1 document, generated from the code. It is valid by
//! an independent validator, names every API route the server answers, and
//! the server keeps to it under schemathesis's fuzzing: no server error, no
//! answer outside the document.

use crate::api::api;
use crate::helpers::*;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

/// A program of the Python tools that scripts/test.sh installs.
fn tool(name: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tools/venv/bin")
        .join(name);
    assert!(
        path.exists(),
        "{} is missing: scripts/test.sh installs it from tests/tools/requirements.txt",
        path.display()
    );
    path
}

async fn document(t: &TestApp) -> Value {
    let r = reqwest::get(format!("{}/api/v1/openapi.json", t.url))
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "the document is public");
    assert_eq!(r.headers()["content-type"], "application/json");
    r.json().await.unwrap()
}

#[tokio::test]
async fn int1_the_openapi_document_is_valid_and_names_every_api_route() {
    let t = TestApp::spawn().await;
    let doc = document(&t).await;
    assert_eq!(doc["openapi"], "3.1.0");

    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), doc.to_string()).unwrap();
    let out = Command::new(tool("openapi-spec-validator"))
        .arg(file.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );

    // Every API route the router serves is documented, and nothing else.
    let mut served: Vec<String> = web::served_routes()
        .into_iter()
        .filter(|(_, path)| path.starts_with("/api/v1/") && *path != "/api/v1/openapi.json")
        .map(|(method, path)| format!("{method} {path}"))
        .collect();
    let mut documented: Vec<String> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            let methods = item.as_object().unwrap().keys();
            methods.map(move |m| format!("{} {path}", m.to_uppercase()))
        })
        .collect();
    served.sort();
    documented.sort();
    assert_eq!(served, documented);

    // Each operation says which scope it needs, and answers refusals as
    // problems the document describes.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let name = format!("{method} {path}");
            let scopes = &op["security"][0]["token"];
            if path != "/api/v1/me" {
                assert!(scopes.as_array().is_some_and(|s| !s.is_empty()), "{name}");
            }
            for status in ["401", "403", "404", "422", "429"] {
                assert_eq!(
                    op["responses"][status]["content"]["application/problem+json"]["schema"]["$ref"],
                    "#/components/schemas/Problem",
                    "{name} {status}"
                );
            }
        }
    }
}

/// Runs schemathesis over every operation with `token`, with the path
/// parameters of `known` (operation id, parameter, value) so that it reaches
/// past "not found"; its report, and whether it found nothing. (Awaited, so
/// that the server in this same process goes on answering.)
async fn fuzz(t: &TestApp, token: &str, known: &[(&str, &str, &str)]) -> (bool, String) {
    let config = tempfile::NamedTempFile::new().unwrap();
    let mut by_operation = std::collections::BTreeMap::<&str, Vec<String>>::new();
    for (operation, parameter, value) in known {
        let values = by_operation.entry(operation).or_default();
        values.push(format!("\"path.{parameter}\" = \"{value}\""));
    }
    let mut toml = String::new();
    for (operation, values) in by_operation {
        toml.push_str(&format!(
            "[[operations]]\ninclude-operation-id = \"{operation}\"\nparameters = {{ {} }}\n\n",
            values.join(", ")
        ));
    }
    std::fs::write(config.path(), toml).unwrap();
    let out = tokio::process::Command::new(tool("schemathesis"))
        .arg("--config-file")
        .arg(config.path())
        .args([
            "run",
            &format!("{}/api/v1/openapi.json", t.url),
            "--url",
            &t.url,
            "--header",
            &format!("Authorization: Bearer {token}"),
            "--checks",
            "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            "25",
            "--seed",
            "20261207",
            "--workers",
            "2",
            "--no-color",
        ])
        .output()
        .await
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), report)
}

#[tokio::test]
async fn int1_schemathesis_finds_no_server_error_and_no_answer_outside_the_document() {
    let (t, custodian, fr, de) =
        two_states_with(|c| c.limits.api_per_token_per_minute = 1_000_000).await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "en").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "de").await;
    let json = "application/json";
    let paris = t
        .token(
            &fr,
            &["directory:read", "directory:write", "checks", "messages"],
        )
        .await;
    let un = t
        .token(
            &custodian,
            &["directory:read", "directory:write", "custodian"],
        )
        .await;
    let (fr_api, un_api) = (api(&t, Some(&paris)), api(&t, Some(&un)));

    // Something behind every identifier: a thread, a pending change, an
    // open check and a request for access.
    let thread = fr_api.incident_to_germany("Fuzzed").await;
    let (_, _, entries) = fr_api.get("/states/FR/entries", &[]).await;
    let entry = entries["items"][0]["id"].as_str().unwrap().to_string();
    let (_, launched) = un_api
        .send("POST", "/checks", "{\"state\": \"FR\"}", json)
        .await;
    assert_eq!(launched["status"], "launched");
    let (_, _, checks) = fr_api.get("/checks/pending", &[]).await;
    let check = checks["items"][0]["id"].as_str().unwrap().to_string();
    let nomination = serde_json::json!({
        "poc_type": "diplomatic", "entity": "Ministère de l’Europe et des Affaires étrangères", "emails": ["droit@fr.example.org"],
        "phones": ["+33 1 44 77 60 60"], "languages": ["fr"], "timezone": "Europe/Paris",
        "submission_language": "fr",
    });
    let (_, pending) = fr_api
        .send("POST", "/states/FR/entries", &nomination.to_string(), json)
        .await;
    let change = pending["id"].as_str().unwrap().to_string();
    Browser::new(&t.url)
        .request_access("Counsellor", "mission@no.example.org")
        .await;
    let (_, _, requests) = un_api.get("/access-requests", &[]).await;
    let request = requests["items"][0]["id"].as_str().unwrap().to_string();
    t.admit("IT").await;
    let berlin = api(&t, Some(&t.token(&de, &["messages"]).await));
    let ask = "{\"third_state\": \"IT\", \"scope\": \"The indicators\"}";
    berlin
        .send("POST", &format!("/messages/{thread}/consents"), ask, json)
        .await;
    let (_, _, seen) = fr_api.get(&format!("/messages/{thread}"), &[]).await;
    let consent = seen["consents"][0]["id"].as_str().unwrap().to_string();
    let campaign = launched["id"].as_str().unwrap().to_string();
    let (_, attached) = fr_api
        .send(
            "POST",
            &format!("/messages/{thread}/attachments?name=indicators.txt"),
            "198.51.100.7",
            "application/octet-stream",
        )
        .await;
    let attachment = attached["id"].as_str().unwrap().to_string();

    let mut known = vec![
        ("nominate-entry", "code", "FR"),
        ("confirm-state-entries", "code", "FR"),
    ];
    known.push(("list-state-entries", "code", "FR"));
    for op in [
        "get-entry",
        "get-entry-history",
        "update-entry",
        "withdraw-entry",
        "report-problem",
    ] {
        known.push((op, "id", &entry));
    }
    known.push(("export-directory", "format", "json"));
    known.push(("get-campaign-results", "id", &campaign));
    for op in [
        "get-thread",
        "acknowledge-thread",
        "reply-to-thread",
        "ask-consent",
        "attach-file",
    ] {
        known.push((op, "id", &thread));
    }
    known.push(("get-attachment", "id", &thread));
    known.push(("get-attachment", "attachment", &attachment));
    for op in ["decide-consent", "forward-under-consent"] {
        known.push((op, "id", &thread));
        known.push((op, "consent", &consent));
    }
    known.push(("acknowledge-check", "id", &check));
    for op in ["get-change", "verify-change", "reject-change"] {
        known.push((op, "id", &change));
    }
    for op in ["admit-access-request", "reject-access-request"] {
        known.push((op, "id", &request));
    }
    let (osce, regional) = app::sharing::register(&t.app, &custodian.actor, "OSCE")
        .await
        .unwrap();
    let france = domain::StateCode::parse("FR").unwrap();
    app::sharing::decide_sharing(&t.app, &fr.actor, france, &osce.id, "grant")
        .await
        .unwrap();

    for (who, token) in [
        ("France's administrator", &paris),
        ("the custodian", &un),
        ("a regional directory", &regional),
    ] {
        let (clean, report) = fuzz(&t, token, &known).await;
        eprintln!("as {who}:\n{report}");
        assert!(clean, "as {who}:\n{report}");
        assert!(report.contains("39 selected / 39 total"), "{report}");
    }
}

//! INT-1: personal API tokens made on the account page, and the versioned
//! API read with them: scoped by the one policy, RFC 9457 problems in the
//! client's language, ETags and cursors.

use crate::helpers::*;
use domain::Role;
use serde_json::Value;

struct Api {
    base: String,
    token: Option<String>,
}

impl Api {
    async fn get(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let mut r = reqwest::Client::new().get(format!("{}{path}", self.base));
        if let Some(t) = &self.token {
            r = r.bearer_auth(t);
        }
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        let r = r.send().await.unwrap();
        let (status, headers) = (r.status().as_u16(), r.headers().clone());
        let body = r.text().await.unwrap();
        let json = serde_json::from_str(&body).unwrap_or(Value::Null);
        (status, headers, json)
    }
}

fn api(t: &TestApp, token: Option<&str>) -> Api {
    Api {
        base: format!("{}/api/v1", t.url),
        token: token.map(str::to_string),
    }
}

fn problem(headers: &reqwest::header::HeaderMap, body: &Value) -> String {
    assert_eq!(headers["content-type"], "application/problem+json");
    body["code"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn int1_a_token_is_made_on_the_account_page_shown_once_and_revoked() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let b = t.signed_in(&fr).await;

    // Bad input is refused field by field, and stores nothing.
    let r = b
        .post(
            "/account/tokens",
            &[("name", ""), ("scopes", "custodian"), ("days", "400")],
        )
        .await;
    assert_eq!(r.status, 422);
    let page = text(&r.body);
    for said in [
        "at most 80 characters",
        "at least one of the scopes offered",
        "from 1 to 365",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    assert_eq!(t.count("api_tokens").await, 0);

    let r = b
        .post(
            "/account/tokens",
            &[
                ("name", "CERT tools"),
                ("scopes", "directory:read"),
                ("days", "30"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.headers["cache-control"], "no-store");
    let secret = regex_lite::Regex::new(r"pocdir_[A-Za-z0-9_-]{20,}")
        .unwrap()
        .find(&r.body)
        .expect("the token is shown")
        .as_str()
        .to_string();
    let title = r
        .body
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert!(!title.contains('<') && !title.contains(&secret), "{title}");
    let page = b.get("/account").await.body;
    assert!(
        page.contains("CERT tools") && !page.contains(&secret),
        "shown once"
    );
    assert_eq!(
        t.count(&format!("api_tokens WHERE token_hash = '{secret}'"))
            .await,
        0,
        "only a hash is kept"
    );

    let a = api(&t, Some(&secret));
    let (status, _, me) = a.get("/me", &[]).await;
    assert_eq!(status, 200);
    assert_eq!(me["scopes"], serde_json::json!(["directory:read"]));
    assert_eq!(me["state"], "FR");
    assert!(text(&b.get("/account").await.body).contains("CERT tools"));
    assert!(t.audit_actions().await.iter().any(|a| a == "token.used"));

    // Revoked on the account page: refused at once, with its reason.
    let id: String = {
        let mut c = t.db.conn().await.unwrap();
        store::token::of_user(&mut c, &fr.id).await.unwrap()[0]
            .id
            .clone()
    };
    let r = b.post(&format!("/account/tokens/{id}/revoke"), &[]).await;
    assert_eq!(r.status, 303);
    let (status, headers, body) = a.get("/me", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body).as_str()),
        (401, "token-revoked")
    );
    let actions = t.audit_actions().await;
    assert!(
        actions.iter().any(|a| a == "token.created")
            && actions.iter().any(|a| a == "token.revoked")
    );
}

#[tokio::test]
async fn int1_the_api_reads_the_directory_within_the_tokens_scopes() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let reader = t.token(&fr, &["directory:read"]).await;
    let a = api(&t, Some(&reader));

    let (status, _, states) = a.get("/states", &[]).await;
    assert_eq!(status, 200);
    let codes: Vec<&str> = states["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"FR") && codes.contains(&"DE"), "{codes:?}");

    let (status, headers, entries) = a.get("/states/DE/entries", &[]).await;
    assert_eq!(status, 200);
    let first = &entries["items"][0];
    assert_eq!(first["fields"]["emails"][0], "cert@de.example.org");
    let id = first["id"].as_str().unwrap().to_string();
    // The program keeps what it read: the same answer is not sent again.
    let tag = headers["etag"].to_str().unwrap().to_string();
    let (status, _, _) = a
        .get("/states/DE/entries", &[("if-none-match", tag.as_str())])
        .await;
    assert_eq!(status, 304);
    let (status, _, one) = a.get(&format!("/entries/{id}"), &[]).await;
    assert_eq!((status, one["state"].as_str()), (200, Some("DE")));
    let (status, _, found) = a.get("/entries?q=CERT", &[]).await;
    assert_eq!(status, 200);
    assert_eq!(found["total"], 1);
    assert!(found["next_cursor"].is_null());

    // Refusals are problems with a stable code, in the client's language.
    let cases: [(&str, Option<&str>, u16, &str); 6] = [
        ("/me", None, 401, "token-missing"),
        (
            "/me",
            Some("pocdir_not-a-real-token-at-all"),
            401,
            "token-unknown",
        ),
        (
            "/entries?q=CERT&cursor=p2-forged",
            Some(&reader),
            400,
            "cursor-invalid",
        ),
        ("/entries?colour=red", Some(&reader), 400, "bad-request"),
        ("/no-such-thing", Some(&reader), 404, "not-found"),
        (
            "/entries/00000000-0000-7000-8000-000000000000",
            Some(&reader),
            404,
            "not-found",
        ),
    ];
    for (path, token, status, code) in cases {
        let (got, headers, body) = api(&t, token).get(path, &[("accept-language", "fr")]).await;
        assert_eq!(
            (got, problem(&headers, &body)),
            (status, code.to_string()),
            "{path}"
        );
        assert_eq!(headers["content-language"], "fr", "{path}");
    }
    let (_, _, body) = api(&t, None).get("/me", &[("accept-language", "fr")]).await;
    assert!(body["title"].as_str().unwrap().contains("jeton"), "{body}");

    // A token without the reading scope reads nothing, whatever its owner may.
    let writer = t.token(&fr, &["directory:write"]).await;
    let (status, headers, body) = api(&t, Some(&writer)).get("/states/DE/entries", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body).as_str()),
        (403, "forbidden")
    );

    // A token runs out with its days; a disabled owner's tokens stop at once.
    let member = t
        .user("member@fr.example.org", Role::Member, Some("FR"))
        .await;
    let members = t.token(&member, &["directory:read"]).await;
    assert_eq!(api(&t, Some(&members)).get("/me", &[]).await.0, 200);
    app::accounts::set_user_enabled(&t.app, &fr.actor, &member.id, false)
        .await
        .unwrap();
    let (status, headers, body) = api(&t, Some(&members)).get("/me", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body).as_str()),
        (401, "token-revoked")
    );
    t.app.clock().advance(91 * 86_400_000);
    let (status, headers, body) = a.get("/me", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body).as_str()),
        (401, "token-expired")
    );
}

#[tokio::test]
async fn int1_tokens_are_rate_limited() {
    const LIMIT: u32 = 40;
    let t = TestApp::spawn_with(|c| c.limits.api_per_token_per_minute = LIMIT).await;
    t.admit("FR").await;
    let fr = t
        .user("admin@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    let token = t.token(&fr, &["directory:read"]).await;
    let a = api(&t, Some(&token));
    let mut refused = None;
    for n in 1..=LIMIT + 1 {
        let (status, headers, body) = a.get("/me", &[]).await;
        if status != 200 {
            refused = Some((
                n,
                status,
                problem(&headers, &body),
                headers["retry-after"].clone(),
            ));
            break;
        }
    }
    let (n, status, code, _) = refused.expect("refused beyond the limit");
    assert_eq!((n, status, code.as_str()), (LIMIT + 1, 429, "rate-limited"));
    // The next minute, it is answered again.
    t.app.clock().advance(60_000);
    assert_eq!(a.get("/me", &[]).await.0, 200);
}

impl Api {
    async fn send(&self, method: &str, path: &str, body: &str, content_type: &str) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut r = reqwest::Client::new()
            .request(method, format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body.to_string());
        if let Some(t) = &self.token {
            r = r.bearer_auth(t);
        }
        let r = r.send().await.unwrap();
        let status = r.status().as_u16();
        (
            status,
            serde_json::from_str(&r.text().await.unwrap()).unwrap_or(Value::Null),
        )
    }
}

#[tokio::test]
async fn int1_dir5_a_state_submits_changes_through_the_api() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "en").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let token = t.token(&fr, &["directory:read", "directory:write"]).await;
    let a = api(&t, Some(&token));
    let nomination = serde_json::json!({
        "poc_type": "diplomatic",
        "entity": "Ministère de l’Europe et des Affaires étrangères",
        "emails": ["cyber@diplomatie.fr.example.org"],
        "phones": ["+33 1 43 17 53 53 24/7"],
        "languages": ["fr", "en"],
        "timezone": "Europe/Paris",
        "submission_language": "fr",
    })
    .to_string();
    let json = "application/json";

    // Bad bodies are refused, each with its own code, and change nothing.
    let pending = || async {
        app::directory::pending_changes(&t.app, &custodian.actor, None)
            .await
            .unwrap()
            .len()
    };
    let before = pending().await;
    for (body, content_type, status, code) in [
        ("{\"entity\": ", json, 400, "json-malformed"),
        (
            "{\"entity\": \"x\", \"colour\": \"red\"}",
            json,
            422,
            "json-unknown-field",
        ),
        ("{\"emails\": \"not a list\"}", json, 422, "json-wrong-type"),
        (nomination.as_str(), "text/plain", 415, "content-type"),
        ("{\"poc_type\": \"diplomatic\"}", json, 422, "invalid-input"),
    ] {
        let (got, problem) = a
            .send("POST", "/states/FR/entries", body, content_type)
            .await;
        assert_eq!(
            (got, problem["code"].as_str()),
            (status, Some(code)),
            "{body}"
        );
    }
    let (_, problem) = a
        .send(
            "POST",
            "/states/FR/entries",
            "{\"poc_type\": \"diplomatic\"}",
            json,
        )
        .await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"entity") && fields.contains(&"emails"),
        "{problem}"
    );
    assert_eq!(pending().await, before);

    // A nomination waits for the custodian, and the log names the token.
    let (status, answer) = a
        .send("POST", "/states/FR/entries", &nomination, json)
        .await;
    assert_eq!(status, 202, "{answer}");
    assert_eq!(answer["status"], "pending");
    assert_eq!(pending().await, before + 1);
    let mut c = t.db.conn().await.unwrap();
    let submitted = store::audit::recent(&mut c, 50, None)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.action == "change.submitted")
        .unwrap();
    assert!(submitted.actor.starts_with("token:"), "{}", submitted.actor);
    drop(c);

    // Its own entries it updates and withdraws; another State's it cannot.
    let own = &a.get("/states/FR/entries", &[]).await.2["items"][0]["id"];
    let theirs = &a.get("/states/DE/entries", &[]).await.2["items"][0]["id"];
    let update = serde_json::json!({
        "poc_type": "technical", "entity": "CERT-FR", "emails": ["cert@fr.example.org"],
        "languages": ["fr"], "timezone": "Europe/Paris", "submission_language": "fr",
    })
    .to_string();
    let (status, _) = a
        .send(
            "PUT",
            &format!("/entries/{}", own.as_str().unwrap()),
            &update,
            json,
        )
        .await;
    assert_eq!(status, 202);
    let (status, problem) = a
        .send(
            "PUT",
            &format!("/entries/{}", theirs.as_str().unwrap()),
            &update,
            json,
        )
        .await;
    assert_eq!((status, problem["code"].as_str()), (403, Some("forbidden")));
    let (status, confirmed) = a.send("POST", "/states/FR/confirm", "", json).await;
    assert_eq!((status, confirmed["confirmed"].as_u64()), (200, Some(1)));

    // Reading alone does not submit.
    let reader = api(&t, Some(&t.token(&fr, &["directory:read"]).await));
    let (status, _) = reader
        .send("POST", "/states/FR/entries", &nomination, json)
        .await;
    assert_eq!(status, 403);
    assert_eq!(pending().await, before + 2);
}

#[tokio::test]
async fn int1_ping2_a_state_acknowledges_its_checks_through_the_api() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "en").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    app::checks::launch(&t.app, &custodian.actor, &Default::default())
        .await
        .unwrap();
    let a = api(&t, Some(&t.token(&fr, &["checks"]).await));
    let (status, _, open) = a.get("/checks/pending", &[]).await;
    assert_eq!(status, 200);
    let items = open["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "France's own check only: {open}");
    assert_eq!(items[0]["address"], "cert@fr.example.org");
    let id = items[0]["id"].as_str().unwrap();
    let (status, done) = a
        .send("POST", &format!("/checks/{id}/ack"), "", "application/json")
        .await;
    assert_eq!(
        (status, done["status"].as_str()),
        (200, Some("acknowledged"))
    );
    let (status, again) = a
        .send("POST", &format!("/checks/{id}/ack"), "", "application/json")
        .await;
    assert_eq!((status, again["code"].as_str()), (410, Some("ack-used")));
    assert_eq!(
        a.get("/checks/pending", &[]).await.2["items"],
        serde_json::json!([])
    );
    let mut c = t.db.conn().await.unwrap();
    let acked = store::audit::recent(&mut c, 50, None)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.action == "check.acknowledged")
        .unwrap();
    assert!(acked.actor.starts_with("token:"), "{}", acked.actor);
}

#[tokio::test]
async fn int1_msg2_states_write_acknowledge_and_reply_through_the_api_but_never_tlp_red() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "en").await;
    let paris = api(&t, Some(&t.token(&fr, &["messages"]).await));
    let berlin = api(&t, Some(&t.token(&de, &["messages"]).await));
    let json = "application/json";
    let incident = |tlp: &str| {
        serde_json::json!({
            "to": "DE", "template": "incident", "version": "1", "urgency": "urgent", "tlp": tlp,
            "poc_types": ["technical"],
            "fields": { "nature": "Ransomware", "description": "Sent by a program", "deadline": "2026-12-01" },
        })
        .to_string()
    };

    // TLP:RED needs a person with a fresh code: never a token.
    let (status, refusal) = paris
        .send("POST", "/messages", &incident("red"), json)
        .await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (409, Some("red-needs-person")),
        "{refusal}"
    );
    assert_eq!(t.count("threads").await, 0);

    let (status, sent) = paris
        .send("POST", "/messages", &incident("amber"), json)
        .await;
    assert_eq!(status, 200, "{sent}");
    let id = sent["threads"][0].as_str().unwrap().to_string();
    t.email("cert@de.example.org", "[TLP:AMBER]").await;

    let (status, _, inbox) = berlin.get("/messages", &[]).await;
    assert_eq!(
        (status, inbox["items"][0]["id"].as_str()),
        (200, Some(id.as_str()))
    );
    let (status, _, thread) = berlin.get(&format!("/messages/{id}"), &[]).await;
    assert_eq!(status, 200);
    let fields = thread["messages"][0]["fields"].to_string();
    assert!(fields.contains("Sent by a program"), "{thread}");
    let (status, _) = berlin
        .send("POST", &format!("/messages/{id}/ack"), "", json)
        .await;
    assert_eq!(status, 200);
    let (status, refusal) = paris
        .send("POST", &format!("/messages/{id}/ack"), "", json)
        .await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (409, Some("message-ack-own"))
    );
    let (status, _) = berlin
        .send(
            "POST",
            &format!("/messages/{id}/replies"),
            "{\"text\": \"Received; isolating.\"}",
            json,
        )
        .await;
    assert_eq!(status, 200);
    let (_, _, thread) = paris.get(&format!("/messages/{id}"), &[]).await;
    assert!(
        thread.to_string().contains("Received; isolating."),
        "{thread}"
    );
    assert!(thread["acknowledged_at"].is_string());

    // A TLP:RED thread sent in the portal is not read through the API, even
    // by a named reader's token.
    let b = t.signed_in(&fr).await;
    let code = totp_code(&t.app, &fr.secret);
    let form = [
        ("to", "DE"),
        ("template", "incident"),
        ("version", "1"),
        ("urgency", "urgent"),
        ("tlp", "red"),
        ("poc_type", "technical"),
        ("f_nature", "Ransomware"),
        ("f_description", "Red"),
        ("f_deadline", "2026-12-01"),
        ("code", code.as_str()),
    ];
    let r = b.post("/messages", &form).await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let red = r
        .location
        .unwrap()
        .trim_start_matches("/messages/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let (status, headers, body) = paris.get(&format!("/messages/{red}"), &[]).await;
    assert_eq!(
        (status, problem(&headers, &body).as_str()),
        (403, "forbidden")
    );
}

#[tokio::test]
async fn int1_dir5_the_custodian_reviews_changes_through_the_api() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let france = api(
        &t,
        Some(&t.token(&fr, &["directory:read", "directory:write"]).await),
    );
    let keeper = api(
        &t,
        Some(&t.token(&custodian, &["directory:read", "custodian"]).await),
    );
    let json = "application/json";
    let nominate = |entity: &str| {
        serde_json::json!({
            "poc_type": "technical", "entity": entity, "emails": ["soc@fr.example.org"],
            "languages": ["fr"], "timezone": "Europe/Paris", "submission_language": "fr",
        })
        .to_string()
    };
    let first = france
        .send("POST", "/states/FR/entries", &nominate("CERT-FR"), json)
        .await
        .1;
    let second = france
        .send("POST", "/states/FR/entries", &nominate("Doublon"), json)
        .await
        .1;
    let (first, second) = (
        first["change"].as_str().unwrap(),
        second["change"].as_str().unwrap(),
    );

    let (status, headers, body) = france.get("/changes", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body).as_str()),
        (403, "forbidden")
    );
    let (status, _, pending) = keeper.get("/changes", &[]).await;
    assert_eq!(
        (status, pending["items"].as_array().unwrap().len()),
        (200, 2)
    );
    let (status, _, detail) = keeper.get(&format!("/changes/{first}"), &[]).await;
    assert_eq!(
        (status, detail["fields"]["entity"].as_str()),
        (200, Some("CERT-FR"))
    );

    let verification = "{\"channel\": \"note_verbale\", \"reference\": \"FR/NV/2026/12\"}";
    let (status, _) = keeper
        .send(
            "POST",
            &format!("/changes/{first}/verify"),
            verification,
            json,
        )
        .await;
    assert_eq!(status, 200);
    let (status, refusal) = keeper
        .send("POST", &format!("/changes/{second}/reject"), "{}", json)
        .await;
    assert_eq!(
        (status, refusal["errors"][0]["field"].as_str()),
        (422, Some("reason"))
    );
    let (status, _) = keeper
        .send(
            "POST",
            &format!("/changes/{second}/reject"),
            "{\"reason\": \"A duplicate of CERT-FR.\"}",
            json,
        )
        .await;
    assert_eq!(status, 200);
    let entries = france.get("/states/FR/entries", &[]).await.2;
    let names: Vec<&str> = entries["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["fields"]["entity"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["CERT-FR"]);

    // Another State reports a problem with the published entry.
    let germany = api(&t, Some(&t.token(&de, &["directory:write"]).await));
    let id = entries["items"][0]["id"].as_str().unwrap();
    let (status, _) = germany
        .send(
            "POST",
            &format!("/entries/{id}/problems"),
            "{\"kind\": \"bounced\", \"detail\": \"550\"}",
            json,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(t.count("problem_reports").await, 1);
}

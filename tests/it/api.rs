//! INT-1: personal API tokens made on the account page, and the versioned
//! API read with them: scoped by the one policy, RFC 9457 problems in the
//! client's language, ETags and cursors.

use crate::helpers::*;
use domain::Role;
use serde_json::Value;

pub struct Api {
    base: String,
    token: Option<String>,
}

impl Api {
    pub async fn get(
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

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        body: &str,
        content_type: &str,
    ) -> (u16, Value) {
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

impl Api {
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }
}

pub fn api(t: &TestApp, token: Option<&str>) -> Api {
    Api {
        base: format!("{}/api/v1", t.url),
        token: token.map(str::to_string),
    }
}

impl Api {
    /// Sends Germany an urgent TLP:AMBER incident report; returns its thread.
    pub async fn incident_to_germany(&self, description: &str) -> String {
        let incident = serde_json::json!({
            "to": "DE", "template": "incident", "version": "1", "urgency": "urgent", "tlp": "amber",
            "poc_types": ["technical"],
            "fields": { "nature": "Phishing", "description": description, "deadline": "2026-12-09" },
        });
        let (status, sent) = self
            .send(
                "POST",
                "/messages",
                &incident.to_string(),
                "application/json",
            )
            .await;
        assert_eq!(status, 200, "{sent}");
        sent["threads"][0].as_str().unwrap().to_string()
    }
}

pub fn problem(headers: &reqwest::header::HeaderMap, body: &Value) -> String {
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
        page.contains("Revoke the token “CERT tools”") && !page.contains(&secret),
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

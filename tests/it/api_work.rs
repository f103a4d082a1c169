//! INT-1: what States and the custodian do through the API with a token:
//! submissions, checks, communications and the review of changes, each
//! decided by the same policy and audited with the token named.

use crate::api::{api, problem};
use crate::helpers::*;

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
    let pending = || async { pending_changes(&t.app, &custodian.actor).await.len() };
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
    // A body beyond any form's size is refused before it is read.
    let huge = format!("{{\"notes\": \"{}\"}}", "x".repeat(8 * 1024 * 1024));
    let (status, refusal) = a.send("POST", "/states/FR/entries", &huge, json).await;
    assert_eq!((status, refusal["code"].as_str()), (413, Some("too-large")));
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
        first["id"].as_str().unwrap(),
        second["id"].as_str().unwrap(),
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

    // The entry's history says how it was verified; usage is counted for
    // the custodian alone.
    let (status, _, history) = germany.get(&format!("/entries/{id}/history"), &[]).await;
    assert_eq!(status, 403, "a token without directory:read: {history}");
    let (status, _, history) = france.get(&format!("/entries/{id}/history"), &[]).await;
    assert_eq!(status, 200);
    assert_eq!(history["items"][0]["verification_ref"], "FR/NV/2026/12");
    let (status, _, usage) = keeper.get("/usage", &[]).await;
    assert_eq!((status, usage["total"].as_u64()), (200, Some(0)));
    let (status, headers, body) = france.get("/usage", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body).as_str()),
        (403, "forbidden")
    );
}

#[tokio::test]
async fn int1_acc1_ping1_the_custodian_admits_states_and_launches_checks_through_the_api() {
    let (t, custodian, _fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let anonymous = t.browser();
    assert_eq!(
        anonymous
            .request_access("Counsellor", "mission@no.example.org")
            .await
            .status,
        200
    );
    let keeper = api(&t, Some(&t.token(&custodian, &["custodian"]).await));
    let json = "application/json";

    let (status, _, requests) = keeper.get("/access-requests", &[]).await;
    assert_eq!(status, 200);
    let id = requests["items"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(requests["items"][0]["state_code"], "NO");
    let (status, refusal) = keeper
        .send("POST", &format!("/access-requests/{id}/admit"), "{}", json)
        .await;
    assert_eq!(
        (status, refusal["errors"][0]["field"].as_str()),
        (422, Some("verification_ref"))
    );
    let (status, _) = keeper
        .send(
            "POST",
            &format!("/access-requests/{id}/admit"),
            "{\"verification_ref\": \"NO/UN/2026/5\"}",
            json,
        )
        .await;
    assert_eq!(status, 200);
    t.email("mission@no.example.org", "").await;

    let (status, launched) = keeper
        .send("POST", "/checks", "{\"state\": \"DE\"}", json)
        .await;
    assert_eq!(
        (status, launched["status"].as_str()),
        (200, Some("launched")),
        "{launched}"
    );
    assert_eq!(t.count("campaigns").await, 1);
    t.email("cert@de.example.org", "").await;
    let (status, refusal) = keeper
        .send("POST", "/checks", "{\"state\": \"Atlantis\"}", json)
        .await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (422, Some("invalid-input"))
    );
}

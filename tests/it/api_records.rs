//! INT-1: what the API gives beyond the day-to-day: the directory's exports,
//! a campaign's results, consent to share with a third State (MSG-4) and a
//! State's record of its exchanges (MSG-5), each as the portal gives it.

use crate::api::{api, problem};
use crate::helpers::*;
use crate::messages::three_states;

#[tokio::test]
async fn int1_dir9_ping5_exports_and_campaign_results_through_the_api() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "fr").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "de").await;
    let reader = api(&t, Some(&t.token(&de, &["directory:read", "checks"]).await));
    let keeper = api(&t, Some(&t.token(&custodian, &["custodian"]).await));

    // The export, in each format, of the entries the filters choose.
    let client = reqwest::Client::new();
    let get = |path: &str| {
        client
            .get(format!("{}/api/v1{path}", t.url))
            .bearer_auth(reader.token().unwrap())
            .send()
    };
    let r = get("/export/csv?state=FR").await.unwrap();
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = r.text().await.unwrap();
    assert!(
        csv.contains("cert@fr.example.org") && !csv.contains("cert@de.example.org"),
        "{csv}"
    );
    let r = get("/export/vcf").await.unwrap();
    let cards = r.text().await.unwrap();
    assert_eq!(cards.matches("BEGIN:VCARD").count(), 2);
    let json: serde_json::Value = get("/export/json?language=de")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (json["version"].as_u64(), json["count"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        json["entries"][0]["fields"]["emails"][0],
        "cert@de.example.org"
    );
    assert_eq!(json["filter"]["language"], "de");
    for (path, code) in [
        ("/export/xlsx", "invalid-input"),
        ("/export/print", "bad-request"),
    ] {
        let (status, headers, body) = reader.get(path, &[]).await;
        assert_eq!(
            (status >= 400, problem(&headers, &body)),
            (true, code.to_string()),
            "{path}"
        );
    }
    let exported = t.audit_actions().await;
    assert_eq!(
        exported
            .iter()
            .filter(|a| *a == "directory.exported")
            .count(),
        3
    );

    // A campaign, and its results: everyone's for the custodian, a State
    // its own.
    let (_, launched) = keeper
        .send("POST", "/checks", "{}", "application/json")
        .await;
    let campaign = launched["id"].as_str().unwrap().to_string();
    let (status, _, list) = reader.get("/campaigns", &[]).await;
    assert_eq!(
        (status, list["items"][0]["id"].as_str()),
        (200, Some(campaign.as_str()))
    );
    let (_, _, all) = keeper.get(&format!("/campaigns/{campaign}"), &[]).await;
    assert_eq!(all["overall"]["checks"], 2, "{all}");
    assert_eq!(all["checks"].as_array().unwrap().len(), 2);
    let (_, _, own) = reader.get(&format!("/campaigns/{campaign}"), &[]).await;
    let states: Vec<&str> = own["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["state_code"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["DE"], "{own}");
    let (status, headers, body) = reader.get("/campaigns/no-such-campaign", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body)),
        (404, "not-found".into())
    );
}

#[tokio::test]
async fn int1_msg4_msg5_consent_and_the_record_through_the_api() {
    let (t, custodian, admin_fr, admin_de, admin_it) = three_states().await;
    publish(&t, &custodian, &admin_it, "IT", "cert@it.example.org", "en").await;
    let paris = api(&t, Some(&t.token(&admin_fr, &["messages"]).await));
    let berlin = api(&t, Some(&t.token(&admin_de, &["messages"]).await));
    let json = "application/json";
    let thread = paris.incident_to_germany("Indicators attached").await;

    // Germany asks to share with Italy; not with a party, and not twice blind.
    let ask = |third: &str| {
        serde_json::json!({ "third_state": third, "scope": "The indicators" }).to_string()
    };
    let (status, refusal) = berlin
        .send(
            "POST",
            &format!("/messages/{thread}/consents"),
            &ask("FR"),
            json,
        )
        .await;
    assert_eq!(
        (status, refusal["code"].as_str()),
        (422, Some("invalid-input")),
        "{refusal}"
    );
    let (status, asked) = berlin
        .send(
            "POST",
            &format!("/messages/{thread}/consents"),
            &ask("IT"),
            json,
        )
        .await;
    assert_eq!(
        (status, asked["status"].as_str()),
        (200, Some("consent-asked")),
        "{asked}"
    );
    let (_, _, seen) = paris.get(&format!("/messages/{thread}"), &[]).await;
    let consent = seen["consents"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(seen["consents"][0]["decision"], serde_json::Value::Null);

    // Only France decides; Germany forwards once, after the grant.
    let decide = format!("/messages/{thread}/consents/{consent}/decision");
    let forward = format!("/messages/{thread}/consents/{consent}/forward");
    let (status, _) = berlin.send("POST", &forward, "", json).await;
    assert_eq!(status, 409, "not before the decision");
    let grant = "{\"decision\": \"grant\"}";
    assert_eq!(berlin.send("POST", &decide, grant, json).await.0, 409);
    assert_eq!(
        paris
            .send("POST", &decide, "{\"decision\": \"maybe\"}", json)
            .await
            .0,
        422
    );
    assert_eq!(paris.send("POST", &decide, grant, json).await.0, 200);
    let (status, forwarded) = berlin.send("POST", &forward, "", json).await;
    assert_eq!(
        (status, forwarded["status"].as_str()),
        (200, Some("forwarded"))
    );
    assert_eq!(
        berlin.send("POST", &forward, "", json).await.0,
        409,
        "a consent is used once"
    );
    let (_, _, seen) = berlin.get(&format!("/messages/{thread}"), &[]).await;
    assert_eq!(seen["consents"][0]["decision"], "granted");
    assert_eq!(seen["consents"][0]["forwarded_thread"], forwarded["id"]);

    // The record: every thread the State was party to, with its content,
    // and taking it is audited.
    let (status, _, record) = berlin.get("/record", &[]).await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = record["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|th| th["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&thread.as_str()) && ids.contains(&forwarded["id"].as_str().unwrap()));
    assert!(record.to_string().contains("Indicators attached"));
    let actions = t.audit_actions().await;
    for a in [
        "consent.requested",
        "consent.granted",
        "message.forwarded",
        "messages.record",
    ] {
        assert!(actions.contains(&a.to_string()), "{a}");
    }
}

#[tokio::test]
async fn int1_msg5_the_inbox_pages_with_cursors_and_the_record_holds_every_thread() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let paris = api(&t, Some(&t.token(&fr, &["messages"]).await));
    let mut sent = Vec::new();
    for i in 0..205 {
        sent.push(paris.incident_to_germany(&format!("Report {i}")).await);
    }

    // 100 a page, newest first, each thread once.
    let (mut seen, mut cursor) = (Vec::new(), String::new());
    loop {
        let (status, _, page) = paris.get(&format!("/messages?cursor={cursor}"), &[]).await;
        assert_eq!(status, 200, "{page}");
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 100);
        seen.extend(
            items
                .iter()
                .map(|th| th["id"].as_str().unwrap().to_string()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_string(),
            None => break,
        }
    }
    sent.reverse();
    assert_eq!(seen, sent);
    let (status, headers, body) = paris.get("/messages?cursor=yesterday", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body)),
        (422, "invalid-input".into())
    );

    // The record is the whole record, past the inbox's first 200.
    let (status, _, record) = paris.get("/record", &[]).await;
    assert_eq!(
        (status, record["items"].as_array().unwrap().len()),
        (200, 205)
    );
}

/// Follows a list's cursors to its end, `limit` at a time, and returns
/// each page's ids in order.
async fn walk(a: &crate::api::Api, path: &str, limit: usize) -> Vec<Vec<String>> {
    let (mut pages, mut cursor) = (Vec::new(), String::new());
    loop {
        let (status, _, page) = a
            .get(&format!("{path}?limit={limit}&cursor={cursor}"), &[])
            .await;
        assert_eq!(status, 200, "{path}: {page}");
        let ids: Vec<String> = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                let id = i.get("version").map_or(&i["id"], |v| &v["id"]);
                id.as_str().unwrap().to_string()
            })
            .collect();
        assert!(ids.len() <= limit);
        pages.push(ids);
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_string(),
            None => return pages,
        }
    }
}

/// Every list a client may outgrow pages with a cursor that resumes right
/// after the last item given, so that nothing is skipped or repeated; a
/// cursor that list never gave, or a page size out of range, is refused.
#[tokio::test]
async fn int1_dir5_acc1_ping1_lists_page_with_cursors_and_lose_nothing() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let paris = api(&t, Some(&t.token(&fr, &["directory:write"]).await));
    for i in 0..5 {
        let body = serde_json::json!({
            "poc_type": "technical", "entity": format!("CERT-FR {i}"),
            "emails": [format!("cert{i}@fr.example.org")], "phones": ["+33 1 71 75 84 68"],
            "languages": ["fr"], "timezone": "Europe/Paris", "submission_language": "fr",
        });
        let (status, body) = paris
            .send(
                "POST",
                "/states/FR/entries",
                &body.to_string(),
                "application/json",
            )
            .await;
        assert_eq!(status, 202, "{body}");
    }
    let keeper = api(&t, Some(&t.token(&custodian, &["custodian"]).await));
    for _ in 0..3 {
        let (status, _) = keeper
            .send("POST", "/checks", "{\"state\": \"DE\"}", "application/json")
            .await;
        assert!(status < 300, "{status}");
    }
    for i in 0..3 {
        let r = t
            .browser()
            .request_access("Counsellor", &format!("mission{i}@no.example.org"))
            .await;
        assert_eq!(r.status, 200);
    }

    // Changes oldest first, campaigns and requests newest first; 2 a page.
    let pending: Vec<String> = pending_changes(&t.app, &custodian.actor)
        .await
        .into_iter()
        .map(|c| c.version.id)
        .collect();
    let changes = walk(&keeper, "/changes", 2).await;
    assert_eq!(changes.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 1]);
    assert_eq!(changes.concat(), pending);
    for (path, total) in [("/campaigns", 3), ("/access-requests", 3)] {
        let pages = walk(&keeper, path, 2).await;
        let mut ids = pages.concat();
        assert_eq!((pages.len(), ids.len()), (2, total), "{path}");
        ids.dedup();
        assert_eq!(ids.len(), total, "{path}: {pages:?}");
    }

    // A change decided between two pages moves nothing else.
    let (_, _, first) = keeper.get("/changes?limit=2", &[]).await;
    let next = first["next_cursor"].as_str().unwrap().to_string();
    let verified = &changes[0][0];
    let (status, body) = keeper
        .send(
            "POST",
            &format!("/changes/{verified}/reject"),
            "{\"reason\": \"Not the national CERT\"}",
            "application/json",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, _, second) = keeper
        .get(&format!("/changes?limit=2&cursor={next}"), &[])
        .await;
    let ids: Vec<&str> = second["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["version"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [changes[1][0].as_str(), changes[1][1].as_str()]);

    for path in [
        "/changes?cursor=42",
        "/campaigns?cursor=.x",
        "/access-requests?limit=0",
        "/changes?limit=501",
    ] {
        let (status, headers, body) = keeper.get(path, &[]).await;
        assert_eq!(
            (status, problem(&headers, &body)),
            (422, "invalid-input".into()),
            "{path}"
        );
    }

    // The portal's list of changes pages the same way.
    let b = t.signed_in(&custodian).await;
    let all = b.get("/custodian/changes").await;
    assert!(all.status == 200 && !all.body.contains("rel=\"next\""));
    let forged = b.get("/custodian/changes?cursor=yesterday").await;
    assert_eq!(forged.status, 422);
}

/// MSG-1 through the API: a party attaches a file as it is, the thread
/// lists it, the other party downloads the same bytes; a third State cannot.
/// A wrong content type, a name that belies the bytes, or a file over the
/// limit are each refused with their own problem, and attach nothing.
#[tokio::test]
async fn int1_msg1_attachments_go_through_the_api_for_the_parties_only() {
    let (t, _custodian, fr, de, it) = three_states().await;
    let paris = api(&t, Some(&t.token(&fr, &["messages"]).await));
    let berlin = api(&t, Some(&t.token(&de, &["messages"]).await));
    let rome = api(&t, Some(&t.token(&it, &["messages"]).await));
    let thread = paris.incident_to_germany("Indicators follow").await;
    let csv = "indicator,type\n198.51.100.7,ipv4\n";
    let (status, attached) = paris
        .send(
            "POST",
            &format!("/messages/{thread}/attachments?name=indicators.csv"),
            csv,
            "application/octet-stream",
        )
        .await;
    assert_eq!(
        (status, attached["status"].as_str()),
        (200, Some("attached"))
    );
    let id = attached["id"].as_str().unwrap();

    let (_, _, seen) = berlin.get(&format!("/messages/{thread}"), &[]).await;
    let listed = &seen["attachments"][0];
    assert_eq!(
        (
            listed["id"].as_str(),
            listed["name"].as_str(),
            listed["kind"].as_str()
        ),
        (Some(id), Some("indicators.csv"), Some("text"))
    );
    assert_eq!(
        (listed["size"].as_i64(), listed["from"].as_str()),
        (Some(csv.len() as i64), Some("FR"))
    );
    let path = format!("{}/api/v1/messages/{thread}/attachments/{id}", t.url);
    let r = reqwest::Client::new()
        .get(&path)
        .bearer_auth(berlin.token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    assert_eq!(r.headers()["content-type"], "text/plain; charset=utf-8");
    assert_eq!(r.text().await.unwrap(), csv);
    let (status, headers, body) = rome
        .get(&format!("/messages/{thread}/attachments/{id}"), &[])
        .await;
    assert_eq!(
        (status, problem(&headers, &body)),
        (404, "not-found".into())
    );

    let before = t.count("attachments").await;
    let too_big =
        "x".repeat(app::Config::load(None).unwrap().messages.max_attachment_kb as usize * 1024 + 1);
    for (name, body, content_type, status, code) in [
        ("note.txt", "text", "application/json", 415, "content-type"),
        (
            "report.pdf",
            "not a PDF at all",
            "application/octet-stream",
            422,
            "invalid-input",
        ),
        ("", "text", "application/octet-stream", 422, "invalid-input"),
        (
            "big.txt",
            too_big.as_str(),
            "application/octet-stream",
            422,
            "invalid-input",
        ),
    ] {
        let (got, answer) = paris
            .send(
                "POST",
                &format!("/messages/{thread}/attachments?name={name}"),
                body,
                content_type,
            )
            .await;
        assert_eq!(
            (got, answer["code"].as_str()),
            (status, Some(code)),
            "{name}: {answer}"
        );
    }
    let (status, answer) = rome
        .send(
            "POST",
            &format!("/messages/{thread}/attachments?name=note.txt"),
            "text",
            "application/octet-stream",
        )
        .await;
    assert_eq!((status, answer["code"].as_str()), (404, Some("not-found")));
    assert_eq!(t.count("attachments").await, before);
}

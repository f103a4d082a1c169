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

//! INT-3: a regional directory keeps a copy of what States share with it.
//! A sync client runs against the live server: a snapshot, then the changes
//! feed, applied to its own copy, which must always equal a fresh snapshot.

use crate::api::{api, problem};
use crate::helpers::*;
use app::directory::{ChangeKind, ChangeMeta};
use domain::StateCode;
use serde_json::Value;
use std::collections::BTreeMap;

/// What a regional directory runs: its copy, and the cursor it is at.
struct SyncClient {
    base: String,
    secret: String,
    copy: BTreeMap<String, Value>,
    cursor: String,
}

impl SyncClient {
    async fn get(&self, path: &str) -> (u16, Value) {
        let r = reqwest::Client::new()
            .get(format!("{}/api/v1/sync{path}", self.base))
            .bearer_auth(&self.secret)
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
    }

    /// Every entry it may hold, page by page, and the cursor to follow.
    async fn snapshot(&self) -> (BTreeMap<String, Value>, String) {
        let (mut all, mut page, mut cursor) = (BTreeMap::new(), String::new(), None);
        loop {
            let (status, body) = self.get(&format!("/entries?page={page}")).await;
            assert_eq!(status, 200, "{body}");
            cursor.get_or_insert(body["cursor"].as_str().unwrap().to_string());
            for e in body["items"].as_array().unwrap() {
                all.insert(e["id"].as_str().unwrap().to_string(), e.clone());
            }
            match body["next_page"].as_str() {
                Some(next) => page = next.to_string(),
                None => return (all, cursor.unwrap()),
            }
        }
    }

    async fn resync(&mut self) {
        (self.copy, self.cursor) = self.snapshot().await;
    }

    /// Applies the changes since its cursor; returns them.
    async fn follow(&mut self) -> Value {
        let (status, changes) = self.get(&format!("/changes?cursor={}", self.cursor)).await;
        assert_eq!(status, 200, "{changes}");
        for e in changes["updated"].as_array().unwrap() {
            self.copy
                .insert(e["id"].as_str().unwrap().to_string(), e.clone());
        }
        for d in changes["deleted"].as_array().unwrap() {
            self.copy.remove(d["id"].as_str().unwrap());
        }
        self.cursor = changes["cursor"].as_str().unwrap().to_string();
        changes
    }

    /// The copy holds exactly what a fresh snapshot holds.
    async fn assert_current(&self) {
        let (fresh, _) = self.snapshot().await;
        assert_eq!(self.copy, fresh);
    }

    fn states(&self) -> Vec<String> {
        let mut s: Vec<String> = self
            .copy
            .values()
            .map(|e| e["state"].as_str().unwrap().to_string())
            .collect();
        s.dedup();
        s
    }
}

fn ids(list: &Value, reason: Option<&str>) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .filter(|d| reason.is_none_or(|r| d["reason"] == r))
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn int3_a_regional_directory_follows_only_what_states_share_with_it() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "fr").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "de").await;

    // The custodian registers the OSCE; its credential is shown once.
    let keeper = t.signed_in(&custodian).await;
    let r = keeper
        .post("/custodian/regional", &[("name", "OSCE")])
        .await;
    assert_eq!(r.status, 200);
    let secret = regex_lite::Regex::new(r"pocdir_rc_[A-Za-z0-9_-]+")
        .unwrap()
        .find(&r.body)
        .unwrap()
        .as_str()
        .to_string();
    assert!(
        !keeper
            .get("/custodian/regional")
            .await
            .body
            .contains(&secret)
    );
    let r = keeper
        .post("/custodian/regional", &[("name", "osce")])
        .await;
    assert_eq!(r.status, 422, "one directory of a name");
    let client = app::sharing::clients(&t.app, &custodian.actor)
        .await
        .unwrap()[0]
        .id
        .clone();
    let mut osce = SyncClient {
        base: t.url.clone(),
        secret,
        copy: BTreeMap::new(),
        cursor: String::new(),
    };

    // Nothing is shared until a State decides.
    osce.resync().await;
    assert!(osce.copy.is_empty());

    // France shares, in its desk; Germany does not.
    let paris = t.signed_in(&fr).await;
    let desk = text(&paris.get("/states/FR/desk").await.body);
    assert!(
        desk.contains("OSCE") && desk.contains("Not shared"),
        "{desk}"
    );
    let share = |decision: &'static str| [("client", client.as_str()), ("decision", decision)];
    let r = paris.post("/states/FR/sharing", &share("grant")).await;
    assert_eq!(r.status, 303);
    assert!(text(&paris.get("/states/FR/desk").await.body).contains("Shared"));
    let berlin = t.signed_in(&de).await;
    let r = berlin.post("/states/FR/sharing", &share("revoke")).await;
    assert_eq!(r.status, 403, "only France decides for France");

    let changes = osce.follow().await;
    assert_eq!(ids(&changes["updated"], None).len(), 1);
    assert_eq!(osce.states(), ["FR"]);
    osce.assert_current().await;

    // France nominates, changes and withdraws entries; Germany too.
    let fr_state = StateCode::parse("FR").unwrap();
    let first = osce.copy.keys().next().unwrap().clone();
    publish_as(
        &t,
        &custodian,
        &fr,
        "FR",
        "diplomatic",
        "diplo@fr.example.org",
        "fr",
    )
    .await;
    let input = domain::poc::PocInput {
        poc_type: "technical".into(),
        entity: "Agence nationale de la sécurité des systèmes d’information".into(),
        emails: "cert@ssi.gouv.fr.example.org".into(),
        phones: "+33 1 71 75 84 68 24/7".into(),
        languages: "fr, en".into(),
        timezone: "Europe/Paris".into(),
        submission_language: "fr".into(),
        ..Default::default()
    };
    verified_change(
        &t,
        &custodian,
        &fr,
        "FR",
        ChangeKind::Update(first.clone()),
        &input,
    )
    .await;
    publish(&t, &custodian, &de, "DE", "bsi@de.example.org", "de").await;
    let changes = osce.follow().await;
    assert_eq!(ids(&changes["updated"], None).len(), 2, "{changes}");
    assert_eq!(
        osce.copy[&first]["fields"]["emails"][0],
        "cert@ssi.gouv.fr.example.org"
    );
    assert_eq!(osce.states(), ["FR"]);
    osce.assert_current().await;

    let v = app::directory::submit(
        &t.app,
        &fr.actor,
        fr_state,
        ChangeKind::Withdraw(first.clone()),
        None,
        &ChangeMeta::default(),
    )
    .await
    .unwrap();
    app::directory::verify(&t.app, &custodian.actor, &v, "note_verbale", "FR/2026/9")
        .await
        .unwrap();
    let changes = osce.follow().await;
    assert_eq!(
        ids(&changes["deleted"], Some("withdrawn")),
        vec![first.clone()]
    );
    assert!(!osce.copy.contains_key(&first));
    osce.assert_current().await;

    // Nothing new: an empty answer, and the same ETag when asked again.
    let changes = osce.follow().await;
    assert!(
        changes["updated"].as_array().unwrap().is_empty()
            && changes["deleted"].as_array().unwrap().is_empty()
    );

    // The Global IRT shape, with pocdir's fields under its prefix.
    let (status, teams) = osce.get("/teams?limit=10").await;
    assert_eq!((status, teams["total"].as_u64()), (200, Some(1)), "{teams}");
    let team = &teams["data"][0];
    assert_eq!(team["country-code"], "FR");
    assert_eq!(team["email"], "diplo@fr.example.org");
    assert_eq!(team["-pocdir-poc-type"], "diplomatic");
    assert_eq!(team["source-name"], "pocdir");

    // France stops: the copy is told to delete every French entry.
    let r = paris.post("/states/FR/sharing", &share("revoke")).await;
    assert_eq!(r.status, 303);
    let changes = osce.follow().await;
    assert!(
        !ids(&changes["deleted"], Some("consent-revoked")).is_empty(),
        "{changes}"
    );
    assert!(osce.copy.is_empty(), "{:?}", osce.copy.keys());
    osce.assert_current().await;

    // Bad and old cursors.
    let (status, body) = osce.get("/changes?cursor=yesterday").await;
    assert_eq!(
        (status, body["code"].as_str()),
        (422, Some("invalid-input"))
    );
    let old = osce.cursor.clone();
    t.app.clock().advance(31 * 24 * 3_600_000);
    let (status, body) = osce.get(&format!("/changes?cursor={old}")).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (410, Some("resync")),
        "{body}"
    );
    osce.resync().await;
    osce.follow().await;

    // A personal token reads none of this; a revoked directory nothing.
    let token = t.token(&fr, &["directory:read"]).await;
    let (status, headers, body) = api(&t, Some(&token)).get("/sync/entries", &[]).await;
    assert_eq!(
        (status, problem(&headers, &body)),
        (403, "forbidden".into())
    );
    let keeper = t.signed_in(&custodian).await;
    let r = keeper
        .post(&format!("/custodian/regional/{client}/revoke"), &[])
        .await;
    assert_eq!(r.status, 303);
    assert!(text(&keeper.get("/custodian/regional").await.body).contains("Revoked"));
    let (status, body) = osce.get("/entries").await;
    assert_eq!(
        (status, body["code"].as_str()),
        (401, Some("token-revoked"))
    );

    let actions = t.audit_actions().await;
    for a in [
        "regional.registered",
        "sharing.granted",
        "sharing.revoked",
        "regional.used",
        "regional.revoked",
    ] {
        assert!(actions.contains(&a.to_string()), "{a}");
    }
}

#[tokio::test]
async fn int3_a_regional_directory_registered_from_the_command_line() {
    let (t, custodian, fr, _) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "fr").await;
    // Awaited, so that the server in this same process goes on working.
    let run = async |who: &str| {
        tokio::process::Command::new(env!("CARGO_BIN_EXE_pocdir"))
            .args(["regional", "--name", "ARF", "--as", who])
            .env("POCDIR_DATABASE_URL", &t.db_url)
            .env("POCDIR_MESSAGES__KEY", &t.app.config().messages.key)
            .output()
            .await
            .unwrap()
    };
    let refused = run("admin@fr.example.org").await;
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not an active custodian"));
    let out = run("custodian@un.example.org").await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let secret = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(secret.starts_with("pocdir_rc_"), "{secret}");
    let client = app::sharing::clients(&t.app, &custodian.actor)
        .await
        .unwrap()[0]
        .id
        .clone();
    let france = StateCode::parse("FR").unwrap();
    app::sharing::decide_sharing(&t.app, &fr.actor, france, &client, "grant")
        .await
        .unwrap();
    let arf = SyncClient {
        base: t.url.clone(),
        secret,
        copy: BTreeMap::new(),
        cursor: String::new(),
    };
    let (entries, _) = arf.snapshot().await;
    assert_eq!(entries.len(), 1);
    assert!(
        t.audit_actions()
            .await
            .contains(&"regional.registered".to_string())
    );
}

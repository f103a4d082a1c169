//! MSG-1, MSG-2, MSG-3, MSG-5: a State writes to another from a template
//! with urgency and TLP; the other acknowledges and replies; a third State
//! and the custodian see nothing; the content is in no email, audit entry
//! or database column in clear.

use crate::helpers::*;
use domain::Role;

const MARKER: &str = "MARKER-AMBER-7f3a9c";
const REPLY_MARKER: &str = "MARKER-REPLY-2b81d0";

/// An urgent TLP:AMBER incident notification to Germany's technical POCs.
pub fn compose<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("to", "DE"),
        ("template", "incident"),
        ("version", "1"),
        ("urgency", "urgent"),
        ("tlp", "amber"),
        ("poc_type", "technical"),
        ("f_nature", "Ransomware"),
        ("f_description", MARKER),
        ("f_deadline", "2026-12-01"),
    ];
    for (k, v) in extra {
        form.retain(|(n, _)| n != k);
        form.push((k, v));
    }
    form
}

/// France, Germany with a technical entry, and Italy, each with an administrator.
pub async fn three_states() -> (TestApp, TestUser, TestUser, TestUser, TestUser) {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    t.admit("IT").await;
    let admin_it = t
        .user("admin@it.example.org", Role::NationalAdmin, Some("IT"))
        .await;
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "en").await;
    (t, custodian, admin_fr, admin_de, admin_it)
}

/// Germany with a technical POC at `technical` and a diplomatic one at
/// diplo@de.example.org: what escalation needs.
pub async fn technical_and_diplomatic(
    t: &TestApp,
    custodian: &TestUser,
    admin_de: &TestUser,
    technical: &str,
) {
    publish(t, custodian, admin_de, "DE", technical, "en").await;
    publish_as(
        t,
        custodian,
        admin_de,
        "DE",
        "diplomatic",
        "diplo@de.example.org",
        "en",
    )
    .await;
}

/// No stored message, email, audit entry or thread column holds `needle`.
async fn nowhere_in_clear(t: &TestApp, needle: &str) {
    let mut c = t.db.conn().await.unwrap();
    for (table, columns) in [
        ("thread_messages", "sealed"),
        ("outbox", "subject || body"),
        ("audit_log", "detail"),
        ("threads", "template_key || tlp || urgency"),
    ] {
        let n: store::Count = c
            .one(
                store::Sql::assembled(format!(
                    "SELECT COUNT(*) AS n FROM {table} WHERE {columns} LIKE $1"
                )),
                store::args![format!("%{needle}%")],
            )
            .await
            .unwrap();
        assert_eq!(n.n, 0, "{needle} in {table}");
    }
}

#[tokio::test]
async fn msg1_msg2_msg3_msg5_send_acknowledge_reply_and_nothing_leaks() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    t.admit("IT").await;
    let admin_it = t
        .user("admin@it.example.org", Role::NationalAdmin, Some("IT"))
        .await;
    publish(
        &t,
        &custodian,
        &admin_de,
        "DE",
        "cert@de.example.org",
        "de, en",
    )
    .await;
    t.settle().await;

    // MSG-1: the template shows what is expected, and the recipients' local time.
    let fr = t.signed_in(&admin_fr).await;
    let page = text(&fr.get("/messages/new?to=DE&template=incident").await.body);
    assert!(
        page.contains("Notification of an ICT incident")
            && page.contains("Technical data: indicators")
            && page.contains("(expected)")
            && page.contains("Central European Time (Paris)")
            && page.contains("24/7"),
        "{page}"
    );

    // Bad input changes nothing, and says what is wrong.
    let before = t.count("threads").await;
    for (extra, message) in [
        (vec![("f_password", "x")], "not part of the template"),
        (vec![("tlp", "purple")], "Choose one of the TLP markings"),
        (
            vec![("urgency", "yesterday")],
            "Choose one of the urgency levels",
        ),
        (vec![("version", "0")], "The template was revised"),
        (vec![("to", "FR")], "another State than your own"),
        (vec![("f_deadline", "soon")], "year-month-day"),
        (
            vec![("poc_type", "none-such")],
            "at least one point of contact",
        ),
    ] {
        let r = fr.post("/messages", &compose(&extra)).await;
        assert_eq!(r.status, 422, "{extra:?}");
        assert!(
            text(&r.body).contains(message),
            "{extra:?}: {}",
            text(&r.body)
        );
    }
    assert_eq!(t.count("threads").await, before);

    // MSG-2: sent with urgency and TLP; the email says so, and no more.
    let r = fr.post("/messages", &compose(&[])).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let thread = r.location.unwrap().split('?').next().unwrap().to_string();
    let mail = t.email("cert@de.example.org", "[TLP:AMBER]").await;
    assert!(
        mail.subject.contains("Urgent") || mail.subject.contains("Dringend"),
        "{}",
        mail.subject
    );
    assert!(!mail.body.contains(MARKER) && mail.body.contains(&thread));

    // MSG-3: the receiving State reads and acknowledges; times are shown to both.
    t.app.clock().advance(5 * 60_000);
    let de = t.signed_in(&admin_de).await;
    let page = text(&de.get(&thread).await.body);
    assert!(
        page.contains(MARKER) && page.contains("TLP:AMBER"),
        "{page}"
    );
    assert_eq!(de.post(&format!("{thread}/ack"), &[]).await.status, 303);
    assert_eq!(
        de.post(&format!("{thread}/ack"), &[]).await.status,
        409,
        "acknowledged once"
    );
    assert_eq!(
        fr.post(&format!("{thread}/ack"), &[]).await.status,
        409,
        "the sender does not acknowledge its own communication"
    );
    assert_eq!(
        de.post(&format!("{thread}/reply"), &[("text", REPLY_MARKER)])
            .await
            .status,
        303
    );
    let reply = t
        .email("admin@fr.example.org", "A reply from Germany")
        .await;
    assert!(!reply.body.contains(REPLY_MARKER));
    let page = text(&fr.get(&thread).await.body);
    assert!(
        page.contains(REPLY_MARKER) && page.contains("5 minutes"),
        "{page}"
    );
    assert!(text(&fr.get("/messages").await.body).contains("Answered"));

    // A third State and the custodian see nothing of it.
    let it = t.signed_in(&admin_it).await;
    assert_eq!(it.get(&thread).await.status, 404);
    assert_eq!(
        it.post(&format!("{thread}/reply"), &[("text", "hello")])
            .await
            .status,
        404
    );
    assert!(!it.get("/messages").await.body.contains(&thread));
    let cu = t.signed_in(&custodian).await;
    assert_eq!(cu.get(&thread).await.status, 403);
    assert_eq!(cu.get("/messages").await.status, 403);
    for path in [
        "/custodian/audit",
        "/custodian",
        "/outbox",
        "/export?format=json",
    ] {
        assert!(!cu.get(path).await.body.contains("MARKER-"), "{path}");
    }

    // MSG-5: each party keeps the full record; the custodian sees counts.
    for b in [&fr, &de] {
        let page = text(&b.get("/messages/record").await.body);
        assert!(
            page.contains(MARKER) && page.contains(REPLY_MARKER),
            "{page}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&b.get("/messages/record.json").await.body).unwrap();
        assert_eq!(json[0]["minutes_to_acknowledge"], 5);
        assert_eq!(json[0]["tlp"], "TLP:AMBER");
        assert!(json.to_string().contains(MARKER));
    }
    assert!(
        !it.get("/messages/record.json")
            .await
            .body
            .contains("MARKER-")
    );
    assert_eq!(cu.get("/messages/record").await.status, 403);
    assert_eq!(cu.get("/messages/record.json").await.status, 403);
    let usage = cu.get("/custodian/usage").await;
    assert_eq!(usage.status, 200);
    let page = text(&usage.body);
    assert!(
        page.contains("1 communication between States")
            && page.contains("Notification of an ICT incident")
            && page.contains("Western European and other States")
            && !page.contains("MARKER-"),
        "{page}"
    );
    assert_eq!(fr.get("/custodian/usage").await.status, 403);

    // MSG-5: no email, audit entry or stored column holds the content in clear.
    nowhere_in_clear(&t, "MARKER-").await;
    assert!(
        t.smtp
            .messages()
            .iter()
            .all(|m| !m.body.contains("MARKER-"))
    );
    let actions = t.audit_actions().await;
    assert!(
        actions.contains(&"message.sent".into())
            && actions.contains(&"message.acknowledged".into())
    );
}

#[tokio::test]
async fn msg3_an_unacknowledged_communication_escalates_by_the_clock() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    technical_and_diplomatic(&t, &custodian, &admin_de, "cert@de.example.org").await;
    t.settle().await;
    let fr = t.signed_in(&admin_fr).await;
    let r = fr.post("/messages", &compose(&[])).await;
    assert_eq!(r.status, 303);
    let thread = r.location.unwrap().split('?').next().unwrap().to_string();

    // Urgent: one hour to acknowledge, then the other types of contact…
    t.app.clock().advance(59 * 60_000);
    assert_eq!(t.op.jobs_round().await.messages_escalated, 0);
    t.app.clock().advance(2 * 60_000);
    assert_eq!(t.op.jobs_round().await.messages_escalated, 1);
    let m = t.email("diplo@de.example.org", "[TLP:AMBER]").await;
    assert!(!m.body.contains(MARKER) && m.body.contains(&thread));
    // …then, an hour later, the national administrators.
    t.app.clock().advance(61 * 60_000);
    assert_eq!(t.op.jobs_round().await.messages_escalated, 1);
    let m = t.email("admin@de.example.org", "[TLP:AMBER]").await;
    assert!(!m.body.contains(MARKER));
    assert_eq!(t.op.jobs_round().await.messages_escalated, 0);

    // The sender sees each step.
    let fr = t.signed_in(&admin_fr).await;
    let page = text(&fr.get(&thread).await.body);
    assert!(
        page.contains("Escalated to the other points of contact")
            && page.contains("Escalated to the national administrators"),
        "{page}"
    );
}

#[tokio::test]
async fn msg2_tlp_red_needs_a_fresh_code_and_reaches_only_the_named_recipients() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(&t, &custodian, &admin_de, "DE", "soc@de.example.org", "en").await;
    let named = t.user("soc@de.example.org", Role::Member, Some("DE")).await;
    t.settle().await;
    let fr = t.signed_in(&admin_fr).await;
    let before = t.count("threads").await;
    let r = fr.post("/messages", &compose(&[("tlp", "red")])).await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("needs a fresh code"));
    let r = fr
        .post("/messages", &compose(&[("tlp", "red"), ("code", "000000")]))
        .await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("not correct"));
    assert_eq!(t.count("threads").await, before);
    let code = totp_code(&t.app, &admin_fr.secret);
    let r = fr
        .post("/messages", &compose(&[("tlp", "red"), ("code", &code)]))
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let thread = r.location.unwrap().split('?').next().unwrap().to_string();
    t.email("soc@de.example.org", "[TLP:RED]").await;

    // Within the receiving State, only the named recipient reads it.
    let de = t.signed_in(&admin_de).await;
    assert_eq!(de.get(&thread).await.status, 403);
    assert_eq!(de.post(&format!("{thread}/ack"), &[]).await.status, 403);
    let soc = t.signed_in(&named).await;
    let page = text(&soc.get(&thread).await.body);
    assert!(page.contains(MARKER) && page.contains("TLP:RED"), "{page}");
    assert_eq!(soc.post(&format!("{thread}/ack"), &[]).await.status, 303);
}

#[tokio::test]
async fn msg1_the_custodian_revises_a_template_and_threads_keep_their_version() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "en").await;
    let fr = t.signed_in(&admin_fr).await;
    let r = fr.post("/messages", &compose(&[])).await;
    assert_eq!(r.status, 303);
    let first = r.location.unwrap().split('?').next().unwrap().to_string();

    let cu = t.signed_in(&custodian).await;
    assert!(text(&cu.get("/custodian/templates").await.body).contains("incident version 1"));
    let (_, incident) = app::messages::templates(&t.app)
        .await
        .unwrap()
        .into_iter()
        .find(|(r, _)| r.key == "incident")
        .unwrap();
    let mut json = serde_json::to_value(&incident).unwrap();
    let labels = serde_json::json!({"ar": "القطاع", "zh": "部门", "en": "Affected sector", "fr": "Secteur touché", "ru": "Затронутый сектор", "es": "Sector afectado"});
    json["fields"].as_array_mut().unwrap().push(
        serde_json::json!({"name": "sector", "kind": "text", "expected": true, "label": labels}),
    );
    let revised = json.to_string();

    // Bad definitions are refused with the reason, and nothing is saved.
    let before = t.count("message_templates").await;
    for (definition, reason) in [
        ("{ not json".to_string(), "not a valid template"),
        (
            revised.replace(r#","es":"Sector afectado""#, ""),
            "all six languages",
        ),
        (
            revised.replace(r#""sector""#, r#""Sector!""#),
            "lowercase letters",
        ),
    ] {
        let r = cu
            .post("/custodian/templates", &[("definition", &definition)])
            .await;
        assert_eq!(r.status, 422);
        assert!(
            text(&r.body).contains(reason),
            "{reason}: {}",
            text(&r.body)
        );
    }
    assert_eq!(
        fr.post("/custodian/templates", &[("definition", &revised)])
            .await
            .status,
        403
    );
    assert_eq!(t.count("message_templates").await, before);

    let r = cu
        .post("/custodian/templates", &[("definition", &revised)])
        .await;
    assert_eq!(r.status, 303);
    assert!(text(&cu.get("/custodian/templates").await.body).contains("incident version 2"));

    // New communications use version 2; the first thread keeps version 1.
    let r = fr
        .post("/messages", &compose(&[("f_sector", "Energy")]))
        .await;
    assert_eq!(r.status, 422, "version 1 is no longer current");
    let r = fr
        .post(
            "/messages",
            &compose(&[("version", "2"), ("f_sector", "Energy")]),
        )
        .await;
    assert_eq!(r.status, 303);
    let second = r.location.unwrap().split('?').next().unwrap().to_string();
    assert!(text(&fr.get(&second).await.body).contains("Affected sector"));
    let old = text(&fr.get(&first).await.body);
    assert!(old.contains(MARKER) && !old.contains("Affected sector"));
}

#[tokio::test]
async fn msg6_an_alert_to_several_states_is_acknowledged_by_each() {
    let (t, custodian, admin_fr, admin_de, admin_it) = three_states().await;
    publish(&t, &custodian, &admin_it, "IT", "cert@it.example.org", "en").await;
    t.settle().await;
    let fr = t.signed_in(&admin_fr).await;
    let page = text(
        &fr.get("/messages/new?to=DE&to=IT&template=general")
            .await
            .body,
    );
    assert!(page.contains("To 2 States: Germany, Italy"), "{page}");

    let alert = |to: &'static str, extra: Vec<(&'static str, &'static str)>| {
        let mut form = vec![
            ("to", to),
            ("template", "general"),
            ("version", "1"),
            ("urgency", "high"),
            ("tlp", "green"),
            ("poc_type", "technical"),
            ("f_subject", "Campaign against diplomatic networks"),
            ("f_description", MARKER),
        ];
        form.extend(extra);
        form
    };
    let before = t.count("threads").await;
    let r = fr
        .post("/messages", &alert("DE,IT", vec![("poc_id", "x")]))
        .await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("types of contact"));
    assert_eq!(t.count("threads").await, before);

    let r = fr.post("/messages", &alert("DE,IT", vec![])).await;
    assert_eq!(r.status, 303);
    assert!(r.location.unwrap().starts_with("/messages?done=alert-sent"));
    assert_eq!(t.count("threads").await, before + 2);
    t.email("cert@de.example.org", "[TLP:GREEN]").await;
    t.email("cert@it.example.org", "[TLP:GREEN]").await;

    // Each State acknowledges its own copy; the other stays open.
    let de = t.signed_in(&admin_de).await;
    let inbox = de.get("/messages").await.body;
    let thread = regex_lite::Regex::new(r"/messages/[0-9a-f-]{36}")
        .unwrap()
        .find(&inbox)
        .unwrap()
        .as_str()
        .to_string();
    assert!(text(&inbox).contains("Alert"));
    assert_eq!(de.post(&format!("{thread}/ack"), &[]).await.status, 303);
    let it = t.signed_in(&admin_it).await;
    let page = text(&it.get("/messages").await.body);
    assert!(page.contains("Waiting for acknowledgement"), "{page}");
    assert!(
        !it.get("/messages").await.body.contains(&thread),
        "IT sees only its own copy"
    );

    // "Every participating State".
    let r = fr.post("/messages", &alert("all", vec![])).await;
    assert_eq!(r.status, 303);
    assert_eq!(t.count("threads").await, before + 4);
}

#[tokio::test]
async fn msg4_nothing_is_forwarded_without_the_originators_consent() {
    let (t, custodian, admin_fr, admin_de, admin_it) = three_states().await;
    publish(&t, &custodian, &admin_it, "IT", "cert@it.example.org", "en").await;
    let fr = t.signed_in(&admin_fr).await;
    let r = fr.post("/messages", &compose(&[])).await;
    let thread = r.location.unwrap().split('?').next().unwrap().to_string();
    let de = t.signed_in(&admin_de).await;

    let r = de
        .post(
            &format!("{thread}/consent"),
            &[("third_state", "FR"), ("scope", "x")],
        )
        .await;
    assert_eq!(r.status, 422, "the third State is neither party");
    let r = de
        .post(
            &format!("{thread}/consent"),
            &[
                ("third_state", "IT"),
                ("scope", "The indicators, to protect Italian networks"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    t.email("admin@fr.example.org", "asks your consent").await;
    let page = de.get(&thread).await.body;
    let consent = regex_lite::Regex::new(r"/consent/([0-9a-f-]{36})/")
        .unwrap()
        .captures(&fr.get(&thread).await.body)
        .unwrap()[1]
        .to_string();
    assert!(text(&page).contains("Waiting for the originator"));

    // Not before the decision, not by the requester, not twice.
    let forward = format!("{thread}/consent/{consent}/forward");
    let decide = format!("{thread}/consent/{consent}/decide");
    let r = de.post(&forward, &[]).await;
    assert_eq!(r.status, 409);
    assert!(text(&r.body).contains("without the originator's consent"));
    assert_eq!(de.post(&decide, &[("decision", "grant")]).await.status, 409);
    assert_eq!(fr.post(&decide, &[("decision", "maybe")]).await.status, 422);
    assert_eq!(fr.post(&decide, &[("decision", "grant")]).await.status, 303);
    assert_eq!(
        fr.post(&decide, &[("decision", "refuse")]).await.status,
        409
    );
    t.email("admin@de.example.org", "has decided").await;

    let r = de.post(&forward, &[]).await;
    assert_eq!(r.status, 303);
    let forwarded = r.location.unwrap().split('?').next().unwrap().to_string();
    assert_eq!(
        de.post(&forward, &[]).await.status,
        409,
        "a consent is used once"
    );
    t.email("cert@it.example.org", "[TLP:AMBER]").await;
    let it = t.signed_in(&admin_it).await;
    let page = text(&it.get(&forwarded).await.body);
    assert!(
        page.contains(MARKER) && page.contains("Shared with the consent of France"),
        "{page}"
    );
    assert_eq!(
        it.get(&thread).await.status,
        404,
        "the original stays between FR and DE"
    );
    let actions = t.audit_actions().await;
    for a in ["consent.requested", "consent.granted", "message.forwarded"] {
        assert!(actions.contains(&a.to_string()), "{a}");
    }
}

/// The leak test (MSG-2, MSG-5): a unique marker at each TLP level, then
/// every page, export, record, email, stored column and log line produced
/// is searched for the markers. A marker appears only where its label allows.
#[tokio::test]
async fn msg5_leak_test_markers_appear_only_where_their_tlp_allows() {
    let logs = logs();
    let (t, custodian, admin_fr, admin_de, admin_it) = three_states().await;
    let named = t
        .user("cert@de.example.org", Role::Member, Some("DE"))
        .await;
    t.settle().await;
    let fr = t.signed_in(&admin_fr).await;
    let mut threads = Vec::new();
    for tlp in ["clear", "green", "amber", "amber_strict", "red"] {
        let marker = format!("LEAK-{tlp}-5e1d");
        let code = totp_code(&t.app, &admin_fr.secret);
        let r = fr
            .post(
                "/messages",
                &compose(&[("tlp", tlp), ("f_description", &marker), ("code", &code)]),
            )
            .await;
        assert_eq!(r.status, 303, "{tlp}: {}", text(&r.body));
        threads.push((
            tlp,
            r.location.unwrap().split('?').next().unwrap().to_string(),
        ));
    }
    t.settle().await;

    // Everything each reader can reach: the inbox, every thread, the record.
    async fn seen(b: &Browser, threads: &[(&str, String)]) -> String {
        let mut all = String::new();
        for path in [
            "/messages",
            "/messages/record",
            "/messages/record.json",
            "/directory",
            "/account",
            "/custodian",
            "/custodian/usage",
            "/custodian/audit",
            "/export?format=json",
            "/export?format=csv",
        ] {
            all.push_str(&b.get(path).await.body);
        }
        for (_, thread) in threads {
            all.push_str(&b.get(thread).await.body);
        }
        all
    }
    let readers = [
        (
            "sender",
            t.signed_in(&admin_fr).await,
            ["clear", "green", "amber", "amber_strict", "red"].as_slice(),
        ),
        (
            "named recipient",
            t.signed_in(&named).await,
            ["clear", "green", "amber", "amber_strict", "red"].as_slice(),
        ),
        (
            "receiving administrator",
            t.signed_in(&admin_de).await,
            ["clear", "green", "amber", "amber_strict"].as_slice(),
        ),
        ("third State", t.signed_in(&admin_it).await, [].as_slice()),
        ("custodian", t.signed_in(&custodian).await, [].as_slice()),
    ];
    for (who, browser, allowed) in &readers {
        let all = seen(browser, &threads).await;
        for (tlp, _) in &threads {
            let marker = format!("LEAK-{tlp}-5e1d");
            assert_eq!(
                all.contains(&marker),
                allowed.contains(tlp),
                "{who} and TLP {tlp}"
            );
        }
    }
    // No email carries any of them, and nothing is stored in clear.
    assert!(
        t.smtp
            .messages()
            .iter()
            .all(|m| !m.body.contains("LEAK-") && !m.subject.contains("LEAK-"))
    );
    nowhere_in_clear(&t, "LEAK-").await;
    let logged = String::from_utf8_lossy(&logs.lock().unwrap()).to_string();
    assert!(logged.contains("request"), "the log is captured");
    assert!(!logged.contains("LEAK-"), "no log line holds content");
}

#[tokio::test]
async fn msg1_attachments_are_sealed_checked_and_for_the_parties_only() {
    let (t, custodian, admin_fr, admin_de, admin_it) = three_states().await;
    let fr = t.signed_in(&admin_fr).await;
    let r = fr.post("/messages", &compose(&[])).await;
    let thread = r.location.unwrap().split('?').next().unwrap().to_string();
    let upload = format!("{thread}/attachments");

    // Refused: disguised, unknown, empty, oversize, and without the CSRF token.
    let before = t.count("attachments").await;
    for (name, bytes, reason) in [
        (
            "report.pdf",
            b"MZ\x90\x00 not a pdf".to_vec(),
            "does not match its name",
        ),
        ("tool.exe", b"MZ".to_vec(), "cannot be attached"),
        ("empty.log", vec![], "not empty"),
        (
            "big.log",
            vec![b'a'; 5120 * 1024 + 1],
            "larger than the limit",
        ),
    ] {
        let r = fr.post_file(&upload, name, bytes).await;
        assert_eq!(r.status, 422, "{name}");
        assert!(text(&r.body).contains(reason), "{name}: {}", text(&r.body));
    }
    let it = t.signed_in(&admin_it).await;
    assert_eq!(
        it.post_file(&upload, "x.log", b"x".to_vec()).await.status,
        404
    );
    assert_eq!(t.count("attachments").await, before);

    let pdf = b"%PDF-1.7\nATTACHMENT-MARKER-41c2\n%%EOF".to_vec();
    let r = fr
        .post_file(&upload, "ransom-note-ministry.pdf", pdf.clone())
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));

    // The other party downloads the same bytes; nobody else can.
    let de = t.signed_in(&admin_de).await;
    let page = de.get(&thread).await.body;
    assert!(text(&page).contains("ransom-note-ministry.pdf"));
    let link = regex_lite::Regex::new(r"/messages/[0-9a-f-]{36}/attachments/[0-9a-f-]{36}")
        .unwrap()
        .find(&page)
        .unwrap()
        .as_str()
        .to_string();
    let got = de.get(&link).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.body.as_bytes(), pdf.as_slice());
    assert_eq!(it.get(&link).await.status, 404);
    assert_eq!(t.signed_in(&custodian).await.get(&link).await.status, 403);

    // Neither the name nor the bytes are stored in clear.
    let mut c = t.db.conn().await.unwrap();
    let n: store::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM attachments WHERE sealed LIKE '%MARKER%' OR name_sealed LIKE '%ransom%'",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(n.n, 0);
}

/// The live inbox ends with the session it was opened in, and one session
/// holds only a few streams open.
#[tokio::test]
async fn acc4_the_live_inbox_ends_when_the_session_ends() {
    let (t, _custodian, admin_fr, _admin_de) = two_states().await;
    let b = t.signed_in(&admin_fr).await;
    let open = || async {
        b.client
            .get(format!("{}/messages/events", t.url))
            .send()
            .await
            .unwrap()
    };
    let mut streams = Vec::new();
    for _ in 0..web::STREAMS_PER_SESSION {
        let r = open().await;
        assert_eq!(r.status(), 200);
        streams.push(r);
    }
    assert_eq!(open().await.status(), 429, "one session, a few streams");
    drop(streams.pop());
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    streams.push(open().await);
    assert_eq!(
        streams.last().unwrap().status(),
        200,
        "a closed stream frees its slot"
    );

    let mut live = streams.pop().unwrap();
    assert_eq!(b.post("/logout", &[]).await.status, 303);
    let ended = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        while let Ok(Some(_)) = live.chunk().await {}
    })
    .await;
    assert!(ended.is_ok(), "the stream ended with the session");
}

//! MSG-1, MSG-2, MSG-3, MSG-5: a State writes to another from a template
//! with urgency and TLP; the other acknowledges and replies; a third State
//! and the custodian see nothing; the content is in no email, audit entry
//! or database column in clear.

use crate::helpers::*;
use domain::Role;

const MARKER: &str = "MARKER-AMBER-7f3a9c";
const REPLY_MARKER: &str = "MARKER-REPLY-2b81d0";

fn compose<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
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
            && page.contains("Europe/Paris")
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
    t.app.clock.advance(5 * 60_000);
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
    let usage = cu.get("/custodian/communications").await;
    assert_eq!(usage.status, 200);
    let page = text(&usage.body);
    assert!(
        page.contains("1 communication between States")
            && page.contains("Notification of an ICT incident")
            && page.contains("Western European and other States")
            && !page.contains("MARKER-"),
        "{page}"
    );
    assert_eq!(fr.get("/custodian/communications").await.status, 403);

    // MSG-5: no email, audit entry or stored column holds the content in clear.
    let mut c = t.app.db.conn().await.unwrap();
    for (table, columns) in [
        ("thread_messages", "sealed"),
        ("outbox", "subject || body"),
        ("audit_log", "detail"),
        ("threads", "template_key || tlp || urgency"),
    ] {
        let n: store::Count = c
            .one(
                store::Sql::assembled(format!(
                    "SELECT COUNT(*) AS n FROM {table} WHERE {columns} LIKE '%MARKER-%'"
                )),
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(n.n, 0, "{table}");
    }
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
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "en").await;
    publish_as(
        &t,
        &custodian,
        &admin_de,
        "DE",
        "diplomatic",
        "diplo@de.example.org",
        "en",
    )
    .await;
    t.settle().await;
    let fr = t.signed_in(&admin_fr).await;
    let r = fr.post("/messages", &compose(&[])).await;
    assert_eq!(r.status, 303);
    let thread = r.location.unwrap().split('?').next().unwrap().to_string();

    // Urgent: one hour to acknowledge, then the other types of contact…
    t.app.clock.advance(59 * 60_000);
    assert_eq!(app::schedule::round(&t.app).await.messages_escalated, 0);
    t.app.clock.advance(2 * 60_000);
    assert_eq!(app::schedule::round(&t.app).await.messages_escalated, 1);
    let m = t.email("diplo@de.example.org", "[TLP:AMBER]").await;
    assert!(!m.body.contains(MARKER) && m.body.contains(&thread));
    // …then, an hour later, the national administrators.
    t.app.clock.advance(61 * 60_000);
    assert_eq!(app::schedule::round(&t.app).await.messages_escalated, 1);
    let m = t.email("admin@de.example.org", "[TLP:AMBER]").await;
    assert!(!m.body.contains(MARKER));
    assert_eq!(app::schedule::round(&t.app).await.messages_escalated, 0);

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

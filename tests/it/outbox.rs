//! NFR-4: email is written to the outbox with the change that causes it and
//! delivered with retry; a mail server that is down delays it, loses nothing.

use crate::helpers::*;

async fn outbox_rows(t: &TestApp) -> Vec<store::outbox::OutboxRow> {
    let mut c = t.db.conn().await.unwrap();
    store::outbox::recent(&mut c, 100).await.unwrap()
}

#[tokio::test]
async fn nfr4_a_mail_server_that_is_down_delays_email_but_loses_none() {
    let down = free_port();
    let t = TestApp::spawn_with(|c| c.mail.smtp_port = down).await;
    let r = t
        .browser()
        .request_access("Ingrid Berg", "mission@no.example.org")
        .await;
    assert_eq!(
        r.status, 200,
        "the request is acknowledged although email cannot go out"
    );

    // The attempt fails and the message stays queued, with the error kept.
    let mut failed = false;
    for _ in 0..100 {
        t.app.outbox().wake();
        let rows = outbox_rows(&t).await;
        if rows
            .iter()
            .any(|m| m.attempts >= 1 && m.status == "queued" && m.last_error.is_some())
        {
            failed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        failed,
        "a failed attempt is recorded: {:?}",
        outbox_rows(&t)
            .await
            .iter()
            .map(|m| (&m.status, m.attempts))
            .collect::<Vec<_>>()
    );

    // Email held up longer than the configured time makes the instance
    // unhealthy, so a load balancer or an operator's monitor notices.
    t.op.warm_search().await.unwrap();
    let health = t.browser().get("/healthz").await;
    assert_eq!(health.status, 200, "{}", health.body);
    t.app
        .clock()
        .advance((t.app.config().mail.alert_after_minutes + 1) * 60_000);
    let health = t.browser().get("/healthz").await;
    assert_eq!(health.status, 503);
    assert!(health.body.contains("email queued"), "{}", health.body);

    // The server comes back: after the back-off, the message is delivered once.
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start_on(dir.path(), down);
    let mut delivered = Vec::new();
    for _ in 0..200 {
        t.app.outbox().wake();
        delivered = smtp
            .messages()
            .into_iter()
            .filter(|m| m.to == "mission@no.example.org")
            .collect();
        if !delivered.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(delivered.len(), 1, "delivered exactly once");
    assert!(delivered[0].subject.contains("NO/2026/5"));
    let row = outbox_rows(&t)
        .await
        .into_iter()
        .find(|m| m.recipient == "mission@no.example.org")
        .unwrap();
    assert_eq!(row.status, "sent");
    assert!(row.attempts >= 2);
    assert_eq!(t.browser().get("/healthz").await.status, 200);
}

#[tokio::test]
async fn nfr4_the_mail_worker_panics_once_and_every_email_is_still_delivered_once() {
    let logs = logs();
    let t = TestApp::spawn_with(|c| c.mail.lease_seconds = 1).await;
    for i in 0..3 {
        t.user(
            &format!("custodian{i}@un.example.org"),
            domain::Role::Custodian,
            None,
        )
        .await;
    }
    t.op.warm_search().await.unwrap();
    t.app.panic_on_next_delivery();
    let r = t
        .browser()
        .request_access("Ingrid Berg", "mission@no.example.org")
        .await;
    assert_eq!(r.status, 200);

    // The worker claims the four messages and dies; its supervisor starts
    // it again, and the claim runs out after the lease.
    let mut unhealthy = false;
    let mut delivered = Vec::new();
    for _ in 0..200 {
        unhealthy |= t.browser().get("/healthz").await.status == 503;
        t.app.outbox().wake();
        delivered = t.smtp.messages();
        if delivered.len() >= 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let mut ids: Vec<&str> = delivered.iter().map(|m| m.message_id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(delivered.len(), 4, "every email arrived once");
    assert_eq!(ids.len(), 4, "no email arrived twice");
    assert!(unhealthy, "the health check saw the worker down");
    assert!(
        String::from_utf8_lossy(&logs.lock().unwrap())
            .contains("background task panicked; restarting"),
        "the panic is logged"
    );
    assert_eq!(t.browser().get("/healthz").await.status, 200);
}

/// The demo outbox holds invitation and sign-in links: only a browser on
/// the same machine sees it, not one that reaches the port from elsewhere.
#[tokio::test]
async fn acc5_the_demo_outbox_is_for_this_machine_only() {
    let t = TestApp::spawn_with(|c| {
        c.demo = true;
        c.mail.transport = "outbox".into();
        c.trusted_proxies = vec!["127.0.0.1".into()];
    })
    .await;
    let local = t.browser().get("/outbox").await;
    assert_eq!(local.status, 200);
    assert!(text(&local.body).contains("only to a browser on this machine"));
    let remote = Browser::from_address(&t.url, "203.0.113.8");
    assert_eq!(remote.get("/outbox").await.status, 404);
    assert_eq!(remote.get("/outbox/x.eml").await.status, 404);
}

/// The demo outbox is paged and searched by recipient or subject, so that
/// every message stays reachable however many there are.
#[tokio::test]
async fn the_demo_outbox_is_paged_and_searched() {
    let t = crate::pages::demo_app().await;
    let c = crate::pages::demo_login(&t, 0).await;
    assert_eq!(c.post("/checks/launch", &[]).await.status, 303);
    t.settle().await;
    let first = text(&c.get("/outbox").await.body);
    let total: usize = regex_lite::Regex::new(r"(\d+) messages\.")
        .unwrap()
        .captures(&first)
        .unwrap()[1]
        .parse()
        .unwrap();
    assert!(total > 200, "{total} messages");
    assert!(
        first.contains(&format!("Page 1 of {}", total.div_ceil(50))),
        "{first}"
    );
    let last = c
        .get(&format!("/outbox?page={}", total.div_ceil(50)))
        .await
        .body;
    assert_eq!(
        last.matches("<tr>").count() - 1,
        total - 50 * (total.div_ceil(50) - 1),
        "the last page holds the oldest messages"
    );
    let found = c.get("/outbox?q=cert-eg.example.org").await.body;
    assert!(
        text(&found).contains("1 message.") || text(&found).contains("2 messages."),
        "{}",
        text(&found)
    );
    assert!(found.contains("cert-eg.example.org"));
    assert!(text(&c.get("/outbox?q=nobody-at-all").await.body).contains("0 messages."));
}

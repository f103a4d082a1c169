//! Running pocdir for real (NFR-4, NFR-6): what an operator and a load
//! balancer rely on.

use crate::helpers::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A TCP relay to PostgreSQL that can go silent, as a network does when it
/// is cut: connections stay open, and nothing more comes through.
struct Relay {
    port: u16,
    cut: Arc<AtomicBool>,
}

impl Relay {
    async fn to(upstream: String) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let cut = Arc::new(AtomicBool::new(false));
        let flag = cut.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let server = TcpStream::connect(&upstream).await.unwrap();
                let (cr, cw) = client.into_split();
                let (sr, sw) = server.into_split();
                tokio::spawn(pipe(cr, sw, flag.clone()));
                tokio::spawn(pipe(sr, cw, flag.clone()));
            }
        });
        Relay { port, cut }
    }
}

async fn pipe(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    cut: Arc<AtomicBool>,
) {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let Ok(n) = from.read(&mut buf).await else {
            return;
        };
        if n == 0 {
            return;
        }
        // Cut: what was read is dropped, and the connection stays open.
        while cut.load(Ordering::Acquire) {
            tokio::time::sleep(Duration::from_millis(50)).await;
            buf.fill(0);
            if !cut.load(Ordering::Acquire) {
                break;
            }
        }
        if to.write_all(&buf[..n]).await.is_err() {
            return;
        }
    }
}

/// Stops a server as systemd does (SIGTERM) and waits, at most 40 s, for it
/// to exit.
async fn stop(server: &mut Served) -> Option<std::process::ExitStatus> {
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    for _ in 0..400 {
        if let Some(exit) = server.child.try_wait().unwrap() {
            return Some(exit);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    None
}

/// NFR-4: a load balancer asks `/healthz` which instance can serve. It gets
/// its answer within a second even when the database has stopped answering,
/// and the instance is healthy again once the database is back.
#[tokio::test]
async fn nfr4_health_answers_within_a_second_when_the_database_does_not() {
    let url = new_pg_database().await;
    let (base, name) = url.rsplit_once('/').unwrap();
    let host = base.rsplit_once('@').map_or(base, |(_, h)| h);
    let relay = Relay::to(host.to_string()).await;
    let through = format!(
        "{}@127.0.0.1:{}/{name}",
        base.rsplit_once('@').unwrap().0,
        relay.port
    );
    let t = TestApp::spawn_with(|c| c.database_url = through).await;
    t.op.warm_search().await.unwrap();
    assert_eq!(t.browser().get("/healthz").await.status, 200);

    relay.cut.store(true, Ordering::Release);
    let started = Instant::now();
    let r = t.browser().get("/healthz").await;
    let took = started.elapsed();
    assert_eq!(r.status, 503);
    assert!(r.body.contains("database"), "{}", r.body);
    assert!(took < Duration::from_millis(1500), "answered in {took:?}");

    relay.cut.store(false, Ordering::Release);
    let mut status = 0;
    for _ in 0..100 {
        status = t.browser().get("/healthz").await.status;
        if status == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, 200, "healthy again once the database answers");
}

/// NFR-6: on request the log is one JSON object a line, for a collector,
/// with no colour codes; it says when the server starts and when it has
/// stopped, and a stop (SIGTERM, as systemd sends) is graceful.
#[tokio::test]
async fn nfr6_json_logs_with_a_line_at_start_and_at_a_graceful_stop() {
    let t = TestApp::spawn().await;
    let mut server = t.serve_process_with("info", &[("POCDIR_LOG_FORMAT", "json")]);
    server.ready().await;
    let exit = stop(&mut server).await;
    assert!(
        exit.is_some_and(|s| s.success()),
        "stopped cleanly: {exit:?}"
    );
    let log = server.log();
    assert!(!log.contains('\u{1b}'), "no colour codes: {log}");
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let said = |start: &str| {
        lines.iter().any(|l| {
            l["fields"]["message"]
                .as_str()
                .is_some_and(|m| m.starts_with(start))
        })
    };
    assert!(said("pocdir serving") && said("pocdir stopped"), "{log}");
}

/// The metrics that `metrics_listen` serves, read as Prometheus would.
async fn scrape(address: &str) -> String {
    reqwest::get(format!("http://{address}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The value of the series whose line starts with `name` and holds every
/// one of `labels`.
fn series(metrics: &str, name: &str, labels: &[&str]) -> Option<f64> {
    metrics
        .lines()
        .find(|l| l.starts_with(name) && labels.iter().all(|x| l.contains(x)))
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
}

/// NFR-6: Prometheus reads requests by route and status with their
/// latency, sign-ins, the outbox, campaigns and acknowledgements, the
/// background tasks and the database pool, on an address of their own.
#[tokio::test]
async fn nfr6_metrics_for_prometheus_on_an_address_of_their_own() {
    let app = TestApp::spawn_without_delivery(|c| c.checks.schedule_months = vec![]).await;
    let (t, custodian, _) = france_with(app, "cert@fr.example.org").await;
    let metrics_at = format!("127.0.0.1:{}", free_port());
    let server = t.serve_process_with("info", &[("POCDIR_METRICS_LISTEN", &metrics_at)]);
    server.ready().await;

    let b = Browser::new(&server.url);
    let wrong = b
        .post(
            "/login",
            &[
                ("email", "admin@fr.example.org"),
                ("password", "not it at all"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    b.login(&t.app, &custodian).await;
    assert_eq!(b.get("/directory?q=cert").await.status, 200);
    assert_eq!(b.post("/checks/launch", &[]).await.status, 303);
    let check = t.email("cert@fr.example.org", "Communication check").await;
    let link = check.link(&format!("{}/ack/", t.url));
    let ack = Browser::new(&server.url)
        .post(link.trim_start_matches(&t.url), &[])
        .await;
    assert_eq!(ack.status, 200);

    let m = scrape(&metrics_at).await;
    let requests = series(
        &m,
        "pocdir_http_requests_total",
        &["route=\"/directory\"", "status=\"200\"", "method=\"GET\""],
    );
    assert_eq!(requests, Some(1.0), "{m}");
    assert!(
        series(
            &m,
            "pocdir_http_request_duration_seconds_bucket",
            &["route=\"/directory\"", "le=\"+Inf\""]
        ) == Some(1.0),
        "a latency histogram per route: {m}"
    );
    assert!(
        m.contains("route=\"/checks/launch\""),
        "routes, never paths with ids: {m}"
    );
    assert!(
        !m.contains("/ack/") || m.contains("route=\"/ack/{token}\""),
        "{m}"
    );
    assert_eq!(
        series(&m, "pocdir_sign_ins_total", &["outcome=\"failed\""]),
        Some(1.0)
    );
    assert_eq!(
        series(&m, "pocdir_sign_ins_total", &["outcome=\"succeeded\""]),
        Some(1.0)
    );
    assert_eq!(series(&m, "pocdir_campaigns_total", &[]), Some(1.0), "{m}");
    assert_eq!(
        series(&m, "pocdir_check_acknowledgements_total", &[]),
        Some(1.0)
    );
    assert!(
        series(&m, "pocdir_emails_sent_total", &[]).is_some_and(|n| n >= 1.0),
        "the check, and the notices of publication: {m}"
    );
    assert!(series(&m, "pocdir_outbox_depth", &[]).is_some());
    assert!(series(&m, "pocdir_outbox_oldest_seconds", &[]).is_some());
    assert_eq!(
        series(&m, "pocdir_task_running", &["task=\"mail\""]),
        Some(1.0),
        "{m}"
    );
    assert!(series(&m, "pocdir_task_restarts", &["task=\"mail\""]).is_some());
    assert!(series(&m, "pocdir_db_connections", &["state=\"idle\""]).is_some());

    // Not on the public address.
    assert_eq!(b.get("/metrics").await.status, 404);
}

/// NFR-6: a stop (SIGTERM) is graceful for email too: the outbox worker
/// takes no new message and finishes those in flight, so none is left half
/// sent, to be sent a second time by the next instance.
#[tokio::test]
async fn nfr6_a_graceful_stop_finishes_the_emails_in_flight() {
    let t = TestApp::spawn_without_delivery(|c| c.checks.schedule_months = vec![]).await;
    t.admit("FR").await;
    let custodian = t
        .user("custodian@un.example.org", domain::Role::Custodian, None)
        .await;
    t.op.load_demo_scale(400).await.unwrap();
    app::checks::launch(
        &t.app,
        &custodian.actor,
        &app::directory::BrowseQuery::default(),
    )
    .await
    .unwrap();
    let mut server = t.serve_process("info");
    for _ in 0..400 {
        if t.smtp.messages().len() >= 20 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let exit = stop(&mut server).await;
    assert!(
        exit.is_some_and(|s| s.success()),
        "{exit:?}: {}",
        server.log()
    );
    let received = t.smtp.messages().len() as i64;
    let mut c = t.db.conn().await.unwrap();
    let half_sent: store::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM outbox WHERE status = 'sending'",
            store::args![],
        )
        .await
        .unwrap();
    let sent: store::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM outbox WHERE status = 'sent'",
            store::args![],
        )
        .await
        .unwrap();
    assert_eq!(half_sent.n, 0, "none left half sent");
    assert_eq!(
        sent.n, received,
        "every message the server accepted is recorded as sent"
    );
    assert!(
        received < 400,
        "the stop came before the end of the campaign"
    );
}

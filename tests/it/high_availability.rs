//! NFR-6: two `pocdir serve` instances on one PostgreSQL behind the
//! deployment guide's nginx upstream, over TLS: one directory whichever
//! instance a request reaches, and a campaign delivered through the death
//! of an instance.

use crate::helpers::*;
use crate::proxy::{Nginx, guide_nginx, self_signed};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Two instances of `t` behind nginx.
struct Cluster {
    nginx: Nginx,
    url: String,
    ca: Vec<u8>,
    instances: Vec<Served>,
    _certs: tempfile::TempDir,
}

async fn cluster(t: &TestApp, env: &[(&str, &str)]) -> Cluster {
    let (https, http) = (free_port(), free_port());
    let url = format!("https://localhost:{https}");
    let mut all = vec![
        ("POCDIR_PUBLIC_URL", url.as_str()),
        ("POCDIR_TRUSTED_PROXIES", "[\"127.0.0.1\"]"),
    ];
    all.extend_from_slice(env);
    let instances = vec![
        t.serve_process_with("warn", &all),
        t.serve_process_with("warn", &all),
    ];
    for i in &instances {
        i.ready().await;
    }
    let certs = tempfile::tempdir().unwrap();
    let (cert, key) = self_signed(certs.path());
    let at = |i: usize| instances[i].url.trim_start_matches("http://").to_string();
    let places = [
        ("10.0.0.11:8080", at(0)),
        ("10.0.0.12:8080", at(1)),
        // For the test only: which instance answered.
        (
            "proxy_buffering off;",
            "proxy_buffering off; add_header X-Upstream $upstream_addr always;".to_string(),
        ),
    ];
    let conf = guide_nginx(1, https, http, (&cert, &key), &places);
    let nginx = Nginx::start(&conf, https).await;
    Cluster {
        nginx,
        url,
        ca: std::fs::read(&cert).unwrap(),
        instances,
        _certs: certs,
    }
}

impl Cluster {
    fn browser(&self) -> Browser {
        Browser::over_tls(&self.url, &self.ca, "127.0.0.1".parse().unwrap())
    }
}

fn upstream(r: &Response) -> String {
    r.headers
        .get("x-upstream")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// Reads a server-sent event stream until `event: new`, for at most 15 s.
async fn hears_new(mut r: reqwest::Response) -> bool {
    let until = Instant::now() + Duration::from_secs(15);
    let mut got = String::new();
    while Instant::now() < until {
        match tokio::time::timeout(Duration::from_secs(1), r.chunk()).await {
            Ok(Ok(Some(bytes))) => got.push_str(&String::from_utf8_lossy(&bytes)),
            Ok(_) => return false,
            Err(_) => {}
        }
        if got.contains("event: new") {
            return true;
        }
    }
    false
}

#[tokio::test]
async fn nfr6_two_instances_share_sessions_changes_search_the_inbox_and_the_schedule() {
    let (t, custodian, fr, de) = two_states_on(TestApp::on_postgres_without_delivery().await).await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    // Every month from the first at midnight: due now, on both instances.
    let c = cluster(
        &t,
        &[
            (
                "POCDIR_CHECKS__SCHEDULE_MONTHS",
                "[1,2,3,4,5,6,7,8,9,10,11,12]",
            ),
            ("POCDIR_CHECKS__SCHEDULE_DAY", "1"),
            ("POCDIR_CHECKS__SCHEDULE_HOUR", "0"),
            ("POCDIR_CHECKS__SCHEDULE_CATCH_UP_DAYS", "31"),
        ],
    )
    .await;

    // A session opened through one instance works on both.
    let fr_b = c.browser();
    fr_b.login_now(&fr).await;
    let mut answered = BTreeSet::new();
    for _ in 0..4 {
        let r = fr_b.get("/account").await;
        assert_eq!(r.status, 200, "{}", c.nginx.errors());
        answered.insert(upstream(&r));
    }
    assert_eq!(answered.len(), 2, "both instances answered: {answered:?}");

    // A change submitted through one and verified through the other is
    // found at once by search on each.
    let entity = "Agence nationale de la sécurité des systèmes";
    let form = nomination(entity);
    let r = fr_b.post("/states/FR/pocs/new", &fields(&form)).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let cust_b = c.browser();
    cust_b.login_now(&custodian).await;
    let pending = pending_changes(&t.app, &custodian.actor).await;
    let version = &pending[0].version.id;
    let r = cust_b
        .post(
            &format!("/custodian/changes/{version}/verify"),
            &[("channel", "note_verbale"), ("reference", "FR/NV/2026/1")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mut searched = BTreeSet::new();
    for _ in 0..2 {
        let r = fr_b.get("/directory?q=Agence%20nationale").await;
        assert!(text(&r.body).contains(entity), "{}", upstream(&r));
        searched.insert(upstream(&r));
    }
    assert_eq!(searched.len(), 2, "both instances searched: {searched:?}");

    // The live inbox, open on each instance, hears of a communication sent
    // through either.
    let de_b = c.browser();
    de_b.login_now(&de).await;
    let mut streams = Vec::new();
    let mut on = BTreeSet::new();
    for _ in 0..2 {
        let r = de_b
            .client
            .get(format!("{}/messages/events", c.url))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        on.insert(r.headers()["x-upstream"].to_str().unwrap().to_string());
        streams.push(r);
    }
    assert_eq!(on.len(), 2, "a stream on each instance: {on:?}");
    let r = fr_b.post("/messages", &crate::messages::compose(&[])).await;
    assert_eq!(r.status, 303, "{}", r.body);
    for s in streams {
        assert!(hears_new(s).await, "each instance's stream heard it");
    }

    // Both instances ran the schedule at start; one campaign came of it.
    assert_eq!(t.count("campaigns").await, 1);
}

const POCS: usize = 300;

/// What the load saw: (when, whether it was answered).
type Seen = Arc<Mutex<Vec<(Instant, bool)>>>;

/// Reads pages through the load balancer until `stop`, as users would.
fn load(c: &Cluster, seen: Seen, stop: Arc<std::sync::atomic::AtomicBool>) {
    let b = c.browser();
    tokio::spawn(async move {
        while !stop.load(std::sync::atomic::Ordering::SeqCst) {
            let ok = b
                .client
                .get(format!("{}/login", b.base))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            seen.lock().unwrap().push((Instant::now(), ok));
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
}

/// A campaign is delivered while one of two instances is killed (SIGKILL)
/// and the other carries on, under load. Every message arrives, the only
/// ones that arrive twice carry the same Message-ID, every acknowledgement
/// answered is kept, and readers through the load balancer see no error.
#[tokio::test]
async fn nfr6_failover_under_load_loses_nothing_and_sends_each_message_once() {
    let (t, custodian, _, _) = two_states_on(TestApp::on_postgres_without_delivery().await).await;
    t.op.load_demo_scale(POCS).await.unwrap();
    let mut c = cluster(&t, &[("POCDIR_MAIL__LEASE_SECONDS", "5")]).await;
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen: Seen = Default::default();
    for _ in 0..4 {
        load(&c, seen.clone(), stop.clone());
    }
    let started = Instant::now();
    app::checks::launch(&t.app, &custodian.actor, &Default::default())
        .await
        .unwrap();

    // People acknowledge as their emails arrive; one whose answer was not
    // taken tries again.
    let prefix = format!("{}/ack/", t.url);
    let acks = c.browser();
    let mut acknowledged = BTreeSet::new();
    let mut killed_at = None;
    let mut last_arrival = started;
    let mut arrived = 0;
    while started.elapsed() < Duration::from_secs(120) {
        let mails = t.smtp.messages();
        if mails.len() > arrived {
            arrived = mails.len();
            last_arrival = Instant::now();
        }
        if killed_at.is_none() && arrived >= POCS / 3 {
            c.instances[0].child.kill().unwrap();
            c.instances[0].child.wait().unwrap();
            killed_at = Some(Instant::now());
        }
        for m in &mails {
            if acknowledged.contains(&m.message_id) {
                continue;
            }
            // Composed by the launching process, with its own address: the
            // person follows the path through the balancer.
            let link = m.link(&prefix);
            let path = &link[link.find("/ack/").unwrap()..];
            let r = acks.post(path, &[]).await;
            if r.status == 200 {
                acknowledged.insert(m.message_id.clone());
            }
        }
        let ids: BTreeSet<_> = mails.iter().map(|m| &m.message_id).collect();
        if killed_at.is_some() && ids.len() >= POCS && acknowledged.len() >= POCS {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let killed_at = killed_at.expect("an instance was killed in the middle");

    let mut by_id: HashMap<String, usize> = HashMap::new();
    for m in t.smtp.messages() {
        *by_id.entry(m.message_id).or_default() += 1;
    }
    let received: usize = by_id.values().sum();
    let duplicates = received - by_id.len();
    let recorded = t.count("checks WHERE acknowledged_at IS NOT NULL").await;
    let seen = seen.lock().unwrap().clone();
    let failed = seen.iter().filter(|(_, ok)| !ok).count();
    let mut longest = Duration::ZERO;
    let mut previous = killed_at;
    for (at, _) in seen.iter().filter(|(at, ok)| *ok && *at > killed_at) {
        longest = longest.max(at.duration_since(previous));
        previous = *at;
    }
    eprintln!(
        "failover: {POCS} messages to send, {received} received, {} distinct Message-IDs, {duplicates} duplicates; \
         killed after {:.1} s, last message {:.1} s after the kill; \
         {} acknowledged and {recorded} recorded; {} page loads through the balancer, {failed} failed, \
         longest wait for a page after the kill {} ms",
        by_id.len(),
        killed_at.duration_since(started).as_secs_f64(),
        last_arrival
            .saturating_duration_since(killed_at)
            .as_secs_f64(),
        acknowledged.len(),
        seen.len(),
        longest.as_millis(),
    );
    assert_eq!(by_id.len(), POCS, "every message arrived");
    assert!(
        duplicates <= app::mail::IN_FLIGHT,
        "only messages in flight at the kill went twice: {duplicates}"
    );
    assert_eq!(acknowledged.len(), POCS);
    assert_eq!(
        recorded, POCS as i64,
        "every acknowledgement answered is kept"
    );
    assert_eq!(failed, 0, "no page failed through the balancer");
}

/// A PostgreSQL server of this test's own, to stop and start again at the
/// same address, as a failover to a standby looks to pocdir.
struct OwnPostgres {
    dir: tempfile::TempDir,
    port: u16,
}

impl OwnPostgres {
    fn pg(&self, command: &str) -> Result<(), String> {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .unwrap()
            .flatten()
            .map(|e| e.path().join("bin"))
            .max()
            .unwrap();
        let d = self.dir.path().display();
        let line = format!("{}/{command}", bin.display()).replace("{d}", &d.to_string());
        let out = std::process::Command::new("su")
            .args(["postgres", "-c", &line])
            .output()
            .unwrap();
        match out.status.success() {
            true => Ok(()),
            false => Err(format!("{line}: {}", String::from_utf8_lossy(&out.stderr))),
        }
    }

    fn new() -> OwnPostgres {
        let dir = tempfile::tempdir().unwrap();
        std::process::Command::new("chown")
            .arg("postgres")
            .arg(dir.path())
            .status()
            .unwrap();
        let pg = OwnPostgres {
            dir,
            port: free_port(),
        };
        pg.pg("initdb -D {d}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8")
            .unwrap();
        pg.start();
        pg
    }

    fn start(&self) {
        self.pg(&format!(
            "pg_ctl -D {{d}}/data -l {{d}}/log -w start -o '-p {} -k {{d}} -c listen_addresses=127.0.0.1 -c fsync=off'",
            self.port
        ))
        .unwrap();
    }

    fn stop(&self) -> Result<(), String> {
        self.pg("pg_ctl -D {d}/data -m fast -w stop")
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}

/// NFR-6: when PostgreSQL goes away and comes back at the same address, a
/// running instance says so within a second, and then carries on without
/// a restart: it signs people in and records it again.
#[tokio::test]
async fn nfr6_an_instance_reconnects_when_postgresql_comes_back() {
    let pg = OwnPostgres::new();
    let t = TestApp::spawn().await;
    let server = t.serve_process_with("warn", &[("POCDIR_DATABASE_URL", pg.url().as_str())]);
    server.ready().await;
    let b = Browser::new(&server.url);
    let failed_sign_in = || async {
        b.post(
            "/login",
            &[
                ("email", "nobody@un.example.org"),
                ("password", "not this one"),
            ],
        )
        .await
        .status
    };
    assert_eq!(failed_sign_in().await, 422);

    pg.stop().unwrap();
    let asked = Instant::now();
    let health = reqwest::get(format!("{}/healthz", server.url))
        .await
        .unwrap();
    assert_eq!(health.status(), 503);
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "{:?}",
        asked.elapsed()
    );
    assert!(failed_sign_in().await >= 500);

    pg.start();
    let mut back = None;
    for _ in 0..100 {
        let r = reqwest::get(format!("{}/healthz", server.url))
            .await
            .unwrap();
        if r.status() == 200 {
            back = Some(asked.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(back.is_some(), "healthy again without a restart");
    assert_eq!(failed_sign_in().await, 422);
    let db = store::Db::connect(&pg.url()).await.unwrap();
    let mut c = db.conn().await.unwrap();
    let failures = store::audit::recent(&mut c, 100, None)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.action == "login.failed")
        .count();
    assert_eq!(failures, 2, "recorded before and after, not while away");
}

//! DIR-8 under load: concurrent searches right after a bulk change of
//! 100,000 entries keep the server up and answer, and read the changed
//! entries once for all of them, not once each.

use crate::helpers::*;

const ENTRIES: usize = 100_000;
const SEARCHERS: usize = 16;
const EACH: usize = 4;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dir8_concurrent_searches_right_after_a_bulk_change_keep_the_directory_up() {
    let t = TestApp::spawn_without_delivery(|_| {}).await;
    t.admit("FR").await;
    let member = t
        .user("member@fr.example.org", domain::Role::Member, Some("FR"))
        .await;
    let mut server = t.serve_process("info,sqlx=debug");
    server.ready().await;
    let browser = std::sync::Arc::new(Browser::new(&server.url));
    browser.login(&t.app, &member).await;
    assert_eq!(browser.get("/directory?q=ministry").await.status, 200);
    t.op.load_demo_scale(ENTRIES).await.unwrap();
    let log_before = server.log().len();

    for q in ["national cyber centre", "ministry"] {
        let mut tasks = Vec::new();
        for _ in 0..SEARCHERS {
            let b = browser.clone();
            let path = format!("/directory?q={}", q.replace(' ', "+"));
            tasks.push(tokio::spawn(async move {
                let mut found = 0;
                for _ in 0..EACH {
                    let r = b.get(&path).await;
                    assert_eq!(r.status, 200);
                    found += usize::from(r.body.contains("/pocs/"));
                }
                found
            }));
        }
        let mut found = 0;
        for task in tasks {
            found += task.await.unwrap();
        }
        assert_eq!(
            found,
            SEARCHERS * EACH,
            "every search of {q:?} found entries"
        );
    }
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "the server is still running"
    );

    let log = server.log()[log_before..].to_string();
    // A request's span is its own: one entered across an await would become
    // the parent of the next request on that thread, and a chain of
    // thousands overflows the stack when it closes.
    let deepest = log
        .lines()
        .map(|l| l.matches("request{").count())
        .max()
        .unwrap_or(0);
    assert!(deepest <= 1, "request spans nest {deepest} deep");
    // The changed terms are read in chunks of 500; one full read is
    // ENTRIES / 500 statements, and the burst shares a few such reads.
    let term_reads = log
        .lines()
        .filter(|l| l.contains("DEBUG") && l.contains("FROM poc_terms"))
        .count();
    let one_read = ENTRIES / 500;
    assert!(
        term_reads <= 3 * one_read,
        "{term_reads} term statements for {} searches",
        2 * SEARCHERS * EACH
    );
}

/// DIR-8 with two instances on one database: a change made through one is
/// found at once by a search on the other, and an update replaces what the
/// other finds, however often it has searched in between.
#[tokio::test]
async fn dir8_a_change_through_one_instance_is_found_at_once_on_another() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    let other = app::Operator::open(t.app.config().clone()).await.unwrap();
    let reader = &admin_de.actor;
    // The entries a search on the other instance finds: (id, entity).
    let found = async |q: &str| -> Vec<(String, String)> {
        let query = app::directory::BrowseQuery {
            q: q.into(),
            ..Default::default()
        };
        app::directory::browse(other.app(), reader, &query)
            .await
            .unwrap()
            .entries
            .into_iter()
            .map(|e| (e.id, e.fields.entity))
            .collect()
    };
    // Searches while the other's window moves on (in steps of 15 s).
    for _ in 0..3 {
        other.app().clock().advance(20_000);
        assert!(found("cert").await.is_empty());
    }
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "en").await;
    let hits = found("cert").await;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].1, "CERT FR");
    let input = domain::poc::PocInput {
        poc_type: "technical".into(),
        entity: "Agence nationale".into(),
        emails: "cert@fr.example.org".into(),
        phones: "+33 1 23 45 67 89".into(),
        languages: "en".into(),
        timezone: "Europe/Paris".into(),
        submission_language: "en".into(),
        ..Default::default()
    };
    let update = app::directory::ChangeKind::Update(hits[0].0.clone());
    verified_change(&t, &custodian, &admin_fr, "FR", update, &input).await;
    assert!(found("cert").await.is_empty());
    let hits = found("agence").await;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].1, "Agence nationale");
}

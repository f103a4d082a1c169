//! NFR-4: a server killed in the middle of a campaign and started again
//! delivers every message. A message the mail server had accepted, and
//! whose acceptance was recorded, is never sent again. Only the messages in
//! flight at the instant of the kill (at most `app::mail::IN_FLIGHT`) may go
//! twice, and then with the same Message-ID, so the receiving side
//! recognises them.

use crate::helpers::*;
use std::collections::HashMap;
use std::time::Duration;

const POCS: usize = 400;

fn received(t: &TestApp) -> usize {
    std::fs::read_dir(t.smtp.maildir.join("new")).map_or(0, |d| d.count())
}

#[tokio::test]
async fn nfr4_kill_in_the_middle_of_a_campaign_then_restart_delivers_everything_once() {
    let t = TestApp::spawn_without_delivery(|_| {}).await;
    t.admit("FR").await;
    t.admit("DE").await;
    let custodian = t
        .user("custodian@un.example.org", domain::Role::Custodian, None)
        .await;
    t.op.load_demo_scale(POCS).await.unwrap();
    app::checks::launch(&t.app, &custodian.actor, &Default::default())
        .await
        .unwrap();

    let mut server = t.serve_process("warn");
    let mut seen = 0;
    for _ in 0..2000 {
        seen = received(&t);
        if seen >= POCS / 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let before_restart = received(&t);
    assert!(
        seen > 0 && before_restart < POCS,
        "killed in the middle: {before_restart} of {POCS} delivered"
    );

    let mut server = t.serve_process("warn");
    for _ in 0..600 {
        if received(&t) >= POCS {
            let mut c = t.db.conn().await.unwrap();
            if store::outbox::next_due(&mut c).await.unwrap().is_none() {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();

    let mut by_id: HashMap<String, usize> = HashMap::new();
    for m in t.smtp.messages() {
        *by_id.entry(m.message_id).or_default() += 1;
    }
    let total: usize = by_id.values().sum();
    assert_eq!(by_id.len(), POCS, "every message arrived");
    assert!(
        total - POCS <= app::mail::IN_FLIGHT,
        "only messages in flight at the kill went twice: {} extra",
        total - POCS
    );
    let mut c = t.db.conn().await.unwrap();
    let unsent: store::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM checks WHERE sent_at IS NULL",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(unsent.n, 0, "every check's clock started");
}

//! PING-1 scheduling, PING-3 follow-up (reminder, escalation, refused and
//! bounced addresses) and DIR-7 currency reminders, with the clock moved
//! forward instead of waiting.

use crate::helpers::*;
use app::clock::DAY;

async fn check_of(t: &TestApp, address: &str) -> store::campaign::CheckRow {
    let mut c = t.db.conn().await.unwrap();
    let campaign = store::campaign::recent(&mut c, (i64::MAX, ""), 1)
        .await
        .unwrap()
        .remove(0);
    store::campaign::checks_of(&mut c, &campaign.id, None)
        .await
        .unwrap()
        .into_iter()
        .find(|k| k.address == address)
        .unwrap()
}

async fn quiet_round(t: &TestApp) -> app::jobs::Round {
    let r = t.op.jobs_round().await;
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    t.settle().await;
    r
}

/// France with two addresses, written in `lang`, Germany with one, and a
/// check of every entry launched by the custodian; with the path of its
/// results.
async fn checked(lang: &str) -> (TestApp, TestUser, TestUser, String) {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    let fr = "cert@fr.example.org\nsoc@fr.example.org";
    publish(&t, &custodian, &admin_fr, "FR", fr, lang).await;
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "en").await;
    let c = t.signed_in(&custodian).await;
    let r = c.post("/checks/launch", &[]).await;
    assert_eq!(r.status, 303);
    let results = r.location.unwrap().split('?').next().unwrap().to_string();
    t.settle().await;
    (t, custodian, admin_fr, results)
}

#[tokio::test]
async fn ping3_reminder_then_escalation_to_the_state_never_to_the_poc() {
    let (t, custodian, admin_fr, results) = checked("en").await;
    let first = t.email("cert@fr.example.org", "Communication check").await;
    let de = t.email("cert@de.example.org", "Communication check").await;
    let anon = t.browser();
    assert_eq!(
        anon.post(
            de.link(&format!("{}/ack/", t.url))
                .trim_start_matches(&t.url),
            &[]
        )
        .await
        .status,
        200
    );

    // Nothing happens before the delay.
    t.app.clock().advance(6 * DAY);
    assert_eq!(quiet_round(&t).await.reminded, 0);

    // After seven days the silent addresses get a reminder with a new link.
    t.app.clock().advance(DAY + 60_000);
    assert_eq!(quiet_round(&t).await.reminded, 2);
    let reminder = t.email("cert@fr.example.org", "Reminder").await;
    assert!(reminder.body.contains("CERT FR"), "{}", reminder.body);
    let new_link = reminder.link(&format!("{}/ack/", t.url));
    assert_ne!(new_link, first.link(&format!("{}/ack/", t.url)));
    assert!(
        t.emails_to("cert@de.example.org").len() == 1,
        "an acknowledged address is not reminded"
    );
    assert_eq!(quiet_round(&t).await.reminded, 0, "a reminder is sent once");
    let r = anon.post(new_link.trim_start_matches(&t.url), &[]).await;
    assert_eq!(r.status, 200, "the reminder's link acknowledges");
    assert_eq!(
        check_of(&t, "cert@fr.example.org").await.status,
        "acknowledged"
    );
    let old = anon
        .post(
            first
                .link(&format!("{}/ack/", t.url))
                .trim_start_matches(&t.url),
            &[],
        )
        .await;
    assert_eq!(old.status, 410, "and the first link is then used up");

    // After fourteen days: FR's administrators and Mission hear of the one
    // still silent; the silent address itself gets nothing more.
    t.app.clock().advance(7 * DAY);
    let r = quiet_round(&t).await;
    assert_eq!(r.escalated, 1);
    for to in ["admin@fr.example.org", "mission@fr.example.org"] {
        let m = t.email(to, "have not answered").await;
        assert!(m.body.contains("soc@fr.example.org"), "{}", m.body);
        assert!(!m.body.contains("cert@fr.example.org"));
        assert!(m.body.contains(&format!("{}/my-checks", t.url)));
    }
    assert_eq!(t.emails_to("soc@fr.example.org").len(), 2);
    for to in ["admin@de.example.org", "mission@de.example.org"] {
        assert!(
            !t.emails_to(to)
                .iter()
                .any(|m| m.subject.contains("have not answered"))
        );
    }
    assert_eq!(quiet_round(&t).await.escalated, 0, "escalated once");
    let soc = check_of(&t, "soc@fr.example.org").await;
    assert!(soc.reminded_at.is_some() && soc.escalated_at.is_some());

    // The results show the follow-up; FR's administrator can still answer.
    let c = t.signed_in(&custodian).await;
    let page = text(&c.get(&results).await.body);
    assert!(page.contains("Escalated on"), "{page}");
    let fr = t.signed_in(&admin_fr).await;
    assert!(
        fr.get("/my-checks")
            .await
            .body
            .contains("soc@fr.example.org")
    );

    let actions = t.audit_actions().await;
    assert!(
        actions.contains(&"checks.reminded".into()) && actions.contains(&"checks.escalated".into())
    );
}

#[tokio::test]
async fn ping3_remind_now_reaches_every_non_responder_in_one_action() {
    let (t, custodian, admin_fr, results) = checked("fr").await;
    let first = t.email("soc@fr.example.org", "").await;
    let de = t.email("cert@de.example.org", "Communication check").await;
    let de_link = de.link(&format!("{}/ack/", t.url));
    t.browser()
        .post(de_link.trim_start_matches(&t.url), &[])
        .await;

    // One action, the same day, instead of one per address.
    t.app.clock().advance(3_600_000);
    let c = t.signed_in(&custodian).await;
    let page = text(&c.get(&results).await.body);
    assert!(
        page.contains("Remind now the 2 addresses that have not answered"),
        "{page}"
    );
    let r = c.post(&format!("{results}/remind"), &[]).await;
    assert_eq!(r.status, 303);
    assert!(r.location.unwrap().ends_with("done=reminded"));
    t.settle().await;
    let reminder = t.email("soc@fr.example.org", "Rappel").await;
    assert_ne!(
        reminder.link(&format!("{}/ack/", t.url)),
        first.link(&format!("{}/ack/", t.url))
    );
    t.email("cert@fr.example.org", "Rappel").await;
    assert_eq!(
        t.emails_to("cert@de.example.org").len(),
        1,
        "an address that answered is not reminded"
    );
    let soc = check_of(&t, "soc@fr.example.org").await;
    assert!(soc.reminded_at.is_some());
    let page = text(&c.get(&results).await.body);
    assert!(!page.contains("Remind now"), "{page}");
    assert!(page.contains("Reminded on"), "{page}");

    // Pressed again, nothing is sent twice; the scheduled reminder is spent too.
    let again = c.post(&format!("{results}/remind"), &[]).await;
    assert_eq!(again.status, 409);
    assert!(text(&again.body).contains("already had its reminder"));
    t.app.clock().advance(7 * DAY);
    assert_eq!(quiet_round(&t).await.reminded, 0);
    assert_eq!(t.emails_to("soc@fr.example.org").len(), 2);
    let fr = t.signed_in(&admin_fr).await;
    let mut db = t.db.conn().await.unwrap();
    let rows: Vec<_> = store::audit::recent(&mut db, 100, None)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.action == "campaign.reminded")
        .collect();
    drop(db);
    assert_eq!(rows.len(), 1);
    assert!(
        rows[0].detail.contains("\"reminders\":2"),
        "{}",
        rows[0].detail
    );

    // Only the custodian may, and not once the check has closed.
    assert_eq!(fr.post(&format!("{results}/remind"), &[]).await.status, 403);
    t.app.clock().advance(60 * DAY);
    let c = t.signed_in(&custodian).await;
    let closed = c.post(&format!("{results}/remind"), &[]).await;
    assert_eq!(closed.status, 409);
    assert!(text(&closed.body).contains("This check has closed"));
}

/// The Maildir folder that bounce reports are delivered to.
pub struct Bounces(tempfile::TempDir);

impl Bounces {
    pub fn path(&self) -> &std::path::Path {
        self.0.path()
    }

    /// Delivers a message, as the mail system would.
    pub fn deliver(&self, raw: &str) {
        for sub in ["new", "cur", "tmp"] {
            std::fs::create_dir_all(self.path().join(sub)).unwrap();
        }
        let name = uuid::Uuid::now_v7().to_string();
        std::fs::write(self.path().join("new").join(name), raw).unwrap();
    }
}

/// France participating, its administrator, the custodian, one entry with
/// these addresses, and bounce reports read from a Maildir.
pub async fn france_with_bounces(emails: &str) -> (TestApp, TestUser, TestUser, Bounces) {
    let bounces = Bounces(tempfile::tempdir().unwrap());
    let maildir = bounces.path().to_path_buf();
    let app = TestApp::spawn_with(|c| c.mail.bounce_maildir = maildir).await;
    let (t, custodian, admin) = france_with(app, emails).await;
    (t, custodian, admin, bounces)
}

/// A delivery status notification (RFC 3464) as a mail server returns it,
/// with the headers of the message that failed.
pub fn bounce_report(message_id: &str, address: &str, action: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mx.example.org\r\nTo: noreply@pocdir.example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\
         Message-ID: <report-1@mx.example.org>\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n\
         --B\r\nContent-Type: text/plain\r\n\r\nThe message could not be delivered.\r\n\
         --B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n\
         Final-Recipient: rfc822; {address}\r\nAction: {action}\r\nStatus: 5.1.1\r\n\r\n\
         --B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{message_id}>\r\nTo: {address}\r\nSubject: Communication check\r\n\r\n\
         --B--\r\n"
    )
}

#[tokio::test]
async fn ping3_refused_and_bounced_addresses_are_marked_unreachable_and_shown_on_the_entry() {
    let (t, custodian, admin, bounces) =
        france_with_bounces("cert@refused.example.org\nsoc@fr.example.org\nops@fr.example.org")
            .await;
    let c = t.signed_in(&custodian).await;
    assert_eq!(c.post("/checks/launch", &[]).await.status, 303);
    t.settle().await;

    // A 5xx at submission: unreachable at once, and not retried.
    let refused = check_of(&t, "cert@refused.example.org").await;
    assert_eq!(refused.status, "unreachable");
    assert_eq!(refused.unreachable_reason.as_deref(), Some("refused"));

    // A bounce report arrives later in the configured Maildir.
    let soc = t.email("soc@fr.example.org", "Communication check").await;
    let ops = t.email("ops@fr.example.org", "Communication check").await;
    bounces.deliver(&bounce_report(
        &soc.message_id,
        "soc@fr.example.org",
        "failed",
    ));
    // A delay notice and an out-of-office reply change nothing.
    bounces.deliver(&bounce_report(
        &ops.message_id,
        "ops@fr.example.org",
        "delayed",
    ));
    bounces
        .deliver("From: ops@fr.example.org\r\nSubject: Out of office\r\n\r\nBack on Monday.\r\n");
    let r = quiet_round(&t).await;
    assert_eq!(r.bounced, 1);
    let soc_check = check_of(&t, "soc@fr.example.org").await;
    assert_eq!(soc_check.status, "unreachable");
    assert_eq!(soc_check.unreachable_reason.as_deref(), Some("bounced"));
    assert_eq!(check_of(&t, "ops@fr.example.org").await.status, "pending");
    assert_eq!(
        std::fs::read_dir(bounces.path().join("new"))
            .unwrap()
            .count(),
        0,
        "every report is marked as read"
    );
    assert_eq!(
        std::fs::read_dir(bounces.path().join("cur"))
            .unwrap()
            .count(),
        3
    );

    // The entry shows which addresses failed, and how.
    let poc = soc_check.poc_id;
    let page = text(&c.get(&format!("/pocs/{poc}")).await.body);
    assert!(
        page.contains("Unreachable: refused by the mail server")
            && page.contains("Unreachable: the message bounced"),
        "{page}"
    );
    let fr = t.signed_in(&admin).await;
    assert!(text(&fr.get(&format!("/pocs/{poc}")).await.body).contains("the message bounced"));

    // Unreachable addresses are neither reminded nor escalated; the
    // escalation leaves the reminder its week.
    t.app.clock().advance(15 * DAY);
    let r = quiet_round(&t).await;
    assert_eq!((r.reminded, r.escalated), (1, 0), "only ops@ is reminded");
    t.app.clock().advance(7 * DAY);
    assert_eq!(quiet_round(&t).await.escalated, 1);
    assert_eq!(t.emails_to("soc@fr.example.org").len(), 1);
}

#[tokio::test]
async fn ping1_the_scheduled_check_runs_once_across_instances_and_restarts() {
    let (t, custodian, admin_fr, _) = two_states().await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "en").await;
    let second = app::Operator::open(t.app.config().clone()).await.unwrap();

    // Move both instances' clocks to one minute after the next scheduled slot.
    let next = t
        .app
        .config()
        .checks
        .calendar()
        .next_slot(t.app.now())
        .unwrap();
    let step = next - t.app.now() + 60_000;
    t.app.clock().advance(step);
    second.app().clock().advance(step);
    let page = text(&t.signed_in(&custodian).await.get("/checks").await.body);
    assert!(page.contains("No check has been run yet"), "{page}");

    let (a, b) = tokio::join!(t.op.jobs_round(), second.jobs_round());
    assert!(a.errors.is_empty() && b.errors.is_empty(), "{a:?} {b:?}");
    assert_eq!(
        a.scheduled_campaign
            .iter()
            .chain(&b.scheduled_campaign)
            .count(),
        1,
        "two instances start one campaign"
    );
    t.settle().await;
    t.email("cert@fr.example.org", "Communication check").await;

    // A restarted instance does not start it again.
    let restarted = app::Operator::open(t.app.config().clone()).await.unwrap();
    restarted.app().clock().advance(step + 3_600_000);
    assert!(restarted.jobs_round().await.scheduled_campaign.is_none());
    assert_eq!(t.count("campaigns").await, 1);
    assert_eq!(t.emails_to("cert@fr.example.org").len(), 1);
    let mut c = t.db.conn().await.unwrap();
    let runs = store::job::recent(&mut c, "scheduled-check", 5)
        .await
        .unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].outcome, "launched");
    drop(c);
    let c = t.signed_in(&custodian).await;
    let page = text(&c.get("/checks").await.body);
    assert!(page.contains("Next scheduled check"), "{page}");

    // PING-5: with a second campaign, the trend across campaigns appears.
    let link = t.emails_to("cert@fr.example.org")[0].link(&format!("{}/ack/", t.url));
    assert_eq!(
        t.browser()
            .post(link.trim_start_matches(&t.url), &[])
            .await
            .status,
        200
    );
    assert_eq!(c.post("/checks/launch", &[]).await.status, 303);
    let html = c.get("/checks").await.body;
    let page = text(&html);
    assert!(
        page.contains("Trend across campaigns")
            && page.contains("scheduled")
            && page.contains("ad hoc")
            && page.contains("100%")
            && page.contains("0%"),
        "{page}"
    );
    assert!(
        html.contains("<meter min=\"0\" max=\"100\" value=\"100\">"),
        "{html}"
    );
    assert!(html.contains("<meter min=\"0\" max=\"100\" value=\"0\">"));

    // A check of one region is not compared with checks of everyone.
    assert_eq!(
        c.post("/checks/launch", &[("region", "WEOG")]).await.status,
        303
    );
    let html = c.get("/checks").await.body;
    let page = text(&html);
    assert!(
        page.contains("Only checks of the same scope are compared"),
        "{page}"
    );
    assert!(
        page.contains("Western European and other States (1 check)"),
        "{page}"
    );
    assert!(page.contains("every point of contact (2 checks)"), "{page}");
    assert_eq!(
        html.matches("<meter ").count(),
        2,
        "the two checks of everyone"
    );
    let region = text(&c.get("/checks?trend=WEOG...").await.body);
    assert!(
        region.contains("There is only one check of this scope so far"),
        "{region}"
    );
}

#[tokio::test]
async fn dir7_currency_reminders_before_due_and_when_overdue() {
    let (t, custodian, admin_fr, _) = two_states().await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "en").await;
    t.settle().await;

    // Confirmed today: due in 360 days; the reminder comes 30 days before.
    t.app.clock().advance(329 * DAY);
    assert_eq!(quiet_round(&t).await.currency_reminders, 0);
    t.app.clock().advance(2 * DAY);
    assert_eq!(quiet_round(&t).await.currency_reminders, 1);
    for to in ["admin@fr.example.org", "mission@fr.example.org"] {
        let m = t.email(to, "soon due for confirmation").await;
        assert!(
            m.body.contains("CERT FR") && m.body.contains("/states/FR/desk"),
            "{}",
            m.body
        );
    }
    let about_currency = |to: &str| {
        t.emails_to(to)
            .into_iter()
            .filter(|m| m.subject.contains("for confirmation"))
            .count()
    };
    assert_eq!(about_currency("admin@de.example.org"), 0);
    assert_eq!(
        quiet_round(&t).await.currency_reminders,
        0,
        "once per stage"
    );

    // Overdue: a second reminder.
    t.app.clock().advance(30 * DAY);
    assert_eq!(quiet_round(&t).await.currency_reminders, 1);
    t.email("admin@fr.example.org", "overdue for confirmation")
        .await;

    // Confirming starts a new cycle: nothing more until the next one.
    let fr = t.signed_in(&admin_fr).await;
    assert_eq!(fr.post("/states/FR/confirm", &[]).await.status, 303);
    assert_eq!(quiet_round(&t).await.currency_reminders, 0);
    assert_eq!(about_currency("admin@fr.example.org"), 2);
}

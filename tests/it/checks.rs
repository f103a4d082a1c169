//! PING-1, PING-2, PING-5: launch a check, answer it by link or in the
//! portal, and read the measured results.

use crate::helpers::*;

async fn check_status(t: &TestApp, address: &str) -> (String, Option<i64>) {
    let mut c = t.db.conn().await.unwrap();
    let campaign = store::campaign::recent(&mut c, (i64::MAX, ""), 1)
        .await
        .unwrap()
        .remove(0);
    let check = store::campaign::checks_of(&mut c, &campaign.id, None)
        .await
        .unwrap()
        .into_iter()
        .find(|k| k.address == address)
        .unwrap();
    (check.status, check.sent_at)
}

#[tokio::test]
async fn ping1_ping2_ping5_launch_acknowledge_and_measure() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(
        &t,
        &custodian,
        &admin_fr,
        "FR",
        "cert@fr.example.org\nsoc@fr.example.org",
        "fr, en",
    )
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

    // PING-1: a preview shows what the campaign reaches, then one action launches it.
    let c = t.signed_in(&custodian).await;
    let preview = c.post("/checks/preview", &[("region", "WEOG")]).await;
    assert_eq!(preview.status, 200);
    assert!(
        text(&preview.body).contains(
            "Points of contact: 2. Email addresses that will receive the check message: 3."
        ),
        "{}",
        text(&preview.body)
    );
    let who = text(&preview.body);
    assert!(
        who.contains("Who will be checked")
            && who.contains("soc@fr.example.org")
            && who.contains("cert@de.example.org"),
        "the preview lists who will be checked: {who}"
    );
    let before = t.count("checks").await;
    let r = c.post("/checks/launch", &[("region", "WEOG")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(t.count("checks").await, before + 3);
    let results_path = r.location.unwrap().split('?').next().unwrap().to_string();

    // PING-2: each address gets its message, in the POC's language.
    let fr = t.email("cert@fr.example.org", "").await;
    assert!(
        !fr.subject.starts_with("Communication check"),
        "French POC, French message: {}",
        fr.subject
    );
    let de = t
        .email("cert@de.example.org", "Communication check: Germany")
        .await;
    let link = de.link(&format!("{}/ack/", t.url));
    // The server has the message; the worker records the acceptance just after.
    let mut sent_at = None;
    for _ in 0..100 {
        sent_at = check_status(&t, "cert@de.example.org").await.1;
        if sent_at.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(
        sent_at.is_some(),
        "the clock starts when the mail server accepts the message"
    );

    // A GET (a mail scanner) records nothing; the button does, once.
    let anon = t.browser();
    let path = link.trim_start_matches(&t.url);
    assert_eq!(anon.get(path).await.status, 200);
    assert_eq!(check_status(&t, "cert@de.example.org").await.0, "pending");
    t.app.clock().advance(7 * 60_000);
    let r = anon.post(path, &[]).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        check_status(&t, "cert@de.example.org").await.0,
        "acknowledged"
    );
    let again = anon.post(path, &[]).await;
    assert_eq!(again.status, 410);
    assert!(text(&again.body).contains("already acknowledged"));
    assert_eq!(anon.get("/ack/forged-token-0000").await.status, 410);

    // In the portal: FR's administrator sees FR's checks only, and confirms one.
    let a = t.signed_in(&admin_fr).await;
    let mine = a.get("/my-checks").await;
    assert!(mine.body.contains("soc@fr.example.org") && !mine.body.contains("cert@de.example.org"));
    let check_id = regex_lite::Regex::new(r"/my-checks/([0-9a-f-]{36})/ack")
        .unwrap()
        .captures(&mine.body)
        .unwrap()[1]
        .to_string();
    let d = t.signed_in(&admin_de).await;
    assert_eq!(
        d.post(&format!("/my-checks/{check_id}/ack"), &[])
            .await
            .status,
        403,
        "another State cannot answer for FR"
    );
    assert_eq!(
        a.post(&format!("/my-checks/{check_id}/ack"), &[])
            .await
            .status,
        303
    );

    // PING-5: results with rate and times; a State sees its own only.
    let page = text(&c.get(&results_path).await.body);
    assert!(page.contains("67%") && page.contains("2/3"), "{page}");
    assert!(page.contains("7 minutes"), "measured response time: {page}");
    assert!(
        page.contains("Checked: Western European and other States"),
        "the campaign says whom it checked: {page}"
    );
    // Percentages are written as the reader's language writes them.
    c.post("/language", &[("lang", "fr"), ("back", "/")]).await;
    let french = c.get(&results_path).await.body;
    assert!(french.contains("67\u{202f}%"), "{french}");
    c.post("/language", &[("lang", "en"), ("back", "/")]).await;
    // A chart made on the server: the bar of the region is 67 % full.
    let html = c.get(&results_path).await.body;
    assert!(
        html.contains("<span class=\"bar-label\">Western European and other States</span><meter min=\"0\" max=\"100\" value=\"67\">"),
        "{html}"
    );
    let csv = c.get(&format!("{results_path}/export")).await.body;
    assert!(
        csv.starts_with("\u{FEFF}state,state_name,poc_type,address,status,sent_at,acknowledged_at,response_seconds,"),
        "{csv}"
    );
    assert!(csv.contains(",420,"), "7 minutes, in seconds: {csv}");
    assert_eq!(csv.lines().count(), 4);
    let own = a.get(&results_path).await.body;
    assert!(
        !own.contains("de.example.org"),
        "FR does not see DE's results"
    );

    // After the campaign closes, a link changes nothing.
    let remaining = t.email("soc@fr.example.org", "").await;
    let late = remaining.link(&format!("{}/ack/", t.url));
    let status_before = check_status(&t, "soc@fr.example.org").await.0;
    t.app.clock().advance(31 * 86_400_000);
    let r = anon.post(late.trim_start_matches(&t.url), &[]).await;
    assert_eq!(r.status, 410);
    assert_eq!(
        check_status(&t, "soc@fr.example.org").await.0,
        status_before
    );

    let actions = t.audit_actions().await;
    assert!(
        actions.contains(&"campaign.launched".to_string())
            && actions.contains(&"checks.exported".to_string())
            && actions
                .iter()
                .filter(|a| *a == "check.acknowledged")
                .count()
                == 2
    );
}

#[tokio::test]
async fn ping4_the_custodian_records_phone_checks() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "fr").await;
    let poc = {
        let mut c = t.db.conn().await.unwrap();
        store::poc::of_state(&mut c, "FR")
            .await
            .unwrap()
            .remove(0)
            .id
    };
    let c = t.signed_in(&custodian).await;
    let path = format!("/pocs/{poc}/phone-checks");
    assert_eq!(
        c.post(
            &path,
            &[("number", "+33 9 99 99 99 99"), ("reached", "yes")]
        )
        .await
        .status,
        422,
        "only the entry's own numbers"
    );
    let r = c
        .post(
            &path,
            &[
                ("number", "+33 1 23 45 67 89"),
                ("reached", "no"),
                ("note", "voicemail only"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = text(&c.get(&format!("/pocs/{poc}")).await.body);
    assert!(
        page.contains("Not reached") && page.contains("voicemail only"),
        "{page}"
    );
    assert!(
        page.contains("called by custodian@un.example.org"),
        "PING-4: who called: {page}"
    );
    let fr = t.signed_in(&admin_fr).await;
    assert!(
        text(&fr.get(&format!("/pocs/{poc}")).await.body).contains("voicemail only"),
        "the State sees its own results"
    );
    assert_eq!(
        fr.post(
            &path,
            &[("number", "+33 1 23 45 67 89"), ("reached", "yes")]
        )
        .await
        .status,
        403
    );
    let de = t.signed_in(&admin_de).await;
    assert!(
        !de.get(&format!("/pocs/{poc}"))
            .await
            .body
            .contains("voicemail only"),
        "another State does not"
    );
    assert_eq!(t.count("phone_checks").await, 1);
}

/// DIR-8: the State's page and the entry's page say how each entry answered
/// the latest check: within how long, still awaited, or not at all.
#[tokio::test]
async fn dir8_the_state_and_entry_pages_show_the_last_check_result() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "fr").await;
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "de").await;
    let reader = t.signed_in(&admin_fr).await;
    assert!(text(&reader.get("/states/DE").await.body).contains("Not checked yet"));

    let c = t.signed_in(&custodian).await;
    assert_eq!(
        c.post("/checks/launch", &[("region", "WEOG")]).await.status,
        303
    );
    let link = t
        .email("cert@de.example.org", "Communication check: Germany")
        .await
        .link(&format!("{}/ack/", t.url));
    t.email("cert@fr.example.org", "").await;
    t.app.clock().advance(42_000);
    let anon = t.browser();
    assert_eq!(
        anon.post(link.trim_start_matches(&t.url), &[]).await.status,
        200
    );

    let de = text(&reader.get("/states/DE").await.body);
    assert!(de.contains("Answered within 42 seconds (check of"), "{de}");
    let fr = text(&reader.get("/states/FR").await.body);
    assert!(fr.contains("Awaiting an answer (check of"), "{fr}");

    // One action checks again the entries that have not answered (France).
    let results = c.get("/checks").await.body;
    let campaign = regex_lite::Regex::new(r"/checks/[0-9a-f-]{36}")
        .unwrap()
        .find(&results)
        .unwrap()
        .as_str()
        .to_string();
    let page = text(&c.get(&campaign).await.body);
    assert!(
        page.contains("Check again the entry that has not answered"),
        "{page}"
    );
    let before = t.count("checks").await;
    let r = c.post(&format!("{campaign}/recheck"), &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(t.count("checks").await, before + 1, "only France's address");
    let again = text(
        &c.get(r.location.unwrap().split('?').next().unwrap())
            .await
            .body,
    );
    assert!(
        again.contains("Checked: the entries that had not answered an earlier check"),
        "{again}"
    );
    assert!(
        t.audit_actions()
            .await
            .contains(&"campaign.rechecked".to_string())
    );
    let entry = regex_lite::Regex::new(r"/pocs/[0-9a-f-]{36}")
        .unwrap()
        .find(&reader.get("/states/DE").await.body)
        .unwrap()
        .as_str()
        .to_string();
    assert!(text(&reader.get(&entry).await.body).contains("Answered within 42 seconds"));

    // Once the campaign has closed, silence is a result.
    t.app.clock().advance(60 * 24 * 3_600_000);
    let reader = t.signed_in(&admin_fr).await;
    let fr = text(&reader.get("/states/FR").await.body);
    assert!(fr.contains("Not answered (check of"), "{fr}");
}

/// The custodian's attention desk lists what needs a person, each item with
/// its link: a change to verify, a reported problem and its entry, an
/// address that bounced, addresses silent in the last two checks.
#[tokio::test]
async fn the_custodians_desk_lists_what_needs_attention() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(
        &t,
        &custodian,
        &admin_fr,
        "FR",
        "cert@refused.example.org\ncert@fr.example.org",
        "fr",
    )
    .await;
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "de").await;
    let de = t.signed_in(&admin_de).await;
    let fr_entry = regex_lite::Regex::new(r"/pocs/[0-9a-f-]{36}")
        .unwrap()
        .find(&de.get("/states/FR").await.body)
        .unwrap()
        .as_str()
        .to_string();
    let r = de
        .post(
            &format!("{fr_entry}/problems"),
            &[("kind", "wrong_number"), ("detail", "The number rings out")],
        )
        .await;
    assert_eq!(r.status, 303);
    // Two checks that nobody answers.
    for _ in 0..2 {
        let c = t.signed_in(&custodian).await;
        assert_eq!(
            c.post("/checks/launch", &[("region", "WEOG")]).await.status,
            303
        );
        t.settle().await;
        t.app.clock().advance(40 * 24 * 3_600_000);
    }
    let c = t.signed_in(&custodian).await;
    let html = c.get("/custodian").await.body;
    let desk = text(&html);
    assert!(desk.contains("Needs attention"), "{desk}");
    assert!(
        desk.contains("Wrong phone number: The number rings out")
            && html.contains(&format!("href=\"{fr_entry}\"")),
        "the problem names its entry: {desk}"
    );
    assert!(
        desk.contains("cert@refused.example.org · Unreachable: refused by the mail server"),
        "{desk}"
    );
    let silent = desk
        .split("Addresses silent in the last two checks")
        .nth(1)
        .unwrap();
    let silent = silent.split("Bounced or unreachable").next().unwrap();
    assert!(
        silent.contains("cert@fr.example.org") && silent.contains("cert@de.example.org"),
        "{silent}"
    );
    assert!(
        !silent.contains("refused.example.org"),
        "an unreachable address is listed as such"
    );
}

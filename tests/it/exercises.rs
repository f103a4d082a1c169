//! EXR-1: an exercise with three States on the test clock, exercise control
//! driving it in headless Chromium; players answer with the normal tools.

use crate::browser::{chromium, click, fill, press, sign_in, wait_for};
use crate::helpers::*;
use crate::messages::three_states;
use fantoccini::Locator;

const MINUTE: i64 = 60_000;

async fn exercise_id(t: &TestApp) -> String {
    let mut c = t.db.conn().await.unwrap();
    store::exercise::all(&mut c).await.unwrap().remove(0).id
}

/// The exercise's thread to `state` for the inject numbered `seq`.
async fn thread_of(t: &TestApp, state: &str, seq: i64) -> store::message::ThreadRow {
    let x = exercise_id(t).await;
    let mut c = t.db.conn().await.unwrap();
    let inject = store::exercise::injects(&mut c, &x)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.seq == seq)
        .unwrap();
    store::message::of_exercise(&mut c, &x)
        .await
        .unwrap()
        .into_iter()
        .find(|th| th.to_state == state && th.inject_id.as_deref() == Some(inject.id.as_str()))
        .unwrap_or_else(|| panic!("no thread of inject {seq} to {state}"))
}

fn seconds(from: i64, to: Option<i64>) -> String {
    ((to.unwrap() - from) / 1000).to_string()
}

/// What a State's real record and the custodian's counts say, to compare.
async fn real_figures(t: &TestApp, custodian: &TestUser, admins: &[&TestUser]) -> Vec<String> {
    let mut out = Vec::new();
    for a in admins {
        let record = app::messages::record(&t.app, &a.actor, "en").await.unwrap();
        out.push(format!("record {}", record.len()));
    }
    let usage = app::messages::usage(&t.app, &custodian.actor)
        .await
        .unwrap();
    out.push(format!("communications {}", usage.total));
    let activity = app::usage::activity(&t.app, &custodian.actor)
        .await
        .unwrap();
    let communications: i64 = activity.rows.iter().map(|r| r.communications).sum();
    out.push(format!("activity communications {communications}"));
    out.push(format!("checks {}", t.count("checks").await));
    out
}

#[tokio::test]
async fn exr1_an_exercise_with_three_states_in_chromium() {
    let (t, custodian, admin_fr, admin_de, admin_it) = three_states().await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "fr").await;
    publish(&t, &custodian, &admin_it, "IT", "cert@it.example.org", "en").await;
    publish_as(
        &t,
        &custodian,
        &admin_it,
        "IT",
        "diplomatic",
        "diplo@it.example.org",
        "en",
    )
    .await;
    let admins = [&admin_fr, &admin_de, &admin_it];
    let before = real_figures(&t, &custodian, &admins).await;

    // Exercise control prepares it in Chromium.
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    sign_in(&c, &t, &custodian.email, &custodian.secret).await;
    c.goto(&format!("{}/custodian/exercises", t.url))
        .await
        .unwrap();
    fill(&c, "#f-title", "Cross-border ransomware").await;
    fill(
        &c,
        "#f-narrative",
        "Hospitals in three States are encrypted.",
    )
    .await;
    press(&c, "main form .btn-primary").await;
    wait_for(&c, "Invite States").await;
    let x = exercise_id(&t).await;
    for code in ["FR", "DE", "IT"] {
        click(
            &c,
            Locator::Css(&format!("input[name=states][value={code}]")),
        )
        .await;
    }
    press(&c, "form[action$='/invite'] .btn").await;
    wait_for(&c, "Not answered yet").await;
    for to in [
        "admin@fr.example.org",
        "admin@de.example.org",
        "admin@it.example.org",
    ] {
        let invitation = t.email(to, "invited to an exercise").await;
        assert!(
            invitation.subject.starts_with("[EXERCISE]"),
            "{}",
            invitation.subject
        );
        assert!(
            invitation.body.contains("*** EXERCISE"),
            "{}",
            invitation.body
        );
    }

    // Each State accepts in its portal and names its technical contact.
    for (admin, code) in [(&admin_fr, "FR"), (&admin_de, "DE"), (&admin_it, "IT")] {
        let b = t.signed_in(admin).await;
        let page = b.get(&format!("/exercises/{x}")).await;
        assert!(page.body.contains("EXERCISE"), "{}", text(&page.body));
        let state = domain::StateCode::parse(code).unwrap();
        let player = app::directory::state_entries(&t.app, &admin.actor, state)
            .await
            .unwrap()
            .into_iter()
            .find(|e| e.fields.poc_type.code() == "technical")
            .unwrap()
            .id;
        let r = b
            .post(
                &format!("/exercises/{x}/answer"),
                &[("answer", "accept"), ("players", &player)],
            )
            .await;
        assert_eq!(r.status, 303, "{}", text(&r.body));
    }

    // The first inject, from a simulated State, at the start; its
    // expectations: acknowledged within 10 minutes, answered within 30.
    c.goto(&format!("{}/custodian/exercises/{x}", t.url))
        .await
        .unwrap();
    wait_for(&c, "Add an inject").await;
    press(&c, "form[action$='/injects'] .btn-primary").await;
    wait_for(&c, "New inject").await;
    fill(&c, "#f-sender", "Ardenia CERT").await;
    for code in ["FR", "DE", "IT"] {
        click(
            &c,
            Locator::Css(&format!("input[name=to_states][value={code}]")),
        )
        .await;
    }
    c.find(Locator::Css("#f-urgency option[value=urgent]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    fill(&c, "#f-nature", "Ransomware").await;
    fill(
        &c,
        "#f-description",
        "Hospitals encrypted; please share indicators.",
    )
    .await;
    fill(&c, "#f-offset_minutes", "0").await;
    fill(&c, "#f-ack_within_minutes", "10").await;
    fill(&c, "#f-answer_within_minutes", "30").await;
    fill(&c, "#f-expiry_minutes", "120").await;
    press(&c, "main form .btn-primary").await;
    wait_for(&c, "Inject 1").await;
    // An inject before the start is refused, named, and nothing is stored.
    let keeper = t.signed_in(&custodian).await;
    for (timing, refusal) in [
        (
            &[("offset_minutes", "-5")][..],
            "cannot be scheduled before the start",
        ),
        (
            &[
                ("offset_minutes", "5"),
                ("ack_within_minutes", "90"),
                ("expiry_minutes", "60"),
            ][..],
            "would be due after it expires",
        ),
    ] {
        let mut form = vec![
            ("template", "incident"),
            ("to_states", "FR"),
            ("urgency", "high"),
            ("tlp", "amber"),
            ("f_nature", "x"),
            ("f_description", "y"),
            ("release", "at"),
        ];
        form.extend_from_slice(timing);
        let r = keeper
            .post(&format!("/custodian/exercises/{x}/injects"), &form)
            .await;
        assert_eq!(r.status, 422);
        assert!(text(&r.body).contains(refusal), "{}", text(&r.body));
    }
    // The second follows the first by 20 minutes, to France only.
    let first = {
        let mut db = t.db.conn().await.unwrap();
        store::exercise::injects(&mut db, &x)
            .await
            .unwrap()
            .remove(0)
            .id
    };
    assert_eq!(t.count("injects").await, 1);
    app::exercises::add_inject(
        &t.app,
        &custodian.actor,
        &x,
        &app::exercises::InjectInput {
            to_states: vec!["FR".into()],
            template_key: "general".into(),
            urgency: "high".into(),
            tlp: "green".into(),
            fields: vec![
                ("subject".into(), "Update".into()),
                ("description".into(), "Data leak threatened.".into()),
            ],
            release: "after".into(),
            after: first,
            offset_minutes: "20".into(),
            ack_within_minutes: "5".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();

    // Rehearsal: control sees the inject as a French player will.
    c.goto(&format!(
        "{}/custodian/exercises/{x}/injects/{}/rehearse?lang=fr",
        t.url,
        {
            let mut db = t.db.conn().await.unwrap();
            store::exercise::injects(&mut db, &x)
                .await
                .unwrap()
                .remove(0)
                .id
        }
    ))
    .await
    .unwrap();
    let rehearsal = wait_for(&c, "EXERCICE").await;
    assert!(rehearsal.contains("Ardenia CERT"), "{}", text(&rehearsal));
    assert_eq!(
        t.count("threads").await,
        0,
        "a rehearsal sends nothing to the States"
    );

    // Signing in moves the test clock to a fresh code's step: done first.
    let fr = t.signed_in(&admin_fr).await;
    let de = t.signed_in(&admin_de).await;
    // Launch: the first inject goes at once.
    c.goto(&format!("{}/custodian/exercises/{x}", t.url))
        .await
        .unwrap();
    press(&c, "button[value=launch]").await;
    wait_for(&c, "Running").await;
    for code in ["FR", "DE", "IT"] {
        thread_of(&t, code, 1).await;
    }
    let mail = t.email("cert@it.example.org", "Ardenia CERT").await;
    assert!(mail.subject.starts_with("[EXERCISE]"), "{}", mail.subject);
    assert!(mail.body.starts_with("*** EXERCISE"), "{}", mail.body);
    assert_eq!(
        mail.body.matches("*** EXERCISE").count(),
        2,
        "above and below: {}",
        mail.body
    );
    let french = t.email("cert@fr.example.org", "Ardenia CERT").await;
    assert!(
        french.subject.starts_with("[EXERCICE]"),
        "in the player's language: {}",
        french.subject
    );

    // France acknowledges after about two minutes and answers after about
    // thirteen; Germany only acknowledges; Italy stays silent.
    let inbox = fr.get("/messages").await;
    assert!(inbox.body.contains("badge-exercise"), "marked in the inbox");
    let fr1 = thread_of(&t, "FR", 1).await;
    let thread_page = fr.get(&format!("/messages/{}", fr1.id)).await;
    let shown = text(&thread_page.body);
    assert!(
        shown.contains("EXERCISE — this is a simulation") && shown.contains("From Ardenia CERT"),
        "{shown}"
    );
    t.app.clock().advance(2 * MINUTE);
    assert_eq!(
        fr.post(&format!("/messages/{}/ack", fr1.id), &[])
            .await
            .status,
        303
    );
    t.app.clock().advance(MINUTE);
    let de1 = thread_of(&t, "DE", 1).await;
    assert_eq!(
        de.post(&format!("/messages/{}/ack", de1.id), &[])
            .await
            .status,
        303
    );
    t.app.clock().advance(10 * MINUTE);
    let r = fr
        .post(
            &format!("/messages/{}/reply", fr1.id),
            &[("text", "Indicators attached.")],
        )
        .await;
    assert_eq!(r.status, 303);

    // The second inject falls due 20 minutes after the first, not before.
    t.app.clock().advance(6 * MINUTE);
    assert_eq!(t.op.jobs_round().await.injects_released, 0);
    t.app.clock().advance(MINUTE + 1000);
    assert_eq!(t.op.jobs_round().await.injects_released, 1);
    let fr2 = thread_of(&t, "FR", 2).await;
    let on_time = fr2.created_at - fr1.created_at;
    assert!(
        (20 * MINUTE..21 * MINUTE).contains(&on_time),
        "released {on_time} ms after the first"
    );
    t.app.clock().advance(MINUTE / 2);
    assert_eq!(
        fr.post(&format!("/messages/{}/ack", fr2.id), &[])
            .await
            .status,
        303
    );

    // Italy's contact never acknowledges: after the urgent delay, the
    // escalation goes to its other contacts, marked as an exercise.
    t.app.clock().advance(40 * MINUTE);
    assert!(t.op.jobs_round().await.messages_escalated >= 1);
    let escalated = t.email("diplo@it.example.org", "").await;
    assert!(
        escalated.subject.starts_with("[EXERCISE]"),
        "{}",
        escalated.subject
    );

    // Control ends it; the report tells each State's story, to the second.
    // An hour has passed on the test clock: everyone signs in again.
    sign_in(&c, &t, &custodian.email, &custodian.secret).await;
    let (keeper, fr, de) = (
        t.signed_in(&custodian).await,
        t.signed_in(&admin_fr).await,
        t.signed_in(&admin_de).await,
    );
    c.goto(&format!("{}/custodian/exercises/{x}", t.url))
        .await
        .unwrap();
    wait_for(&c, "Live board").await;
    press(&c, "button[value=end]").await;
    wait_for(&c, "Finished").await;
    c.goto(&format!("{}/custodian/exercises/{x}/report", t.url))
        .await
        .unwrap();
    let report = text(&wait_for(&c, "After-action report").await);
    for expected in [
        "Acknowledged but not answered",
        "Delivered but not acknowledged",
        "Cross-border ransomware",
    ] {
        assert!(report.contains(expected), "{expected}: {report}");
    }
    let csv = keeper
        .get(&format!("/custodian/exercises/{x}/report.csv"))
        .await
        .body;
    // No cell of this report holds a comma or a quote.
    let rows: Vec<Vec<String>> = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    let row = |state: &str, seq: &str| {
        rows.iter()
            .find(|r| r[2] == state && r[1] == seq)
            .unwrap_or_else(|| panic!("no row {state} {seq}: {rows:?}"))
            .clone()
    };
    let fr1 = thread_of(&t, "FR", 1).await;
    let de1 = thread_of(&t, "DE", 1).await;
    let it1 = thread_of(&t, "IT", 1).await;
    let fr_row = row("FR", "1");
    assert!(
        fr_row[0].starts_with("EXERCISE"),
        "every row is marked: {fr_row:?}"
    );
    assert_eq!(fr_row[5], seconds(fr1.created_at, fr1.acknowledged_at));
    assert_eq!(fr_row[6], seconds(fr1.created_at, fr1.responded_at));
    assert!(
        (120..130).contains(&fr_row[5].parse::<i64>().unwrap()),
        "{fr_row:?}"
    );
    assert_eq!(
        (fr_row[8].as_str(), fr_row[9].as_str(), fr_row[10].as_str()),
        ("met", "met", "")
    );
    let de_row = row("DE", "1");
    assert_eq!(de_row[5], seconds(de1.created_at, de1.acknowledged_at));
    assert_eq!(
        (de_row[6].as_str(), de_row[9].as_str(), de_row[10].as_str()),
        ("", "failed", "not-answered")
    );
    let it_row = row("IT", "1");
    assert!(it1.acknowledged_at.is_none());
    assert_eq!(
        (
            it_row[5].as_str(),
            it_row[7].as_str(),
            it_row[8].as_str(),
            it_row[10].as_str()
        ),
        ("", "1", "failed", "not-acknowledged")
    );
    assert_eq!(row("FR", "2")[8], "met");

    // Each State sees its own results, and no other State's.
    let own = text(&de.get(&format!("/exercises/{x}")).await.body);
    assert!(own.contains("Acknowledged but not answered"), "{own}");
    assert!(
        !own.contains("Italy") && !own.contains("France"),
        "other States' rows are not Germany's to see: {own}"
    );
    assert!(
        own.contains("Delivered but not acknowledged: 1"),
        "the network's figures are: {own}"
    );
    let de_csv = de.get(&format!("/exercises/{x}/report.csv")).await.body;
    assert!(
        !de_csv.contains(",IT,") && !de_csv.contains(",FR,"),
        "{de_csv}"
    );

    // A lesson learned, in the player's language, named as France chose.
    let r = fr
        .post(
            &format!("/exercises/{x}/lessons"),
            &[("lang", "fr"), ("text", "Le numéro d’astreinte manquait.")],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = fr
        .post(&format!("/exercises/{x}/naming"), &[("named", "yes")])
        .await;
    assert_eq!(r.status, 303);
    let r = de
        .post(
            &format!("/exercises/{x}/lessons"),
            &[("lang", "en"), ("text", "")],
        )
        .await;
    assert_eq!(r.status, 422, "an empty lesson is refused");
    let report = text(
        &keeper
            .get(&format!("/custodian/exercises/{x}/report"))
            .await
            .body,
    );
    assert!(
        report.contains("France") && report.contains("Le numéro d’astreinte manquait."),
        "{report}"
    );

    // Nothing real changed: records, counts, checks. The usage figures
    // count the three States that took part, in their region (USE-1).
    assert_eq!(real_figures(&t, &custodian, &admins).await, before);
    let activity = app::usage::activity(&t.app, &custodian.actor)
        .await
        .unwrap();
    let weog = activity
        .by_region
        .iter()
        .find(|r| r.region == "WEOG")
        .unwrap();
    assert_eq!(weog.exercises, 3);
    let actions = t.audit_actions().await;
    for a in [
        "exercise.created",
        "exercise.invited",
        "exercise.answered",
        "exercise.inject-added",
        "exercise.launch",
        "exercise.inject-released",
        "exercise.end",
        "exercise.lesson",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} audited");
    }
    c.close().await.unwrap();
}

/// A plain inject to `to`, ten minutes from the start.
fn ten_minutes_in(to: &str) -> app::exercises::InjectInput {
    app::exercises::InjectInput {
        to_states: vec![to.into()],
        template_key: "general".into(),
        urgency: "routine".into(),
        tlp: "clear".into(),
        fields: vec![
            ("subject".into(), "Ten minutes in".into()),
            ("description".into(), "d".into()),
        ],
        release: "at".into(),
        offset_minutes: "10".into(),
        ..Default::default()
    }
}

/// EXR-1: a pause stops the exercise clock, so an inject due ten minutes
/// in goes out ten minutes of exercise time after the start; each control
/// is audited; a control out of turn, a scenario without a title and an
/// inject for a State not invited are refused and change nothing; the
/// rehearsal sends control the email a player will get.
#[tokio::test]
async fn exr1_pauses_stop_the_clock_and_bad_input_changes_nothing() {
    let (t, custodian, admin_fr, admin_de, _admin_it) = three_states().await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "en").await;
    let keeper = t.signed_in(&custodian).await;
    let refused = keeper
        .post(
            "/custodian/exercises",
            &[("lang", "en"), ("title", ""), ("narrative", "Text")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        text(&refused.body).contains("Title"),
        "{}",
        text(&refused.body)
    );
    assert_eq!(t.count("exercises").await, 0);

    let c = &custodian.actor;
    let x = app::exercises::create(&t.app, c, "fr", "Exercice", "Scénario.")
        .await
        .unwrap();
    app::exercises::invite(&t.app, c, &x, &["FR".into()])
        .await
        .unwrap();
    let not_invited = app::exercises::add_inject(&t.app, c, &x, &ten_minutes_in("DE")).await;
    assert!(
        matches!(not_invited, Err(app::AppError::Invalid(_))),
        "{not_invited:?}"
    );
    assert!(matches!(
        app::exercises::steer(&t.app, c, &x, "launch").await,
        Err(app::AppError::Conflict("err-exercise-no-players"))
    ));
    let entry = app::directory::state_entries(
        &t.app,
        &admin_fr.actor,
        domain::StateCode::parse("FR").unwrap(),
    )
    .await
    .unwrap()
    .remove(0)
    .id;
    app::exercises::answer(&t.app, &admin_fr.actor, &x, "accept", &[entry])
        .await
        .unwrap();
    let inject = app::exercises::add_inject(&t.app, c, &x, &ten_minutes_in("FR"))
        .await
        .unwrap();
    assert_eq!(t.count("injects").await, 1);

    // The rehearsal's email reaches control, marked, before launch.
    let b = keeper
        .post(
            &format!("/custodian/exercises/{x}/injects/{inject}/rehearse"),
            &[],
        )
        .await;
    assert_eq!(b.status, 303);
    let rehearsed = t.email("custodian@un.example.org", "EXERCISE").await;
    assert!(
        rehearsed.body.contains("*** EXERCISE"),
        "{}",
        rehearsed.body
    );
    assert_eq!(t.count("threads").await, 0);

    app::exercises::steer(&t.app, c, &x, "launch")
        .await
        .unwrap();
    t.app.clock().advance(4 * MINUTE);
    app::exercises::steer(&t.app, c, &x, "pause").await.unwrap();
    assert!(matches!(
        app::exercises::steer(&t.app, c, &x, "pause").await,
        Err(app::AppError::Conflict("err-exercise-status"))
    ));
    // Half an hour of pause: nothing falls due.
    t.app.clock().advance(30 * MINUTE);
    assert_eq!(t.op.jobs_round().await.injects_released, 0);
    app::exercises::steer(&t.app, c, &x, "resume")
        .await
        .unwrap();
    t.app.clock().advance(5 * MINUTE);
    assert_eq!(
        t.op.jobs_round().await.injects_released,
        0,
        "nine minutes of exercise time"
    );
    t.app.clock().advance(MINUTE + 1000);
    assert_eq!(
        t.op.jobs_round().await.injects_released,
        1,
        "ten minutes of exercise time"
    );
    app::exercises::steer(&t.app, c, &x, "end").await.unwrap();
    assert!(matches!(
        app::exercises::steer(&t.app, c, &x, "cancel").await,
        Err(app::AppError::Conflict("err-exercise-status"))
    ));
    let audited = t.audit_actions().await;
    for a in [
        "exercise.launch",
        "exercise.pause",
        "exercise.resume",
        "exercise.end",
        "exercise.rehearsed",
    ] {
        assert_eq!(audited.iter().filter(|x| *x == a).count(), 1, "{a}");
    }
    let mut db = t.db.conn().await.unwrap();
    let pauses = store::exercise::pauses(&mut db, &x).await.unwrap();
    assert_eq!(pauses.len(), 1);
    let paused = pauses[0].resumed_at.unwrap() - pauses[0].at;
    assert!(
        (30 * MINUTE..31 * MINUTE).contains(&paused),
        "the pause is recorded: {paused}"
    );
    // The report is closed to anyone but control and the States taking part.
    let de = t.signed_in(&admin_de).await;
    assert_eq!(
        de.get(&format!("/custodian/exercises/{x}/report"))
            .await
            .status,
        403
    );
    assert_eq!(de.get(&format!("/exercises/{x}")).await.status, 404);
}

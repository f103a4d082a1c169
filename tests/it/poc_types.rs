//! DIR-2: the custodian chooses which further POC types are offered; a type
//! no longer offered cannot be nominated, and its entries stay readable.

use crate::helpers::*;

fn legal(entity: &str) -> Vec<(&'static str, String)> {
    let mut form = nomination(entity);
    form.retain(|(k, _)| *k != "poc_type");
    form.push(("poc_type", "legal".into()));
    form
}

#[tokio::test]
async fn dir2_the_custodian_offers_further_types_and_withdrawn_ones_stay_readable() {
    let (t, custodian, admin_fr, _) = two_states().await;
    let fr = t.signed_in(&admin_fr).await;
    let c = t.signed_in(&custodian).await;

    // Out of the box, only the core types are offered.
    let form = fr.get("/states/FR/pocs/new").await.body;
    assert!(form.contains("value=\"diplomatic\"") && form.contains("value=\"technical\""));
    assert!(!form.contains("value=\"legal\""), "{form}");
    let before = t.count("poc_versions").await;
    let r = fr
        .post("/states/FR/pocs/new", &fields(&legal("Bureau juridique")))
        .await;
    assert_eq!(r.status, 422);
    assert!(
        text(&r.body).contains("This type of point of contact is not offered in this directory"),
        "{}",
        text(&r.body)
    );
    assert_eq!(t.count("poc_versions").await, before, "nothing is stored");

    // The custodian offers "legal".
    let page = text(&c.get("/custodian/poc-types").await.body);
    assert!(
        page.contains("Always offered") && page.contains("Legal"),
        "{page}"
    );
    assert_eq!(
        fr.get("/custodian/poc-types").await.status,
        403,
        "only the custodian"
    );
    let r = c
        .post("/custodian/poc-types", &[("offered", "legal")])
        .await;
    assert_eq!(r.status, 303);
    assert!(
        t.audit_actions()
            .await
            .contains(&"poc_types.changed".to_string())
    );
    assert!(
        fr.get("/states/FR/pocs/new")
            .await
            .body
            .contains("value=\"legal\"")
    );
    let r = fr
        .post("/states/FR/pocs/new", &fields(&legal("Bureau juridique")))
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let pending = pending_changes(&t.app, &custodian.actor).await;
    let entry = format!("/pocs/{}", pending[0].poc_id);
    app::directory::verify(
        &t.app,
        &custodian.actor,
        &pending[0].version.id,
        "note_verbale",
        "REF",
    )
    .await
    .unwrap();
    let page = text(&c.get("/custodian/poc-types").await.body);
    assert!(page.contains("1 published entry"), "{page}");

    // Withdrawn from the offer: no new nomination; the entry stays, and
    // its State can still keep it right.
    let r = c.post("/custodian/poc-types", &[]).await;
    assert_eq!(r.status, 303);
    assert!(
        !fr.get("/states/FR/pocs/new")
            .await
            .body
            .contains("value=\"legal\"")
    );
    let shown = text(&fr.get(&entry).await.body);
    assert!(
        shown.contains("Bureau juridique") && shown.contains("Legal"),
        "{shown}"
    );
    assert!(text(&fr.get("/states/FR").await.body).contains("Bureau juridique"));
    let edit = fr.get(&format!("{entry}/edit")).await.body;
    assert!(edit.contains("value=\"legal\" selected"), "{edit}");
    let mut update = legal("Bureau juridique");
    update.retain(|(k, _)| *k != "emails");
    update.push(("emails", "juridique@fr.example.org".into()));
    let r = fr.post(&format!("{entry}/edit"), &fields(&update)).await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let r = fr
        .post("/states/FR/pocs/new", &fields(&legal("Autre bureau")))
        .await;
    assert_eq!(r.status, 422);

    // A type that does not exist is refused and changes nothing.
    let before = t.audit_actions().await.len();
    let r = c
        .post("/custodian/poc-types", &[("offered", "spies")])
        .await;
    assert_eq!(r.status, 422);
    assert!(
        text(&r.body).contains("Choose a type of contact from the list"),
        "{}",
        text(&r.body)
    );
    assert_eq!(t.audit_actions().await.len(), before);
}

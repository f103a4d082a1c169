//! MSG-1: the custodian edits communication templates through a form, in
//! the six languages, and imports or exports them as JSON.

use crate::helpers::*;

const LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// A new template with one field, as the form posts it, and the blank row
/// the form always ends with.
fn new_template() -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = vec![("key".into(), "exercise_notice".into())];
    for l in LANGS {
        f.push((format!("title_{l}"), format!("Exercise notice ({l})")));
        f.push((format!("f0_label_{l}"), format!("Summary ({l})")));
        f.push((format!("f1_label_{l}"), String::new()));
    }
    for (k, v) in [
        ("f0_name", "summary"),
        ("f0_kind", "textarea"),
        ("f0_expected", "true"),
        ("f0_position", "1"),
        ("f1_name", ""),
        ("f1_kind", "textarea"),
        ("f1_position", "2"),
        ("action", "save"),
    ] {
        f.push((k.into(), v.into()));
    }
    f
}

fn set(form: &mut Vec<(String, String)>, key: &str, value: &str) {
    form.retain(|(k, _)| k != key);
    form.push((key.into(), value.into()));
}

fn pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

async fn current(t: &TestApp, key: &str) -> (i64, domain::message::Template) {
    let (row, tpl) = app::messages::templates(&t.app)
        .await
        .unwrap()
        .into_iter()
        .find(|(r, _)| r.key == key)
        .unwrap();
    (row.version, tpl)
}

#[tokio::test]
async fn msg1_the_custodian_edits_templates_through_a_form_in_six_languages() {
    let (t, custodian, admin_fr, _) = two_states().await;
    let cu = t.signed_in(&custodian).await;
    let fr = t.signed_in(&admin_fr).await;
    assert_eq!(fr.get("/custodian/templates/new").await.status, 403);

    // An existing template opens as a form, every label in its own field.
    let page = cu.get("/custodian/templates/incident").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains("name=\"f0_label_ar\" value=\"طبيعة الحادث\" lang=\"ar\" dir=\"rtl\"")
    );
    assert!(text(&page.body).contains("Notification of an ICT incident"));

    // A label missing in one language is named where it is; nothing is saved.
    let before = t.count("message_templates").await;
    let mut missing = new_template();
    set(&mut missing, "f0_label_es", "");
    let r = cu.post("/custodian/templates/new", &pairs(&missing)).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"e-f0_label_es\""), "{}", r.body);
    assert!(text(&r.body).contains("all six languages"));
    assert!(
        r.body.contains("value=\"Summary (fr)\""),
        "what was typed stays"
    );
    let mut bad = new_template();
    set(&mut bad, "f0_name", "Summary!");
    let r = cu.post("/custodian/templates/new", &pairs(&bad)).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"e-f0_name\""));
    let mut taken = new_template();
    set(&mut taken, "key", "incident");
    let r = cu.post("/custodian/templates/new", &pairs(&taken)).await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("A template with this key exists already"));
    assert_eq!(t.count("message_templates").await, before);

    // "Add another field" shows one more row and saves nothing.
    let mut more = new_template();
    set(&mut more, "action", "add");
    set(&mut more, "f1_name", "deadline");
    let r = cu.post("/custodian/templates/new", &pairs(&more)).await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("name=\"f2_name\""));
    assert_eq!(t.count("message_templates").await, before);

    // Saved: a new template that States can write from.
    let r = cu
        .post("/custodian/templates/new", &pairs(&new_template()))
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let (version, tpl) = current(&t, "exercise_notice").await;
    assert_eq!((version, tpl.fields.len()), (1, 1));
    assert_eq!(tpl.title.get("ar"), "Exercise notice (ar)");
    let compose = fr.get("/messages/new?to=DE&template=exercise_notice").await;
    assert!(text(&compose.body).contains("Summary (en)"));

    // Revised: a date field added first; then a field removed.
    let mut revised = new_template();
    for l in LANGS {
        set(
            &mut revised,
            &format!("f1_label_{l}"),
            &format!("Deadline ({l})"),
        );
    }
    set(&mut revised, "f1_name", "deadline");
    set(&mut revised, "f1_kind", "date");
    set(&mut revised, "f1_position", "0");
    let r = cu
        .post("/custodian/templates/exercise_notice", &pairs(&revised))
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let (version, tpl) = current(&t, "exercise_notice").await;
    assert_eq!(version, 2);
    let names: Vec<&str> = tpl.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["deadline", "summary"]);
    assert_eq!(tpl.fields[0].kind, domain::message::FieldKind::Date);
    assert!(!tpl.fields[0].expected && tpl.fields[1].expected);
    set(&mut revised, "f1_remove", "true");
    let r = cu
        .post("/custodian/templates/exercise_notice", &pairs(&revised))
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(current(&t, "exercise_notice").await.1.fields.len(), 1);
    let r = cu
        .post("/custodian/templates/exercise_notice", &pairs(&revised))
        .await;
    assert_eq!(r.status, 422, "the same again is no new version");
    assert!(text(&r.body).contains("same as its current version"));

    // Exported as JSON, and imported back: unchanged, then revised.
    let export = cu.get("/custodian/templates.json").await;
    assert_eq!(export.status, 200);
    let list: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 6);
    let r = cu
        .post("/custodian/templates", &[("definition", &export.body)])
        .await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("same as its current version"));
    let one = cu
        .get("/custodian/templates.json?key=exercise_notice")
        .await
        .body
        .replace("Exercise notice (fr)", "Avis d’exercice");
    let r = cu
        .post("/custodian/templates", &[("definition", &one)])
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let (version, tpl) = current(&t, "exercise_notice").await;
    assert_eq!((version, tpl.title.get("fr")), (4, "Avis d’exercice"));
    let saved = t
        .audit_actions()
        .await
        .iter()
        .filter(|a| *a == "template.saved")
        .count();
    assert_eq!(saved, 4);
}

//! ACC-5 over HTTP, for every route the router serves: anonymous, a member,
//! a national administrator and the custodian call it against objects of
//! their own State and of another State. Each answer is compared with the
//! table below, and a refused state-changing request must leave the
//! database exactly as it was. A route missing from the table fails the test.

use crate::helpers::*;
use app::directory::{BrowseQuery, ChangeKind, ChangeMeta};
use domain::{Role, StateCode};

/// The expected answer of each route, written by hand. Eight letters: for
/// anonymous, member of FR, administrator of FR and custodian, the answer
/// against FR's objects then against DE's. o 200, r a redirect, l a
/// redirect to sign in, a 202, b 400, u 401, f 403, n 404, c 409, g 410, i 422,
/// z 429. Requests carry an empty form: allowed changes mostly stop at
/// validation. The API is called with a token of each user holding every
/// scope its role is offered, and with none for anonymous.
#[rustfmt::skip]
const EXPECTED: &[(&str, &str, &str)] = &[
    ("GET",  "/",                                          "oo oo oo oo"),
    ("GET",  "/join",                                      "oo oo oo oo"),
    ("POST", "/join",                                      "ii ii ii ii"),
    ("GET",  "/healthz",                                   "oo oo oo oo"),
    ("POST", "/language",                                  "ii ii ii ii"),
    ("GET",  "/static/app.css",                            "oo oo oo oo"),
    ("GET",  "/static/inbox.js",                           "oo oo oo oo"),
    ("GET",  "/static/guide/{image}",                      "oo oo oo oo"),
    ("GET",  "/pocdir-mail-key.asc",                       "nn nn nn nn"),
    ("GET",  "/static/local-time.js",                      "oo oo oo oo"),
    ("GET",  "/static/passkey.js",                         "oo oo oo oo"),
    ("POST", "/passkeys/options",                          "ll nn nn nn"),
    ("GET",  "/setup/passkey",                             "ll ll ll ll"),
    ("POST", "/setup/passkey",                             "ll ii ii ii"),
    ("POST", "/account/passkeys/{id}/remove",              "ll nn nn nn"),
    ("GET",  "/login",                                     "oo oo oo oo"),
    ("POST", "/login",                                     "ii ii iz zz"),
    ("GET",  "/login/code",                                "ll ll ll ll"),
    ("POST", "/login/code",                                "ll ll ll ll"),
    ("POST", "/logout",                                    "rr rr rr rr"),
    ("GET",  "/invitation/{token}",                        "gg gg gg gg"),
    ("POST", "/invitation/{token}",                        "gg gg gg gg"),
    ("GET",  "/setup/totp",                                "ll ll ll ll"),
    ("POST", "/setup/totp",                                "ll ll ll ll"),
    ("GET",  "/account",                                   "ll oo oo oo"),
    ("POST", "/account/tokens",                            "ll ii ii ii"),
    ("POST", "/account/tokens/{id}/revoke",                "ll nn nn nn"),
    ("POST", "/account/sessions/revoke",                   "ll nn nn nn"),
    ("POST", "/account/recovery-codes",                    "ll oo oo oo"),
    ("GET",  "/directory",                                 "ll oo oo oo"),
    ("GET",  "/export",                                    "ll oo oo oo"),
    ("POST", "/export",                                    "ll ii ii ii"),
    ("GET",  "/states/{code}",                             "ll oo oo oo"),
    ("GET",  "/pocs/{id}",                                 "ll oo oo oo"),
    ("GET",  "/pocs/{id}/key.asc",                         "ll nn nn nn"),
    ("POST", "/pocs/{id}/problems",                        "ll ii ii ii"),
    ("POST", "/pocs/{id}/phone-checks",                    "ll ff ff ii"),
    ("GET",  "/my-state",                                  "ll rr rr rr"),
    ("GET",  "/states/{code}/desk",                        "ll ff of oo"),
    ("GET",  "/states/{code}/pocs/new",                    "ll ff of oo"),
    ("POST", "/states/{code}/pocs/new",                    "ll ff if ii"),
    ("GET",  "/pocs/{id}/edit",                            "ll ff of oo"),
    ("POST", "/pocs/{id}/edit",                            "ll ff if ii"),
    ("POST", "/pocs/{id}/withdraw",                        "ll ff rf ii"),
    ("POST", "/states/{code}/users",                       "ll ff if ii"),
    ("POST", "/states/{code}/account-mode",                "ll ff if ii"),
    ("POST", "/states/{code}/confirm",                     "ll ff rf rr"),
    ("POST", "/users/{id}/status",                         "ll ff rf rr"),
    ("POST", "/problems/{id}/resolve",                     "ll ff rf cr"),
    ("GET",  "/custodian",                                 "ll ff ff oo"),
    ("GET",  "/custodian/requests",                        "ll ff ff oo"),
    ("POST", "/custodian/requests/{id}/admit",             "ll ff ff ii"),
    ("POST", "/custodian/requests/{id}/reject",            "ll ff ff ii"),
    ("GET",  "/custodian/changes",                         "ll ff ff oo"),
    ("GET",  "/custodian/changes/{id}",                    "ll ff of oo"),
    ("POST", "/custodian/changes/{id}/verify",             "ll ff ff ii"),
    ("POST", "/custodian/changes/{id}/reject",             "ll ff ff ii"),
    ("GET",  "/custodian/audit",                           "ll ff ff oo"),
    ("GET",  "/audit/checkpoint",                          "ll ff nn nn"),
    ("GET",  "/custodian/poc-types",                       "ll ff ff oo"),
    ("POST", "/custodian/poc-types",                       "ll ff ff rr"),
    ("GET",  "/checks",                                    "ll oo oo oo"),
    ("POST", "/checks/preview",                            "ll ff ff oo"),
    ("POST", "/checks/launch",                             "ll ff ff rr"),
    ("GET",  "/checks/{id}",                               "ll oo oo oo"),
    ("GET",  "/checks/{id}/export",                        "ll oo oo oo"),
    ("POST", "/checks/{id}/recheck",                       "ll ff ff rr"),
    ("POST", "/checks/{id}/remind",                        "ll ff ff rc"),
    ("GET",  "/ack/{token}",                               "gg gg gg gg"),
    ("POST", "/ack/{token}",                               "gg gg gg gg"),
    ("GET",  "/my-checks",                                 "ll oo oo ff"),
    ("POST", "/my-checks/{id}/ack",                        "ll rf gf ff"),
    ("GET",  "/messages",                                  "ll oo oo ff"),
    ("POST", "/messages",                                  "ll ii ii ff"),
    ("GET",  "/messages/new",                              "ll oo oo ff"),
    ("GET",  "/messages/events",                           "ll oo oo ff"),
    ("GET",  "/messages/record",                           "ll oo oo ff"),
    ("GET",  "/messages/record.json",                      "ll oo oo ff"),
    ("GET",  "/custodian/usage",                           "ll ff ff oo"),
    ("GET",  "/custodian/usage.csv",                       "ll ff ff oo"),
    ("GET",  "/custodian/templates",                       "ll ff ff oo"),
    ("POST", "/custodian/templates",                       "ll ff ff ii"),
    ("GET",  "/custodian/templates.json",                  "ll ff ff oo"),
    ("GET",  "/custodian/templates/new",                   "ll ff ff oo"),
    ("POST", "/custodian/templates/new",                   "ll ff ff ii"),
    ("GET",  "/custodian/templates/{key}",                 "ll ff ff oo"),
    ("POST", "/custodian/templates/{key}",                 "ll ff ff ii"),
    ("GET",  "/messages/{id}",                             "ll on on ff"),
    ("POST", "/messages/{id}/ack",                         "ll cn cn ff"),
    ("POST", "/messages/{id}/reply",                       "ll in in ff"),
    ("POST", "/messages/{id}/consent",                     "ll cn cn ff"),
    ("POST", "/messages/{id}/attachments",                 "ll rn rn ff"),
    ("GET",  "/messages/{id}/attachments/{attachment}",    "ll on on ff"),
    ("POST", "/messages/{id}/consent/{consent}/decide",    "ll in in ff"),
    ("POST", "/messages/{id}/consent/{consent}/forward",   "ll cn cn ff"),
    ("GET",  "/outbox",                                    "nn nn nn nn"),
    ("GET",  "/outbox/{name}",                             "nn nn nn nn"),
    ("GET",  "/custodian/import",                          "ll ff ff oo"),
    ("POST", "/custodian/import",                          "ll ff ff ii"),
    ("GET",  "/custodian/regional",                        "ll ff ff oo"),
    ("POST", "/custodian/regional",                        "ll ff ff ii"),
    ("POST", "/custodian/regional/{id}/revoke",            "ll ff ff nn"),
    ("POST", "/states/{code}/sharing",                     "ll ff if ff"),
    // The API, after the portal: the portal's withdrawal is pending by now.
    ("GET",  "/api-reference",                             "oo oo oo oo"),
    ("GET",  "/guide",                                     "oo oo oo oo"),
    ("GET",  "/news",                                      "oo oo oo oo"),
    ("GET",  "/initiatives",                               "oo oo oo oo"),
    ("GET",  "/states/{code}/initiatives",                 "ll ff of ff"),
    ("POST", "/states/{code}/initiatives",                 "ll ff if ff"),
    ("GET",  "/custodian/initiatives",                     "ll ff ff oo"),
    ("POST", "/custodian/initiatives/{id}/decide",         "ll ff ff ii"),
    ("GET",  "/custodian/exercises",                       "ll ff ff oo"),
    ("POST", "/custodian/exercises",                       "ll ff ff ii"),
    ("GET",  "/custodian/exercises/{id}",                  "ll ff ff oo"),
    ("POST", "/custodian/exercises/{id}/scenario",         "ll ff ff ii"),
    ("POST", "/custodian/exercises/{id}/invite",           "ll ff ff ii"),
    ("POST", "/custodian/exercises/{id}/control",          "ll ff ff ii"),
    ("GET",  "/custodian/exercises/{id}/injects",          "ll ff ff ii"),
    ("POST", "/custodian/exercises/{id}/injects",          "ll ff ff ii"),
    ("GET",  "/custodian/exercises/{id}/injects/{inject}/rehearse", "ll ff ff oo"),
    ("POST", "/custodian/exercises/{id}/injects/{inject}/rehearse", "ll ff ff rr"),
    ("POST", "/custodian/exercises/{id}/injects/{inject}/release",  "ll ff ff cc"),
    ("POST", "/custodian/exercises/{id}/injects/{inject}/remove",   "ll ff ff rr"),
    ("GET",  "/custodian/exercises/{id}/report",           "ll ff ff oo"),
    ("GET",  "/custodian/exercises/{id}/report.csv",       "ll ff ff oo"),
    ("GET",  "/exercises",                                 "ll oo oo ff"),
    ("GET",  "/exercises/{id}",                            "ll on on ff"),
    ("POST", "/exercises/{id}/answer",                     "ll ff in ff"),
    ("POST", "/exercises/{id}/naming",                     "ll ff rn ff"),
    ("POST", "/exercises/{id}/lessons",                    "ll in in ff"),
    ("GET",  "/exercises/{id}/report.csv",                 "ll on on ff"),
    ("GET",  "/custodian/pages",                           "ll ff ff oo"),
    ("GET",  "/custodian/pages/{page}/{lang}",             "ll ff ff oo"),
    ("POST", "/custodian/pages/{page}/{lang}",             "ll ff ff rr"),
    ("GET",  "/api/v1/openapi.json",                       "oo oo oo oo"),
    ("GET",  "/api/v1/me",                                 "uu oo oo oo"),
    ("GET",  "/api/v1/states",                             "uu oo oo oo"),
    ("GET",  "/api/v1/states/{code}/entries",              "uu oo oo oo"),
    ("POST", "/api/v1/states/{code}/entries",              "uu ff if ii"),
    ("POST", "/api/v1/states/{code}/confirm",              "uu ff of oo"),
    ("GET",  "/api/v1/entries",                            "uu oo oo oo"),
    ("GET",  "/api/v1/entries/{id}",                       "uu oo oo oo"),
    ("PUT",  "/api/v1/entries/{id}",                       "uu ff if ii"),
    ("DELETE", "/api/v1/entries/{id}",                     "uu ff cf ii"),
    ("GET",  "/api/v1/access-requests",                    "uu ff ff oo"),
    ("POST", "/api/v1/access-requests/{id}/admit",         "uu ff ff ii"),
    ("POST", "/api/v1/access-requests/{id}/reject",        "uu ff ff ii"),
    ("POST", "/api/v1/checks",                             "uu ff ff oo"),
    ("GET",  "/api/v1/checks/pending",                     "uu oo oo ff"),
    ("POST", "/api/v1/checks/{id}/ack",                    "uu gf gf ff"),
    ("GET",  "/api/v1/changes",                            "uu ff ff oo"),
    ("GET",  "/api/v1/changes/{id}",                       "uu ff of oo"),
    ("POST", "/api/v1/changes/{id}/verify",                "uu ff ff ii"),
    ("POST", "/api/v1/changes/{id}/reject",                "uu ff ff ii"),
    ("POST", "/api/v1/entries/{id}/problems",              "uu ii ii ii"),
    ("GET",  "/api/v1/entries/{id}/history",               "uu oo oo oo"),
    ("GET",  "/api/v1/usage",                              "uu ff ff oo"),
    ("GET",  "/api/v1/messages",                           "uu oo oo ff"),
    ("POST", "/api/v1/messages",                           "uu ii ii ff"),
    ("GET",  "/api/v1/messages/{id}",                      "uu on on ff"),
    ("POST", "/api/v1/messages/{id}/ack",                  "uu cn cn ff"),
    ("POST", "/api/v1/messages/{id}/replies",              "uu in in ff"),
    ("POST", "/api/v1/messages/{id}/attachments",          "uu in in ff"),
    ("GET",  "/api/v1/messages/{id}/attachments/{attachment}", "uu on on ff"),
    ("GET",  "/api/v1/export/{format}",                    "uu oo oo oo"),
    ("GET",  "/api/v1/sync/entries",                       "uu ff ff ff"),
    ("GET",  "/api/v1/sync/changes",                       "uu ff ff ff"),
    ("GET",  "/api/v1/sync/teams",                         "uu ff ff ff"),
    ("GET",  "/api/v1/campaigns",                          "uu oo oo oo"),
    ("GET",  "/api/v1/campaigns/{id}",                     "uu oo oo oo"),
    ("GET",  "/api/v1/record",                             "uu oo oo ff"),
    ("POST", "/api/v1/messages/{id}/consents",             "uu cn cn ff"),
    ("POST", "/api/v1/messages/{id}/consents/{consent}/decision", "uu in in ff"),
    ("POST", "/api/v1/messages/{id}/consents/{consent}/forward",  "uu cn cn ff"),
];

/// The objects of one State that the routes name.
struct Objects {
    code: &'static str,
    poc: String,
    change: String,
    user: String,
    problem: String,
    request: String,
    check: String,
    thread: String,
    attachment: String,
    exercise: String,
    inject: String,
}

fn path_for(template: &str, o: &Objects, campaign: &str) -> String {
    let id = if template.starts_with("/pocs/") || template.starts_with("/api/v1/entries/") {
        &o.poc
    } else if template.starts_with("/users/") {
        &o.user
    } else if template.starts_with("/problems/") {
        &o.problem
    } else if template.starts_with("/custodian/requests/")
        || template.starts_with("/api/v1/access-requests/")
    {
        &o.request
    } else if template.starts_with("/custodian/changes/")
        || template.starts_with("/api/v1/changes/")
    {
        &o.change
    } else if template.starts_with("/checks/") || template.starts_with("/api/v1/campaigns/") {
        campaign
    } else if template.starts_with("/my-checks/") || template.starts_with("/api/v1/checks/") {
        &o.check
    } else if template.contains("/exercises/") {
        &o.exercise
    } else {
        &o.thread
    };
    template
        .replace("{code}", o.code)
        .replace("{id}", id)
        .replace("{token}", "an-unknown-token")
        .replace("{attachment}", &o.attachment)
        .replace("{inject}", &o.inject)
        .replace("{image}", "send.png")
        .replace("{consent}", "00000000-0000-7000-8000-000000000000")
        .replace("{name}", "none.eml")
        .replace("{page}", "news")
        .replace("{lang}", "fr")
        .replace("{format}", "csv")
        .replace("{key}", "incident")
        + match template {
            "/export" => "?format=csv",
            "/messages/new" if o.code == "FR" => "?to=DE&template=incident",
            "/messages/new" => "?to=GB&template=incident",
            _ => "",
        }
}

/// The answer as one letter of the table.
fn letter(status: u16, location: Option<&str>) -> char {
    match status {
        200 => 'o',
        202 => 'a',
        303 | 302 | 307 if location.is_some_and(|l| l.starts_with("/login")) => 'l',
        303 | 302 | 307 => 'r',
        400 => 'b',
        401 => 'u',
        403 => 'f',
        404 => 'n',
        409 => 'c',
        410 => 'g',
        422 => 'i',
        429 => 'z',
        _ => '?',
    }
}

/// Calls a route without reading the body, which for the live inbox never ends.
async fn call(b: &Browser, method: &str, path: &str, token: Option<&str>) -> (u16, Option<String>) {
    let url = format!("{}{path}", b.base);
    let csrf = b.csrf().expect("the browser has its CSRF token");
    let request =
        match method {
            _ if path.starts_with("/api/") => {
                let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
                let mut r = reqwest::Client::new().request(method.clone(), url);
                if path.ends_with("/attachments") {
                    // A file without its name.
                    r = r
                        .header("content-type", "application/octet-stream")
                        .body("plain text");
                } else if method != reqwest::Method::GET {
                    r = r.json(&serde_json::json!({}));
                }
                match token {
                    Some(t) => r.bearer_auth(t),
                    None => r,
                }
            }
            "GET" => b.client.get(url),
            _ if path.ends_with("/attachments") => b.client.post(url).multipart(
                reqwest::multipart::Form::new().text("csrf", csrf).part(
                    "file",
                    reqwest::multipart::Part::bytes(b"plain text".to_vec()).file_name("note.txt"),
                ),
            ),
            _ => b.client.post(url).form(&[("csrf", csrf)]),
        };
    let r = request.send().await.unwrap();
    let location = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    (r.status().as_u16(), location)
}

/// Every row of every table but the sessions (whose last use moves with
/// each request), to show that a refused request changed nothing.
async fn snapshot(t: &TestApp) -> Vec<String> {
    let columns = if backend() == "postgres" {
        "SELECT table_name::text || ' ' || column_name::text FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%' ORDER BY 1"
    } else {
        "SELECT m.name || ' ' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE '_sqlx%' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1"
    };
    let pool = Pool::open(t).await;
    let mut by_table: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for pair in pool.strings(columns).await {
        let (table, column) = pair.split_once(' ').unwrap();
        by_table
            .entry(table.into())
            .or_default()
            .push(column.into());
    }
    by_table.remove("sessions");
    // A token's use is recorded whatever the answer, as sign-in attempts are.
    by_table.remove("api_tokens");
    by_table.remove("audit_head");
    let mut out = Vec::new();
    for (table, columns) in by_table {
        let row = columns
            .iter()
            .map(|col| format!("COALESCE(CAST({col} AS TEXT), '-')"))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let mut rows = pool
            .strings(&format!("SELECT '{table}:' || {row} FROM {table}"))
            .await;
        rows.retain(|r| !r.starts_with("audit_log:token.used|"));
        rows.sort();
        out.extend(rows);
    }
    pool.close().await;
    out
}

/// The test's database, seen through sqlx directly, for queries built from
/// the schema.
enum Pool {
    Postgres(sqlx::PgPool),
    Sqlite(sqlx::SqlitePool),
}

impl Pool {
    async fn open(t: &TestApp) -> Pool {
        if backend() == "postgres" {
            Pool::Postgres(sqlx::PgPool::connect(&t.db_url).await.unwrap())
        } else {
            Pool::Sqlite(sqlx::SqlitePool::connect(&t.db_url).await.unwrap())
        }
    }

    /// The first column of every row of a query.
    async fn strings(&self, sql: &str) -> Vec<String> {
        let sql = sqlx::AssertSqlSafe(sql.to_string());
        match self {
            Pool::Postgres(p) => sqlx::query_scalar(sql).fetch_all(p).await.unwrap(),
            Pool::Sqlite(p) => sqlx::query_scalar(sql).fetch_all(p).await.unwrap(),
        }
    }

    async fn close(self) {
        match self {
            Pool::Postgres(p) => p.close().await,
            Pool::Sqlite(p) => p.close().await,
        }
    }
}

/// France, Germany and Great Britain, each with a published entry, a pending
/// change, a problem report, a user to enable or disable, a check of the
/// campaign, an access request of a State to come, and a thread with its
/// attachment: France's is sent by France, Germany's goes to Great Britain.
async fn setting() -> (TestApp, [TestUser; 4], String, Objects, Objects) {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    t.admit("GB").await;
    let admin_gb = t
        .user("admin@gb.example.org", Role::NationalAdmin, Some("GB"))
        .await;
    let member_fr = t
        .user("member@fr.example.org", Role::Member, Some("FR"))
        .await;
    for (state, admin) in [("FR", &admin_fr), ("DE", &admin_de), ("GB", &admin_gb)] {
        let address = format!("cert@{}.example.org", state.to_lowercase());
        publish(&t, &custodian, admin, state, &address, "en").await;
    }
    let campaign = app::checks::launch(&t.app, &custodian.actor, &BrowseQuery::default())
        .await
        .unwrap();
    let mut objects = Vec::new();
    for (code, admin, to, request_state) in
        [("FR", &admin_fr, "DE", "ES"), ("DE", &admin_de, "GB", "IT")]
    {
        let state = StateCode::parse(code).unwrap();
        let entry = app::directory::state_entries(&t.app, &admin.actor, state)
            .await
            .unwrap()
            .remove(0);
        let nomination = domain::poc::PocInput {
            poc_type: "diplomatic".into(),
            entity: format!("Pending {code}"),
            emails: format!("mfa@{}.example.org", code.to_lowercase()),
            languages: "en".into(),
            timezone: "Europe/Paris".into(),
            submission_language: "en".into(),
            ..Default::default()
        };
        let change = app::directory::submit(
            &t.app,
            &admin.actor,
            state,
            ChangeKind::Create,
            Some(&nomination),
            &ChangeMeta::default(),
        )
        .await
        .unwrap();
        app::directory::report_problem(&t.app, &admin.actor, &entry.id, "bounced", "")
            .await
            .unwrap();
        let user = t
            .user(
                &format!("target@{}.example.org", code.to_lowercase()),
                Role::Member,
                Some(code),
            )
            .await;
        let request = app::accounts::request_access(
            &t.app,
            &domain::Actor::Anonymous,
            &app::accounts::AccessRequestInput {
                state: request_state.into(),
                requester_name: "Head of Mission".into(),
                requester_title: "Ambassador".into(),
                email: format!("mission@{}.example.org", request_state.to_lowercase()),
                note_verbale_ref: "NV/1".into(),
                message: String::new(),
            },
            "en",
            &app::accounts::Origin {
                ip: "192.0.2.1".into(),
                user_agent: String::new(),
                device: None,
            },
        )
        .await
        .unwrap();
        let thread = app::messages::send(
            &t.app,
            &admin.actor,
            &app::messages::Compose {
                to: to.into(),
                template_key: "incident".into(),
                template_version: "1".into(),
                urgency: "routine".into(),
                tlp: "amber".into(),
                poc_types: vec!["technical".into()],
                fields: vec![
                    ("nature".into(), "Phishing".into()),
                    ("description".into(), "Matrix".into()),
                ],
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .remove(0);
        app::messages::attach(&t.app, &admin.actor, &thread, "note.txt", b"plain text")
            .await
            .unwrap();
        let attachment = app::messages::thread(&t.app, &admin.actor, &thread, "en")
            .await
            .unwrap()
            .attachments
            .remove(0)
            .id;
        let check = {
            let mut c = t.db.conn().await.unwrap();
            store::campaign::checks_of(&mut c, &campaign, Some(code))
                .await
                .unwrap()
                .remove(0)
                .id
        };
        let problem = {
            let mut c = t.db.conn().await.unwrap();
            store::problem::open(&mut c, Some(code))
                .await
                .unwrap()
                .remove(0)
                .id
        };
        let (exercise, inject) = exercise_of(&t, &custodian, admin, code).await;
        objects.push(Objects {
            exercise,
            inject,
            code,
            poc: entry.id,
            change,
            user: user.id,
            problem,
            request,
            check,
            thread,
            attachment,
        });
    }
    // The server warms its search index at start; the health check waits for it.
    t.op.warm_search().await.unwrap();
    let de = objects.pop().unwrap();
    let fr = objects.pop().unwrap();
    (
        t,
        [custodian, admin_fr, member_fr, admin_de],
        campaign,
        fr,
        de,
    )
}

/// An exercise in preparation that only `code` was invited to and
/// accepted, with one inject.
async fn exercise_of(
    t: &TestApp,
    custodian: &TestUser,
    admin: &TestUser,
    code: &str,
) -> (String, String) {
    let x = app::exercises::create(&t.app, &custodian.actor, "en", "Drill", "A scenario.")
        .await
        .unwrap();
    app::exercises::invite(&t.app, &custodian.actor, &x, &[code.to_string()])
        .await
        .unwrap();
    let state = StateCode::parse(code).unwrap();
    let entry = app::directory::state_entries(&t.app, &admin.actor, state)
        .await
        .unwrap()
        .remove(0);
    app::exercises::answer(&t.app, &admin.actor, &x, "accept", &[entry.id])
        .await
        .unwrap();
    let inject = app::exercises::add_inject(
        &t.app,
        &custodian.actor,
        &x,
        &app::exercises::InjectInput {
            to_states: vec![code.into()],
            template_key: "incident".into(),
            urgency: "high".into(),
            tlp: "amber".into(),
            fields: vec![
                ("nature".into(), "Drill".into()),
                ("description".into(), "Simulated".into()),
            ],
            release: "manual".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    (x, inject)
}

#[tokio::test]
async fn acc5_every_route_for_every_role_and_state() {
    let served = web::served_routes();
    let expected: Vec<(&str, &str)> = EXPECTED.iter().map(|(m, p, _)| (*m, *p)).collect();
    for route in &served {
        assert!(expected.contains(route), "no expectation for {route:?}");
    }
    for route in &expected {
        assert!(served.contains(route), "{route:?} is not served");
    }

    let (t, [custodian, admin_fr, member_fr, _], campaign, fr, de) = setting().await;
    let anonymous = t.browser();
    anonymous.get("/").await;
    let member = t.signed_in(&member_fr).await;
    let admin = t.signed_in(&admin_fr).await;
    let keeper = t.signed_in(&custodian).await;
    let users: [(&Browser, Option<&TestUser>); 4] = [
        (&anonymous, None),
        (&member, Some(&member_fr)),
        (&admin, Some(&admin_fr)),
        (&keeper, Some(&custodian)),
    ];
    let mut tokens = vec![None];
    for user in [&member_fr, &admin_fr, &custodian] {
        let role = user.actor.role().unwrap();
        let scopes: Vec<&str> = app::accounts::scopes_for(role)
            .iter()
            .map(|s| s.code())
            .collect();
        tokens.push(Some(t.token(user, &scopes).await));
    }
    let mut mismatches = Vec::new();
    let mut calls = 0;
    for (method, template, answers) in EXPECTED {
        let answers: Vec<char> = answers.chars().filter(|c| !c.is_whitespace()).collect();
        for (u, (browser, user)) in users.iter().enumerate() {
            for (s, objects) in [&fr, &de].into_iter().enumerate() {
                let path = path_for(template, objects, &campaign);
                // Signing out ends the session: it gets a session of its own.
                let own_session;
                let browser = match (*template, user) {
                    ("/logout", Some(user)) => {
                        own_session = t.signed_in(user).await;
                        &own_session
                    }
                    _ => *browser,
                };
                let before = if *method != "GET" {
                    // Email queued by an earlier, allowed request is delivered
                    // first: the worker's bookkeeping is not this request's doing.
                    t.settle().await;
                    Some(snapshot(&t).await)
                } else {
                    None
                };
                let (status, location) = call(browser, method, &path, tokens[u].as_deref()).await;
                let got = letter(status, location.as_deref());
                let want = answers[u * 2 + s];
                if got != want {
                    mismatches.push(format!(
                        "{method} {path} as {} on {}: expected {want}, got {got} ({status})",
                        ["anonymous", "member", "admin", "custodian"][u],
                        objects.code
                    ));
                }
                if let Some(before) = before.filter(|_| matches!(got, 'l' | 'f' | 'n')) {
                    assert_eq!(
                        before,
                        snapshot(&t).await,
                        "a refused {method} {path} changed the database"
                    );
                }
                calls += 1;
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    assert_eq!(calls, EXPECTED.len() * 4 * 2);
}

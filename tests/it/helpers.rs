//! `TestApp`: pocdir on a fresh database (SQLite, or PostgreSQL when
//! POCDIR_TEST_DATABASE=postgres), served over real HTTP on port 0, with its
//! email delivered to a real SMTP server (aiosmtpd) started for the test.

use app::App;
use domain::{Actor, Role, StateCode};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct TestApp {
    pub app: App,
    /// The trusted handle the binary holds: jobs, the first accounts, the demo.
    pub op: app::Operator,
    /// The test's own connection to the database, to check what was written.
    pub db: store::Db,
    pub url: String,
    pub smtp: Smtp,
    pub db_url: String,
    _dir: tempfile::TempDir,
}

/// Every log line the test process writes, at every level from debug up,
/// for the leak test: one buffer, installed once for the whole run.
pub fn logs() -> std::sync::Arc<std::sync::Mutex<Vec<u8>>> {
    static LOGS: std::sync::OnceLock<std::sync::Arc<std::sync::Mutex<Vec<u8>>>> =
        std::sync::OnceLock::new();
    LOGS.get_or_init(|| {
        let buffer = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = buffer.clone();
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || LogWriter(sink.clone()))
            .try_init();
        buffer
    })
    .clone()
}

struct LogWriter(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut b) = self.0.lock() {
            b.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn backend() -> String {
    std::env::var("POCDIR_TEST_DATABASE").unwrap_or_else(|_| "sqlite".into())
}

pub fn pg_admin_url() -> String {
    std::env::var("POCDIR_TEST_PG_URL")
        .expect("POCDIR_TEST_PG_URL is not set: run scripts/test.sh, which starts PostgreSQL")
}

/// A new, empty PostgreSQL database; returns its URL.
pub async fn new_pg_database() -> String {
    use sqlx::Executor;
    let admin = pg_admin_url();
    let name = format!("t_{}", uuid::Uuid::now_v7().simple());
    let pool = sqlx::PgPool::connect(&admin)
        .await
        .expect("PostgreSQL answers");
    pool.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .expect("create database");
    pool.close().await;
    let base = admin
        .rsplit_once('/')
        .map(|(b, _)| b.to_string())
        .unwrap_or(admin);
    format!("{base}/{name}")
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A real SMTP server writing what it receives into a Maildir; it refuses
/// recipients at refused.example.org (tests/tools/smtp_sink.py).
pub struct Smtp {
    pub port: u16,
    pub maildir: PathBuf,
    child: Child,
}

impl Smtp {
    pub fn start(dir: &std::path::Path) -> Smtp {
        Self::start_on(dir, free_port())
    }

    pub fn start_on(dir: &std::path::Path, port: u16) -> Smtp {
        let maildir = dir.join(format!("maildir-{port}"));
        let mut child = Command::new("/usr/bin/python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "smtp_sink.Sink",
            ])
            .arg(&maildir)
            .env(
                "PYTHONPATH",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tools"),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd runs (Debian python3-aiosmtpd; scripts/test.sh installs it)");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Smtp {
                    port,
                    maildir,
                    child,
                };
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the SMTP server did not start");
    }

    /// Every message received so far.
    pub fn messages(&self) -> Vec<Mail> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(dir) = std::fs::read_dir(self.maildir.join(sub)) else {
                continue;
            };
            for entry in dir.flatten() {
                let raw = std::fs::read(entry.path()).unwrap();
                let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
                out.push(Mail {
                    to: msg
                        .to()
                        .and_then(|a| a.first())
                        .and_then(|a| a.address())
                        .unwrap_or_default()
                        .to_string(),
                    subject: msg.subject().unwrap_or_default().to_string(),
                    body: msg.body_text(0).map(|b| b.to_string()).unwrap_or_default(),
                    message_id: msg.message_id().unwrap_or_default().to_string(),
                    raw: raw.clone(),
                });
            }
        }
        out
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub message_id: String,
    /// As received, for what the parsed fields do not show (signatures).
    pub raw: Vec<u8>,
}

impl Mail {
    /// The first link in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        self.body
            .split_whitespace()
            .find(|w| w.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} link in {}", self.body))
            .to_string()
    }
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(adjust: impl FnOnce(&mut app::Config)) -> TestApp {
        Self::start(adjust, true).await
    }

    /// Without its own outbox worker: another process delivers the email.
    pub async fn spawn_without_delivery(adjust: impl FnOnce(&mut app::Config)) -> TestApp {
        Self::start(adjust, false).await
    }

    /// On PostgreSQL whichever backend the run tests, without its own
    /// outbox worker: for several instances on one database.
    pub async fn on_postgres_without_delivery() -> TestApp {
        Self::start_on("postgres", |_| {}, false).await
    }

    async fn start(adjust: impl FnOnce(&mut app::Config), deliver: bool) -> TestApp {
        Self::start_on(&backend(), adjust, deliver).await
    }

    async fn start_on(
        backend: &str,
        adjust: impl FnOnce(&mut app::Config),
        deliver: bool,
    ) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let smtp = Smtp::start(dir.path());
        let db_url = match backend {
            "postgres" => new_pg_database().await,
            _ => format!("sqlite:{}", dir.path().join("pocdir.db").display()),
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut config = app::Config::load(None).unwrap();
        config.database_url = db_url.clone();
        config.public_url = format!("http://{addr}");
        config.mail.transport = "smtp".into();
        config.mail.smtp_host = "127.0.0.1".into();
        config.mail.smtp_port = smtp.port;
        config.mail.smtp_security = "none".into();
        config.mail.outbox_dir = dir.path().join("outbox");
        config.messages.key = app::seal::new_key();
        // Custodians sign in here with TOTP; the passkey tests turn the
        // custodian rule on (ACC-3) and drive a virtual authenticator.
        config.session.custodian_passkey = false;
        adjust(&mut config);
        let op = app::Operator::open(config).await.expect("app opens");
        let app = op.app().clone();
        let db = store::Db::connect(&db_url).await.unwrap();
        if deliver {
            op.deliver_email();
        }
        let router = web::router(app.clone());
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .unwrap();
        });
        TestApp {
            app,
            op,
            db,
            url: format!("http://{addr}"),
            smtp,
            db_url,
            _dir: dir,
        }
    }

    /// `pocdir serve` as a process of its own, on this test's database and
    /// mail server, with the runtime's real thread stacks, logging at `log`
    /// (a `POCDIR_LOG` filter) to a file.
    pub fn serve_process(&self, log: &str) -> Served {
        self.serve_process_with(log, &[])
    }

    /// As `serve_process`, with more settings in its environment.
    pub fn serve_process_with(&self, log: &str, env: &[(&str, &str)]) -> Served {
        let listen = format!("127.0.0.1:{}", free_port());
        let log_path = self._dir.path().join(format!("serve-{listen}.log"));
        let log_file = std::fs::File::create(&log_path).unwrap();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_pocdir"))
            .arg("serve")
            .env("POCDIR_LOG", log)
            .env("POCDIR_DATABASE_URL", &self.db_url)
            .env("POCDIR_LISTEN", &listen)
            .env("POCDIR_PUBLIC_URL", &self.url)
            .env("POCDIR_MAIL__TRANSPORT", "smtp")
            .env("POCDIR_MAIL__SMTP_HOST", "127.0.0.1")
            .env("POCDIR_MAIL__SMTP_PORT", self.smtp.port.to_string())
            .env("POCDIR_MAIL__SMTP_SECURITY", "none")
            // A killed instance's claim on its messages runs out quickly.
            .env("POCDIR_MAIL__LEASE_SECONDS", "2")
            .env("POCDIR_CHECKS__SCHEDULE_MONTHS", "[]")
            .env("POCDIR_MESSAGES__KEY", &self.app.config().messages.key)
            // As in every test here but the passkey ones.
            .env("POCDIR_SESSION__CUSTODIAN_PASSKEY", "false")
            .envs(env.iter().copied())
            .stdout(log_file.try_clone().unwrap())
            .stderr(log_file)
            .spawn()
            .expect("pocdir serve starts");
        Served {
            child,
            url: format!("http://{listen}"),
            log_path,
        }
    }

    pub fn browser(&self) -> Browser {
        Browser::new(&self.url)
    }

    /// Waits (bounded) until an email to `to` whose subject contains `subject` arrives.
    pub async fn email(&self, to: &str, subject: &str) -> Mail {
        for _ in 0..200 {
            if let Some(m) = self
                .smtp
                .messages()
                .into_iter()
                .find(|m| m.to == to && m.subject.contains(subject))
            {
                return m;
            }
            self.app.outbox().wake();
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let got: Vec<_> = self
            .smtp
            .messages()
            .into_iter()
            .map(|m| (m.to, m.subject))
            .collect();
        panic!("no email to {to} about '{subject}'; received: {got:?}");
    }

    /// Waits (bounded) until the outbox has nothing left to deliver.
    pub async fn settle(&self) {
        for _ in 0..400 {
            self.app.outbox().wake();
            let mut c = self.db.conn().await.unwrap();
            if store::outbox::next_due(&mut c).await.unwrap().is_none() {
                return;
            }
            drop(c);
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the outbox did not empty");
    }

    /// The actions of the most recent audit entries.
    pub async fn audit_actions(&self) -> Vec<String> {
        let mut c = self.db.conn().await.unwrap();
        store::audit::recent(&mut c, 100, None)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.action)
            .collect()
    }

    /// Every email received so far to `to`.
    pub fn emails_to(&self, to: &str) -> Vec<Mail> {
        self.smtp
            .messages()
            .into_iter()
            .filter(|m| m.to == to)
            .collect()
    }

    /// An active user with a known password and TOTP secret.
    pub async fn user(&self, email: &str, role: Role, state: Option<&str>) -> TestUser {
        let secret = app::crypto::totp_secret();
        let state = state.map(|s| StateCode::parse(s).unwrap());
        let id = self
            .op
            .create_active_user(email, email, role, state, PASSWORD, &secret)
            .await
            .unwrap();
        TestUser {
            id: id.clone(),
            email: email.to_string(),
            secret,
            actor: Actor::User { id, role, state },
        }
    }

    /// A personal API token of `user` with these scopes, valid 90 days.
    pub async fn token(&self, user: &TestUser, scopes: &[&str]) -> String {
        let session = app::accounts::Session {
            token_hash: String::new(),
            user_id: user.id.clone(),
            stage: "full".into(),
            actor: user.actor.clone(),
            locale: "en".into(),
            display_name: user.email.clone(),
        };
        let scopes: Vec<String> = scopes.iter().map(|s| s.to_string()).collect();
        app::accounts::create_token(&self.app, &session, "test", &scopes, "")
            .await
            .unwrap()
            .1
    }

    /// Admits a State directly (as the custodian would after an access request).
    pub async fn admit(&self, state: &str) {
        let mut c = self.db.begin().await.unwrap();
        store::state::admit(
            &mut c,
            state,
            "test",
            "TEST/NV/1",
            Some(&format!("mission@{}.example.org", state.to_lowercase())),
            self.app.now(),
        )
        .await
        .unwrap();
        c.commit().await.unwrap();
    }

    /// Signs a user in over HTTP with password and TOTP; returns their browser.
    pub async fn signed_in(&self, user: &TestUser) -> Browser {
        let b = self.browser();
        b.login(&self.app, user).await;
        b
    }

    /// Counts rows of a table, to prove that refused input changed nothing.
    pub async fn count(&self, table: &str) -> i64 {
        let mut c = self.db.conn().await.unwrap();
        let row: store::Count = c
            .one(
                store::Sql::assembled(format!("SELECT COUNT(*) AS n FROM {table}")),
                vec![],
            )
            .await
            .unwrap();
        row.n
    }
}

/// France and Germany participating, with a custodian and each State's
/// national administrator: the setting of most cross-State tests.
pub async fn two_states() -> (TestApp, TestUser, TestUser, TestUser) {
    two_states_with(|_| {}).await
}

/// As `two_states`, with settings of its own.
pub async fn two_states_with(
    adjust: impl FnOnce(&mut app::Config),
) -> (TestApp, TestUser, TestUser, TestUser) {
    two_states_on(TestApp::spawn_with(adjust).await).await
}

/// France and Germany, their administrators and a custodian, on `t`.
pub async fn two_states_on(t: TestApp) -> (TestApp, TestUser, TestUser, TestUser) {
    t.admit("FR").await;
    t.admit("DE").await;
    let custodian = t
        .user("custodian@un.example.org", Role::Custodian, None)
        .await;
    let fr = t
        .user("admin@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    let de = t
        .user("admin@de.example.org", Role::NationalAdmin, Some("DE"))
        .await;
    (t, custodian, fr, de)
}

/// France participating with one published entry at `emails`, on an app
/// with settings of its own: (app, custodian, France's administrator).
pub async fn france_with(app: TestApp, emails: &str) -> (TestApp, TestUser, TestUser) {
    let t = app;
    t.admit("FR").await;
    let custodian = t
        .user("custodian@un.example.org", Role::Custodian, None)
        .await;
    let admin = t
        .user("admin@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    publish(&t, &custodian, &admin, "FR", emails, "en").await;
    (t, custodian, admin)
}

/// Publishes a technical entry for `state` with these addresses, submitted
/// by its administrator and verified by the custodian.
pub async fn publish(
    t: &TestApp,
    custodian: &TestUser,
    admin: &TestUser,
    state: &str,
    emails: &str,
    languages: &str,
) {
    publish_as(t, custodian, admin, state, "technical", emails, languages).await;
}

/// Publishes an entry of a given type, as `publish` does.
pub async fn publish_as(
    t: &TestApp,
    custodian: &TestUser,
    admin: &TestUser,
    state: &str,
    poc_type: &str,
    emails: &str,
    languages: &str,
) {
    let input = domain::poc::PocInput {
        poc_type: poc_type.into(),
        entity: format!(
            "{} {state}",
            if poc_type == "technical" {
                "CERT"
            } else {
                poc_type
            }
        ),
        emails: emails.into(),
        phones: "+33 1 23 45 67 89 24/7".into(),
        languages: languages.into(),
        timezone: "Europe/Paris".into(),
        submission_language: "en".into(),
        ..Default::default()
    };
    let kind = app::directory::ChangeKind::Create;
    verified_change(t, custodian, admin, state, kind, &input).await;
}

/// A change submitted by a State's administrator and verified by the
/// custodian.
pub async fn verified_change(
    t: &TestApp,
    custodian: &TestUser,
    admin: &TestUser,
    state: &str,
    kind: app::directory::ChangeKind,
    input: &domain::poc::PocInput,
) {
    let st = StateCode::parse(state).unwrap();
    let v = app::directory::submit(
        &t.app,
        &admin.actor,
        st,
        kind,
        Some(input),
        &app::directory::ChangeMeta::default(),
    )
    .await
    .unwrap();
    app::directory::verify(&t.app, &custodian.actor, &v, "note_verbale", "REF")
        .await
        .unwrap();
}

pub const PASSWORD: &str = "a long test passphrase for Geneva";

#[derive(Clone)]
pub struct TestUser {
    pub id: String,
    pub email: String,
    pub secret: String,
    pub actor: Actor,
}

/// The current TOTP code for a secret, at the app's clock. Each call moves
/// the clock to a fresh 30-second step, since a step is accepted only once.
pub fn totp_code(app: &App, secret: &str) -> String {
    app.clock().advance(30_000);
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap();
    totp.generate((app.now() / 1000) as u64).to_string()
}

pub struct Response {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

/// A `pocdir serve` process, killed when the test ends, however it ends.
pub struct Served {
    pub child: std::process::Child,
    pub url: String,
    log_path: PathBuf,
}

impl Served {
    /// What it has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// Waits (bounded) until its health check answers ok.
    pub async fn ready(&self) {
        let client = reqwest::Client::new();
        for _ in 0..1200 {
            if let Ok(r) = client.get(format!("{}/healthz", self.url)).send().await
                && r.status().is_success()
            {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("{} never became ready", self.url);
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP client with its own cookie jar; it does not follow redirects, so
/// tests see them.
pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
    csrf: std::sync::Mutex<Option<String>>,
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        Self::with_headers(base, reqwest::header::HeaderMap::new())
    }

    /// A browser whose requests arrive through a reverse proxy that says
    /// they come from `client` (X-Forwarded-For).
    pub fn from_address(base: &str, client: &str) -> Browser {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-forwarded-for", client.parse().unwrap());
        Self::with_headers(base, headers)
    }

    fn with_headers(base: &str, headers: reqwest::header::HeaderMap) -> Browser {
        Self::built(base, reqwest::Client::builder().default_headers(headers))
    }

    /// A browser at the address `from` of this machine that trusts the
    /// certificate `ca` (PEM), for a site behind a TLS proxy.
    pub fn over_tls(base: &str, ca: &[u8], from: std::net::IpAddr) -> Browser {
        let ca = reqwest::Certificate::from_pem(ca).unwrap();
        Self::built(
            base,
            reqwest::Client::builder()
                .add_root_certificate(ca)
                .local_address(from),
        )
    }

    fn built(base: &str, builder: reqwest::ClientBuilder) -> Browser {
        let client = builder
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Browser {
            client,
            base: base.to_string(),
            csrf: std::sync::Mutex::new(None),
        }
    }

    /// Requests access for Norway (ACC-1) as a Permanent Mission would.
    pub async fn request_access(&self, requester: &str, email: &str) -> Response {
        self.post(
            "/join",
            &[
                ("state", "NO"),
                ("requester_name", requester),
                ("requester_title", "Counsellor"),
                ("email", email),
                ("note_verbale_ref", "NO/2026/5"),
            ],
        )
        .await
    }

    async fn wrap(&self, r: reqwest::Response) -> Response {
        for v in r.headers().get_all("set-cookie") {
            let v = v.to_str().unwrap_or("");
            // Over https, the cookie's name carries the `__Host-` prefix.
            let v = v.strip_prefix("__Host-").unwrap_or(v);
            if let Some(rest) = v.strip_prefix("pocdir-csrf=") {
                *self.csrf.lock().unwrap() = Some(rest.split(';').next().unwrap().to_string());
            }
        }
        let status = r.status().as_u16();
        let location = r
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_string());
        let headers = r.headers().clone();
        let body = r.text().await.unwrap_or_default();
        Response {
            status,
            location,
            body,
            headers,
        }
    }

    pub async fn get(&self, path: &str) -> Response {
        let url = if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        };
        let r = self.client.get(url).send().await.unwrap();
        self.wrap(r).await
    }

    pub fn csrf(&self) -> Option<String> {
        self.csrf.lock().unwrap().clone()
    }

    /// Posts a form with the CSRF token, as a page of this site would.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        if self.csrf().is_none() {
            self.get("/").await;
        }
        let mut form: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        form.push(("csrf".into(), self.csrf().unwrap()));
        self.post_raw(path, &form).await
    }

    pub async fn post_raw(&self, path: &str, form: &[(String, String)]) -> Response {
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .form(form)
            .send()
            .await
            .unwrap();
        self.wrap(r).await
    }

    /// Posts a file as a browser does: a multipart form, `csrf` first.
    pub async fn post_file(&self, path: &str, name: &str, bytes: Vec<u8>) -> Response {
        self.post_form_file(path, &[], name, bytes).await
    }

    /// Posts a multipart form: `csrf`, these fields, then the file.
    pub async fn post_form_file(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        name: &str,
        bytes: Vec<u8>,
    ) -> Response {
        self.post_form_part(path, fields, "file", name, bytes).await
    }

    /// A multipart form whose file field is `part`, with file `name`.
    pub async fn post_form_part(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        part: &str,
        name: &str,
        bytes: Vec<u8>,
    ) -> Response {
        if self.csrf().is_none() {
            self.get("/").await;
        }
        let mut form = reqwest::multipart::Form::new().text("csrf", self.csrf().unwrap());
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        let form = form.part(
            part.to_string(),
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
        );
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.wrap(r).await
    }

    pub async fn login(&self, app: &App, user: &TestUser) {
        let r = self
            .post("/login", &[("email", &user.email), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status, 303, "password step: {}", r.body);
        assert!(r.location.as_deref().unwrap().starts_with("/login/code"));
        let r = self
            .post(
                "/login/code",
                &[
                    ("code", &totp_code(app, &user.secret)),
                    ("next", "/directory"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "code step: {}", r.body);
        assert_eq!(r.location.as_deref(), Some("/directory"));
    }
}

impl Browser {
    /// An export of more than one State's entries, confirmed with a fresh
    /// code of the authenticator whose secret is `secret` (DIR-9, ACC-3).
    pub async fn export(&self, app: &App, secret: &str, query: &str) -> Response {
        app.clock().advance(31_000);
        let code = totp_code(app, secret);
        self.post("/export", &[("query", query), ("code", &code)])
            .await
    }

    /// Signs in to a `pocdir serve` process, which keeps real time: the
    /// code is the authenticator's of this moment.
    pub async fn login_now(&self, user: &TestUser) {
        let r = self
            .post("/login", &[("email", &user.email), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status, 303, "password step: {}", r.body);
        let code = app::accounts::totp_now(&user.secret).unwrap();
        let r = self.post("/login/code", &[("code", &code)]).await;
        assert_eq!(r.status, 303, "code step: {}", r.body);
    }
}

/// The text of a page without its tags, for assertions about what a person reads.
pub fn text(html: &str) -> String {
    let re = regex_lite::Regex::new(r"(?s)<[^>]*>").unwrap();
    let plain = re.replace_all(html, " ");
    let decoded = plain
        .replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A nomination form with every required field valid.
pub fn nomination(entity: &str) -> Vec<(&'static str, String)> {
    vec![
        ("poc_type", "technical".into()),
        ("submission_language", "en".into()),
        ("entity", entity.into()),
        ("emails", "cert@test.example.org".into()),
        ("phones", "+41 22 917 1234 24/7".into()),
        ("languages", "en, fr".into()),
        ("timezone", "Europe/Zurich".into()),
    ]
}

pub fn fields<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'a str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The pending changes, oldest first: the first page of the custodian's list.
pub async fn pending_changes(
    on: &app::App,
    actor: &domain::Actor,
) -> Vec<app::directory::ChangeSummary> {
    let first = app::page::Paging::first(app::page::Paging::MAX);
    app::directory::pending_changes(on, actor, None, &first)
        .await
        .unwrap()
        .items
}

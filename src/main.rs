//! pocdir: the global intergovernmental directory of points of contact.

// Built as a test, the binary sees the integration tests' dependencies too.
#![cfg_attr(test, allow(unused_crate_dependencies))]

mod import;
mod mail_key;
mod user;

use anyhow::{Context, Result, bail};
use app::{Config, Operator};
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "pocdir",
    version,
    about = "Directory of points of contact for ICT security",
    after_help = "Environment:
  POCDIR_CONFIG        the configuration file (as --config)
  POCDIR_<KEY>         any setting of config/default.toml, with __ between a section and its key:
                       POCDIR_DATABASE_URL, POCDIR_PUBLIC_URL, POCDIR_MAIL__SMTP_HOST, ...
  POCDIR_<KEY>_FILE    the same setting read from a file, for secrets:
                       POCDIR_MESSAGES__KEY_FILE=/run/secrets/pocdir_key
  POCDIR_LOG           what is logged (default info,sqlx=warn)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the portal (production entry point).
    Serve {
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Run on an embedded SQLite database with the demo dataset and a local outbox.
    Demo {
        /// Folder for the demo database and outbox.
        #[arg(long, default_value = "pocdir-demo")]
        data_dir: PathBuf,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// Add this many synthetic entries (for benchmarks).
        #[arg(long, default_value_t = 0)]
        scale: usize,
        /// Load the data and exit without serving.
        #[arg(long)]
        load_only: bool,
    },
    /// Create or upgrade the database schema.
    Migrate {
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Audit log commands.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG", global = true)]
        config: Option<PathBuf>,
    },
    /// Accounts from the shell: the first custodian, and break-glass.
    User {
        #[command(subcommand)]
        command: UserCommand,
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG", global = true)]
        config: Option<PathBuf>,
    },
    /// Write a consistent copy of the SQLite database to a file.
    Backup {
        #[arg(long)]
        to: PathBuf,
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Replace the SQLite database with a backup, once the backup is proved
    /// sound (integrity check and audit chain). The database it replaces is
    /// kept beside it. Refused while a server uses the database.
    Restore {
        /// The backup file, as `pocdir backup` writes it.
        #[arg(long)]
        from: PathBuf,
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Move the embedded database elsewhere.
    Db {
        #[command(subcommand)]
        command: DbCommand,
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG", global = true)]
        config: Option<PathBuf>,
    },
    /// Print the current TOTP code of a base32 secret (for the demo accounts).
    Totp { secret: String },
    /// Seal every value sealed under `messages.previous_keys` again under
    /// `messages.key`, while the server keeps running.
    Rekey {
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Print a new random key for `messages.key`.
    Keygen,
    /// The directory's OpenPGP key, which signs every email.
    Mail {
        #[command(subcommand)]
        command: mail_key::MailCommand,
    },
    /// Register a regional directory (INT-3) and print its credential, shown
    /// this once; each State then decides in its desk whether to share.
    Regional {
        /// As the States know it, for example "OSCE".
        #[arg(long)]
        name: String,
        /// The custodian who registers it: an active custodian's address.
        #[arg(long = "as")]
        as_email: String,
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG")]
        config: Option<PathBuf>,
    },
    /// Check a regional directory's file (CSV, pocdir JSON or Global IRT
    /// JSON) row by row, and with --apply import it as pending changes on
    /// the States' behalf, each to be verified as any other.
    Import {
        /// The file to import.
        file: PathBuf,
        /// The custodian the import is made as: an active custodian's address.
        #[arg(long = "as")]
        as_email: String,
        /// Recorded on each change; the file's name by default.
        #[arg(long, default_value = "")]
        source: String,
        /// Write the changes; without it, nothing is written.
        #[arg(long)]
        apply: bool,
        /// The configuration file; config/default.toml lists every setting.
        #[arg(long, env = "POCDIR_CONFIG")]
        config: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum DbCommand {
    /// Copy every row of the SQLite database into a new, empty PostgreSQL
    /// database, then verify the audit chain there. Nothing is written to
    /// the target unless all of it is. Refused while a server uses the
    /// SQLite database.
    Copy {
        /// The PostgreSQL database: postgres://USER:PASSWORD@HOST/DATABASE
        /// (from the environment, it stays out of the process list).
        #[arg(long, env = "POCDIR_DB_COPY_TO", hide_env_values = true)]
        to: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an active account. Reads the password from standard input and
    /// prints the TOTP secret, its otpauth:// URI and a QR code to scan.
    Create {
        /// The account's email address, used to sign in.
        #[arg(long)]
        email: String,
        /// The name shown to others.
        #[arg(long)]
        name: String,
        /// custodian, national_admin or member.
        #[arg(long, default_value = "custodian")]
        role: String,
        /// ISO code of the user's State: required for national_admin and
        /// member, refused for custodian.
        #[arg(long)]
        state: Option<String>,
    },
    /// Disable an account and sign it out everywhere (audited).
    Disable {
        /// The account's email address.
        #[arg(long)]
        email: String,
    },
    /// Break-glass, for an account that lost its authenticator and its
    /// recovery codes: replace every second factor with a new TOTP secret,
    /// printed here, and sign it out everywhere (audited).
    ResetSecondFactor {
        /// The account's email address.
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute the hash chain and name the first row that does not fit;
    /// with --checkpoint, also prove that the log still extends a signed
    /// checkpoint a State kept.
    Verify {
        /// A checkpoint downloaded from pocdir (a signed note).
        #[arg(long)]
        checkpoint: Option<PathBuf>,
        /// The verifier key that checks the checkpoint's signature
        /// (name+id+key); by default the one of audit.checkpoint_key_file.
        #[arg(long)]
        verifier: Option<String>,
    },
    /// Write a new key that signs checkpoints of the audit log to a file
    /// (for audit.checkpoint_key_file), and print its verifier key.
    Keygen {
        /// The file to write; it must not exist.
        #[arg(long)]
        to: PathBuf,
    },
}

/// Logs as the configuration says: coloured text for a person at a
/// terminal, plain text for a file or journald, or one JSON object a line.
fn init_logging(format: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("POCDIR_LOG")
        .unwrap_or_else(|_| "info,sqlx=warn".into());
    let logs = tracing_subscriber::fmt().with_env_filter(filter);
    if format == "json" {
        logs.json().init();
    } else {
        logs.with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
            .init();
    }
    for warning in Config::unknown_environment() {
        tracing::warn!("{warning}");
    }
}

/// The configuration, with logging set up as it says.
fn configured(file: Option<&std::path::Path>) -> Result<Config> {
    let config = Config::load(file)?;
    init_logging(&config.log_format);
    Ok(config)
}

#[tokio::main]
async fn main() -> Result<()> {
    match Cli::parse().command {
        Command::Serve { config } => {
            let config = configured(config.as_deref())?;
            // Held while serving, from before the database is opened: no
            // restore replaces it under this server.
            let hold = app::restore::hold(&config)?;
            serve(Operator::open(config).await?, hold).await
        }
        Command::Demo {
            data_dir,
            listen,
            scale,
            load_only,
        } => demo(data_dir, listen, scale, load_only).await,
        Command::Migrate { config } => {
            Operator::open(configured(config.as_deref())?).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Audit {
            command: AuditCommand::Keygen { to },
            config,
        } => {
            let config = configured(config.as_deref())?;
            if to.exists() {
                bail!("{} exists already: choose a new file", to.display());
            }
            std::fs::write(&to, app::checkpoint::new_key())
                .with_context(|| format!("cannot write {}", to.display()))?;
            let origin = app::checkpoint::origin(&config.public_url);
            let signer = app::checkpoint::Signer::load(&to, &origin).map_err(anyhow::Error::msg)?;
            println!(
                "key written to {}; set audit.checkpoint_key_file to it, and keep it out of the database's backups",
                to.display()
            );
            println!(
                "verifier key, for anyone who checks a checkpoint:\n{}",
                signer.verifier()
            );
            Ok(())
        }
        Command::Audit {
            command:
                AuditCommand::Verify {
                    checkpoint,
                    verifier,
                },
            config,
        } => {
            let op = Operator::open_existing(configured(config.as_deref())?).await?;
            match app::audit::verify(op.app()).await? {
                app::audit::Verdict::Intact { rows } => {
                    println!("audit log intact: {rows} entries verified");
                }
                app::audit::Verdict::Broken { seq, reason } => {
                    bail!("audit log broken at entry {seq}: {reason}")
                }
            }
            let Some(file) = checkpoint else {
                return Ok(());
            };
            let config = op.app().config();
            let verifier = match verifier {
                Some(v) => Some(v),
                None if !config.audit.checkpoint_key_file.as_os_str().is_empty() => {
                    let origin = app::checkpoint::origin(&config.public_url);
                    Some(
                        app::checkpoint::Signer::load(&config.audit.checkpoint_key_file, &origin)
                            .map_err(anyhow::Error::msg)?
                            .verifier(),
                    )
                }
                None => None,
            };
            let note = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let signed = app::checkpoint::read(&note, verifier.as_deref())
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            match app::checkpoint::extends(op.app(), &signed).await? {
                Ok(()) => {
                    let how = if verifier.is_some() {
                        "signature verified; "
                    } else {
                        "signature not checked (no verifier key); "
                    };
                    println!(
                        "{how}the log extends the checkpoint of {} entries",
                        signed.size
                    );
                    Ok(())
                }
                Err(why) => bail!("{why}"),
            }
        }
        Command::User { command, config } => {
            let op = Operator::open_existing(configured(config.as_deref())?).await?;
            user::run(&op, command).await.map_err(|e| explained(&op, e))
        }
        Command::Backup { to, config } => {
            let op = Operator::open_existing(configured(config.as_deref())?).await?;
            op.backup_to(&to).await?;
            println!("backup written to {}", to.display());
            Ok(())
        }
        Command::Restore { from, config } => {
            let kept = app::restore::restore(configured(config.as_deref())?, &from).await?;
            println!("restored from {}", from.display());
            if let Some(k) = kept {
                println!("the database it replaced is kept as {}", k.display());
            }
            Ok(())
        }
        Command::Db {
            command: DbCommand::Copy { to },
            config,
        } => {
            let config = configured(config.as_deref())?;
            let (tables, entries) = app::copy::to_postgres(&config, &to).await?;
            for t in &tables {
                println!("{:>10} rows  {}", t.rows, t.table);
            }
            let rows: i64 = tables.iter().map(|t| t.rows).sum();
            println!(
                "copied {rows} rows of {} tables; the audit log verifies on PostgreSQL ({entries} entries)",
                tables.len()
            );
            println!(
                "next: set database_url to the PostgreSQL database, keep messages.key as it is, and start the server"
            );
            Ok(())
        }
        Command::Totp { secret } => {
            init_logging("text");
            println!("{}", app::accounts::totp_now(&secret)?);
            Ok(())
        }
        Command::Rekey { config } => {
            let op = Operator::open_existing(configured(config.as_deref())?).await?;
            if !op.can_seal() {
                bail!(
                    "messages.key is not set: `pocdir keygen` prints one (see config/default.toml)"
                );
            }
            let changed = op.rekey().await?;
            println!(
                "{changed} sealed values now under the current messages.key; previous_keys can be removed"
            );
            Ok(())
        }
        Command::Regional {
            name,
            as_email,
            config,
        } => {
            let op = Operator::open_existing(configured(config.as_deref())?).await?;
            let secret = op
                .register_regional(&as_email, &name)
                .await
                .map_err(|e| explained(&op, e));
            op.close().await;
            println!("{}", secret?);
            Ok(())
        }
        Command::Import {
            file,
            as_email,
            source,
            apply,
            config,
        } => {
            let op = Operator::open_existing(configured(config.as_deref())?).await?;
            let result = import::run(&op, &file, &as_email, &source, apply).await;
            op.close().await;
            result
        }
        Command::Mail { command } => mail_key::run(command),
        Command::Keygen => {
            init_logging("text");
            println!("{}", app::seal::new_key());
            Ok(())
        }
    }
}

/// An error as a sentence: what the user typed wrong, in English, or the
/// error itself.
fn explained(op: &Operator, e: app::AppError) -> anyhow::Error {
    match e {
        app::AppError::Invalid(list) => anyhow::anyhow!(
            "{}",
            list.iter()
                .map(|f| format!("{}: {}", f.field, op.app().i18n().t("en", f.key, &f.args)))
                .collect::<Vec<_>>()
                .join("\n")
        ),
        other => other.into(),
    }
}

async fn demo(data_dir: PathBuf, listen: String, scale: usize, load_only: bool) -> Result<()> {
    std::fs::create_dir_all(&data_dir)
        .with_context(|| format!("cannot create {}", data_dir.display()))?;
    let mut config = configured(None)?;
    config.database_url = format!("sqlite:{}", data_dir.join("pocdir.db").display());
    config.mail.transport = "outbox".into();
    config.mail.outbox_dir = data_dir.join("outbox");
    // Browsers take passkeys from a name, never from an address: the demo
    // on this machine is "localhost".
    config.public_url = format!("http://{}", listen.replacen("127.0.0.1", "localhost", 1));
    config.listen = listen;
    config.demo = true;
    // The demo custodian may try passkeys without being made to enrol one.
    config.session.custodian_passkey = false;
    // The demo keeps its own key beside its database.
    let key_file = data_dir.join("messages.key");
    if !key_file.is_file() {
        std::fs::write(&key_file, app::seal::new_key())
            .with_context(|| format!("cannot write {}", key_file.display()))?;
    }
    config.messages.key = std::fs::read_to_string(&key_file)?.trim().to_string();
    // …and the key that signs its email.
    let mail_key = data_dir.join("mail-signing-key.asc");
    if !mail_key.is_file() {
        mail_key::keygen(&mail_key, "Directory of Points of Contact (demo)")?;
    }
    config.mail.signing_key_file = mail_key;
    let hold = app::restore::hold(&config)?;
    let op = Operator::open(config).await?;
    let config = op.app().config();
    if op.load_demo().await? {
        println!("Demo dataset loaded into {}", data_dir.display());
    }
    if scale > 0 {
        op.load_demo_scale(scale).await?;
        println!("{scale} synthetic entries added");
    }
    println!("\npocdir demo on {}\n", config.public_url);
    println!("Every account's password: {}", app::demo::PASSWORD);
    println!(
        "Second factor: a TOTP authenticator with the secret below, or `pocdir totp SECRET` for the current code.\n"
    );
    for (email, name, role, state, secret) in app::demo::ACCOUNTS {
        println!(
            "  {email:<28} {:<15} {:<4} {name:<18} TOTP secret {secret}  (code now: {})",
            role.code(),
            state.unwrap_or("-"),
            app::accounts::totp_now(secret)?
        );
    }
    println!(
        "\nEmail is written to {}; read it at {}/outbox\n",
        config.mail.outbox_dir.display(),
        config.public_url
    );
    if load_only {
        return Ok(());
    }
    serve(op, hold).await
}

async fn serve(op: Operator, _hold: Option<std::fs::File>) -> Result<()> {
    if !op.can_seal() {
        bail!("messages.key is not set: `pocdir keygen` prints one (see config/default.toml)");
    }
    let listen = op.app().config().listen.clone();
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    tracing::info!(%listen, db = op.backend(), version = env!("CARGO_PKG_VERSION"), "pocdir serving");
    serve_metrics(&op).await?;
    op.deliver_email();
    op.run_jobs();
    let warm = op.clone();
    // Load the search index now rather than on the first search.
    tokio::spawn(async move {
        if let Err(e) = warm.warm_search().await {
            tracing::error!(error = %e, "search index");
        }
    });
    let router = web::router(op.app().clone());
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await?;
    op.close().await;
    tracing::info!("pocdir stopped: every request in flight was answered");
    Ok(())
}

/// Serves `/metrics` in the Prometheus text format on `metrics_listen`, an
/// address of its own that the public never reaches (NFR-6).
async fn serve_metrics(op: &Operator) -> Result<()> {
    let listen = op.app().config().metrics_listen.clone();
    if listen.is_empty() {
        return Ok(());
    }
    let handle = metrics_exporter_prometheus::PrometheusBuilder::new()
        .set_buckets(&[
            0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
        ])?
        .install_recorder()?;
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("cannot listen on {listen} for metrics"))?;
    let app = op.app().clone();
    let router = axum::Router::new().route(
        "/metrics",
        axum::routing::get(move || {
            let (app, handle) = (app.clone(), handle.clone());
            async move {
                if let Err(e) = app.measure().await {
                    tracing::warn!(error = %e, "metrics: the database did not answer");
                }
                handle.render()
            }
        }),
    );
    tracing::info!(%listen, "metrics served");
    tokio::spawn(async move { axum::serve(listener, router).await });
    Ok(())
}

async fn shutdown() {
    let ctrl_c = tokio::signal::ctrl_c();
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("signal handler");
    tokio::select! {
        _ = ctrl_c => {}
        _ = term.recv() => {}
    }
}

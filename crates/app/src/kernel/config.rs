//! Configuration: `config/default.toml` values, then a file, then `POCDIR_*`
//! environment variables; a secret may come from a file named by `*_FILE`.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Serialize, Deserialize)]
pub struct Config {
    /// `sqlite:PATH` or `postgres://user:password@host/db`.
    pub database_url: String,
    pub listen: String,
    /// The address users reach pocdir at; links in emails start with it.
    /// Cookies are `Secure` and `__Host-` prefixed when it is https.
    pub public_url: String,
    /// Addresses or networks (CIDR) of the reverse proxies in front of
    /// pocdir: only their `X-Forwarded-For` and `Forwarded` headers are
    /// believed, for throttling and the audit log.
    pub trusted_proxies: Vec<String>,
    pub limits: LimitsConfig,
    pub mail: MailConfig,
    pub session: SessionConfig,
    pub directory: DirectoryConfig,
    pub checks: ChecksConfig,
    pub messages: MessagesConfig,
    pub audit: AuditConfig,
    /// Shows the demo outbox page and demo banners.
    pub demo: bool,
    /// "text" or "json".
    pub log_format: String,
    /// Where `/metrics` is served, apart from the public address; empty
    /// serves none.
    pub metrics_listen: String,
}

/// How often anonymous visitors may use the forms that send email.
#[derive(Clone, Serialize, Deserialize)]
pub struct LimitsConfig {
    /// Requests for access (`/join`) per client address per hour.
    pub join_per_address_per_hour: i64,
    /// Requests for access per hour from everyone together.
    pub join_per_hour: i64,
    /// Requests one API token may make in a minute on one instance.
    pub api_per_token_per_minute: u32,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct MailConfig {
    pub from: String,
    /// "outbox" writes .eml files to `outbox_dir`; "smtp" delivers to a relay.
    pub transport: String,
    pub outbox_dir: PathBuf,
    pub smtp_host: String,
    pub smtp_port: u16,
    /// "starttls", "tls" or "none" (only for a relay on this machine).
    pub smtp_security: String,
    pub smtp_username: String,
    pub smtp_password: String,
    /// A message claimed by a worker that died is sent again after this long.
    pub lease_seconds: i64,
    /// Maildir folder where bounce reports to `from` arrive; empty reads none.
    pub bounce_maildir: PathBuf,
    /// The health check fails while an email has waited longer than this.
    pub alert_after_minutes: i64,
    /// An OpenPGP secret key that signs every email; empty signs none.
    pub signing_key_file: PathBuf,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct SessionConfig {
    pub idle_minutes: i64,
    pub absolute_hours: i64,
    pub invitation_hours: i64,
    /// An account created in a State from outside it waits this long (ACC-6).
    pub outside_account_hold_hours: i64,
    /// Custodians sign in with a passkey, and must enrol one (ACC-3).
    pub custodian_passkey: bool,
    pub custodian_passkey_grace_hours: i64,
    /// Authenticator models allowed to hold a passkey; empty allows any.
    pub passkey_aaguids: Vec<String>,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct DirectoryConfig {
    /// Entries must be confirmed at least this often (DIR-7).
    pub confirm_every_months: i64,
    /// A change must be notified within this many days of taking effect.
    pub change_notice_days: i64,
    /// Participating States needed for the network to be operational.
    pub operational_threshold: i64,
    /// Administrators are reminded this many days before an entry's
    /// confirmation falls due, and again when it is overdue (DIR-7).
    pub remind_before_due_days: i64,
    /// A regional directory's sync cursor answers changes for this many
    /// days; an older one is told to take a fresh snapshot (INT-3).
    pub sync_cursor_days: i64,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct MessagesConfig {
    /// 32 bytes, base64: encrypts communication content and second-factor
    /// secrets at rest (MSG-5).
    pub key: String,
    /// Keys being rotated out: they still open what they sealed until
    /// `pocdir rekey` has sealed it again under `key`.
    pub previous_keys: Vec<String>,
    /// Expected acknowledgement time per urgency, in minutes (MSG-2).
    pub urgent_ack_minutes: i64,
    pub high_ack_minutes: i64,
    pub routine_ack_minutes: i64,
    /// Largest attachment accepted, in kilobytes.
    pub max_attachment_kb: i64,
}

/// Signed checkpoints of the audit log (NFR-3).
#[derive(Clone, Serialize, Deserialize)]
pub struct AuditConfig {
    /// The Ed25519 key that signs them, outside the database; empty signs none.
    pub checkpoint_key_file: PathBuf,
    pub checkpoint_every_entries: i64,
    pub checkpoint_every_minutes: i64,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct ChecksConfig {
    /// A check can be answered for this many days (PING-2).
    pub answer_days: i64,
    /// Non-responders are reminded after this many days (PING-3).
    pub remind_after_days: i64,
    /// Then escalated to their State's national administrators and
    /// Permanent Mission after this many days (PING-3).
    pub escalate_after_days: i64,
    /// Months of the year in which the scheduled check runs (PING-1); empty
    /// turns it off.
    pub schedule_months: Vec<u8>,
    pub schedule_day: u8,
    /// Hour of the day, UTC.
    pub schedule_hour: u8,
    /// A scheduled run missed while no instance was up still starts within
    /// this many days.
    pub schedule_catch_up_days: i64,
}

impl ChecksConfig {
    pub fn calendar(&self) -> domain::schedule::Calendar {
        domain::schedule::Calendar {
            months: self.schedule_months.clone(),
            day: self.schedule_day,
            hour: self.schedule_hour,
            catch_up_days: self.schedule_catch_up_days,
        }
    }
}

pub const DEFAULT_TOML: &str = include_str!("../../../../config/default.toml");

const SECRETS: [&str; 3] = ["mail.smtp_password", "database_url", "messages.key"];

#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(pub String);

impl Config {
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let known = keys_of(&Toml::string(DEFAULT_TOML))?;
        let mut fig = Figment::from(Toml::string(DEFAULT_TOML));
        if let Some(f) = file {
            if !f.is_file() {
                return Err(ConfigError(format!(
                    "the file {} does not exist",
                    f.display()
                )));
            }
            // A mistyped key would otherwise be ignored, and its default used.
            for key in keys_of(&Toml::file(f))? {
                if !known.contains(&key) {
                    return Err(ConfigError(format!(
                        "{}: {}",
                        f.display(),
                        unknown(&key, &known)
                    )));
                }
            }
            fig = fig.merge(Toml::file(f));
        }
        fig = fig.merge(
            Env::prefixed("POCDIR_")
                .map(|k| k.as_str().replace("__", ".").into())
                .split("__"),
        );
        for (var, path) in std::env::vars().filter(|(k, _)| k.starts_with("POCDIR_")) {
            let Some(key) = var
                .strip_prefix("POCDIR_")
                .and_then(|v| v.strip_suffix("_FILE"))
                .map(|v| v.replace("__", ".").to_lowercase())
                .filter(|k| known.contains(k))
            else {
                continue;
            };
            // `POCDIR_MAIL__SMTP_PASSWORD_FILE=/run/secrets/smtp` reads the value from a file.
            let raw = std::fs::read_to_string(&path)
                .map_err(|e| ConfigError(format!("{var}: cannot read {path}: {e}")))?;
            let raw = raw.trim_end();
            let value: figment::value::Value = if SECRETS.contains(&key.as_str()) {
                raw.into()
            } else {
                raw.parse().unwrap_or_else(|_| raw.into())
            };
            fig = fig.merge(Serialized::default(&key, value));
        }
        let config: Config = fig.extract().map_err(|e| ConfigError(e.to_string()))?;
        config.check()?;
        Ok(config)
    }

    /// The `POCDIR_` environment variables that name no setting, each with
    /// the setting probably meant: to be logged once logging is set up.
    pub fn unknown_environment() -> Vec<String> {
        let known = keys_of(&Toml::string(DEFAULT_TOML)).unwrap_or_default();
        std::env::vars()
            .map(|(var, _)| var)
            .filter(|var| var.starts_with("POCDIR_") && !var.starts_with("POCDIR_TEST"))
            .filter(|var| !["POCDIR_CONFIG", "POCDIR_LOG", "POCDIR_BINARY"].contains(&var.as_str()))
            .filter_map(|var| {
                let key = var["POCDIR_".len()..]
                    .trim_end_matches("_FILE")
                    .replace("__", ".")
                    .to_lowercase();
                (!known.contains(&key))
                    .then(|| format!("environment variable {var}: {}", unknown(&key, &known)))
            })
            .collect()
    }

    fn check(&self) -> Result<(), ConfigError> {
        if !self.metrics_listen.is_empty()
            && self.metrics_listen.parse::<std::net::SocketAddr>().is_err()
        {
            return Err(ConfigError(format!(
                "metrics_listen {:?} must be an address and port, such as 127.0.0.1:9090",
                self.metrics_listen
            )));
        }
        if !["text", "json"].contains(&self.log_format.as_str()) {
            return Err(ConfigError(format!(
                "log_format {:?} must be text or json",
                self.log_format
            )));
        }
        let url = self.public_url.parse::<url::Url>();
        if !url.as_ref().is_ok_and(|u| {
            ["https", "http"].contains(&u.scheme()) && u.host().is_some() && u.path() == "/"
        }) || self.public_url.ends_with('/')
        {
            return Err(ConfigError(format!(
                "public_url {:?} must be the address users type, without a path or a final slash: https://pocdir.example.org (http:// only for a test on this machine)",
                self.public_url
            )));
        }
        if !["outbox", "smtp"].contains(&self.mail.transport.as_str()) {
            return Err(ConfigError(format!(
                "mail.transport '{}' must be outbox or smtp",
                self.mail.transport
            )));
        }
        if !["starttls", "tls", "none"].contains(&self.mail.smtp_security.as_str()) {
            return Err(ConfigError(format!(
                "mail.smtp_security '{}' must be starttls, tls or none",
                self.mail.smtp_security
            )));
        }
        if self.session.idle_minutes < 1
            || self.session.absolute_hours < 1
            || self.session.invitation_hours < 1
            || self.session.outside_account_hold_hours < 0
            || self.session.custodian_passkey_grace_hours < 1
        {
            return Err(ConfigError("session timeouts must be positive".into()));
        }
        if let Some(bad) = self
            .session
            .passkey_aaguids
            .iter()
            .find(|a| uuid::Uuid::parse_str(a).is_err())
        {
            return Err(ConfigError(format!(
                "session.passkey_aaguids: '{bad}' is no AAGUID (a UUID such as cb69481e-8ff7-4039-93ec-0a2729a154a8)"
            )));
        }
        let k = &self.checks;
        if !(0 < k.remind_after_days
            && k.remind_after_days < k.escalate_after_days
            && k.escalate_after_days < k.answer_days)
        {
            return Err(ConfigError(format!(
                "checks: remind_after_days ({}) < escalate_after_days ({}) < answer_days ({}) must hold, all positive",
                k.remind_after_days, k.escalate_after_days, k.answer_days
            )));
        }
        if k.schedule_months.iter().any(|m| !(1..=12).contains(m))
            || !(1..=28).contains(&k.schedule_day)
            || k.schedule_hour > 23
            || k.schedule_catch_up_days < 0
        {
            return Err(ConfigError(
                "checks: schedule_months must be 1 to 12, schedule_day 1 to 28, schedule_hour 0 to 23, schedule_catch_up_days not negative".into(),
            ));
        }
        let m = &self.messages;
        if !m.key.is_empty() {
            super::seal::Sealer::with_previous(&m.key, &m.previous_keys).map_err(ConfigError)?;
        }
        if m.urgent_ack_minutes < 1
            || m.high_ack_minutes < 1
            || m.routine_ack_minutes < 1
            || !(1..=50_000).contains(&m.max_attachment_kb)
        {
            return Err(ConfigError(
                "messages: acknowledgement times must be positive, max_attachment_kb 1 to 50000"
                    .into(),
            ));
        }
        if self.mail.lease_seconds < 1
            || self.mail.alert_after_minutes < 1
            || self.directory.remind_before_due_days < 1
        {
            return Err(ConfigError(
                "mail.lease_seconds, mail.alert_after_minutes and directory.remind_before_due_days must be positive".into(),
            ));
        }
        if self.audit.checkpoint_every_entries < 1 || self.audit.checkpoint_every_minutes < 1 {
            return Err(ConfigError(
                "audit: checkpoint_every_entries and checkpoint_every_minutes must be positive"
                    .into(),
            ));
        }
        if !self.audit.checkpoint_key_file.as_os_str().is_empty() {
            let origin = super::checkpoint::origin(&self.public_url);
            super::checkpoint::Signer::load(&self.audit.checkpoint_key_file, &origin)
                .map_err(ConfigError)?;
        }
        if !self.mail.signing_key_file.as_os_str().is_empty() {
            crate::mail::MailSigner::load(&self.mail.signing_key_file).map_err(ConfigError)?;
        }
        if self.limits.join_per_address_per_hour < 1 || self.limits.join_per_hour < 1 {
            return Err(ConfigError("limits must be positive".into()));
        }
        for p in &self.trusted_proxies {
            proxy_network(p).ok_or_else(|| {
                ConfigError(format!(
                    "trusted_proxies: {p:?} is not an IP address or a network such as 10.0.0.0/8"
                ))
            })?;
        }
        self.mail
            .from
            .parse::<lettre::message::Mailbox>()
            .map_err(|e| ConfigError(format!("mail.from {:?}: {e}", self.mail.from)))?;
        Ok(())
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// Whether `ip` is one of the trusted reverse proxies.
    pub fn trusted_proxy(&self, ip: std::net::IpAddr) -> bool {
        self.trusted_proxies
            .iter()
            .filter_map(|p| proxy_network(p))
            .any(|net| net.contains(&ip))
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted_db = match self.database_url.split_once('@') {
            Some((_, host)) => format!("postgres://***@{host}"),
            None => self.database_url.clone(),
        };
        f.debug_struct("Config")
            .field("database_url", &redacted_db)
            .field("listen", &self.listen)
            .field("public_url", &self.public_url)
            .field("mail.transport", &self.mail.transport)
            .field("mail.smtp_host", &self.mail.smtp_host)
            .field(
                "mail.smtp_password",
                &if self.mail.smtp_password.is_empty() {
                    ""
                } else {
                    "***"
                },
            )
            .field(
                "messages.key",
                &if self.messages.key.is_empty() {
                    ""
                } else {
                    "***"
                },
            )
            .field("demo", &self.demo)
            .finish_non_exhaustive()
    }
}

impl From<ConfigError> for super::error::AppError {
    fn from(e: ConfigError) -> Self {
        super::error::AppError::Internal(e.to_string())
    }
}

/// Every dotted key of a TOML document, down to its values: `mail.smtp_host`.
fn keys_of(toml: &figment::providers::Data<Toml>) -> Result<Vec<String>, ConfigError> {
    use figment::Provider;
    fn walk(dict: &figment::value::Dict, prefix: &str, out: &mut Vec<String>) {
        for (k, v) in dict {
            let key = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            match v {
                figment::value::Value::Dict(_, d) => walk(d, &key, out),
                _ => out.push(key),
            }
        }
    }
    let data = toml.data().map_err(|e| ConfigError(e.to_string()))?;
    let mut out = Vec::new();
    for dict in data.values() {
        walk(dict, "", &mut out);
    }
    Ok(out)
}

/// Says that `key` is not a setting, and which one was probably meant.
fn unknown(key: &str, known: &[String]) -> String {
    let nearest = |candidates: Vec<&str>, what: &str| {
        candidates
            .into_iter()
            .map(|k| (strsim::levenshtein(what, k), k))
            .filter(|(d, _)| *d <= 3.max(what.len() / 3))
            .min()
            .map(|(_, k)| k.to_string())
    };
    let section = key.split_once('.').map(|(s, _)| s);
    if let Some(section) = section
        && !known.iter().any(|k| k.starts_with(&format!("{section}.")))
    {
        let sections: Vec<&str> = known
            .iter()
            .filter_map(|k| k.split_once('.').map(|(s, _)| s))
            .collect();
        return match nearest(sections, section) {
            Some(s) => format!("unknown section [{section}]; did you mean [{s}]?"),
            None => {
                format!("unknown section [{section}] (config/default.toml lists every setting)")
            }
        };
    }
    match nearest(known.iter().map(String::as_str).collect(), key) {
        Some(k) => format!("unknown setting {key}; did you mean {k}?"),
        None => format!("unknown setting {key} (config/default.toml lists every setting)"),
    }
}

/// A trusted proxy setting as a network: a bare address is a network of one.
fn proxy_network(p: &str) -> Option<ipnet::IpNet> {
    p.parse::<ipnet::IpNet>()
        .ok()
        .or_else(|| p.parse::<std::net::IpAddr>().ok().map(ipnet::IpNet::from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse_and_secrets_are_redacted() {
        let mut c = Config::load(None).unwrap();
        c.mail.smtp_password = "hunter2-secret".into();
        c.database_url = "postgres://pocdir:pw-secret@db/pocdir".into();
        let shown = format!("{c:?}");
        assert!(
            !shown.contains("hunter2-secret") && !shown.contains("pw-secret"),
            "{shown}"
        );
        assert!(Config::load(Some(Path::new("/no/such/pocdir.toml"))).is_err());
    }

    #[test]
    fn ping3_follow_up_delays_must_be_in_order() {
        let mut c = Config::load(None).unwrap();
        assert!(c.check().is_ok());
        c.checks.escalate_after_days = c.checks.remind_after_days;
        let e = c.check().unwrap_err().to_string();
        assert!(e.contains("remind_after_days"), "{e}");
        let mut c = Config::load(None).unwrap();
        c.checks.schedule_months = vec![1, 13];
        assert!(
            c.check()
                .unwrap_err()
                .to_string()
                .contains("schedule_months")
        );
    }
}

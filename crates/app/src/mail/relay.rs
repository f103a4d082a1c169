//! Sessions with the SMTP relay: a few connections kept open and reused.
//! An SMTP client writes a message and its final dot separately; with
//! Nagle's algorithm on (as lettre's own transport leaves it) and a relay
//! that delays its acknowledgements, each message then stalls for 40 ms.
//! The connections made here set TCP_NODELAY.

use crate::config::MailConfig;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use std::sync::Mutex;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);

/// A failed attempt: whether it is permanent (a 5xx), and what happened.
pub type Failure = (bool, String);

fn failed(e: lettre::transport::smtp::Error) -> Failure {
    (e.is_permanent(), e.to_string())
}

pub struct Relay {
    config: MailConfig,
    hello: ClientId,
    idle: Mutex<Vec<AsyncSmtpConnection>>,
}

impl Relay {
    pub fn new(config: &MailConfig) -> Relay {
        Relay {
            config: config.clone(),
            hello: ClientId::default(),
            idle: Mutex::default(),
        }
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, Failure> {
        let m = &self.config;
        let tls = || TlsParameters::new(m.smtp_host.clone()).map_err(failed);
        let mut conn = if m.smtp_security == "tls" {
            let server = (m.smtp_host.as_str(), m.smtp_port);
            AsyncSmtpConnection::connect_tokio1(
                server,
                Some(TIMEOUT),
                &self.hello,
                Some(tls()?),
                None,
            )
            .await
            .map_err(failed)?
        } else {
            let connect = tokio::net::TcpStream::connect((m.smtp_host.as_str(), m.smtp_port));
            let tcp = tokio::time::timeout(TIMEOUT, connect)
                .await
                .map_err(|_| {
                    (
                        false,
                        format!("{}:{}: connection timed out", m.smtp_host, m.smtp_port),
                    )
                })?
                .map_err(|e| (false, format!("{}:{}: {e}", m.smtp_host, m.smtp_port)))?;
            tcp.set_nodelay(true).map_err(|e| (false, e.to_string()))?;
            let mut conn = AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello)
                .await
                .map_err(failed)?;
            if m.smtp_security == "starttls" {
                conn.starttls(tls()?, &self.hello).await.map_err(failed)?;
            }
            conn
        };
        if !m.smtp_username.is_empty() {
            let credentials = Credentials::new(m.smtp_username.clone(), m.smtp_password.clone());
            conn.auth(&[Mechanism::Plain, Mechanism::Login], &credentials)
                .await
                .map_err(failed)?;
        }
        Ok(conn)
    }

    /// Sends one message on an idle connection, or a new one. A kept
    /// connection the relay has closed in the meantime is replaced once.
    pub async fn send(&self, envelope: &Envelope, raw: &[u8]) -> Result<(), Failure> {
        let kept = self.idle.lock().map(|mut v| v.pop()).unwrap_or(None);
        let (mut conn, reused) = match kept {
            Some(c) if !c.has_broken() => (c, true),
            _ => (self.connect().await?, false),
        };
        let result = match tokio::time::timeout(TIMEOUT, conn.send(envelope, raw)).await {
            Ok(r) => r.map_err(failed),
            Err(_) => Err((false, "the relay did not answer in time".to_string())),
        };
        match result {
            Ok(_) => {
                if let Ok(mut idle) = self.idle.lock() {
                    idle.push(conn);
                }
                Ok(())
            }
            Err((false, _)) if reused => {
                let mut fresh = self.connect().await?;
                fresh.send(envelope, raw).await.map_err(failed)?;
                if let Ok(mut idle) = self.idle.lock() {
                    idle.push(fresh);
                }
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

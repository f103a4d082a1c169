//! Tokens, digests and password hashing.

use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use tokio::sync::Semaphore;

/// A token from the OS CSPRNG: 256 bits, URL-safe. Only its digest is stored.
pub fn token() -> String {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).expect("the OS random source is available");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

pub fn digest(value: &str) -> String {
    digest_bytes(value.as_bytes())
}

pub fn digest_bytes(value: &[u8]) -> String {
    hex::encode(Sha256::digest(value))
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).expect("the OS random source is available");
    buf
}

/// A recovery code: 100 bits as five groups of base32, easy to read aloud.
pub fn recovery_code() -> String {
    let raw = base32::encode(
        base32::Alphabet::Rfc4648 { padding: false },
        &random_bytes::<13>(),
    );
    raw.as_bytes()[..20]
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("-")
}

pub fn normalize_recovery_code(input: &str) -> String {
    let plain: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_uppercase();
    plain
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("-")
}

/// A new TOTP secret: 160 bits, base32 (RFC 6238 recommends the hash size).
pub fn totp_secret() -> String {
    base32::encode(
        base32::Alphabet::Rfc4648 { padding: false },
        &random_bytes::<20>(),
    )
}

fn argon2() -> Argon2<'static> {
    // Argon2id, 19 MiB, 2 passes, 1 lane (OWASP's minimum; ASVS 5.0 V11).
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes passwords on the blocking pool, at most two at a time, so a burst
/// of logins cannot take all memory and cores.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    dummy: Arc<String>,
}

impl Default for Hasher {
    fn default() -> Self {
        let salt = SaltString::generate(&mut OsRng);
        let dummy = argon2()
            .hash_password(b"no such account", &salt)
            .expect("hashing works")
            .to_string();
        Hasher {
            permits: Arc::new(Semaphore::new(2)),
            dummy: Arc::new(dummy),
        }
    }
}

impl Hasher {
    pub async fn hash(&self, password: &str) -> String {
        let _permit = self.permits.acquire().await.expect("semaphore open");
        let password = password.to_string();
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            argon2()
                .hash_password(password.as_bytes(), &salt)
                .expect("hashing works")
                .to_string()
        })
        .await
        .expect("hashing task completes")
    }

    /// Verifies against `hash`, or against a dummy hash when there is none,
    /// so that an unknown account takes as long as a known one.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> bool {
        let _permit = self.permits.acquire().await.expect("semaphore open");
        let known = hash.is_some();
        let hash = hash
            .map(str::to_string)
            .unwrap_or_else(|| self.dummy.to_string());
        let password = password.to_string();
        let ok = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash)
                .is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
        })
        .await
        .unwrap_or(false);
        ok && known
    }
}

pub(crate) fn totp(secret_b32: &str, account: &str) -> super::error::AppResult<totp_rs::Totp> {
    let secret = totp_rs::Secret::try_from_base32(secret_b32)
        .map_err(|e| super::error::AppError::Internal(format!("{e:?}")))?;
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some("pocdir"))
        .build()
        .map_err(|e| super::error::AppError::Internal(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_bits_and_distinct() {
        let a = token();
        assert_eq!(a.len(), 43);
        assert_ne!(a, token());
        assert_eq!(digest("x").len(), 64);
        let code = recovery_code();
        assert_eq!(code.len(), 24);
        assert_eq!(
            normalize_recovery_code(&code.to_lowercase().replace('-', " ")),
            code
        );
    }

    #[tokio::test]
    async fn acc3_argon2id_hash_and_verify() {
        let h = Hasher::default();
        let hash = h.hash("a long passphrase for geneva").await;
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(h.verify("a long passphrase for geneva", Some(&hash)).await);
        assert!(!h.verify("wrong", Some(&hash)).await);
        assert!(!h.verify("no such account", None).await);
    }
}

//! Encryption at rest of what States write to each other (MSG-5):
//! XChaCha20-Poly1305 under the key from configuration, so that a copy of
//! the database alone reveals no content. Each value is bound to where it
//! belongs (its row), so sealed values cannot be swapped between rows.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

/// The key that seals, and earlier keys that still open, each known by an
/// id written before every value it sealed: "id:base64(nonce ‖ ciphertext)".
pub struct Sealer {
    current: (String, XChaCha20Poly1305),
    previous: Vec<(String, XChaCha20Poly1305)>,
}

const KEY_ERROR: &str = "must be 32 bytes in base64 (pocdir keygen makes one)";

/// A key from configuration, and its id: the start of its SHA-256.
fn key(base64: &str) -> Result<(String, XChaCha20Poly1305), String> {
    let bytes = STANDARD
        .decode(base64.trim())
        .map_err(|_| KEY_ERROR.to_string())?;
    let cipher = XChaCha20Poly1305::new_from_slice(&bytes).map_err(|_| KEY_ERROR.to_string())?;
    let id = super::crypto::digest_bytes(&bytes)[..8].to_string();
    Ok((id, cipher))
}

/// A new random key, base64, for `messages.key`.
pub fn new_key() -> String {
    STANDARD.encode(super::crypto::random_bytes::<32>())
}

impl Sealer {
    pub fn from_base64(current: &str) -> Result<Sealer, String> {
        Self::with_previous(current, &[])
    }

    /// The current key, and keys being rotated out (`messages.previous_keys`).
    pub fn with_previous(current: &str, previous: &[String]) -> Result<Sealer, String> {
        Ok(Sealer {
            current: key(current).map_err(|e| format!("messages.key {e}"))?,
            previous: previous
                .iter()
                .map(|k| key(k).map_err(|e| format!("messages.previous_keys: each {e}")))
                .collect::<Result<_, _>>()?,
        })
    }

    /// Seals `plain` for the row named by `aad`, under the current key.
    pub fn seal(&self, aad: &str, plain: &[u8]) -> String {
        let nonce = super::crypto::random_bytes::<24>();
        let sealed = self
            .current
            .1
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: aad.as_bytes(),
                },
            )
            .expect("XChaCha20-Poly1305 encrypts any length we store");
        let mut out = nonce.to_vec();
        out.extend(sealed);
        format!("{}:{}", self.current.0, STANDARD.encode(out))
    }

    /// Opens a sealed value; None if it was altered, moved, or sealed under
    /// a key this sealer does not hold. A value written before keys had ids
    /// is tried with each key.
    pub fn open(&self, aad: &str, sealed: &str) -> Option<Vec<u8>> {
        let keys = std::iter::once(&self.current).chain(&self.previous);
        let (id, body) = match sealed.split_once(':') {
            Some((id, body)) => (Some(id), body),
            None => (None, sealed),
        };
        let raw = STANDARD.decode(body).ok()?;
        if raw.len() < 24 {
            return None;
        }
        let (nonce, body) = raw.split_at(24);
        keys.filter(|(kid, _)| id.is_none_or(|id| id == kid))
            .find_map(|(_, cipher)| {
                cipher
                    .decrypt(
                        XNonce::from_slice(nonce),
                        Payload {
                            msg: body,
                            aad: aad.as_bytes(),
                        },
                    )
                    .ok()
            })
    }

    /// Whether a value is sealed under an earlier key, or before key ids.
    pub fn is_stale(&self, sealed: &str) -> bool {
        sealed
            .split_once(':')
            .is_none_or(|(id, _)| id != self.current.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn msg5_sealed_content_opens_only_in_its_place_under_its_key() {
        let s = Sealer::from_base64(&new_key()).unwrap();
        let sealed = s.seal("message:1", b"marker-7f3a");
        assert!(!sealed.contains("marker"));
        assert_eq!(s.open("message:1", &sealed).unwrap(), b"marker-7f3a");
        assert!(
            s.open("message:2", &sealed).is_none(),
            "moved to another row"
        );
        let other = Sealer::from_base64(&new_key()).unwrap();
        assert!(other.open("message:1", &sealed).is_none(), "another key");
        let (id, body) = sealed.split_once(':').unwrap();
        let mut bytes = STANDARD.decode(body).unwrap();
        bytes[30] ^= 1;
        assert!(
            s.open("message:1", &format!("{id}:{}", STANDARD.encode(bytes)))
                .is_none(),
            "altered"
        );
        assert!(Sealer::from_base64("too-short").is_err());
    }

    #[test]
    fn msg5_a_rotated_key_still_opens_what_it_sealed() {
        let (old, new) = (new_key(), new_key());
        let before = Sealer::from_base64(&old)
            .unwrap()
            .seal("factor:1", b"JBSWY3DP");
        let rotating = Sealer::with_previous(&new, std::slice::from_ref(&old)).unwrap();
        assert_eq!(rotating.open("factor:1", &before).unwrap(), b"JBSWY3DP");
        assert!(rotating.is_stale(&before));
        let after = rotating.seal("factor:1", b"JBSWY3DP");
        assert!(!rotating.is_stale(&after));
        let rotated = Sealer::from_base64(&new).unwrap();
        assert_eq!(rotated.open("factor:1", &after).unwrap(), b"JBSWY3DP");
        assert!(rotated.open("factor:1", &before).is_none());
    }
}

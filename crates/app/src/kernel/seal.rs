//! Encryption at rest of what States write to each other (MSG-5):
//! XChaCha20-Poly1305 under the key from configuration, so that a copy of
//! the database alone reveals no content. Each value is bound to where it
//! belongs (its row), so sealed values cannot be swapped between rows.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

pub struct Sealer(XChaCha20Poly1305);

/// A new random key, base64, for `messages.key`.
pub fn new_key() -> String {
    STANDARD.encode(super::crypto::random_bytes::<32>())
}

impl Sealer {
    pub fn from_base64(key: &str) -> Result<Sealer, String> {
        let bytes = STANDARD.decode(key.trim()).map_err(|_| {
            "messages.key must be 32 bytes in base64 (pocdir keygen makes one)".to_string()
        })?;
        let cipher = XChaCha20Poly1305::new_from_slice(&bytes).map_err(|_| {
            "messages.key must be 32 bytes in base64 (pocdir keygen makes one)".to_string()
        })?;
        Ok(Sealer(cipher))
    }

    /// Seals `plain` for the row named by `aad`: base64 of nonce ‖ ciphertext.
    pub fn seal(&self, aad: &str, plain: &[u8]) -> String {
        let nonce = super::crypto::random_bytes::<24>();
        let sealed = self
            .0
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
        STANDARD.encode(out)
    }

    /// Opens a sealed value; None if it was altered, moved or sealed under another key.
    pub fn open(&self, aad: &str, sealed: &str) -> Option<Vec<u8>> {
        let raw = STANDARD.decode(sealed).ok()?;
        if raw.len() < 24 {
            return None;
        }
        let (nonce, body) = raw.split_at(24);
        self.0
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: aad.as_bytes(),
                },
            )
            .ok()
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
        let mut bytes = STANDARD.decode(&sealed).unwrap();
        bytes[30] ^= 1;
        assert!(
            s.open("message:1", &STANDARD.encode(bytes)).is_none(),
            "altered"
        );
        assert!(Sealer::from_base64("too-short").is_err());
    }
}

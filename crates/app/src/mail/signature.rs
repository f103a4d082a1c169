//! The directory's own OpenPGP key, which signs every email it sends
//! (PGP/MIME, RFC 3156): checks and notifications are what an attacker
//! imitates to harvest clicks, and a signature a point of contact can check
//! tells the genuine ones apart. The key lives in a file outside the
//! database; its fingerprint is published on the public pages.

use pgp::composed::{
    ArmorOptions, Deserializable, DetachedSignature, KeyType, SecretKeyParamsBuilder,
    SignedPublicKey, SignedSecretKey,
};
use pgp::crypto::hash::HashAlgorithm;
use pgp::types::{KeyDetails, Password};
use std::path::Path;

pub struct MailSigner {
    key: SignedSecretKey,
    /// Upper-case hexadecimal, without spaces.
    pub fingerprint: String,
    /// The public key, armoured, for anyone to download.
    pub public: String,
}

impl MailSigner {
    pub fn load(path: &Path) -> Result<MailSigner, String> {
        let name = format!("mail.signing_key_file {}", path.display());
        let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
        let (key, _) = SignedSecretKey::from_string(&text).map_err(|_| {
            format!("{name}: not an OpenPGP secret key (`pocdir mail keygen --to FILE` makes one)")
        })?;
        let public = SignedPublicKey::from(key.clone())
            .to_armored_string(ArmorOptions::default())
            .map_err(|e| format!("{name}: {e}"))?;
        Ok(MailSigner {
            fingerprint: format!("{:X}", key.fingerprint()),
            public,
            key,
        })
    }

    /// The key that signs, for messages signed as they are encrypted.
    pub(crate) fn signing_key(&self) -> &dyn pgp::types::SigningKey {
        &self.key.primary_key
    }

    /// A detached signature of `data`, armoured.
    pub fn sign(&self, data: &[u8]) -> Result<String, String> {
        DetachedSignature::sign_binary_data(
            rand::thread_rng(),
            &self.key.primary_key,
            &Password::empty(),
            HashAlgorithm::Sha256,
            data,
        )
        .and_then(|s| s.to_armored_string(ArmorOptions::default()))
        .map_err(|e| e.to_string())
    }
}

/// A new Ed25519 key to sign the directory's email, armoured; `uid` names
/// the directory, e.g. "Directory of Points of Contact <noreply@…>".
pub fn generate(uid: &str) -> Result<String, String> {
    let params = SecretKeyParamsBuilder::default()
        .key_type(KeyType::Ed25519Legacy)
        .can_certify(true)
        .can_sign(true)
        .primary_user_id(uid.into())
        .build()
        .map_err(|e| e.to_string())?;
    params
        .generate(rand::thread_rng())
        .and_then(|k| k.to_armored_string(ArmorOptions::default()))
        .map_err(|e| e.to_string())
}

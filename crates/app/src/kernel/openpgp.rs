//! What an OpenPGP public key says of itself, read with rPGP (pure Rust):
//! its fingerprint, when it expires, whether it is revoked, whether a
//! valid part of it can encrypt, and its user ids (DIR-3); and a
//! communication's content encrypted to it (MSG-3). A key that cannot be
//! trusted to do what an entry promises is refused, with the reason as a
//! catalogue key.

use pgp::composed::{ArmorOptions, Deserializable, MessageBuilder, SignedPublicKey};
use pgp::crypto::hash::HashAlgorithm;
use pgp::crypto::sym::SymmetricKeyAlgorithm;
use pgp::packet::{Signature, SignatureType};
use pgp::types::{KeyDetails, Password};

/// What pocdir keeps of a key it accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFacts {
    /// Upper-case hexadecimal, without spaces.
    pub fingerprint: String,
    /// When the key expires, epoch milliseconds; None if it does not.
    pub expires_at: Option<i64>,
    pub user_ids: Vec<String>,
}

/// Seconds since the epoch as milliseconds.
fn ms(secs: u32) -> i64 {
    i64::from(secs) * 1000
}

/// The newest of a component's signatures of the given types.
fn newest<'a>(signatures: &'a [Signature], types: &[SignatureType]) -> Option<&'a Signature> {
    signatures
        .iter()
        .filter(|s| s.typ().is_some_and(|t| types.contains(&t)))
        .max_by_key(|s| s.created().map(|c| c.as_secs()))
}

/// When a component created at `created` expires by its newest binding.
fn expiry(created: u32, binding: Option<&Signature>) -> Option<i64> {
    let secs = std::time::Duration::from(binding?.key_expiration_time()?).as_secs();
    (secs > 0).then(|| ms(created) + secs as i64 * 1000)
}

const CERTIFICATIONS: [SignatureType; 4] = [
    SignatureType::CertGeneric,
    SignatureType::CertPersona,
    SignatureType::CertCasual,
    SignatureType::CertPositive,
];

/// The part of a key that encrypts: the primary key itself, or a subkey.
enum Target {
    Primary,
    Subkey(usize),
}

/// Whether a parsed key can be used at `now`, by which part, and when it
/// expires; the reason as a catalogue key when it cannot.
fn usable(key: &SignedPublicKey, now: i64) -> Result<(Target, Option<i64>), &'static str> {
    key.verify_bindings().map_err(|_| "err-pgp-signature")?;
    if !key.details.revocation_signatures.is_empty() {
        return Err("err-pgp-revoked");
    }
    let self_signatures: Vec<Signature> = key
        .details
        .users
        .iter()
        .flat_map(|u| u.signatures.iter().cloned())
        .chain(key.details.direct_signatures.iter().cloned())
        .collect();
    let mut types = CERTIFICATIONS.to_vec();
    types.push(SignatureType::Key);
    let primary = newest(&self_signatures, &types);
    let expires_at = expiry(key.created_at().as_secs(), primary);
    if expires_at.is_some_and(|at| at <= now) {
        return Err("err-pgp-expired");
    }
    let subkey = key.public_subkeys.iter().position(|sub| {
        let revoked = newest(&sub.signatures, &[SignatureType::SubkeyRevocation]).is_some();
        let binding = newest(&sub.signatures, &[SignatureType::SubkeyBinding]);
        let flags = binding.map(Signature::key_flags);
        !revoked
            && sub.algorithm().can_encrypt()
            && flags.is_some_and(|f| f.encrypt_comms() || f.encrypt_storage())
            && expiry(sub.created_at().as_secs(), binding).is_none_or(|at| at > now)
    });
    let primary_encrypts = key.algorithm().can_encrypt()
        && primary.is_some_and(|s| {
            let flags = s.key_flags();
            flags.encrypt_comms() || flags.encrypt_storage()
        });
    match (subkey, primary_encrypts) {
        (Some(i), _) => Ok((Target::Subkey(i), expires_at)),
        (None, true) => Ok((Target::Primary, expires_at)),
        (None, false) => Err("err-pgp-no-encryption"),
    }
}

/// Reads an armoured public key at `now` (epoch ms). Refusals: a private
/// key (never kept), text that is no key, a broken self-signature, a
/// revoked or expired key, a key with nothing that can encrypt.
pub fn inspect(armored: &str, now: i64) -> Result<KeyFacts, &'static str> {
    if armored.contains("PRIVATE KEY BLOCK") {
        return Err("err-pgp-private");
    }
    let (key, _) = SignedPublicKey::from_string(armored).map_err(|_| "err-pgp-unreadable")?;
    let (_, expires_at) = usable(&key, now)?;
    Ok(KeyFacts {
        fingerprint: format!("{:X}", key.fingerprint()),
        expires_at,
        user_ids: user_ids(armored),
    })
}

/// `plain` encrypted to a key as it stands at `now`, and signed by the
/// directory's own key when it has one: an armoured OpenPGP message. The
/// reason as a catalogue key when the key cannot be used.
pub fn encrypt(
    armored: &str,
    plain: &[u8],
    now: i64,
    signer: Option<&crate::mail::MailSigner>,
) -> Result<String, &'static str> {
    let (key, _) = SignedPublicKey::from_string(armored).map_err(|_| "err-pgp-unreadable")?;
    let (target, _) = usable(&key, now)?;
    let mut rng = rand::thread_rng();
    let mut builder = MessageBuilder::from_bytes("", plain.to_vec())
        .seipd_v1(&mut rng, SymmetricKeyAlgorithm::AES256);
    match target {
        Target::Primary => builder.encrypt_to_key(&mut rng, &key),
        Target::Subkey(i) => builder.encrypt_to_key(&mut rng, &key.public_subkeys[i]),
    }
    .map_err(|_| "err-pgp-no-encryption")?;
    if let Some(signer) = signer {
        builder.sign(
            signer.signing_key(),
            Password::empty(),
            HashAlgorithm::Sha256,
        );
    }
    builder
        .to_armored_string(&mut rng, ArmorOptions::default())
        .map_err(|_| "err-pgp-no-encryption")
}

/// The user ids of a key, however it stands; none if it does not parse.
pub fn user_ids(armored: &str) -> Vec<String> {
    SignedPublicKey::from_string(armored)
        .map(|(key, _)| {
            key.details
                .users
                .iter()
                .filter_map(|u| u.id.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a user id names one of these addresses ("Name <a@b>" or "a@b").
pub fn names_an_address(user_ids: &[String], addresses: &[&str]) -> bool {
    user_ids.iter().any(|u| {
        let u = u.to_lowercase();
        addresses.iter().any(|a| u.contains(&a.to_lowercase()))
    })
}

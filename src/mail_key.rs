//! The directory's OpenPGP key, which signs every email it sends: made from
//! the shell, kept in a file outside the database.

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum MailCommand {
    /// Write a new OpenPGP secret key that signs every email to a file (for
    /// mail.signing_key_file), and print its fingerprint.
    Keygen {
        /// The file to write; it must not exist.
        #[arg(long)]
        to: PathBuf,
        /// Who the key names, e.g. "Directory of Points of Contact <noreply@example.org>".
        #[arg(long, default_value = "Directory of Points of Contact")]
        name: String,
    },
}

pub fn run(command: MailCommand) -> Result<()> {
    let MailCommand::Keygen { to, name } = command;
    let fingerprint = keygen(&to, &name)?;
    println!(
        "key written to {}; set mail.signing_key_file to it, and keep it out of the database's backups",
        to.display()
    );
    println!("fingerprint: {}", app::mail::spaced(&fingerprint));
    Ok(())
}

/// Writes a new email signing key to `to`, readable by its owner only;
/// returns its fingerprint.
pub fn keygen(to: &Path, name: &str) -> Result<String> {
    if to.exists() {
        bail!("{} exists already: choose a new file", to.display());
    }
    let key = app::mail::generate(name).map_err(anyhow::Error::msg)?;
    std::fs::write(to, key).with_context(|| format!("cannot write {}", to.display()))?;
    #[cfg(unix)]
    std::fs::set_permissions(to, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    let signer = app::mail::MailSigner::load(to).map_err(anyhow::Error::msg)?;
    Ok(signer.fingerprint)
}

//! Password rules (ACC-3, ASVS 5.0 V6): length, not composition. Common and
//! breached passwords are refused through zxcvbn's frequency lists, which are
//! built from breach corpora.

use crate::fields::FieldError;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

pub fn check(password: &str, user_inputs: &[&str]) -> Result<(), FieldError> {
    let n = password.chars().count();
    if n < MIN_CHARS {
        return Err(FieldError::new("password", "err-password-short"));
    }
    if n > MAX_CHARS {
        return Err(FieldError::new("password", "err-password-long"));
    }
    let estimate = zxcvbn::zxcvbn(password, user_inputs);
    if (estimate.score() as u8) < 3 {
        return Err(FieldError::new("password", "err-password-common"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acc3_long_passphrases_pass_and_common_ones_fail() {
        assert!(check("correct horse battery staple in Geneva", &[]).is_ok());
        let long = "delegates from Quito, Hanoi and Oslo met at the Palais in spring";
        assert_eq!(long.chars().count(), 64);
        assert!(check(long, &[]).is_ok(), "64 characters are accepted");
        assert_eq!(check("short", &[]).unwrap_err().key, "err-password-short");
        assert_eq!(
            check("password1234", &[]).unwrap_err().key,
            "err-password-common"
        );
        assert_eq!(
            check("qwertyuiop123", &[]).unwrap_err().key,
            "err-password-common"
        );
        assert_eq!(
            check(&"a".repeat(129), &[]).unwrap_err().key,
            "err-password-long"
        );
        assert_eq!(
            check("diplomat@fr.example.org", &["diplomat@fr.example.org"])
                .unwrap_err()
                .key,
            "err-password-common"
        );
    }
}

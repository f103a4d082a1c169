//! `pocdir user`: accounts from the shell, for the operator: the first
//! custodian, and break-glass (NFR-6).

use super::UserCommand;
use app::Operator;

/// Account work from the shell.
pub async fn run(op: &Operator, command: UserCommand) -> Result<(), app::AppError> {
    use app::AppError;
    match command {
        UserCommand::Create {
            email,
            name,
            role,
            state,
        } => {
            if !op.can_seal() {
                return Err(AppError::Internal(
                    "messages.key is not set: the authenticator secret is sealed with it (`pocdir keygen` prints one)".into(),
                ));
            }
            let role = domain::Role::parse(&role)
                .ok_or_else(|| AppError::field("role", "err-shell-role"))?;
            let state = state.map(|s| domain::StateCode::parse(&s)).transpose()?;
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .map_err(|e| AppError::Internal(e.to_string()))?;
            let password = password.trim_end_matches(['\n', '\r']);
            domain::password::check(password, &[&email])?;
            let secret = app::crypto::totp_secret();
            op.create_active_user(&email, &name, role, state, password, &secret)
                .await?;
            println!("account created");
            enrolment(&secret, &email)
        }
        UserCommand::Disable { email } => {
            op.disable_user(&email).await?;
            println!("{email} is disabled and signed out everywhere");
            Ok(())
        }
        UserCommand::ResetSecondFactor { email } => {
            let secret = app::crypto::totp_secret();
            op.reset_second_factor(&email, &secret).await?;
            println!("every second factor of {email} is replaced, and it is signed out everywhere");
            enrolment(&secret, &email)
        }
    }
}

/// Prints a TOTP secret as an authenticator app takes it: the secret, its
/// otpauth:// URI, and a QR code drawn in the terminal.
fn enrolment(secret: &str, email: &str) -> Result<(), app::AppError> {
    use qrcode::render::unicode::Dense1x2;
    let uri = app::accounts::totp_uri(secret, email)?;
    let qr = qrcode::QrCode::new(uri.as_bytes())
        .map_err(|e| app::AppError::Internal(e.to_string()))?
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .build();
    println!("TOTP secret to enrol: {secret}\n{uri}\n\n{qr}\n");
    Ok(())
}

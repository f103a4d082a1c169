//! NFR-6: pocdir as a secretariat runs it: `pocdir serve` behind nginx
//! terminating TLS with the deployment guide's own configuration.

use crate::helpers::*;
use crate::proxy::{Nginx, guide_nginx, self_signed};
use domain::Role;

/// The audit entries of `action`, newest first, as (detail).
async fn audited(t: &TestApp, action: &str) -> Vec<String> {
    let mut c = t.db.conn().await.unwrap();
    store::audit::recent(&mut c, 1000, None)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.action == action)
        .map(|r| r.detail)
        .collect()
}

fn set_cookies(r: &Response) -> Vec<String> {
    r.headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

/// The guide's nginx block in front of `pocdir serve` with an https
/// `public_url` and nginx as its trusted proxy: plain HTTP is sent to
/// HTTPS, HSTS is sent, every cookie is `Secure` and `__Host-`, and the
/// audit log records the client's own address, never one it claims.
#[tokio::test]
async fn nfr6_signed_in_over_https_behind_the_documented_nginx() {
    let t = TestApp::spawn().await;
    let custodian = t
        .user("custodian@un.example.org", Role::Custodian, None)
        .await;
    let (https, http) = (free_port(), free_port());
    let public = format!("https://localhost:{https}");
    let server = t.serve_process_with(
        "warn",
        &[
            ("POCDIR_PUBLIC_URL", public.as_str()),
            ("POCDIR_TRUSTED_PROXIES", "[\"127.0.0.1\"]"),
        ],
    );
    server.ready().await;
    let certs = tempfile::tempdir().unwrap();
    let (cert, key) = self_signed(certs.path());
    let nginx = Nginx::start(
        &guide_nginx(
            0,
            https,
            http,
            (&cert, &key),
            &[("http://127.0.0.1:8080", server.url.clone())],
        ),
        https,
    )
    .await;
    // The browser's machine: an address of its own, not nginx's.
    let client = "127.0.0.5";
    let b = Browser::over_tls(
        &public,
        &std::fs::read(&cert).unwrap(),
        client.parse().unwrap(),
    );

    let r = b.get(&format!("http://127.0.0.1:{http}/login")).await;
    assert_eq!(r.status, 301, "{}", nginx.errors());
    let to = r.location.unwrap();
    assert!(to.starts_with("https://") && to.ends_with("/login"), "{to}");

    let r = b.get("/login").await;
    assert_eq!(r.status, 200, "{}", nginx.errors());
    let hsts = r.headers["strict-transport-security"].to_str().unwrap();
    assert!(hsts.contains("max-age="), "{hsts}");
    let r = b
        .post(
            "/login",
            &[("email", &custodian.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let cookies = set_cookies(&r);
    assert!(
        cookies.iter().any(|c| c.starts_with("__Host-pocdir=")),
        "{cookies:?}"
    );
    for c in &cookies {
        assert!(c.starts_with("__Host-") && c.contains("; Secure"), "{c}");
    }
    let r = b
        .post(
            "/login/code",
            &[("code", &app::accounts::totp_now(&custodian.secret).unwrap())],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(b.get("/account").await.status, 200);
    let signed_in = audited(&t, "login.succeeded").await;
    assert!(
        signed_in[0].contains(&format!("\"ip\":\"{client}\"")),
        "{signed_in:?}"
    );

    // A client that claims another address is still known by its own.
    let b2 = Browser::over_tls(
        &public,
        &std::fs::read(&cert).unwrap(),
        client.parse().unwrap(),
    );
    b2.get("/login").await;
    let csrf = b2.csrf().unwrap();
    let r = b2
        .client
        .post(format!("{public}/login"))
        .header("x-forwarded-for", "198.51.100.23")
        .form(&[
            ("email", "nobody@un.example.org"),
            ("password", "wrong"),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let failed = audited(&t, "login.failed").await;
    assert!(
        failed[0].contains(&format!("\"ip\":\"{client}\"")) && !failed[0].contains("198.51.100.23"),
        "{failed:?}"
    );
}

//! The API's OpenAPI 3.1 document, generated from the handlers and the
//! types they read and answer, with the conventions every operation shares:
//! a bearer token, problems for every refusal, and ETags on reads.

use super::problem::ProblemBody;
use super::{admissions, changes, checks, exports, messages, review, sync};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;
use utoipa::openapi::path::Operation;
use utoipa::openapi::response::{Response as Answer, ResponseBuilder};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "pocdir",
        version = "1",
        description = "The directory of points of contact for ICT security, for programs. \
            Each request carries a personal token, created on the account page, in \
            `Authorization: Bearer …`; a token never does more than its owner may, and only \
            what its scopes allow. Answers are JSON with stable English keys; refusals are \
            RFC 9457 problems with a stable `code` and a `title` in the language of \
            `Accept-Language`. Reads carry an ETag: send it back in `If-None-Match` to be \
            answered 304 when nothing changed. Lists page with `next_cursor`."
    ),
    paths(
        super::me,
        super::states,
        super::state_entries,
        super::entries,
        super::entry,
        super::history,
        exports::export,
        changes::nominate,
        changes::update,
        changes::withdraw,
        changes::confirm_all,
        review::report,
        checks::pending,
        checks::acknowledge,
        checks::campaigns,
        checks::results,
        messages::inbox,
        messages::thread,
        messages::send,
        messages::acknowledge,
        messages::reply,
        messages::attach,
        messages::attachment,
        messages::ask_consent,
        messages::decide_consent,
        messages::forward,
        messages::record,
        review::pending,
        review::change,
        review::verify,
        review::reject,
        admissions::requests,
        admissions::admit,
        admissions::reject,
        admissions::launch,
        super::usage,
        sync::snapshot,
        sync::changes,
        sync::teams,
    ),
    components(schemas(ProblemBody)),
    modifiers(&Conventions),
    tags(
        (name = "tokens", description = "The token in use"),
        (name = "directory", description = "Reading the directory"),
        (name = "submissions", description = "A State's changes to its entries"),
        (name = "checks", description = "Communication checks of a State's POCs"),
        (name = "messages", description = "Communications between States"),
        (name = "custodian", description = "The custodian's work"),
        (name = "regional", description = "Regional directories' copies of what States share with them"),
    )
)]
pub struct Document;

/// The refusals any operation may answer, each as a problem.
const PROBLEMS: [(&str, &str); 11] = [
    (
        "400",
        "The request cannot be read, or its cursor is not one this list gave",
    ),
    (
        "401",
        "No token, or one that is unknown, expired or revoked",
    ),
    (
        "403",
        "The token's scopes or its owner's role do not allow this",
    ),
    ("404", "Nothing of that name, or nothing the token may see"),
    (
        "409",
        "The request conflicts with the current state of things",
    ),
    (
        "410",
        "It was there, and is no longer; for a sync cursor (`resync`), take a fresh snapshot",
    ),
    ("413", "The body is too large"),
    ("415", "The body is not application/json"),
    (
        "422",
        "The body or a field is invalid; `errors` says which, and why",
    ),
    ("429", "Too many requests from this token in this minute"),
    ("500", "Something failed on the server; nothing was changed"),
];

struct Conventions;

impl Modify for Conventions {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
        for item in doc.paths.paths.values_mut() {
            let reads = [&mut item.get].into_iter().flatten();
            for op in reads {
                op.responses.responses.insert(
                    "304".into(),
                    RefOr::T(Answer::new(
                        "Unchanged since the ETag sent in If-None-Match",
                    )),
                );
            }
            let all = [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.delete,
            ];
            for op in all.into_iter().flatten() {
                refusals(op);
            }
        }
    }
}

fn refusals(op: &mut Operation) {
    for (status, description) in PROBLEMS {
        let content = ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .build();
        let answer = ResponseBuilder::new()
            .description(description)
            .content("application/problem+json", content)
            .build();
        op.responses
            .responses
            .entry(status.to_string())
            .or_insert(RefOr::T(answer));
    }
}

/// The document as JSON, made once.
pub fn json() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| Document::openapi().to_json().unwrap_or_default())
}

/// Serves the document: public, as the API's shape is no secret.
pub async fn openapi() -> Response {
    let mut r = json().to_string().into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

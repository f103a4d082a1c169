//! The directory's exports through the API (INT-1, DIR-9): the same files
//! as in the portal, of the entries the directory's filters choose. Taking
//! one is audited.

use super::problem::Problem;
use super::{Client, ListQuery};
use crate::state::Web;
use app::directory::export::{self, Format};
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

#[utoipa::path(get, path = "/api/v1/export/{format}", operation_id = "export-directory", tag = "directory",
    security(("token" = ["directory:read"])),
    params(("format" = String, Path, description = "csv, json or vcf"), ListQuery),
    responses((status = 200, description = "Every matching entry, in one file",
        content((String = "text/csv"), (export::ExportFile = "application/json"), (String = "text/vcard")))))]
/// Exports the matching entries as CSV, JSON or vCard 4.0.
pub async fn export(
    State(web): State<Web>,
    client: Client,
    Path(format): Path<String>,
    Query(mut l): Query<ListQuery>,
) -> Response {
    if !std::mem::take(&mut l.cursor).is_empty() || format == "print" {
        let refusal = Problem::new(&web, &client.lang, StatusCode::BAD_REQUEST, "bad-request");
        return refusal.into_response();
    }
    let q = l.query();
    let (format, entries) = match export::entries(&web.app, &client.actor, &q, &format, None).await
    {
        Ok(taken) => taken,
        Err(e) => return Problem::of(&web, &client.lang, &e).into_response(),
    };
    let (kind, body) = match format {
        Format::Csv => (
            "text/csv; charset=utf-8",
            export::csv(&entries, web.app.i18n(), &client.lang),
        ),
        Format::Vcard => ("text/vcard; charset=utf-8", export::vcard(&entries)),
        Format::Json | Format::Print => (
            "application/json",
            export::json(&entries, &q, web.app.now(), &client.lang),
        ),
    };
    let headers = [
        (header::CONTENT_TYPE, kind),
        (header::CACHE_CONTROL, "private, no-store"),
    ];
    (headers, body).into_response()
}

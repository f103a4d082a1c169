//! HTTP: server-rendered pages that work without JavaScript. Handlers parse,
//! call one use case, and render.

mod api;
mod http;
mod pages;
mod render;
mod state;

pub use state::{STREAMS_PER_SESSION, Web};

use app::App;
use axum::Router;
use std::sync::Arc;

pub fn router(app: App) -> Router {
    let web = Web {
        templates: Arc::new(render::environment(app.i18n().clone())),
        app,
        streams: Arc::default(),
        api_requests: Arc::default(),
    };
    // The guard is outermost, so that every answer, the body limit's
    // refusals included, gets the security headers and the user's language.
    pages::routes()
        .router()
        // Inside the routes, where the matched pattern is known.
        .route_layer(axum::middleware::from_fn(http::measure::measure))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            http::guard::body_limit(web.app.config()),
        ))
        .layer(axum::middleware::from_fn_with_state(
            web.clone(),
            http::guard::guard,
        ))
        .with_state(web)
}

/// (method, path) of every route the server answers, for the route matrix test.
pub fn served_routes() -> Vec<(&'static str, &'static str)> {
    pages::routes().served().to_vec()
}

/// Every template, for the test that renders each one.
pub fn template_names() -> Vec<String> {
    let env = render::environment(Arc::new(app::i18n::I18n::load()));
    env.templates().map(|(name, _)| name.to_string()).collect()
}

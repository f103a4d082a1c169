//! HTTP: server-rendered pages that work without JavaScript. Handlers parse,
//! call one use case, and render.

mod ctx;
mod error;
mod guard;
mod pages;
mod render;

pub use ctx::Ctx;
pub use error::WebError;

use app::App;
use axum::Router;
use std::sync::Arc;

#[derive(Clone)]
pub struct Web {
    pub app: App,
    pub templates: Arc<minijinja::Environment<'static>>,
}

pub fn router(app: App) -> Router {
    let web = Web {
        templates: Arc::new(render::environment(app.i18n.clone())),
        app,
    };
    pages::routes()
        .router()
        .layer(axum::middleware::from_fn_with_state(
            web.clone(),
            guard::guard,
        ))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            guard::body_limit(&web.app.config),
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

//! What every handler holds: the use cases and the templates.

use app::App;
use std::sync::Arc;

#[derive(Clone)]
pub struct Web {
    pub app: App,
    pub templates: Arc<minijinja::Environment<'static>>,
}

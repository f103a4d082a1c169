//! Views: what a use case shows of a stored row. The public API returns
//! these, never the store's rows, so that neither the pages nor a JSON API
//! publish the database schema or a column such as a password hash.

/// Declares a view with the named fields of a row, and the conversion.
macro_rules! view {
    ($(#[$meta:meta])* $name:ident from $row:path { $($(#[$fmeta:meta])* $field:ident: $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty),*
        }

        impl From<$row> for $name {
            fn from(r: $row) -> Self {
                Self { $($field: r.$field),* }
            }
        }
    };
}

pub(crate) use view;

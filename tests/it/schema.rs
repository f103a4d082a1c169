//! Both migration trees must give the same tables, columns and nullability.

use crate::helpers::*;

#[tokio::test]
async fn store_sqlite_and_postgres_migrations_define_the_same_schema() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite:{}", dir.path().join("s.db").display());
    store::Db::connect(&sqlite_url)
        .await
        .unwrap()
        .migrate()
        .await
        .unwrap();
    let pg_url = new_pg_database().await;
    store::Db::connect(&pg_url)
        .await
        .unwrap()
        .migrate()
        .await
        .unwrap();

    let sqlite = sqlx::SqlitePool::connect(&sqlite_url).await.unwrap();
    let mut lite: Vec<(String, String, bool)> = sqlx::query_as::<_, (String, String, i64, i64)>(
        "SELECT m.name, p.name, p.\"notnull\", p.pk FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE '_sqlx%' AND m.name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(&sqlite)
    .await
    .unwrap()
    .into_iter()
    // A primary key is NOT NULL in PostgreSQL; say so for SQLite too.
    .map(|(t, c, notnull, pk)| (t, c, notnull == 1 || pk > 0))
    .collect();
    let pg = sqlx::PgPool::connect(&pg_url).await.unwrap();
    let mut post: Vec<(String, String, bool)> = sqlx::query_as::<_, (String, String, String)>(
        "SELECT table_name::text, column_name::text, is_nullable::text FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&pg)
    .await
    .unwrap()
    .into_iter()
    .map(|(t, c, nullable)| (t, c, nullable == "NO"))
    .collect();
    lite.sort();
    post.sort();
    assert!(
        lite.len() > 80,
        "the schema was read ({} columns)",
        lite.len()
    );
    assert_eq!(lite, post);
}

"""The store: SQLModel tables, the SQLite engine and Alembic migrations."""

"""Alembic environment: batch mode for SQLite, the models' metadata as the target."""

from alembic import context
from sqlalchemy import create_engine

import db.tables  # noqa: F401  registers every table
from db.tables.base import metadata

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()

"""Alembic environment: runs on the connection the caller hands over (see store/schema.py)."""

from alembic import context
from geoalchemy2 import alembic_helpers

from console.store.models import Base
from console.store.schema import include_object

config = context.config


def run_migrations() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=include_object,
        process_revision_directives=alembic_helpers.writer,
        render_item=alembic_helpers.render_item,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

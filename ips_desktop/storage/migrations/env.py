"""Alembic environment: always handed an open connection by storage.schema."""

from functools import partial

from alembic import context

from ips_desktop.storage.models import Base
from ips_desktop.storage.schema import for_this_dialect

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    include_object=partial(for_this_dialect, dialect=connection.dialect.name),
)
with context.begin_transaction():
    context.run_migrations()

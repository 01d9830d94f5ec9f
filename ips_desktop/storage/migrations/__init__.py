"""Alembic migrations, run by the app itself on open (no alembic.ini needed at run time)."""

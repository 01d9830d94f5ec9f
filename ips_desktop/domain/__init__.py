"""Pure Python: the IPS vocabulary, rules and form specs. No Qt, no SQLAlchemy, no I/O."""

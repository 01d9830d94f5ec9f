"""The sync with the team database (issue 21): the only code that writes rows unlogged.

Everything here writes rows that the change log must not see: the team's
rows coming down to a laptop (the pull), and a laptop's changes applied on
the team database (the push). tests/storage/test_core_writes_are_logged.py
exempts this package for that reason, and no other module.
"""

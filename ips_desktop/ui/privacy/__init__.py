"""The Data protection area (team leads only): the audit trail, and the retention list."""

"""The sync's screens: the Conflicts view and its parts (issue 21)."""

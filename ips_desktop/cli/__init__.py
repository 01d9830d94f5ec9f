"""The command line: the same services as the window, for IT staff and scheduled jobs."""

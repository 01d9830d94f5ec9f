"""The window around the areas: start-up screens, sidebar, menus, settings, locking."""

"""The overview shown first after unlocking."""

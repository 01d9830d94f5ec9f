"""IPS Desktop: an offline tool for IPS consultants and team leads."""

__version__ = "0.1.0"

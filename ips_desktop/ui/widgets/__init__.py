"""Widgets every area uses: form fields and renderer, print preview, background work, errors."""

"""Values shared by tests (fixtures live in conftest.py)."""

PASSWORD = "Korrekt-Hest-Batteri-42"

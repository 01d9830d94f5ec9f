from ips_desktop.domain import messages


def test_every_message_exists_in_every_language():
    missing = [(code, lang) for code, texts in messages.CATALOG.items()
               for lang in messages.LANGUAGES if not texts.get(lang, "").strip()]
    assert missing == []


def test_language_switch():
    try:
        messages.set_language("nb")
        assert messages.message("required") == "Må fylles ut."
    finally:
        messages.set_language("da")
    assert messages.message("too_long", max=5) == "Må højst være 5 tegn."

"""The window's log file opens behind the unlock screen, and nothing logged is lost for it.

`configure_logging_later` creates nothing until the first record (or
`open_log_file()`, which the loading behind the unlock screen calls); an
error before then opens the file there and then, and a folder that cannot
be written sends the log to stderr, as `configure_logging` does.
"""

from __future__ import annotations

from ips_desktop import crash_log
from ips_desktop.crash_log import configure_logging_later, log, log_exception, log_file


def test_nothing_is_created_until_the_log_is_opened(tmp_path):
    logs = tmp_path / "logs"
    configure_logging_later(logs)
    assert not logs.exists()
    assert crash_log.open_log_file() == logs / crash_log.LOG_NAME
    log.info("window opened")
    assert "window opened" in (logs / crash_log.LOG_NAME).read_text(encoding="utf-8")
    assert log_file() == logs / crash_log.LOG_NAME


def test_an_error_before_the_log_was_opened_is_written_without_its_message(tmp_path):
    logs = tmp_path / "logs"
    configure_logging_later(logs)
    try:
        raise ValueError("could not save Bodil Kjær-Hansen, 010190-1234")
    except ValueError as exc:
        log_exception(type(exc), exc.__traceback__)
    text = (logs / crash_log.LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "test_crash_log.py" in text
    for secret in ("Bodil", "Kjær", "010190-1234"):
        assert secret not in text


def test_a_folder_that_cannot_be_written_sends_the_log_to_stderr(tmp_path, capsys):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    configure_logging_later(blocked / "logs")  # mkdir fails, even for root
    log.warning("data folder cannot be written: ReadOnly")
    assert log_file() is None
    assert "data folder cannot be written: ReadOnly" in capsys.readouterr().err


def test_configuring_again_replaces_the_file_not_yet_opened(tmp_path):
    configure_logging_later(tmp_path / "first")
    configure_logging_later(tmp_path / "second")
    log.info("once")
    assert not (tmp_path / "first").exists()
    assert (tmp_path / "second" / crash_log.LOG_NAME).is_file()

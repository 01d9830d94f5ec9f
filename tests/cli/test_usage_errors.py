"""A mistyped command line is argparse's exit 2, never 0: a script must see it failed."""

from __future__ import annotations

import pytest

from ips_desktop.cli.main import main


@pytest.mark.parametrize("argv", [
    ["no-such-command"],
    ["restore"],                      # the backup file is missing
    ["backup"],                       # --out is required
    ["list", "participants", "--consultant"],
    ["demo", "--size", "huge"],
])
def test_usage_errors_exit_2_and_say_why(argv, data_dir, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(data_dir), *argv])
    assert stop.value.code == 2
    assert "error:" in capsys.readouterr().err
    assert not data_dir.exists()  # nothing was created for a command that never ran

"""Documentation is enforced: every CLI command is in the README with its help text."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from newstrace.present.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_and_has_help(command: str) -> None:
    assert f"newstrace {command}" in README
    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert cmd.help and len(cmd.help) > 20


def test_readme_keeps_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README

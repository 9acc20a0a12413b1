"""`lotse hours …` and `lotse demo` as a coordinator uses them (real processes, a real SQLite file)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import lotse


def test_hours_add_list_and_cancel_day(tmp_path: Path) -> None:
    assert lotse(tmp_path, "demo").returncode == 0
    assert lotse(tmp_path, "demo").returncode == 0  # idempotent: still five demo office hours
    listed = json.loads(lotse(tmp_path, "hours", "list", "--json").stdout)
    assert len(listed) == 5 and listed[0]["place"].startswith("Rathaus Bruchsal")
    added = lotse(
        tmp_path, "hours", "add", "--place", "Rathaus Waghäusel", "--municipality", "Waghäusel",
        "--date", "2026-12-24", "--start", "9:00", "--end", "10:00", "--seats", "2", "--coach", "1",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Added office hour 6: Rathaus Waghäusel, 2026-12-24 09:00–10:00" in added.stdout
    line = lotse(tmp_path, "hours", "list").stdout.splitlines()[-1]
    assert line.startswith("6  Rathaus Waghäusel (Waghäusel)  2026-12-24  09:00–10:00  2 seat(s)")
    cancelled = lotse(tmp_path, "hours", "cancel-day", "6", "2026-12-24")
    assert cancelled.returncode == 0 and "0 booked person(s) will be told" in cancelled.stdout


def test_hours_mistakes_are_one_line_and_exit_2(tmp_path: Path) -> None:
    for args, message in (
        (("--weekday", "fri", "--start", "10:00", "--end", "10:10"), "shorter than one slot"),
        (("--weekday", "fri", "--start", "10:00", "--end", "12:00", "--coach", "9"), "there is no coach 9"),
        (("--weekday", "fri", "--start", "10:00", "--end", "12:00", "--municipality", "Paris"), "unknown"),
    ):
        result = lotse(tmp_path, "hours", "add", "--place", "X", *args)
        assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    gone = lotse(tmp_path, "hours", "cancel-day", "99", "2026-12-08")
    assert gone.returncode == 2 and "there is no office hour 99" in gone.stderr


def test_hours_bookings_and_mark(tmp_path: Path) -> None:
    assert lotse(tmp_path, "hours", "bookings").stdout.strip() == "No bookings within 7 days."
    gone = lotse(tmp_path, "hours", "mark", "42", "no-show")
    assert gone.returncode == 2 and "there is no booking 42" in gone.stderr
    wrong = lotse(tmp_path, "hours", "mark", "42", "maybe")
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr

"""The command line as an operator uses it: real processes, real SQLite files, stdin/stdout."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.languages import LANGUAGES
from bot.roles import Role, Roles
from bot.storage.database import Database
from tests.dialog import MENU_AFTER_CONSENT


def lotse(tmp_path: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_"))
    }
    environment.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'lotse.db'}", "LANG": "C.UTF-8", **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
        check=False,
    )


def test_run_without_token_starts_the_terminal_chat_and_says_so(tmp_path: Path) -> None:
    result = lotse(tmp_path, "run", stdin="/start\nDeutsch\n1\n")
    assert result.returncode == 0, result.stderr
    assert "No TELEGRAM_BOT_TOKEN" in result.stderr
    assert MENU_AFTER_CONSENT["de"] in result.stdout  # the menu, inviting to the intake once
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_terminal_chat_holds_the_first_conversation(tmp_path: Path, code: str) -> None:
    name = LANGUAGES[code].native_name
    result = lotse(tmp_path, "chat", "--user", "amira", stdin=f"/start\n{name}\n1\n6\n")
    assert result.returncode == 0, result.stderr
    screens = result.stdout.strip().split("\n\n")
    # My data: withdraw, announcements off, delete, back
    assert screens[-1].splitlines()[-1].strip().startswith("4.")
    assert name in screens[-1]


def test_the_chat_continues_after_a_restart(tmp_path: Path) -> None:
    lotse(tmp_path, "chat", "--user", "amira", stdin="/start\nEnglish\n")
    result = lotse(tmp_path, "chat", "--user", "amira", stdin="I agree\n")
    assert MENU_AFTER_CONSENT["en"] in result.stdout


def test_demo_and_db_upgrade(tmp_path: Path) -> None:
    upgrade = lotse(tmp_path, "db", "upgrade")
    assert upgrade.returncode == 0 and "up to date" in upgrade.stdout
    first = lotse(tmp_path, "demo")
    second = lotse(tmp_path, "demo")
    assert first.returncode == 0 and "Landkreis Karlsruhe" in first.stdout
    assert second.stdout == first.stdout


def test_bad_configuration_stops_with_one_line(tmp_path: Path) -> None:
    result = lotse(tmp_path, "run", COACH_CHAT_ID="coaches")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "COACH_CHAT_ID" in result.stderr and "Traceback" not in result.stderr


def test_a_rejected_telegram_token_stops_with_one_line(tmp_path: Path) -> None:
    """The fake Bot API answers 401 for any token but its own, as Telegram does for a revoked token."""
    import asyncio
    import threading

    from tests.fakes.telegram_api import FakeTelegramAPI

    ready = threading.Event()
    holder: dict[str, object] = {}

    def serve() -> None:
        async def main() -> None:
            fake = await FakeTelegramAPI().start()
            holder["url"] = fake.url
            ready.set()
            while not holder.get("stop"):
                await asyncio.sleep(0.05)
            await fake.stop()

        asyncio.run(main())

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        result = lotse(
            tmp_path, "run", TELEGRAM_BOT_TOKEN="999:wrong-token", TELEGRAM_API_BASE=str(holder["url"])
        )
    finally:
        holder["stop"] = True
        thread.join(10)
    assert result.returncode == 2, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "Traceback" not in result.stderr


# -- coaches and coordinators ----------------------------------------------------------------------


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a user error or configuration error prints (exit status 2, no traceback)."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def listed_coaches(tmp_path: Path, *extra: str, **env: str) -> list[dict[str, object]]:
    result = lotse(tmp_path, "coach", "list", "--json", *extra, **env)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


async def test_coaches_are_added_listed_edited_and_deactivated(tmp_path: Path, database_url: str) -> None:
    def run(*args: str) -> str:
        result = lotse(tmp_path, *args, DATABASE_URL=database_url)
        assert result.returncode == 0, result.stderr
        return result.stdout

    run("demo")
    added = run(
        "coach", "add", "--name", "Amal Nasser", "--telegram-id", "424242", "--language", "de,ar",
        "--language", "en", "--skill", "cv", "--skill", "recognition", "--municipality", "bruchsal",
    )  # fmt: skip
    assert added == (
        "Added coach 6: Amal Nasser, Telegram id 424242, languages de,ar,en, skills cv,recognition, "
        "municipality Bruchsal\n"
    )
    table = run("coach", "list").splitlines()
    assert table[0].split() == [
        "id",
        "name",
        "telegram",
        "id",
        "languages",
        "skills",
        "municipality",
        "active",
    ]
    assert len(table) == 1 + 6  # the five demo coaches and Amal
    assert table[-1].split() == [
        "6",
        "Amal",
        "Nasser",
        "424242",
        "de,ar,en",
        "cv,recognition",
        "Bruchsal",
        "yes",
    ]
    amal = {
        "id": 6,
        "name": "Amal Nasser",
        "telegram_id": 424242,
        "languages": ["de", "ar", "en"],
        "skills": ["cv", "recognition"],
        "municipality": "Bruchsal",
        "active": True,
    }
    assert json.loads(run("coach", "list", "--json"))[-1] == amal

    db = Database(database_url)
    try:
        async with db.session() as session:
            assert await Roles([]).of(session, "telegram", "424242") is Role.COACH

        edited = run(
            "coach", "edit", "6", "--name", "Amal Nasser-Weber", "--telegram-id", "434343",
            "--skill", "interview", "--no-municipality",
        )  # fmt: skip
        assert edited == (
            "Changed coach 6: Amal Nasser-Weber, Telegram id 434343, languages de,ar,en, skills interview, "
            "municipality -\n"
        )
        assert run("coach", "edit", "6", "--municipality", "Waghäusel", "--language", "ar") == (
            "Changed coach 6: Amal Nasser-Weber, Telegram id 434343, languages ar, skills interview, "
            "municipality Waghäusel\n"
        )
        amal |= {"name": "Amal Nasser-Weber", "telegram_id": 434343, "skills": ["interview"]}
        amal |= {"municipality": "Waghäusel", "languages": ["ar"]}

        assert run("coach", "deactivate", "6").startswith("Deactivated coach 6 (Amal Nasser-Weber)")
        assert [coach["id"] for coach in json.loads(run("coach", "list", "--json"))] == [1, 2, 3, 4, 5]
        assert run("coach", "list", "--all").splitlines()[-1].split()[-1] == "no"
        async with db.session() as session:
            assert await Roles([]).of(session, "telegram", "434343") is Role.PERSON
        assert "already deactivated" in run("coach", "deactivate", "6")

        run("coach", "edit", "6", "--reactivate")
        assert json.loads(run("coach", "list", "--all", "--json"))[-1] == amal
        async with db.session() as session:
            assert await Roles([]).of(session, "telegram", "434343") is Role.COACH
    finally:
        await db.dispose()


def test_coach_mistakes_end_in_one_line_and_change_nothing(tmp_path: Path) -> None:
    add = ("coach", "add", "--name", "Amal", "--telegram-id")
    no_towns = one_line(lotse(tmp_path, *add, "424242", "--municipality", "Bruchsal"))
    assert no_towns == (
        "lotse coach add: unknown municipality 'Bruchsal': "
        "there are none yet (lotse demo adds the demo county's)"
    )
    assert lotse(tmp_path, "demo").returncode == 0
    before = listed_coaches(tmp_path, "--all")

    assert one_line(lotse(tmp_path, *add, "900000001")) == (
        "lotse coach add: Telegram id 900000001 already belongs to coach 1 (Ute Brenner)"
    )
    assert one_line(lotse(tmp_path, *add, "424242", "--municipality", "Karlsruhe")) == (
        "lotse coach add: unknown municipality 'Karlsruhe'; known: Bretten, Bruchsal, Ettlingen, "
        "Graben-Neudorf, Rheinstetten, Stutensee, Waghäusel"
    )
    assert one_line(lotse(tmp_path, "coach", "edit", "99", "--name", "X")) == (
        "lotse coach edit: there is no coach 99 (lotse coach list --all shows every coach)"
    )
    assert one_line(lotse(tmp_path, "coach", "deactivate", "99")).startswith(
        "lotse coach deactivate: there is no coach 99"
    )
    assert one_line(lotse(tmp_path, "coach", "edit", "2", "--telegram-id", "900000001")) == (
        "lotse coach edit: Telegram id 900000001 already belongs to coach 1 (Ute Brenner)"
    )
    assert one_line(lotse(tmp_path, "coach", "edit", "2")).startswith(
        "lotse coach edit: nothing to change: give"
    )
    assert one_line(lotse(tmp_path, "coach", "edit", "2", "--skill", "cv", "--no-skill")) == (
        "lotse coach edit: give --skill or --no-skill, not both"
    )

    # Values the command line itself refuses: argparse's usage line, then the error naming the option.
    for args, error in [
        ((*add, "424242", "--language", "de,xx"), "argument --language: 'xx' is not a Lotse language code"),
        (
            (*add, "424242", "--skill", "cooking"),
            "argument --skill: 'cooking' is not a skill; choose from job_search",
        ),
        ((*add, "@amal"), "argument --telegram-id: '@amal' is not a Telegram user id"),
        (("coach", "add", "--telegram-id", "424242"), "the following arguments are required: --name"),
    ]:
        result = lotse(tmp_path, *args)
        assert result.returncode == 2, args
        assert error in result.stderr.strip().splitlines()[-1], (args, result.stderr)
        assert "Traceback" not in result.stderr

    assert listed_coaches(tmp_path, "--all") == before


def test_coordinators_are_added_listed_and_removed(tmp_path: Path) -> None:
    env = {"COORDINATOR_IDS": "555, 900000100"}
    assert lotse(tmp_path, "demo").returncode == 0
    table = lotse(tmp_path, "coordinator", "list", **env).stdout.splitlines()
    assert table[0].split() == ["id", "name", "telegram", "id", "from"]
    assert table[1].split() == [
        "1",
        "Kreisintegrationsstelle",
        "Karlsruhe",
        "900000100",
        "database,",
        "COORDINATOR_IDS",
    ]
    assert table[2].split() == ["-", "-", "555", "COORDINATOR_IDS"]

    added = lotse(tmp_path, "coordinator", "add", "--name", "Eva Stein", "--telegram-id", "777", **env)
    assert added.returncode == 0 and added.stdout.strip() == "Added coordinator 2: Eva Stein, Telegram id 777"
    assert one_line(lotse(tmp_path, "coordinator", "add", "--name", "Eva", "--telegram-id", "777")) == (
        "lotse coordinator add: Telegram id 777 already belongs to coordinator 2 (Eva Stein)"
    )
    listed = json.loads(lotse(tmp_path, "coordinator", "list", "--json", **env).stdout)
    assert listed == [
        {"id": 1, "name": "Kreisintegrationsstelle Karlsruhe", "telegram_id": 900000100,
         "sources": ["database", "environment"]},
        {"id": 2, "name": "Eva Stein", "telegram_id": 777, "sources": ["database"]},
        {"id": None, "name": None, "telegram_id": 555, "sources": ["environment"]},
    ]  # fmt: skip

    assert one_line(lotse(tmp_path, "coordinator", "remove", "--telegram-id", "555", **env)) == (
        "lotse coordinator remove: Telegram id 555 comes from COORDINATOR_IDS: remove it there"
    )
    assert one_line(lotse(tmp_path, "coordinator", "remove", "99", **env)) == (
        "lotse coordinator remove: there is no coordinator 99 (lotse coordinator list shows them)"
    )
    removed = lotse(tmp_path, "coordinator", "remove", "--telegram-id", "900000100", **env)
    assert removed.stdout.strip() == (
        "Removed coordinator 1 (Kreisintegrationsstelle Karlsruhe, Telegram id 900000100); "
        "still a coordinator through COORDINATOR_IDS."
    )
    assert lotse(tmp_path, "coordinator", "remove", "2").stdout.strip() == (
        "Removed coordinator 2 (Eva Stein, Telegram id 777)."
    )
    assert json.loads(lotse(tmp_path, "coordinator", "list", "--json").stdout) == []
    assert lotse(tmp_path, "coordinator", "list").stdout.startswith("No coordinators yet")


# -- start-up: one line for a mistake in DATABASE_URL, waiting while PostgreSQL is down -------------


@pytest.mark.parametrize("command", [("run",), ("chat",), ("demo",), ("db", "upgrade"), ("coach", "list")])
def test_a_sqlite_file_in_a_missing_directory_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    result = lotse(tmp_path, *command, stdin="/start\n", DATABASE_URL=f"sqlite:///{tmp_path}/gone/lotse.db")
    assert one_line(result) == (
        f"Configuration error: DATABASE_URL: cannot open the SQLite file {tmp_path}/gone/lotse.db "
        f"(directory {tmp_path}/gone does not exist)"
    )


def test_db_upgrade_says_what_it_did_in_one_line(tmp_path: Path) -> None:
    first = lotse(tmp_path, "db", "upgrade", LOG_LEVEL="INFO")
    second = lotse(tmp_path, "db", "upgrade", LOG_LEVEL="INFO")
    assert first.stderr == "" and second.stderr == ""  # no Alembic chatter
    assert re.fullmatch(r"Database schema is up to date: upgraded from empty to \w+\.\n", first.stdout)
    assert re.fullmatch(r"Database schema is up to date \(\w+\); nothing to do\.\n", second.stdout)


def test_an_unknown_log_level_is_one_line(tmp_path: Path) -> None:
    assert one_line(lotse(tmp_path, "db", "upgrade", LOG_LEVEL="LOUD")) == (
        "Configuration error: LOG_LEVEL: 'LOUD' is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    )


@pytest.mark.parametrize("command", [("db", "upgrade"), ("chat",)])
def test_a_postgres_that_stays_down_is_given_up_after_database_wait(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    from tests.postgres import free_port

    port = free_port()  # nothing listens there
    result = lotse(
        tmp_path,
        *command,
        DATABASE_URL=f"postgresql://lotse:secret@127.0.0.1:{port}/lotse",
        DATABASE_WAIT="1",
    )
    assert result.returncode == 2
    *waiting, last = result.stderr.strip().splitlines()
    assert waiting and all(
        f"PostgreSQL at 127.0.0.1:{port} is not reachable (connection refused); trying again in" in line
        for line in waiting
    )
    assert last == (
        f"Database unavailable: DATABASE_URL: PostgreSQL at 127.0.0.1:{port} is not reachable "
        "(connection refused); gave up after 1 s (DATABASE_WAIT sets how long to wait)"
    )
    assert "secret" not in result.stderr


@pytest.mark.postgres
async def test_an_unknown_postgres_database_is_one_line_at_once(tmp_path: Path, postgres_server: Any) -> None:
    url = postgres_server.sqlalchemy_url("no_such_database")
    where = f"{postgres_server.url.host}:{postgres_server.url.port}"
    assert one_line(lotse(tmp_path, "db", "upgrade", DATABASE_URL=url)) == (
        f'Configuration error: DATABASE_URL: PostgreSQL at {where} has no database "no_such_database" '
        "(create it, e.g. createdb -O postgres no_such_database)"
    )


@pytest.mark.postgres
async def test_run_waits_for_postgres_and_carries_on_when_it_is_up(
    tmp_path: Path, postgres_server: Any
) -> None:
    """`lotse run` waits as long as it takes (no DATABASE_WAIT); here PostgreSQL "comes up" after a while."""
    from sqlalchemy.engine import make_url

    from tests.postgres import free_port

    real = make_url(await postgres_server.create_database())
    port = free_port()
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_"))
    }
    environment |= {
        "LANG": "C.UTF-8",
        "DATABASE_URL": real.set(port=port).render_as_string(hide_password=False),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path, env=environment,
    )  # fmt: skip
    assert process.stderr is not None
    proxy: asyncio.Server | None = None
    try:
        line = (await asyncio.wait_for(process.stderr.readline(), 60)).decode()
        assert (
            f"PostgreSQL at 127.0.0.1:{port} is not reachable (connection refused); trying again in" in line
        )

        async def forward(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            upstream_reader, upstream_writer = await asyncio.open_connection(real.host, real.port)

            async def pipe(source: asyncio.StreamReader, target: asyncio.StreamWriter) -> None:
                while data := await source.read(65536):
                    target.write(data)
                    await target.drain()
                target.close()

            await asyncio.gather(
                pipe(reader, upstream_writer), pipe(upstream_reader, writer), return_exceptions=True
            )

        proxy = await asyncio.start_server(
            forward, "127.0.0.1", port
        )  # the database is reachable from now on
        stdout, stderr = await asyncio.wait_for(process.communicate(b"/start\nDeutsch\n"), 120)
    finally:
        if proxy is not None:
            proxy.close()
        if process.returncode is None:
            process.kill()
            await process.wait()
        await postgres_server.drop_database(real.render_as_string(hide_password=False))
    assert process.returncode == 0, stderr.decode()
    assert "Traceback" not in stderr.decode()
    assert "Einverstanden" in stdout.decode(), stdout.decode()  # the privacy question, in German

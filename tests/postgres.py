"""A throw-away PostgreSQL server for the test run, and one fresh database per test.

`PostgresServer.start()` runs `initdb` into a temporary directory, picks a free port on 127.0.0.1 and
starts the server with `pg_ctl start -w`; `stop()` stops it and removes the directory. PostgreSQL refuses
to run as root, so when the tests run as root the server runs as the `postgres` system user (and when
that user does not exist, nothing is created and the caller skips). A non-root user runs it directly.

`LOTSE_TEST_POSTGRES_URL` (for example `postgresql://lotse:secret@localhost:5432/lotse`) uses an existing
server instead; it needs a role that may `CREATE DATABASE`, otherwise every test empties the `public`
schema of that one database (so do not point it at data you want to keep).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.engine import URL, make_url

URL_VARIABLE = "LOTSE_TEST_POSTGRES_URL"
BINDIR_VARIABLE = "LOTSE_TEST_POSTGRES_BINDIR"
REQUIRE_VARIABLE = "LOTSE_REQUIRE_POSTGRES"
PREFERRED_VERSION = "15"
TEST_DATABASE = "lotse_test"
SERVER_BINARIES = ("initdb", "pg_ctl", "postgres")

# Durability is worthless for a server that is deleted after the run; without it tests run faster.
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "'32MB'",
    "max_connections": "100",
    "log_min_messages": "warning",
    "timezone": "'Europe/Berlin'",  # not UTC, so a test that forgets the zone notices
}


class Unavailable(Exception):
    """No PostgreSQL can be started here; the message says why (the fixture skips with it)."""


class StartFailed(RuntimeError):
    """initdb or pg_ctl failed although everything needed is there (the fixture fails with it)."""


def find_bindir() -> Path | None:
    """Where initdb, pg_ctl and postgres are: $LOTSE_TEST_POSTGRES_BINDIR, Debian's 15, any other, $PATH."""
    candidates: list[Path] = []
    if os.environ.get(BINDIR_VARIABLE):
        candidates.append(Path(os.environ[BINDIR_VARIABLE]))
    debian = Path("/usr/lib/postgresql")
    candidates.append(debian / PREFERRED_VERSION / "bin")
    if debian.is_dir():
        versions = sorted(
            (p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True
        )
        candidates += [p / "bin" for p in versions]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for bindir in candidates:
        if all(os.access(bindir / name, os.X_OK) for name in SERVER_BINARIES):
            return bindir
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_async(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine to completion from sync code, even while an event loop runs in this thread."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _quote_identifier(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"unexpected database name {name!r}")
    return f'"{name}"'


@dataclass
class Server:
    """A PostgreSQL server the tests may use: where it is and how it came to be."""

    url: URL  # the database the tests connect to for administration (postgresql+asyncpg://…)
    description: str
    startup_seconds: float | None = None
    can_create_databases: bool = True

    def sqlalchemy_url(self, database: str | None = None) -> str:
        url = self.url if database is None else self.url.set(database=database)
        return url.render_as_string(hide_password=False)

    def asyncpg_dsn(self, database: str | None = None) -> str:
        url = self.url.set(drivername="postgresql")
        if database is not None:
            url = url.set(database=database)
        return url.render_as_string(hide_password=False)

    async def create_database(self) -> str:
        """A new empty database (or, without CREATEDB, the admin database emptied); its SQLAlchemy URL."""
        if self.can_create_databases:
            name = f"lotse_t_{uuid.uuid4().hex[:16]}"
            connection = await asyncpg.connect(self.asyncpg_dsn())
            try:
                await connection.execute(f"CREATE DATABASE {_quote_identifier(name)} TEMPLATE template0")
                return self.sqlalchemy_url(name)
            except asyncpg.InsufficientPrivilegeError:
                self.can_create_databases = False
            finally:
                await connection.close()
        connection = await asyncpg.connect(self.asyncpg_dsn())
        try:
            await connection.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public")
        finally:
            await connection.close()
        return self.sqlalchemy_url()

    async def drop_database(self, url: str) -> None:
        name = make_url(url).database
        if name is None or name == self.url.database:
            return  # the shared database of the fallback: emptied by the next test
        connection = await asyncpg.connect(self.asyncpg_dsn())
        try:
            await connection.execute(f"DROP DATABASE IF EXISTS {_quote_identifier(name)} WITH (FORCE)")
        finally:
            await connection.close()


def external_server(url: str) -> Server:
    parsed = make_url(url)
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise ValueError(f"{URL_VARIABLE} must be a postgresql:// URL, not {parsed.drivername}://")
    parsed = parsed.set(drivername="postgresql+asyncpg")
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
    return Server(url=parsed, description=f"PostgreSQL from {URL_VARIABLE} at {where}")


class PostgresServer:
    """A private PostgreSQL cluster in a temporary directory, owned by the user who may run it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.directory: Path | None = None
        self.port: int | None = None
        self.running = False
        self._user: str | None = None

    @property
    def datadir(self) -> Path:
        assert self.directory is not None
        return self.directory / "data"

    @property
    def logfile(self) -> Path:
        assert self.directory is not None
        return self.directory / "server.log"

    def start(self, attempts: int = 3) -> Server:
        started = time.monotonic()
        self._user = _server_user()
        self.directory = Path(tempfile.mkdtemp(prefix="lotse-pg-"))
        os.chmod(self.directory, 0o700)
        if self._user is not None:
            shutil.chown(self.directory, user=self._user, group=pwd.getpwnam(self._user).pw_gid)
        self._run(
            "initdb",
            "--pgdata",
            str(self.datadir),
            "--username",
            "postgres",
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-sync",
        )
        base_config = (self.datadir / "postgresql.conf").read_text()
        for attempt in range(1, attempts + 1):
            self.port = free_port()
            settings = {
                **SERVER_SETTINGS,
                "port": str(self.port),
                "unix_socket_directories": f"'{self.directory}'",
            }
            lines = "".join(f"{key} = {value}\n" for key, value in settings.items())
            self._write(self.datadir / "postgresql.conf", base_config + "\n# lotse tests\n" + lines)
            try:
                self._run(
                    "pg_ctl", "start", "-w", "-t", "60", "-D", str(self.datadir), "-l", str(self.logfile)
                )
            except StartFailed:
                if attempt == attempts:  # most likely another process took the port in between
                    raise
                continue
            break
        self.running = True
        run_async(self._create_test_database())
        version = run_async(self._version())
        return Server(
            url=URL.create(
                "postgresql+asyncpg",
                username="postgres",
                host="127.0.0.1",
                port=self.port,
                database=TEST_DATABASE,
            ),
            description=f"PostgreSQL {version} started at 127.0.0.1:{self.port} from {self.bindir}"
            + (f" as user {self._user}" if self._user else ""),
            startup_seconds=time.monotonic() - started,
        )

    def stop(self) -> None:
        try:
            if self.running:
                self._run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.datadir))
                self.running = False
        finally:
            if self.directory is not None:
                shutil.rmtree(self.directory, ignore_errors=True)
                self.directory = None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    async def _create_test_database(self) -> None:
        connection = await asyncpg.connect(
            host="127.0.0.1", port=self.port, user="postgres", database="postgres"
        )
        try:
            await connection.execute(f"CREATE DATABASE {TEST_DATABASE}")
        finally:
            await connection.close()

    async def _version(self) -> str:
        connection = await asyncpg.connect(
            host="127.0.0.1", port=self.port, user="postgres", database="postgres"
        )
        try:
            return str(await connection.fetchval("SHOW server_version"))
        finally:
            await connection.close()

    def _write(self, path: Path, text: str) -> None:
        path.write_text(text)
        if self._user is not None:
            shutil.chown(path, user=self._user, group=pwd.getpwnam(self._user).pw_gid)

    def _run(self, program: str, *args: str) -> None:
        assert self.directory is not None
        env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
        env.update(LC_ALL="C", LANG="C", TZ="UTC")
        options: dict[str, Any] = {}
        if self._user is not None:
            account = pwd.getpwnam(self._user)
            env.update(HOME=str(self.directory), USER=self._user, LOGNAME=self._user)
            options = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        result = subprocess.run(
            [str(self.bindir / program), *args],
            cwd=self.directory,  # the server user may not be allowed into the caller's directory
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=120,
            check=False,
            **options,
        )
        if result.returncode != 0:
            raise StartFailed(
                f"{program} {' '.join(args[:1])} failed (exit {result.returncode}):\n"
                f"{result.stdout.strip()}\n--- server log ---\n{self.log_tail()}"
            )


def _server_user() -> str | None:
    """None to run the server as ourselves; "postgres" when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable(
            "the tests run as root, PostgreSQL refuses to run as root, and there is no 'postgres' user "
            "to run it as (create one: useradd --system --home /var/lib/postgresql --shell /bin/bash "
            "postgres; "
            f"or set {URL_VARIABLE})"
        ) from None
    return "postgres"


def start_or_connect() -> tuple[Server, PostgresServer | None]:
    """The server to test against and, when we started it, the handle that stops it."""
    url = os.environ.get(URL_VARIABLE, "").strip()
    if url:
        return external_server(url), None
    bindir = find_bindir()
    if bindir is None:
        raise Unavailable(
            "no PostgreSQL server binaries (initdb, pg_ctl, postgres) in /usr/lib/postgresql/*/bin or on "
            f"$PATH; install postgresql-{PREFERRED_VERSION}, set {BINDIR_VARIABLE}, or set {URL_VARIABLE}"
        )
    _server_user()  # refuse before creating anything
    handle = PostgresServer(bindir)
    try:
        return handle.start(), handle
    except BaseException:
        with contextlib.suppress(Exception):
            handle.stop()
        raise

"""A throwaway PostgreSQL cluster for the tests: started, handed to a command, removed.

`make test` runs `python -m tests.pg_cluster -- COMMAND ...`: a new cluster in a
temporary folder (loopback only, a free port, TLS with a self-signed
certificate, SCRAM passwords on `hostssl` lines only, no Unix socket, a
superuser with a random password), `IPS_TEST_POSTGRES_URL` set for COMMAND,
and the cluster stopped and its folder deleted afterwards, whatever COMMAND's
outcome (also on Ctrl+C or SIGTERM). The exit code is COMMAND's.

initdb and postgres refuse to run as root: as root the folder belongs to the
`postgres` user and the server's programs run as that user (runuser); as
anyone else they run as that user. The server's programs are Debian's
postgresql-15 (/usr/lib/postgresql/15/bin), or those of `IPS_TEST_PG_BINDIR`,
`pg_config --bindir` or the PATH. Durability is switched off (fsync): the
cluster lives for one test run, and the tests are about SQL, not crashes.

A run killed outright (SIGKILL) cannot clean up after itself; the next run
stops and deletes such leftovers (folders whose owning process is gone).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

URL_VARIABLE = "IPS_TEST_POSTGRES_URL"
SUPERUSER = "ips_admin"
PREFIX = "ips-test-pg-"
OWNER_FILE = "owner.pid"
DEBIAN_BINDIR = Path("/usr/lib/postgresql/15/bin")
MIN_MAJOR = 15  # ICU_LOCALE in CREATE DATABASE
APT_HINT = "sudo apt-get install --no-install-recommends postgresql-15 libpq5 openssl"

# Appended to postgresql.conf. fsync and friends off: nothing here must survive a crash.
SERVER_SETTINGS = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = ''
ssl = on
ssl_cert_file = '{folder}/server.crt'
ssl_key_file = '{folder}/server.key'
password_encryption = 'scram-sha-256'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = '128MB'
log_min_messages = warning
"""

# TLS only, SCRAM only, loopback only: what a team database asks of its laptops.
HBA = """\
hostssl all all 127.0.0.1/32 scram-sha-256
hostssl all all ::1/128 scram-sha-256
"""


class ClusterError(RuntimeError):
    """The test cluster could not be made or started; the text says what to do."""


@dataclass(frozen=True)
class Cluster:
    folder: Path
    port: int
    password: str

    @property
    def url(self) -> str:
        """The superuser's SQLAlchemy URL (psycopg 3, TLS demanded)."""
        return (f"postgresql+psycopg://{SUPERUSER}:{quote(self.password, safe='')}"
                f"@127.0.0.1:{self.port}/postgres?sslmode=require")

    @property
    def data(self) -> Path:
        return self.folder / "data"


def find_bindir() -> Path:
    """Where initdb, pg_ctl and postgres are; ClusterError (with the apt command) if nowhere."""
    candidates: list[Path] = []
    if os.environ.get("IPS_TEST_PG_BINDIR"):
        candidates.append(Path(os.environ["IPS_TEST_PG_BINDIR"]))
    candidates.append(DEBIAN_BINDIR)
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            candidates.append(Path(subprocess.run(
                [pg_config, "--bindir"], check=True, capture_output=True, text=True,
            ).stdout.strip()))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            _check_version(folder)
            return folder
    raise ClusterError("PostgreSQL's server programs (initdb, pg_ctl) were not found. "
                       f"On Debian: {APT_HINT}")


def _check_version(bindir: Path) -> None:
    out = subprocess.run([str(bindir / "initdb"), "--version"], check=True,
                         capture_output=True, text=True).stdout
    major = int(out.split()[-1].split(".")[0])
    if major < MIN_MAJOR:
        raise ClusterError(f"PostgreSQL {major} in {bindir} is too old: {MIN_MAJOR} or "
                           f"later is needed. On Debian: {APT_HINT}")


def free_port() -> int:
    """A loopback port nobody listens on now (the server takes it moments later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """The user the server runs as when we are root (initdb refuses root); None otherwise."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError as exc:
        raise ClusterError("running as root, but there is no `postgres` user to run the "
                           f"server as. On Debian: {APT_HINT}") from exc


def _as_server_user(command: list[str]) -> list[str]:
    user = _server_user()
    return ["runuser", "-u", user.pw_name, "--", *command] if user else command


def _run(command: list[str], what: str) -> None:
    # From the root folder: the server's user may not be allowed into the caller's.
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd="/")
    if done.returncode != 0:
        raise ClusterError(f"{what} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def _give_to_server_user(*paths: Path) -> None:
    user = _server_user()
    if user:
        for path in paths:
            os.chown(path, user.pw_uid, user.pw_gid)


def _self_signed_certificate(folder: Path) -> None:
    if not shutil.which("openssl"):
        raise ClusterError(f"openssl is needed for the test server's certificate. On Debian: "
                           f"{APT_HINT}")
    _run(["openssl", "req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt",
          "ec_paramgen_curve:prime256v1", "-days", "2", "-subj", "/CN=127.0.0.1",
          "-keyout", str(folder / "server.key"), "-out", str(folder / "server.crt")],
         "openssl req")
    (folder / "server.key").chmod(0o600)  # the server refuses a key others can read
    _give_to_server_user(folder / "server.key", folder / "server.crt")


def _make(bindir: Path, folder: Path) -> Cluster:
    password = secrets.token_urlsafe(24)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n", encoding="utf-8")
    pwfile.chmod(0o600)
    _give_to_server_user(folder, pwfile)
    _run(_as_server_user([str(bindir / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER,
                          f"--pwfile={pwfile}", "--auth=scram-sha-256", "--encoding=UTF8",
                          "--locale=C.UTF-8", "--no-sync"]), "initdb")
    pwfile.unlink()
    _self_signed_certificate(folder)
    cluster = Cluster(folder, free_port(), password)
    with (cluster.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write(SERVER_SETTINGS.format(port=cluster.port, folder=folder))
    (cluster.data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
    return cluster


def _start(bindir: Path, cluster: Cluster) -> None:
    log = cluster.folder / "server.log"
    _run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(cluster.data), "-l", str(log),
                          "-w", "-t", "60", "start"]),
         f"pg_ctl start (server log: {log})")


def _stop(bindir: Path, data: Path) -> None:
    if (data / "postmaster.pid").exists():
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m",
                                        "immediate", "-w", "-t", "30", "stop"]),
                       capture_output=True, check=False, cwd="/")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(bindir: Path, parent: Path) -> None:
    """Stop and delete the clusters of earlier runs that were killed before cleaning up."""
    for folder in parent.glob(PREFIX + "*"):
        try:
            owner = int((folder / OWNER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not (yet) ours to judge: a run being set up this very moment
        if owner != os.getpid() and not _alive(owner):
            _stop(bindir, folder / "data")
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def running_cluster(parent: Path | None = None) -> Iterator[Cluster]:
    """A started cluster for the `with` block; stopped and deleted when it is left."""
    bindir = find_bindir()
    parent = parent or Path(tempfile.gettempdir())
    remove_leftovers(bindir, parent)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
    try:
        (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="utf-8")
        for attempt in range(3):  # the free port may be taken between asking and starting
            cluster = _make(bindir, folder)
            try:
                _start(bindir, cluster)
                break
            except ClusterError:
                if attempt == 2:
                    raise
                shutil.rmtree(cluster.data, ignore_errors=True)
        yield cluster
    finally:
        _stop(bindir, folder / "data")
        shutil.rmtree(folder, ignore_errors=True)


def _raise_on_sigterm() -> None:
    """SIGTERM (CI's stop, `kill`) unwinds like Ctrl+C, so the cluster is still removed."""
    def stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, stop)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: python -m tests.pg_cluster -- COMMAND [ARG ...]", file=sys.stderr)
        return 2
    _raise_on_sigterm()
    started = time.monotonic()
    try:
        with running_cluster() as cluster:
            print(f"PostgreSQL test cluster on 127.0.0.1:{cluster.port} "
                  f"({time.monotonic() - started:.1f} s to start)", flush=True)
            child = subprocess.Popen(argv, env={**os.environ, URL_VARIABLE: cluster.url})
            try:
                return child.wait()
            except KeyboardInterrupt:
                child.send_signal(signal.SIGINT)
                try:
                    child.wait(timeout=60)
                except (KeyboardInterrupt, subprocess.TimeoutExpired):
                    child.kill()
                    child.wait()
                return 130
    except ClusterError as exc:
        print(f"The PostgreSQL test cluster could not be started: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Why the team database could not be set up, joined or reached; one exit code each.

Codes 41-44 belong to `ips-desktop sync` (services/sync.py); these are 45 on.
Each message (domain/messages.py, by class name) says what to do, and none
carries the password, the server's own error text or personal data: at most
the host, port, database and login, which the user typed.
"""

from __future__ import annotations

from ips_desktop.storage.errors import StorageError


class TeamError(StorageError):
    """Base of every team database failure; `params` fill the message (never a secret)."""

    exit_code = 45
    password_needed = False  # the server asked for a password and none was given

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or type(self).__name__)
        self.params = params

    @property
    def message_code(self) -> str:
        """The class's message (or its `problem`'s), filled with `params` (domain.messages)."""
        problem = self.params.get("problem")
        return f"{type(self).__name__}_{problem}" if problem else type(self).__name__


class TeamUrlInvalid(TeamError):
    """The URL is not `postgresql://login@host[:port]/database` (or holds a password)."""

    exit_code = 2


class TeamUnreachable(TeamError):
    """Nothing answers at host:port (unknown name, refused, firewall, timeout)."""

    exit_code = 45


class TeamAuthFailed(TeamError):
    """Wrong password, unknown login, or the server's rules (pg_hba) refuse this login."""

    exit_code = 46


class TeamNoTls(TeamError):
    """The server offers no TLS: the app never talks to a team database unencrypted."""

    exit_code = 47


class TeamCertificateRefused(TeamError):
    """verify-full: the server's certificate is not from the CA file, or not for this host."""

    exit_code = 48


class NotATeamDatabase(TeamError):
    """No database of that name, or one that `team init` did not make."""

    exit_code = 49


class TeamSchemaNewer(TeamError):
    """The team database was migrated by a newer version of the app: update this laptop."""

    exit_code = 50


class TeamSchemaOlder(TeamError):
    """The team database is behind this app: IT runs `team update` first."""

    exit_code = 51


class TeamDatabaseNotEmpty(TeamError):
    """`team init` on a database that holds tables of something else."""

    exit_code = 52


class TeamAlreadySetUp(TeamError):
    """`team init` on a database that already is a team database (`team update` is the way)."""

    exit_code = 53


class TeamServerUnsuitable(TeamError):
    """PostgreSQL older than 15, or a database without ICU Danish collation."""

    exit_code = 54


class TeamAdminRefused(TeamError):
    """The administrator login may not create roles or own the team's tables."""

    exit_code = 55


class TeamMemberExists(TeamError):
    """`team add-member`: a PostgreSQL role of that login name exists already."""

    exit_code = 56


class TeamMemberMismatch(TeamError):
    """The login is no member of this team, or belongs to other initials than this laptop's."""

    exit_code = 57


class TeamChanged(TeamError):
    """The database at the joined URL is another team database than the one joined."""

    exit_code = 58

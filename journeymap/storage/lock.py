"""The app's claim on an open project: a small lock file beside it, naming who holds it.

While the app has a project open it keeps ``.NAME.jmap-lock`` beside it (JSON: user, host,
pid, since, token). A second app instance that opens the file reads it and can tell the user
"opened by NAME on HOST since TIME", then open read-only or take over. A lock whose process is
gone (same host, pid no longer alive) is stale and silently replaced. The lock is advice between
app instances; what keeps two writers from losing each other's work is the generation check
inside every save (storage.generation), which the command line obeys too.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path


def lock_path(path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}-lock")


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    since: str                      # ISO time, local, to the second
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    def describe(self) -> str:
        when = self.since.replace("T", " ")
        return f"opened by {self.user} on {self.host} since {when}"

    def alive(self) -> bool:
        """False only when we can tell: same host and the process is gone."""
        if self.host != socket.gethostname():
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except (PermissionError, OSError):
            return True
        return True


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = f"uid {os.getuid()}" if hasattr(os, "getuid") else "someone"
    return LockInfo(user, socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))


def read_lock(path) -> LockInfo | None:
    """The lock beside ``path`` (None when there is none; an unreadable one counts as none)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]),
                        str(data.get("token", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def holder(path) -> LockInfo | None:
    """Someone else's live lock on ``path``, if any (this process's own locks do not count)."""
    info = read_lock(path)
    if info is None or not info.alive():
        return None
    if info.host == socket.gethostname() and info.pid == os.getpid():
        return None
    return info


class ProjectLock:
    """This process's lock on one project file."""

    def __init__(self, path, info: LockInfo):
        self.path, self.info = Path(path), info

    def held(self) -> bool:
        """Still ours (another instance may have taken over)."""
        current = read_lock(self.path)
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        if self.held():
            lock_path(self.path).unlink(missing_ok=True)


def acquire(path) -> ProjectLock | None:
    """Write our lock beside ``path`` (replacing any other: the caller asked the user first).

    None when the folder cannot be written (a read-only share): there is nothing to claim then.
    """
    info = _me()
    target = lock_path(path)
    tmp = target.with_name(f"{target.name}.{info.token[:8]}")
    try:
        tmp.write_text(json.dumps(asdict(info)), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return None
    return ProjectLock(path, info)

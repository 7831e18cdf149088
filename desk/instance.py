"""One GUI per data folder: an OS-level lock on a file that dies with the process.

The lock is advisory and taken only by the GUI; command-line tools that read the store
never take it, so they keep working while the desk is open. Because the OS releases the
lock when the process dies (even with kill -9), a crash never leaves the folder locked.
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_NAME = "desk-gui.lock"


class AlreadyRunning(Exception):
    def __init__(self, folder: Path, pid: str) -> None:
        who = f" (process {pid})" if pid else ""
        super().__init__(
            f"Desk is already open on this data folder{who}: {folder}. "
            "Switch to that window, or close it first."
        )
        self.folder = folder
        self.pid = pid


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            try:
                pid = os.read(fd, 32).decode(errors="replace").strip()
            finally:
                os.close(fd)
            raise AlreadyRunning(self.path.parent, pid) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

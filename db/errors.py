"""Failures of the store that a person can understand and act on.

Kept apart from db/engine.py so that the UI can explain them without importing
SQLAlchemy (which would delay the first window by a third of a second).
"""

from __future__ import annotations


class StoreError(Exception):
    """A failure of the store that a person can understand and act on."""

    def __init__(self, message: str, *, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.__cause__ = cause


class StoreBusy(StoreError):
    """Another program holds the write lock longer than the busy timeout."""


class StoreFull(StoreError):
    """The disk is full, or the file may not grow."""


def explain(error: BaseException) -> StoreError | None:
    """Turn a low-level SQLite error into a plain message, or None if it is a bug."""
    text = str(getattr(error, "orig", error)).lower()
    if "database is locked" in text or "database table is locked" in text:
        return StoreBusy(
            "The database is busy: another program is writing to it. "
            "Nothing was changed; try again in a moment.",
            cause=error,
        )
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return StoreFull(
            "The disk is full. Nothing was changed. Free some space on the disk "
            "that holds the desk's data folder, then try again.",
            cause=error,
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            "The database file is read-only. Nothing was changed. "
            "Check the permissions of the data folder.",
            cause=error,
        )
    if "disk i/o error" in text:
        return StoreError(
            "The disk reported an error while saving. Nothing was changed. "
            "Check the disk, then try again.",
            cause=error,
        )
    if "malformed" in text or "not a database" in text:
        return StoreError(
            "The database file is damaged. Restore the latest backup (desk restore FILE).",
            cause=error,
        )
    return None

"""Turning errors into sentences a receptionist can read, in their language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from db.errors import StoreError
from desk.errors import DeskError

log = logging.getLogger(__name__)


def translate_desk(template: str, fields: dict | None = None) -> str:
    """Domain messages are English templates (context "desk"); translate, then fill in.

    A ``{field}`` value names a form field in English ("Supervision phone"); those names
    are in the catalogue too, so they are translated before being filled in.
    """
    text = QCoreApplication.translate("desk", template)
    if fields and isinstance(fields.get("field"), str):
        fields = dict(fields, field=QCoreApplication.translate("desk", fields["field"]))
    try:
        return text.format(**(fields or {}))
    except (KeyError, IndexError, ValueError):
        return template.format(**(fields or {}))


def explain_or_log(error: BaseException, fallback: str, *, what: str) -> str:
    """The plain message for a known failure; a bug is logged with its traceback (``what``
    failed unexpectedly) and the person reads ``fallback``, which points to the log."""
    message = explain(error)
    if message is None:
        log.error("%s failed unexpectedly", what, exc_info=error)
        return fallback
    return message


def explain(error: BaseException) -> str | None:
    """A plain message for a known failure, or None for a bug (the crash dialog's job)."""
    if isinstance(error, DeskError):
        return translate_desk(error.template, error.fields)
    if isinstance(error, StoreError):
        return translate_desk(error.message)
    if isinstance(error, OSError) and error.errno == 28:
        return translate_desk(
            "The disk is full. Nothing was changed. Free some space on the disk "
            "that holds the desk's data folder, then try again."
        )
    return None

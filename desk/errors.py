"""Errors a person at the desk can read and act on.

A ``Refusal`` is bad input or a rule saying no: it always means nothing was changed. The
message is an English source string with ``{named}`` fields; the UI translates the
template (context "desk") before filling the fields in, so refusals are translatable
without the domain importing Qt.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """A failure that has a plain-language explanation."""

    def __init__(self, template: str, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields) if self.fields else self.template


class Refusal(DeskError):
    """Bad input or a rule that says no. Nothing was changed."""


class NotAllowed(Refusal):
    """The signed-in account's role may not do this."""


class NotFound(Refusal):
    """The thing asked for does not exist (or no longer does)."""

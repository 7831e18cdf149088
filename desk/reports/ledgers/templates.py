"""Ledger templates: which columns a ledger shows, in what order, under which headers.

Every street office, district and city wants its own layout, so the layout is data, not
code. A template names the columns (keys of kinds.py) in order, may rename any header,
and gives the sheet's title and paper orientation. The desk ships one per ledger in
resources/ledgers/<kind>.json; an administrator's adjusted one is stored in the setting
``ledger_templates`` ({kind: template}) through CenterService, so the change is audited
like every setting. A template travels between centers as the same JSON in a file.

A template may name a column this desk does not have (one shared by a newer desk, or one
removed since): it is kept, and every export skips it and says so by name, rather than
refusing a layout a district spent an afternoon on.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from db.engine import Store
from desk.accounts.actor import Actor
from desk.center.service import CenterService
from desk.center.settings import Settings
from desk.changes import Done
from desk.errors import Refusal
from desk.paths import resources_dir
from desk.reports.ledgers.kinds import KINDS, LedgerKind, ledger_kind
from desk.text import clean_text

log = logging.getLogger(__name__)

FORMAT = "desk-ledger-template"
VERSION = 1
SETTING = "ledger_templates"
LANDSCAPE, PORTRAIT = "landscape", "portrait"
MAX_HEADER = 40
MAX_TITLE = 60
MAX_FILE_BYTES = 256 * 1024


@dataclass(frozen=True)
class LedgerTemplate:
    kind: str
    columns: tuple[str, ...]  # column keys in order; may include keys this desk lacks
    headers: dict[str, str] = field(default_factory=dict)  # key -> header shown instead of the usual one
    title: str = ""  # "" : the ledger's own title (来访登记台账, ...)
    orientation: str = LANDSCAPE

    @property
    def ledger(self) -> LedgerKind:
        return ledger_kind(self.kind)

    @property
    def heading(self) -> str:
        return self.title or self.ledger.title

    def unknown_columns(self) -> tuple[str, ...]:
        """The columns named here that this desk does not have (skipped when exporting)."""
        known = set(self.ledger.keys)
        return tuple(key for key in self.columns if key not in known)

    def header(self, key: str) -> str:
        column = self.ledger.column(key)
        return self.headers.get(key) or (column.header if column else key)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "kind": self.kind, "title": self.title,
                "orientation": self.orientation, "columns": list(self.columns),
                "headers": {key: text for key, text in self.headers.items()}}


def parse_template(data: Any, *, source: str = "") -> LedgerTemplate:
    """A template from its JSON form, checked; refuses what cannot be a ledger template."""
    where = source or "The template"
    if not isinstance(data, dict) or data.get("format", FORMAT) != FORMAT:
        raise Refusal("{source} is not a ledger template of the desk.", source=where)
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise Refusal("{source} was made by a newer version of the desk; update this desk first.", source=where)
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        raise Refusal("{source} is for a ledger this desk does not know ({kind}); the ledgers are: {known}.",
                      source=where, kind=kind, known=", ".join(KINDS))
    columns = data.get("columns")
    if not isinstance(columns, list) or not columns or not all(isinstance(key, str) and key for key in columns):
        raise Refusal("{source} lists no columns; a ledger needs at least one.", source=where)
    repeated = sorted({key for key in columns if columns.count(key) > 1})
    if repeated:
        raise Refusal("{source} lists the column {column} twice; each column may appear once.",
                      source=where, column=repeated[0])
    if not set(columns) & set(KINDS[kind].keys):
        raise Refusal("None of the columns in {source} is one this desk has ({known}).",
                      source=where, known=", ".join(KINDS[kind].keys))
    orientation = data.get("orientation", LANDSCAPE)
    if orientation not in (LANDSCAPE, PORTRAIT):
        raise Refusal("The paper orientation must be landscape or portrait, not {value}.", value=orientation)
    raw_headers = data.get("headers") or {}
    if not isinstance(raw_headers, dict):
        raise Refusal("{source} has headers that are not a list of names.", source=where)
    headers = {}
    for key, text in raw_headers.items():
        if key in columns and isinstance(text, str):
            cleaned = clean_text(text, field="Column header", max_length=MAX_HEADER)
            if cleaned:
                headers[key] = cleaned
    title = clean_text(data.get("title") if isinstance(data.get("title"), str) else "",
                       field="Ledger title", max_length=MAX_TITLE)
    return LedgerTemplate(kind, tuple(columns), headers, title, orientation)


@lru_cache(maxsize=None)
def _shipped(kind: str) -> LedgerTemplate:
    path = resources_dir() / "ledgers" / f"{kind}.json"
    return parse_template(json.loads(path.read_text(encoding="utf-8")), source=path.name)


def default_template(kind: str) -> LedgerTemplate:
    """The layout the desk ships for a ledger."""
    return _shipped(ledger_kind(kind).key)


def template_in(settings: Settings, kind: str) -> LedgerTemplate:
    """The template in use: the administrator's, else the shipped one."""
    stored = (settings[SETTING] or {}).get(kind)
    if stored is None:
        return default_template(kind)
    try:
        template = parse_template(stored)
    except Refusal as refusal:  # a setting edited by hand: export with the shipped layout
        log.warning("stored ledger template for %s ignored: %s", kind, refusal.message)
        return default_template(kind)
    return template if template.kind == kind else default_template(kind)


class LedgerTemplates:
    """Reading, adjusting and sharing the ledger templates (changes: administrators only)."""

    def __init__(self, store: Store) -> None:
        self.center = CenterService(store)

    def get(self, kind: str) -> LedgerTemplate:
        return template_in(self.center.settings(), kind)

    def is_adjusted(self, kind: str) -> bool:
        return kind in (self.center.settings()[SETTING] or {})

    def save(self, actor: Actor, template: LedgerTemplate) -> Done[LedgerTemplate]:
        """Store ``template`` as the layout of its ledger from now on."""
        actor.require_admin()
        checked = parse_template(template.to_json())
        stored = dict(self.center.settings()[SETTING] or {})
        stored[checked.kind] = checked.to_json()
        done = self.center.set_setting(actor, SETTING, stored)
        return Done(checked, done.changes)

    def reset(self, actor: Actor, kind: str) -> Done[LedgerTemplate]:
        """Go back to the shipped layout of one ledger."""
        actor.require_admin()
        stored = dict(self.center.settings()[SETTING] or {})
        stored.pop(ledger_kind(kind).key, None)
        done = self.center.set_setting(actor, SETTING, stored)
        return Done(default_template(kind), done.changes)


def read_template_file(path: str | Path) -> LedgerTemplate:
    """A template shared as a JSON file (what ``write_template_file`` writes)."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise Refusal("{path} is too big to be a ledger template.", path=file.name)
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise Refusal("The file {path} does not exist (was it moved or on a removed USB stick?).",
                      path=str(file)) from None
    except UnicodeDecodeError:
        raise Refusal("{path} is not a ledger template of the desk.", path=file.name) from None
    except OSError as error:
        raise Refusal("The file {path} cannot be read: {reason}.", path=file.name,
                      reason=error.strerror or str(error)) from None
    try:
        data = json.loads(text)
    except ValueError:
        raise Refusal("{path} is not a ledger template of the desk.", path=file.name) from None
    return parse_template(data, source=file.name)


def write_template_file(template: LedgerTemplate, path: str | Path) -> Path:
    file = Path(path)
    text = json.dumps(template.to_json(), ensure_ascii=False, indent=2) + "\n"
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as error:
        raise Refusal("The file {path} cannot be written: {reason}.", path=file.name,
                      reason=error.strerror or str(error)) from None
    return file

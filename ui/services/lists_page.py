"""The three lists' other two and the micro-wishes (三个清单 · 微心愿).

Demands (需求意向): recorded from a resident (群众点单), dispatched to a party member, a
volunteer or a department (社区派单), taken (接单) and reported done (送单), or cancelled.
Micro-wishes (微心愿): published, claimed by a party member, fulfilled, with counts.
Shared resources (共享资源): what partner units offer, with contact and availability.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desk.changes import REQUESTS, Changes, Done
from desk.services.lists import TAKER_KINDS, DemandInfo, ResourceForm, ResourceInfo, WishInfo
from ui.app_services import UiServices
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.explain import explain_or_log
from ui.i18n import fill
from ui.record_model import RecordListModel
from ui.record_view import record_table
from ui.services.labels import taker_kind_label, wish_state_label
from ui.services.lists_dialogs import CHOICE, TEXT, Field, FieldsDialog
from ui.services.lists_models import DemandTableModel, ResourceTableModel, WishTableModel
from ui.shell.pages import guarded



class ListTab(QWidget):
    """A table, its buttons and a line of counts."""

    def __init__(self, model: RecordListModel, stretch: int, buttons: list[QPushButton],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view: QTableView = record_table(model, stretch)
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.view.setFont(font)
        self.counts_label = QLabel()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts_label)

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def select(self, ident: int) -> None:
        row = self.model.row_where(lambda record: record.id == ident)
        if row >= 0:
            self.view.selectRow(row)


class ListsPage(QWidget):
    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.forms = DialogHost()
        clock = services.desk.clock
        self.record_button = QPushButton(self.tr("Record demand…"))
        self.dispatch_button = QPushButton(self.tr("Dispatch…"))
        self.take_button = QPushButton(self.tr("Taken"))
        self.complete_button = QPushButton(self.tr("Report done…"))
        self.cancel_button = QPushButton(self.tr("Cancel demand…"))
        self.demands = ListTab(DemandTableModel(clock, self), DemandTableModel.TITLE,
                               [self.record_button, self.dispatch_button, self.take_button, self.complete_button,
                                self.cancel_button])
        self.publish_button = QPushButton(self.tr("Publish wish…"))
        self.claim_button = QPushButton(self.tr("Claim…"))
        self.fulfil_button = QPushButton(self.tr("Fulfilled…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.wishes = ListTab(WishTableModel(clock, self), WishTableModel.TITLE,
                              [self.publish_button, self.claim_button, self.fulfil_button, self.withdraw_button])
        self.add_resource_button = QPushButton(self.tr("Add resource…"))
        self.edit_resource_button = QPushButton(self.tr("Edit…"))
        self.resource_active_button = QPushButton(self.tr("No longer offered"))
        self.resources = ListTab(ResourceTableModel(clock, self), ResourceTableModel.TITLE,
                                 [self.add_resource_button, self.edit_resource_button, self.resource_active_button])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.demands, self.tr("Residents' demands (需求意向)"))
        self.tabs.addTab(self.wishes, self.tr("Micro-wishes (微心愿)"))
        self.tabs.addTab(self.resources, self.tr("Shared resources (共享资源)"))
        self.message_label = QLabel()
        self.writes = PageWrites(self, services, self.message_label, what="lists change")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)

        desk_demands = services.desk.demands
        self.record_button.clicked.connect(self._on_record_clicked)
        self.dispatch_button.clicked.connect(self._on_dispatch_clicked)
        self.take_button.clicked.connect(lambda: self._step(self.demands, lambda a, d: desk_demands.take(a, d.id),
                                                            self.tr("%1 taken.")))
        self.complete_button.clicked.connect(lambda: self._ask(
            self.demands, "demand.complete", self.tr("Report the demand done"), self.tr("Report done"),
            [Field("note", self.tr("What was done"), TEXT)]))
        self.cancel_button.clicked.connect(lambda: self._ask(
            self.demands, "demand.cancel", self.tr("Cancel the demand"), self.tr("Cancel demand"),
            [Field("reason", self.tr("Why"), TEXT)]))
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.claim_button.clicked.connect(lambda: self._ask(
            self.wishes, "wish.claim", self.tr("Claim the micro-wish"), self.tr("Claim"),
            [Field("claimant", self.tr("Claimed by"), hint=self.tr("The party member's name")),
             Field("branch", self.tr("Party branch"))]))
        self.fulfil_button.clicked.connect(lambda: self._ask(
            self.wishes, "wish.fulfil", self.tr("The micro-wish is fulfilled"), self.tr("Fulfilled"),
            [Field("note", self.tr("Note"), TEXT)]))
        self.withdraw_button.clicked.connect(lambda: self._ask(
            self.wishes, "wish.withdraw", self.tr("Withdraw the micro-wish"), self.tr("Withdraw"),
            [Field("reason", self.tr("Why"), TEXT)]))
        self.add_resource_button.clicked.connect(lambda: self._resource_form(None))
        self.edit_resource_button.clicked.connect(lambda: self._resource_form(self.resources.selected()))
        self.resource_active_button.clicked.connect(self._on_resource_active_clicked)
        self.resources.view.activated.connect(lambda _i: self._resource_form(self.resources.selected()))
        for tab in (self.demands, self.wishes, self.resources):
            tab.view.selectionModel().selectionChanged.connect(self._update_buttons)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_buttons()
        self.reload()

    @property
    def title(self) -> str:
        return self.tr("Demands and wishes")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    def reload(self) -> None:
        desk = self.services.desk

        def read() -> tuple[Any, ...]:
            return (desk.demands.list(), desk.wishes.list(), desk.wishes.counts(),
                    desk.resources.list(include_inactive=True))

        self.services.tasks.read(read, guarded(self, self._on_loaded), guarded(self, self._on_failed))

    # ---- loading ---------------------------------------------------------------------
    def _on_loaded(self, loaded: tuple[Any, ...]) -> None:
        demands, wishes, counts, resources = loaded
        for tab, records in ((self.demands, demands), (self.wishes, wishes), (self.resources, resources)):
            chosen = tab.selected()
            tab.model.set_records(records)
            if chosen is not None:
                tab.select(chosen.id)
        open_demands = sum(1 for d in demands if d.state in ("recorded", "dispatched", "taken"))
        self.demands.counts_label.setText(fill(self.tr("%1 demands, %2 still open"), len(demands), open_demands))
        self.wishes.counts_label.setText(" · ".join(f"{wish_state_label(state)} {count}"
                                                    for state, count in counts.items()))
        self.resources.counts_label.setText(fill(self.tr("%1 resources offered"),
                                                 sum(1 for r in resources if r.active)))
        self._update_buttons()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(REQUESTS):
            self.reload()

    def _update_buttons(self, *_args: object) -> None:
        demand: DemandInfo | None = self.demands.selected()
        state = demand.state if demand else ""
        self.dispatch_button.setEnabled(state in ("recorded", "dispatched"))
        self.take_button.setEnabled(state == "dispatched")
        self.complete_button.setEnabled(state == "taken")
        self.cancel_button.setEnabled(state in ("recorded", "dispatched"))
        wish: WishInfo | None = self.wishes.selected()
        wish_state = wish.state if wish else ""
        self.claim_button.setEnabled(wish_state == "published")
        self.fulfil_button.setEnabled(wish_state == "claimed")
        self.withdraw_button.setEnabled(wish_state in ("published", "claimed"))
        resource: ResourceInfo | None = self.resources.selected()
        self.edit_resource_button.setEnabled(resource is not None)
        self.resource_active_button.setEnabled(resource is not None)
        self.resource_active_button.setText(self.tr("Offered again") if resource and not resource.active
                                            else self.tr("No longer offered"))

    # ---- forms -----------------------------------------------------------------------
    def _on_record_clicked(self) -> None:
        self.forms.open(FieldsDialog(self._on_submitted, self.tr("Record a demand"), [
            Field("title", self.tr("Demand"), hint=self.tr("e.g. 独居老人需要每周代买药品")),
            Field("detail", self.tr("Details"), TEXT), Field("name", self.tr("Resident's name")),
            Field("phone", self.tr("Resident's phone"))], action="demand.record", ok_text=self.tr("Record"),
            parent=self))

    def _on_dispatch_clicked(self) -> None:
        kinds = [(taker_kind_label(kind), kind) for kind in TAKER_KINDS]
        self._ask(self.demands, "demand.dispatch", self.tr("Dispatch the demand"), self.tr("Dispatch"),
                  [Field("kind", self.tr("To a"), CHOICE, choices=kinds),
                   Field("taker", self.tr("Name"), hint=self.tr("Who takes it: a person or a department")),
                   Field("note", self.tr("Note"))])

    def _on_publish_clicked(self) -> None:
        self.forms.open(FieldsDialog(self._on_submitted, self.tr("Publish a micro-wish"), [
            Field("title", self.tr("Wish"), hint=self.tr("e.g. 一台收音机")),
            Field("detail", self.tr("Details"), TEXT), Field("name", self.tr("Resident's name")),
            Field("phone", self.tr("Resident's phone"))], action="wish.publish", ok_text=self.tr("Publish"),
            parent=self))

    def _resource_form(self, resource: ResourceInfo | None) -> None:
        r = resource
        self.forms.open(FieldsDialog(self._on_submitted, self.tr("Shared resource"), [
            Field("unit", self.tr("Partner unit"), value=r.unit if r else ""),
            Field("title", self.tr("Resource"), value=r.title if r else ""),
            Field("description", self.tr("Description"), TEXT, value=r.description if r else ""),
            Field("contact", self.tr("Contact person"), value=r.contact if r else ""),
            Field("phone", self.tr("Contact phone"), value=r.phone if r else ""),
            Field("availability", self.tr("Availability"), value=r.availability if r else "",
                  hint=self.tr("e.g. 每周六上午"))],
            action="resource.save", ok_text=self.tr("Save"), subject=resource, parent=self))

    def _ask(self, tab: ListTab, action: str, title: str, ok_text: str, fields: list[Field]) -> None:
        record = tab.selected()
        if record is not None:
            self.forms.open(FieldsDialog(self._on_submitted, title, fields, action=action, ok_text=ok_text,
                                         subject=record, heading=record.title, parent=self))

    def _on_submitted(self, dialog: FieldsDialog) -> None:
        actor, desk, subject, t = self.services.session.actor, self.services.desk, dialog.subject, dialog.text
        if actor is None:
            return
        ident = getattr(subject, "id", None)
        jobs: dict[str, Callable[[], Done[Any]]] = {
            "demand.record": lambda: desk.demands.record(actor, t("title"), detail=t("detail"), name=t("name"),
                                                         phone=t("phone")),
            "demand.dispatch": lambda: desk.demands.dispatch(actor, ident, taker_kind=t("kind"),
                                                             taker_name=t("taker"), note=t("note")),
            "demand.complete": lambda: desk.demands.complete(actor, ident, t("note")),
            "demand.cancel": lambda: desk.demands.cancel(actor, ident, t("reason")),
            "wish.publish": lambda: desk.wishes.publish(actor, t("title"), detail=t("detail"), name=t("name"),
                                                        phone=t("phone")),
            "wish.claim": lambda: desk.wishes.claim(actor, ident, t("claimant"), t("branch")),
            "wish.fulfil": lambda: desk.wishes.fulfil(actor, ident, t("note")),
            "wish.withdraw": lambda: desk.wishes.withdraw(actor, ident, t("reason")),
            "resource.save": lambda: desk.resources.save(actor, ResourceForm(
                t("unit"), t("title"), t("description"), t("contact"), t("phone"), t("availability")),
                resource_id=ident),
        }
        self._write(jobs[dialog.action], self.tr("Saved."), dialog)

    def _step(self, tab: ListTab, job: Callable[[Any, Any], Done[Any]], text: str) -> None:
        record, actor = tab.selected(), self.services.session.actor
        if record is not None and actor is not None:
            self._write(lambda: job(actor, record), fill(text, record.title))

    def _on_resource_active_clicked(self) -> None:
        resource, actor = self.resources.selected(), self.services.session.actor
        if resource is not None and actor is not None:
            resources = self.services.desk.resources
            self._write(lambda: resources.set_active(actor, resource.id, not resource.active),
                        fill(self.tr("%1 saved."), resource.title))

    # ---- plumbing --------------------------------------------------------------------
    def _write(self, job: Callable[[], Done[Any]], done_text: str, dialog: FieldsDialog | None = None) -> None:
        self.writes.write(job, done_text, dialog)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The lists could not be loaded; see the log."),
                                 what="loading the lists failed"), error=True)

"""Opening service requests: at check-in for the visitor just checked in, or on their own
(a phone call, someone at the window) from the requests page.

The receptionist ticks one or more items (type a few letters of the name, its code or its
pinyin initials, Enter ticks the first match), checks who receives them (首办责任制: the
person at the desk, else the item's post's A holder) and opens them all in one step,
optionally printing the resident's receipt. The dialog hands itself to ``on_submit``; the
caller writes and closes it, or shows the refusal here with everything kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desk.roster.posts import PostInfo
from desk.services.items import ItemInfo
from desk.visits.rows import VisitRow
from ui.i18n import fill
from ui.record_view import configure_record_view
from ui.services.item_picker import ItemPickModel, ItemSearchProxy
from ui.services.labels import channel_label
from ui.services.printing import paper_combo
from ui.services.whose_queue import DeskPerson
from ui.submit_dialog import ErrorLabel

HINT_STYLE = "color: #546e7a;"
STANDALONE_CHANNELS = ("walk_in", "phone", "other")

Submit = Callable[["OpenRequestsDialog", bool], None]


@dataclass(frozen=True)
class OpenForm:
    item_ids: tuple[int, ...]
    owner_id: int | None
    channel: str
    name: str
    phone: str
    note: str
    paper: str


class OpenRequestsDialog(QDialog):
    """``visit`` set: requests of that visit (channel "visit"); None: phone or walk-in."""

    def __init__(self, on_submit: Submit, *, items: list[ItemInfo], initials: dict[int, str],
                 people: DeskPerson, posts: list[PostInfo], visit: VisitRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_submit = on_submit
        self.visit = visit
        self._people = people
        self._holders = {post.id: post.holder_id for post in posts}
        self._owner_chosen = False  # once the receptionist picks, the default stops following items
        self.setWindowTitle(self.tr("Open service requests"))
        self.resize(860, 640)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.setFont(font)

        self.model = ItemPickModel(self)
        self.model.set_items(items, initials)
        self.proxy = ItemSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        configure_record_view(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ItemPickModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr(
            "Find a service by name, code or pinyin initials (e.g. 居住 or JZZM); Enter ticks it"))
        self.picked_label = QLabel()
        self.picked_label.setWordWrap(True)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(choose who receives the requests)"), None)
        for person in people.staff:
            self.owner_combo.addItem(f"{person.name}（{person.title}）" if person.title else person.name, person.id)
        self.channel_combo = QComboBox()
        for code in STANDALONE_CHANNELS:
            self.channel_combo.addItem(channel_label(code), code)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(50)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setPlaceholderText(self.tr("To call the resident back"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("What the resident asked for, in a few words (optional)"))
        self.paper_combo = paper_combo()

        form = QFormLayout()
        if visit is not None:
            who = visit.name or self.tr("the visitor")
            resident = QLabel(fill(self.tr("For %1 %2, checked in just now"), who, visit.phone_masked))
            resident.setStyleSheet("font-weight: bold;")
            form.addRow(self.tr("Resident"), resident)
        if visit is None:
            form.addRow(self.tr("How it came"), self.channel_combo)
        if visit is None or visit.visitor_id is None:
            form.addRow(self.tr("Resident's name"), self.name_edit)
            form.addRow(self.tr("Resident's phone"), self.phone_edit)
        form.addRow(self.tr("Received by"), self.owner_combo)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.tr("Receipt paper"), self.paper_combo)

        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(self.tr("Open requests (Ctrl+Enter)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = QPushButton(self.tr("Open and print receipt"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Enter in the search ticks an item; it never submits
        self.open_button.clicked.connect(lambda: self._submit(False))
        self.print_button.clicked.connect(lambda: self._submit(True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.picked_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.search_edit.returnPressed.connect(self._on_search_return_pressed)
        self.view.activated.connect(self._on_view_activated)  # Enter or a double click ticks
        self.model.picked_changed.connect(self._on_picked_changed)
        self.owner_combo.activated.connect(self._on_owner_activated)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda: self._submit(False))
        if people.staff_id is not None:
            self.choose_owner(people.staff_id, by_hand=False)
        self._on_picked_changed()
        self.search_edit.setFocus()

    # ---- what tests and callers use ----------------------------------------------------
    def pick(self, code_or_name: str) -> None:
        """Tick the item with that code or name (as typing it and pressing Enter does)."""
        item = self.model.item_at(self.model.row_where(lambda i: code_or_name in (i.code, i.name)))
        if item is not None:
            self.model.set_picked(item.id, True)

    def choose_owner(self, staff_id: int | None, *, by_hand: bool = True) -> None:
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(staff_id)))
        self._owner_chosen = self._owner_chosen or by_hand

    def form(self) -> OpenForm:
        return OpenForm(
            item_ids=tuple(self.model.picked_ids()), owner_id=self.owner_combo.currentData(),
            channel="visit" if self.visit is not None else self.channel_combo.currentData(),
            name=self.name_edit.text(), phone=self.phone_edit.text(), note=self.note_edit.text(),
            paper=self.paper_combo.currentData())

    def show_error(self, message: str) -> None:
        self.error_label.say(message)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter ticks an item (in the search or the list) and never submits half a choice;
        Ctrl+Enter opens the requests. (QDialogButtonBox makes a default button on show.)"""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- private -----------------------------------------------------------------------
    def _submit(self, print_receipt: bool) -> None:
        if not self.buttons.isEnabled():
            return  # a second Ctrl+Enter while the first is being saved
        self.error_label.hide()
        if not self.model.picked_ids():
            self.show_error(self.tr("Tick at least one service item."))
            return
        if self.owner_combo.currentData() is None:
            self.show_error(self.tr("Choose who receives the requests."))
            self.owner_combo.setFocus()
            return
        self.set_busy(True)
        self._on_submit(self, print_receipt)

    def _on_search_return_pressed(self) -> None:
        if self.proxy.rowCount():
            self.model.toggle(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
            self.search_edit.clear()

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.model.toggle(self.proxy.mapToSource(index).row())

    def _on_owner_activated(self, _index: int) -> None:
        self._owner_chosen = True

    def _on_picked_changed(self) -> None:
        picked = self.model.picked_items()
        self.picked_label.setText(fill(self.tr("Chosen: %1"), "、".join(item.name for item in picked))
                                  if picked else self.tr("No service chosen yet."))
        self.picked_label.setStyleSheet("" if picked else HINT_STYLE)
        label = self.tr("Open %n request(s) (Ctrl+Enter)", "", len(picked)) if picked \
            else self.tr("Open requests (Ctrl+Enter)")
        self.open_button.setText(label)
        if not self._owner_chosen and self._people.staff_id is None:
            self._follow_item_post(picked)

    def _follow_item_post(self, picked: list[ItemInfo]) -> None:
        """Nobody at the desk is known: the first item's post's A holder receives them."""
        active = {person.id for person in self._people.staff}
        for item in picked:
            holder = self._holders.get(item.post_id) if item.post_id else None
            if holder in active:
                self.choose_owner(holder, by_hand=False)
                return
        self.choose_owner(None, by_hand=False)

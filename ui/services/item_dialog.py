"""The form of a service item: what it is, who may ask, what to bring, the steps, the
promised time limit, the responsible post, place, hours and fee.

The domain checks everything (a code used twice, a time limit it cannot read, a retired
category); its message shows here with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desk.roster.posts import PostInfo
from desk.services.items import CITY, CategoryInfo, ItemForm, ItemInfo
from ui.i18n import fill
from ui.submit_dialog import SubmitDialog

HINT_STYLE = "color: #546e7a;"
TIME_LIMITS = ("即时办结", "1个工作日", "3个工作日", "5个工作日", "7个工作日", "15个工作日", "4个工作小时")

Submit = Callable[["ItemDialog"], None]


class ItemDialog(SubmitDialog):
    def __init__(self, on_submit: Submit, item: ItemInfo | None, categories: Sequence[CategoryInfo],
                 posts: Sequence[PostInfo], parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.item = item
        self.setWindowTitle(self.tr("New service item") if item is None else fill(self.tr("Service item %1"), item.code))
        self.setMinimumWidth(640)

        self.code_edit = QLineEdit(item.code if item else "")
        self.code_edit.setMaxLength(32)
        self.code_edit.setPlaceholderText(self.tr("e.g. SH-003"))
        self.code_edit.setReadOnly(bool(item and item.origin == CITY))  # the city knows it by its code
        self.category_combo = QComboBox()
        for category in categories:
            self.category_combo.addItem(category.name, category.id)
        if item is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(item.category_id)))
        self.name_edit = QLineEdit(item.name if item else "")
        self.name_edit.setMaxLength(100)
        self.description_edit = self._text(item.description if item else "", 60)
        self.eligibility_edit = self._text(item.eligibility if item else "", 50)
        self.materials_edit = self._text(item.materials if item else "", 60)
        self.steps_edit = self._text(item.steps if item else "", 60)
        self.limit_combo = QComboBox()
        self.limit_combo.setEditable(True)
        self.limit_combo.addItems(TIME_LIMITS)
        self.limit_combo.setCurrentText(item.time_limit if item else "即时办结")
        self.post_combo = QComboBox()
        self.post_combo.addItem(self.tr("(no post)"), None)
        for post in posts:
            people = "/".join(name for name in (post.holder_name, post.backup_name) if name)
            self.post_combo.addItem(f"{post.name}（{people}）" if people else post.name, post.id)
        if item is not None:
            self.post_combo.setCurrentIndex(max(0, self.post_combo.findData(item.post_id)))
        self.place_edit = QLineEdit(item.place if item else "")
        self.place_edit.setMaxLength(100)
        self.hours_edit = QLineEdit(item.hours if item else "")
        self.hours_edit.setMaxLength(100)
        self.fee_edit = QLineEdit(item.fee if item else "免费")
        self.fee_edit.setMaxLength(50)

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Who is eligible"), self.eligibility_edit)
        form.addRow(self.tr("What to bring"), self.materials_edit)
        form.addRow(self.tr("Steps"), self.steps_edit)
        form.addRow(self.tr("Time limit"), self.limit_combo)
        form.addRow(self.tr("Responsible post"), self.post_combo)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Hours"), self.hours_edit)
        form.addRow(self.tr("Fee"), self.fee_edit)
        hint = QLabel(self.tr("Time limits count working time on the center's calendar: write 即时办结, "
                              "3个工作日 or 4个工作小时."))
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        form.addRow("", hint)
        if item is not None and item.origin == CITY:
            city = QLabel(self.tr("This item comes from the city's standard list. Your wording is kept "
                                  "when the city sends a new version; you are asked to review its changes."))
            city.setStyleSheet(HINT_STYLE)
            city.setWordWrap(True)
            form.addRow("", city)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.name_edit if item else self.code_edit).setFocus()

    def form(self) -> ItemForm:
        """What was entered, unchecked: the service validates it."""
        return ItemForm(
            code=self.code_edit.text(), category_id=self.category_combo.currentData() or 0,
            name=self.name_edit.text(), description=self.description_edit.toPlainText(),
            eligibility=self.eligibility_edit.toPlainText(), materials=self.materials_edit.toPlainText(),
            steps=self.steps_edit.toPlainText(), time_limit=self.limit_combo.currentText(),
            post_id=self.post_combo.currentData(), place=self.place_edit.text(), hours=self.hours_edit.text(),
            fee=self.fee_edit.text(), sort_order=self.item.sort_order if self.item else 0)

    def choose_post(self, post_id: int | None) -> None:
        self.post_combo.setCurrentIndex(max(0, self.post_combo.findData(post_id)))

    def choose_category(self, category_id: int) -> None:
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(category_id)))

    def _text(self, value: str, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit(value)
        box.setTabChangesFocus(True)
        box.setFixedHeight(height)
        return box


class CategoryDialog(SubmitDialog):
    """A new category, or a new name for one (the printed list groups items by it)."""

    def __init__(self, on_submit: Callable[["CategoryDialog"], None], category: CategoryInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(on_submit, parent)
        self.category = category
        self.setWindowTitle(self.tr("New category") if category is None else fill(self.tr("Category %1"), category.name))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(category.name if category else "")
        self.name_edit.setMaxLength(50)
        self.name_edit.setPlaceholderText(self.tr("e.g. 法律服务"))
        form = QFormLayout()
        form.addRow(self.tr("Category name"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def name(self) -> str:
        return self.name_edit.text()

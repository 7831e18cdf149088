"""Posts (岗位): every post with its place, A and B, duties and service standard.

Receptionists read it (who is B when A is out, what the time limit is); administrators
add and edit posts and deactivate one that is no longer staffed (never deleted: old
rosters name it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.changes import POSTS, STAFF, Changes, Done
from desk.roster.posts import PostInfo
from desk.roster.staff import StaffInfo
from ui.explain import explain_or_log
from ui.printing.jobs import PreviewJobs
from ui.i18n import fill
from ui.record_view import for_older_eyes, record_table
from ui.roster.post_dialog import PostDialog
from ui.roster.post_model import PostTableModel
from ui.app_services import UiServices
from ui.page_forms import DialogHost
from ui.page_writes import PageWrites
from ui.shell.pages import guarded

DETAIL_STYLE = "QLabel { background: #f5f7f8; border: 1px solid #cfd8dc; padding: 8px; }"


class PostsPage(QWidget):
    """List posts; administrators add, edit, deactivate and activate them."""

    def __init__(self, services: UiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.session.actor
        self.is_admin = bool(actor and actor.is_admin)
        self.forms = DialogHost(after_close=lambda: self.view.setFocus())
        self._select_after_load: int | None = None
        self._staff: list[StaffInfo] = []
        self._active_ids: set[int] = set()  # who may be chosen for a post today

        self.model = PostTableModel(self)
        self.view = for_older_eyes(record_table(self.model, PostTableModel.COVERS), row_height=1.9, padding=8)

        self.add_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
            button.setVisible(self.is_admin)  # receptionists read the posts; nothing to press
        buttons.addStretch(1)
        # Anyone at the desk may print the list for the wall (岗位责任清单).
        self.print_button = QPushButton(self.tr("Print responsibility list…"))
        self.print_button.setToolTip(self.tr("Posts, places, duties, standards and A/B staff with public phones"))
        buttons.addWidget(self.print_button)

        heading = QLabel(self.tr(
            "Each post has a place, an A holder and a B backup who covers when A is out, its "
            "duties and its service standard with a time limit."))
        heading.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setStyleSheet(DETAIL_STYLE)
        details_font = self.details_label.font()
        details_font.setPointSizeF(details_font.pointSizeF() + 1)
        self.details_label.setFont(details_font)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel()
        self.writes = PageWrites(self, services, self.message_label, what="post change")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.details_label, 1)
        layout.addWidget(self.message_label)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.documents = PreviewJobs(services, self)
        self.documents.failed.connect(lambda message: self._say(message, error=True))
        self.view.activated.connect(self._on_view_activated)  # Enter or a double click
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        if self.is_admin:
            # Delete deactivates only from the table, never while typing somewhere else.
            delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self._on_delete_shortcut_activated)
        services.bus.changes_applied.connect(self._on_bus_changes_applied)
        self._update_selection()
        self.reload()

    # ---- the shell's contract --------------------------------------------------------
    @property
    def title(self) -> str:
        return self.tr("Posts")

    @property
    def dialog(self) -> QDialog | None:
        """The form open now (tests fill it in)."""
        return self.forms.dialog

    @property
    def help_shortcuts(self) -> list[tuple[str, str]]:
        if not self.is_admin:
            return []
        return [("Enter", self.tr("Edit the selected post")),
                ("Del", self.tr("Deactivate the selected post"))]

    def reload(self) -> None:
        desk = self.services.desk
        self.services.tasks.read(
            lambda: (desk.posts.list(include_inactive=True), desk.staff.list(include_inactive=True),
                     desk.clock.today()),
            guarded(self, self._on_posts_loaded), guarded(self, self._on_task_failed))

    def selected_post(self) -> PostInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.post_at(rows[0].row()) if rows else None

    def select_post(self, post_id: int) -> None:
        row = self.model.row_of(post_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    # ---- loading ---------------------------------------------------------------------
    def _on_posts_loaded(self, loaded: tuple[list[PostInfo], list[StaffInfo], Any]) -> None:
        posts, staff, today = loaded
        selected = self.selected_post()
        wanted = self._select_after_load or (selected.id if selected else None)
        self._select_after_load = None
        self._staff = staff
        self._active_ids = {person.id for person in staff if person.active_on(today)}
        self.model.set_posts(posts, {person.id: person.name for person in staff})
        if wanted is not None:
            self.select_post(wanted)
        elif posts:
            self.view.selectRow(0)
        self._update_selection()

    def _on_bus_changes_applied(self, changes: Changes) -> None:
        if changes.touches(POSTS, STAFF):  # a renamed person is renamed in A, B and covers
            self.reload()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_selection()

    def _update_selection(self) -> None:
        post = self.selected_post()
        self.edit_button.setEnabled(post is not None)
        self.active_button.setEnabled(post is not None)
        self.active_button.setText(self.tr("Activate") if post and not post.active else self.tr("Deactivate"))
        if post is None:
            self.details_label.setText(self.tr("Select a post to see its duties and service standard."))
            return
        lines = [fill(self.tr("Duties: %1"), post.duties or "—"),
                 fill(self.tr("Service standard: %1"), post.service_standard or "—"),
                 fill(self.tr("Time limit: %1"), post.time_limit or "—")]
        self.details_label.setText("\n".join(lines))

    # ---- actions ---------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        self.forms.open(PostDialog(self._on_dialog_submitted, None, self._staff, self._active_ids, self))

    def _on_edit_button_clicked(self) -> None:
        post = self.selected_post()
        if post is not None and self.is_admin:
            self.forms.open(PostDialog(self._on_dialog_submitted, post, self._staff, self._active_ids, self))

    def _on_view_activated(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    def _on_delete_shortcut_activated(self) -> None:
        post = self.selected_post()
        if post is not None and post.active:
            self._on_active_button_clicked()

    def _on_active_button_clicked(self) -> None:
        post, actor = self.selected_post(), self.services.session.actor
        if post is None or actor is None:
            return
        posts, active = self.services.desk.posts, not post.active
        done_text = fill(self.tr("%1 is active again.") if active
                         else self.tr("%1 is deactivated; old rosters keep it."), post.name)
        self._write(lambda: posts.set_active(actor, post.id, active), done_text)

    def _on_dialog_submitted(self, dialog: PostDialog) -> None:
        actor, posts, form, post = self.services.session.actor, self.services.desk.posts, dialog.form(), dialog.post
        if post is None:
            self._write(lambda: posts.create(actor, form), fill(self.tr("Post %1 added."), form.name.strip()), dialog)
        else:
            self._write(lambda: posts.update(actor, post.id, form),
                        fill(self.tr("Post %1 saved."), form.name.strip()), dialog)

    # ---- plumbing --------------------------------------------------------------------
    def _write(self, job: Callable[[], Done[Any]], done_text: str, dialog: PostDialog | None = None) -> None:
        def then(result: Done[Any]) -> None:
            if isinstance(result.value, PostInfo):
                self._select_after_load = result.value.id  # the record just saved stays in view

        self.writes.write(job, done_text, dialog, then=then)

    def _on_print_button_clicked(self) -> None:
        """The responsibility list, read and rendered on a worker, then the preview."""
        from desk.printing.responsibility_list import render_responsibility_list

        desk = self.services.desk

        def build() -> bytes:
            sheet = desk.disclosure.day_sheet(desk.clock.today())
            return render_responsibility_list(sheet, printed_at=desk.clock.now())

        self.documents.make(build, self.tr("Responsibility list"),
                            self.tr("The document could not be made; see the log."))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.writes.say(text, error=error)

    def _on_task_failed(self, error: BaseException) -> None:
        self._say(explain_or_log(error, self.tr("The posts could not be loaded; see the log."),
                                 what="loading posts failed"), error=True)

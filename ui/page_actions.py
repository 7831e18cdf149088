"""A page's keys and action buttons, made the same way on every page.

A page's keys are window shortcuts parented to the page: they work wherever the focus is in
the main window, but only while that page is the one shown (a page hidden in the window's
stack takes no keys), so two pages may both use Ctrl+N. A button and its key run the same
slot, so the keyboard and the mouse can never do different things.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QPushButton, QWidget

Keys = str | QKeySequence | QKeySequence.StandardKey
Slot = Callable[[], object]


def window_shortcut(page: QWidget, keys: Keys, slot: Slot) -> QShortcut:
    """``keys`` run ``slot`` while ``page`` is shown, whatever has the focus in its window."""
    shortcut = QShortcut(QKeySequence(keys), page)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def bind_actions(page: QWidget, actions: Iterable[tuple[QAbstractButton | None, Keys, Slot]]) -> None:
    """For each ``(button, keys, slot)``: the button (None: a key only) and the key run the slot."""
    for button, keys, slot in actions:
        if button is not None:
            button.clicked.connect(slot)
        window_shortcut(page, keys, slot)


def action_buttons(page: QWidget, layout: QBoxLayout,
                   actions: Iterable[tuple[str, str, Slot]]) -> tuple[list[QPushButton], list[tuple[str, str]]]:
    """For each ``(text, keys, slot)``, a button "text (keys)" added to ``layout`` and the
    key, both running the slot. Returns the buttons, in order, and the ``(keys, text)``
    lines the page lists in its ``help_shortcuts``."""
    buttons: list[QPushButton] = []
    lines: list[tuple[str, str]] = []
    for text, keys, slot in actions:
        button = QPushButton(f"{text} ({keys})")
        layout.addWidget(button)
        bind_actions(page, [(button, keys, slot)])
        buttons.append(button)
        lines.append((keys, text))
    return buttons, lines

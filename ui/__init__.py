"""The PySide6 user interface. Mirrors desk/: one folder per capability."""

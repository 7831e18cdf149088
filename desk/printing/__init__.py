"""Printed documents: PDFs built with reportlab on the bundled Chinese fonts.

Every document renders to PDF bytes; the UI previews and prints those bytes, the command
line writes them to a file. Nothing here imports Qt.
"""

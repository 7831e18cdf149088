"""Ledgers (台账): the registers offices ask for, exported as xlsx in adjustable layouts.

kinds.py names the five ledgers and their columns, templates.py the layouts (shipped in
resources/ledgers/, adjusted ones in the settings), sources.py where the lines come from,
sheet.py how the file is written and export.py puts them together:
``export_ledger(store, clock, actor, kind, first, last, out_path, ...) -> LedgerResult``.
"""

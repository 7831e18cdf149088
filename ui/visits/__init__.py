"""The visits screens: check-in, the visitor log, and scanning passes anywhere.

``scanner`` takes keyboard-wedge USB scanners whatever widget has focus; ``camera`` is the
optional webcam reader. Both emit ``scan_received(str)`` with text already normalised.
"""

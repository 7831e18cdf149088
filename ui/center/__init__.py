"""The center: the first-run wizard, and the center & settings page."""

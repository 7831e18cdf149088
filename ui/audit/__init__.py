"""The audit browser: who changed what, when (administrators only)."""

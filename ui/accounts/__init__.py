"""Administering accounts: who may use the desk, and with which role."""

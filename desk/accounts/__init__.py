"""Accounts, roles, passwords (argon2), sign-in throttling."""

"""Password hashing with argon2id (argon2-cffi: the maintained reference binding)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desk.errors import Refusal

# Defaults of argon2-cffi (RFC 9106 low-memory profile): ~50 ms on a reception PC.
_hasher = PasswordHasher()

MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def validate_new_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise Refusal("A password needs at least {n} characters.", n=MIN_LENGTH)
    if len(password) > 256:
        raise Refusal("A password may have at most 256 characters.")
    if password.isdigit() and len(set(password)) <= 2:
        raise Refusal("This password is too easy to guess.")

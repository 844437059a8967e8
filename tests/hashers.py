"""A password hasher for tests: Django's PBKDF2 (same algorithm name, same format) with a
thousand rounds instead of a million. The rounds are written into each hash, so any Django
process checks it, a server the tests start included; only making a curator is cheaper."""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class QuickPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    iterations = 1_000

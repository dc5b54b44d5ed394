"""Database sessions whose keys carry a signature of their own (SESSION_ENGINE = "lib.sessions").

A key is 24 random characters and 8 characters of an HMAC of them (the project's SECRET_KEY).
The page cache serves every reader without a logged-in session from cache; telling a real
session from an invented cookie used to cost a database read per request (~0.9 ms, an attack
on the cache at a few hundred requests a second). A key this server never made fails the
signature in microseconds, without a read. Sessions made before this engine fail it too: their
holders see the cached public pages until they log in again (the admin works as before).
"""

import hmac

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.utils.crypto import get_random_string, salted_hmac

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
RANDOM_CHARS, TAG_CHARS = 24, 8  # 24 base-36 characters: ~124 random bits; Django's keys are 32 long
SALT = "lib.sessions.key"


def _tag(random_part: str) -> str:
    digest = salted_hmac(SALT, random_part, algorithm="sha256").digest()
    return "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:TAG_CHARS])


def is_signed_key(key: str) -> bool:
    """Tell whether key is shaped like ours and carries its valid signature."""
    if len(key) != RANDOM_CHARS + TAG_CHARS or not key.isascii() or not key.isalnum() or not key.islower():
        return False
    return hmac.compare_digest(key[RANDOM_CHARS:], _tag(key[:RANDOM_CHARS]))


class SessionStore(DatabaseSessionStore):
    def _get_new_session_key(self) -> str:
        while True:
            random_part = get_random_string(RANDOM_CHARS, ALPHABET)
            key = random_part + _tag(random_part)
            if not self.exists(key):
                return key

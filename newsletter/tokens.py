"""The links in the e-mails: signed, so nothing secret is stored and a guessed id opens nothing.

A confirmation link expires after CONFIRM_DAYS; an unsubscribe link lives as long as its
subscriber (deleting the row is what ends it).
"""

from django.core import signing

CONFIRM_DAYS = 3
_CONFIRM = signing.TimestampSigner(salt="newsletter.confirm")
_UNSUBSCRIBE = signing.Signer(salt="newsletter.unsubscribe")


def confirm_token(subscriber_id: int) -> str:
    return _CONFIRM.sign(str(subscriber_id))


def unsubscribe_token(subscriber_id: int) -> str:
    return _UNSUBSCRIBE.sign(str(subscriber_id))


def confirmed_id(token: str) -> int | None:
    try:
        return int(_CONFIRM.unsign(token[:200], max_age=CONFIRM_DAYS * 86400))
    except (signing.BadSignature, ValueError):
        return None


def unsubscribe_id(token: str) -> int | None:
    try:
        return int(_UNSUBSCRIBE.unsign(token[:200]))
    except (signing.BadSignature, ValueError):
        return None

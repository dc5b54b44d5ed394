"""Errors raised by the ingest stages; each names its stage so a log line says where it broke."""


class IngestError(Exception):
    """A stage could not handle its input; the message starts with the stage name."""

    stage = "ingest"

    def __init__(self, message: str, *, url: str = ""):
        self.reason = message
        self.url = url
        super().__init__(f"{self.stage}: {message}")


class FetchError(IngestError):
    """The network or the server refused to give us a usable body."""

    stage = "fetch"

    def __init__(self, message: str, *, url: str = "", status: int | None = None, retry_after: float | None = None):
        super().__init__(message, url=url)
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (429/503)


class BlockedAddressError(FetchError):
    """The host resolves to an address we never connect to (private, loopback, ...)."""


class RobotsDisallowed(FetchError):
    """robots.txt forbids this URL for our User-Agent."""


class ParseError(IngestError):
    """The feed could not be read at all."""

    stage = "parse"


class ExtractError(IngestError):
    """Neither the page nor the feed gave an article body."""

    stage = "extract"

"""The one way reference connectors download a file: through the shared HTTP client."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sources.http import HttpClient


def fetch_bytes(client: HttpClient, url: str) -> bytes:
    """Return the body of ``url``.

    Retries, timeouts, the size cap and the user agent are the client's job; a URL that
    cannot be fetched raises :class:`sources.http.FetchError`.
    """
    return client.get(url).content

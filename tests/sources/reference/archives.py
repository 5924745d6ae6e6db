"""Zip archives built in memory, as Epoch and the ECB publish their files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping


def zip_archive(entries: Mapping[str, bytes | str]) -> bytes:
    """A zip archive holding ``entries`` (entry name -> content)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()

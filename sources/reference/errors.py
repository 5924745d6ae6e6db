"""Errors raised when a reference or Epoch file cannot be read as expected."""

from __future__ import annotations


class SnapshotFormatError(ValueError):
    """A file is not in the expected format (missing column, unreadable CSV, bad reference row)."""


class SnapshotRowError(SnapshotFormatError):
    """One cell of one row holds a value that cannot be read (raised in strict mode)."""

    def __init__(self, file_name: str, row_number: int, column: str, value: str, reason: str):
        self.file_name = file_name
        self.row_number = row_number
        self.column = column
        self.value = value
        self.reason = reason
        super().__init__(
            f"{file_name}: row {row_number}, column {column!r}: {reason} (value {value!r})"
        )

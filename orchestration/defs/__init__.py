"""Dagster definitions of the Ledger, one module per domain (reference, news, warehouse, ops)."""

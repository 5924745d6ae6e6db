"""News ingestion: connectors that turn feeds, GDELT, the inbox and the sample corpus into
``NEWS_ARTICLES`` rows, and the de-duplication that decides which rows are new.

- :mod:`.pipeline`: the functions the Dagster assets call (start here)
- :mod:`.feeds`, :mod:`.gdelt`, :mod:`.inbox`, :mod:`.sample`: one module per source
- :mod:`.pages`: main text of article pages (trafilatura)
- :mod:`.articles`: the article schema and identity (canonical URL, content hash, id)
- :mod:`.language`: offline language detection
- :mod:`.dedup`: exact and near-duplicate detection
- :mod:`.errors`: ``INGEST_ERRORS`` rows
"""

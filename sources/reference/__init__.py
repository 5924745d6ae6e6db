"""Reference data: chips, companies, clusters, FX rates and Epoch AI's datasets.

Each module is one source: a pure ``parse`` (bytes in, schema-conformed polars out) and a
``fetch`` (network, through :class:`sources.http.HttpClient`). The offline default is the
bundled snapshot in ``data/``, read by :mod:`sources.reference.snapshots`.
"""

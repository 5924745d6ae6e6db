"""The multilingual claim extractor: article text in, claims out.

Public interface: :func:`extract` (one text -> list of :class:`Claim`) and
:func:`extract_articles` (an articles frame -> a ``NEWS_CLAIMS`` frame). See the module
docstrings of ``extractor``, the ``claims`` package (one module per claim family),
``numbers``, ``money``, ``timeref`` and ``status`` for the rules, and ``rules/<lang>.toml``
for the words of each language.
"""

from sources.extract.batch import extract_articles
from sources.extract.claim import CLAIM_FIELDS, Claim
from sources.extract.extractor import EXTRACTOR_VERSION, extract, version_key

__all__ = [
    "CLAIM_FIELDS",
    "EXTRACTOR_VERSION",
    "Claim",
    "extract",
    "extract_articles",
    "version_key",
]

"""Main text of an article page: trafilatura (offline, on HTML we already hold), with a fallback.

:func:`extract_page` is pure (HTML in, :class:`Page` out); :func:`fetch_page` adds the network
through :class:`sources.http.HttpClient`. When trafilatura finds no main text (very short or
unusual pages) the fallback keeps the paragraph-like elements outside navigation, headers,
footers, scripts and forms, so a page is only rejected when it really has no prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from sources.http import HttpClient
from sources.news.articles import clean_text, parse_published
from sources.news.language import normalize_language

_NOISE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_BLOCKS = ("h1", "h2", "h3", "p", "li", "blockquote", "td", "pre")
_WS = re.compile(r"[ \t\r\f\v]+")


class PageError(ValueError):
    """A page was fetched but holds no article text."""


@dataclass(frozen=True)
class Page:
    """What an article page says about itself."""

    url: str | None  # the page's canonical URL when it declares one, else the fetched URL
    title: str | None
    text: str
    published_at: datetime | None
    language: str | None  # from <html lang>, normalized; None when absent
    final_url: str | None = None  # where the fetch ended after redirects (None: not fetched)


def extract_page(html: str, url: str | None = None) -> Page:
    """Main text, title, date, language and canonical URL of an HTML page (pure).

    Raises :class:`PageError` when the document cannot be parsed or has no text at all.
    """
    tree = load_html(html)
    if tree is None:
        raise PageError("not an HTML document")
    language = normalize_language(tree.get("lang") or tree.get("xml:lang"))
    head_title = _first_text(tree, "//title")
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
    )
    text = clean_text(document.text or "") if document is not None else ""
    if not text:
        fresh = load_html(html)  # trafilatura may have pruned the first tree
        text = _fallback_text(fresh) if fresh is not None else ""
    if not text:
        raise PageError("no article text found in the page")
    title = (document.title if document is not None else None) or head_title
    page_url = (document.url if document is not None else None) or url
    published = parse_published(document.date) if document is not None else None
    return Page(url=page_url, title=title, text=text, published_at=published, language=language)


def fetch_page(client: HttpClient, url: str) -> Page:
    """Fetch ``url`` and extract it; raises ``FetchError`` or :class:`PageError`."""
    result = client.get(url)
    page = extract_page(result.text, result.final_url)
    # Keep the URL we were given when the page declares none; the final URL after redirects
    # is what trafilatura saw otherwise.
    return replace(page, url=page.url or url, final_url=result.final_url)


def _first_text(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    found = tree.xpath(xpath)
    if not found:
        return None
    text = _WS.sub(" ", found[0].text_content()).strip()
    return text or None


def _fallback_text(tree: lxml.html.HtmlElement) -> str:
    """Paragraph-level text outside boilerplate elements (used when trafilatura finds none)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    blocks: list[str] = []
    for element in root.iter(*_BLOCKS):
        if any(ancestor.tag in _NOISE for ancestor in element.iterancestors()):
            continue
        # Nested blocks (a <p> inside an <li>) would be read twice: take the innermost only.
        if any(child.tag in _BLOCKS for child in element.iterdescendants()):
            continue
        text = _WS.sub(" ", etree.tostring(element, method="text", encoding="unicode")).strip()
        if text:
            blocks.append(text)
    if not blocks:
        for noise in list(root.iter(*_NOISE)):
            if noise.getparent() is not None:
                noise.drop_tree()
        return clean_text(_WS.sub(" ", root.text_content()).strip())
    return clean_text("\n\n".join(blocks))

"""The one shared HTTP client of the Ledger (interface; implementation owned by the news issue).

Every connector's ``fetch`` goes through :class:`HttpClient` so timeouts, retries with
exponential backoff and jitter (on timeouts, 429 honouring Retry-After, and 5xx), the response
size cap, charset handling, conditional GET and the user agent are the same everywhere.
"""

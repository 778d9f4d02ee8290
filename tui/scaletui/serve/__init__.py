"""`scaletui serve`: the app in a browser, on this machine, for whoever holds the link.

`access` is the pure part (the token, the host check, the URL); `server` runs the
web server (the `serve` extra: textual-serve and aiohttp) and one app process per
connection; `static/` is the page and what it loads (xterm.js, DejaVu Sans Mono).
"""

# Where it listens unless told: the `serve` parser's defaults, here rather than in
# `access` so that every launch's parser does not import hmac and secrets for them.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8280

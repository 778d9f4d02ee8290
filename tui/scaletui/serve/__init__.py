"""`scaletui serve`: the app in a browser, on this machine, for whoever holds the link.

`access` is the pure part (the token, the host check, the URL); `server` runs the
web server (the `serve` extra: textual-serve and aiohttp) and one app process per
connection; `static/` is the page and what it loads (xterm.js, DejaVu Sans Mono).
"""

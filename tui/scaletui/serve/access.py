"""Who may open the served app: the token in its URL, and the hosts it binds to.

textual-serve has no authentication, and every app it starts reads and writes the
notes of the user who ran `scaletui serve`. The printed URL carries a random token
(as Jupyter's does); a page or websocket request without it is refused before any
app process starts. By default only this machine can connect (127.0.0.1); any other
address must be asked for with --allow-remote, and is warned about.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlencode

from ..i18n import N_
from . import DEFAULT_HOST

TOKEN_BYTES = 24  # 192 bits, URL-safe base64: 32 characters
TOKEN_PARAMETER = "token"

REMOTE_REFUSED = N_(
    "{host} is not this machine's loopback address: anyone who can reach it and has the "
    "link could read and change your notes. Add --allow-remote to serve there anyway "
    "(docs/serve.md says how to put real authentication in front)"
)
REMOTE_WARNING = N_(
    "warning: serving on {host}, beyond this machine: anyone with the link can read and "
    "change your notes"
)


def new_token() -> str:
    """A fresh random token for one run of the server."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_matches(given: str | None, token: str) -> bool:
    """Whether `given` (the request's token, None if absent) is the server's token,
    compared in constant time."""
    if not given or not token:
        return False
    return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine only: `localhost`, 127.0.0.0/8 or ::1."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # a host name: it may resolve anywhere


def check_host(host: str, allow_remote: bool) -> str | None:
    """The warning to print for `host` (None: a loopback address, nothing to say).

    Raises:
        ValueError: `host` is not loopback and --allow-remote was not given.
    """
    if not host.strip():
        raise ValueError(N_("--host: an empty address"))
    if is_loopback(host):
        return None
    if not allow_remote:
        raise ValueError(REMOTE_REFUSED)
    return REMOTE_WARNING


def served_url(host: str, port: int, token: str) -> str:
    """The page's URL, token included: what `scaletui serve` prints."""
    name = host.strip("[]")
    if ":" in name:  # an IPv6 address is bracketed in a URL
        name = f"[{name}]"
    elif name in ("0.0.0.0", ""):
        name = DEFAULT_HOST  # every address: this machine's is one of them
    if name == "[::]":
        name = "[::1]"
    return f"http://{name}:{port}/?{urlencode({TOKEN_PARAMETER: token})}"

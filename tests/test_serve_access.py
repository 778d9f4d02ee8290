"""Who may open the served app (scaletui.serve.access): pure logic, no server."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from scaletui.serve.access import (
    REMOTE_WARNING,
    TOKEN_PARAMETER,
    check_host,
    is_loopback,
    new_token,
    served_url,
    token_matches,
)


def test_tokens_are_long_random_and_url_safe() -> None:
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100
    for token in tokens:
        assert len(token) >= 32
        assert token.replace("-", "").replace("_", "").isalnum()


@pytest.mark.parametrize(
    ("given", "expected"),
    [("abc123", True), ("abc124", False), ("abc12", False), ("", False), (None, False),
     ("ABC123", False), ("abc123 ", False)],
)  # fmt: skip
def test_only_the_token_itself_matches(given: str | None, expected: bool) -> None:
    assert token_matches(given, "abc123") is expected


def test_an_empty_server_token_matches_nothing() -> None:
    assert not token_matches("", "")


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.8.9.10", "localhost", "LocalHost", "::1", "[::1]"]
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)
    assert check_host(host, allow_remote=False) is None


@pytest.mark.parametrize(
    "host", ["0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "example.org", "127.0.0.1.example.org"]
)
def test_other_hosts_are_refused_unless_asked_for(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ValueError):
        check_host(host, allow_remote=False)
    assert check_host(host, allow_remote=True) == REMOTE_WARNING


def test_an_empty_host_is_refused() -> None:
    with pytest.raises(ValueError):
        check_host(" ", allow_remote=True)


@pytest.mark.parametrize(
    ("host", "origin"),
    [("127.0.0.1", "http://127.0.0.1:8280"), ("localhost", "http://localhost:8280"),
     ("::1", "http://[::1]:8280"), ("0.0.0.0", "http://127.0.0.1:8280"),
     ("::", "http://[::1]:8280")],
)  # fmt: skip
def test_the_url_names_the_server_and_carries_the_token(host: str, origin: str) -> None:
    url = served_url(host, 8280, "a-b_c")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == origin
    assert parts.path == "/"
    assert parse_qs(parts.query) == {TOKEN_PARAMETER: ["a-b_c"]}


# -- the command's refusals, before any server starts ------------------------------------


def serve_says(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from scaletui.cli import main

    code = main(["serve", *argv])
    return code, capsys.readouterr().err


def test_serve_refuses_a_remote_host_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, said = serve_says(["--host", "0.0.0.0"], capsys)
    assert code == 2
    assert said.count("\n") == 1 and "--allow-remote" in said and "0.0.0.0" in said


@pytest.mark.parametrize("port", ["-1", "65536"])
def test_serve_refuses_a_port_out_of_range(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, said = serve_says(["--port", port], capsys)
    assert code == 2 and said.count("\n") == 1 and port in said


def test_serve_checks_the_story_before_it_serves(capsys: pytest.CaptureFixture[str]) -> None:
    code, said = serve_says(["no-such-story", "--port", "0"], capsys)
    assert code != 0 and "no-such-story" in said


def test_serve_without_the_extra_says_how_to_install_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    import scaletui.serve

    monkeypatch.delattr(scaletui.serve, "server", raising=False)
    monkeypatch.setitem(sys.modules, "scaletui.serve.server", None)  # as if not installed
    code, said = serve_says(["--port", "0"], capsys)
    assert code == 1 and "pip install 'scaletui[serve]'" in said

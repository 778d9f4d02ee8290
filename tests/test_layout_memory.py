"""What the layout engine's caches hold, counted in bytes (tracemalloc), never in time."""

from __future__ import annotations

import gc
from pathlib import Path

from conftest import bytes_held
from scaletui.layout import LayoutEngine
from scaletui.layout.cache import read_prepared, write_prepared
from scaletui.layout.engine import PreparedParagraph

SEED = Path(__file__).parents[1] / "seeds" / "000_77bd331cf6a7af78.txt"


def seed_text() -> str:
    """The seed article's body as one long paragraph (Arabic, with Latin names and digits)."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return " ".join(line for line in lines[2:] if line.strip())


def test_a_prepared_paragraph_takes_a_few_bytes_a_character() -> None:
    """The engine keeps CACHE_CHARS characters prepared. A Cluster record per glyph, with
    a fresh str for each Arabic letter and int offsets past 256, took about 180 bytes a
    character (12 MB of the 20 MB book's peak); the columns take about 20."""
    text = seed_text()
    assert len(text) > 5_000
    warm = LayoutEngine()
    warm.prepare(text + " .")  # the shaper's tables and the glyphs' strs, made once per process
    held, prepared = bytes_held(lambda: LayoutEngine().prepare(text))
    assert isinstance(prepared, PreparedParagraph) and prepared.logical == text
    assert held / len(text) < 40, f"{held / len(text):.0f} bytes a character"


def test_prepared_columns_agree_with_the_clusters() -> None:
    prepared = LayoutEngine().prepare("ميتا (Scale AI) تستثمر ١٤٫٣ مليار دولار")
    clusters = prepared.clusters
    assert [c.text for c in clusters] == list(prepared.texts)
    assert [c.start for c in clusters] == list(prepared.starts)
    assert [c.end for c in clusters] == list(prepared.ends)
    assert prepared.starts[0] == 0 and prepared.ends[-1] == len(prepared.logical)
    assert all(a.end == b.start for a, b in zip(clusters, clusters[1:], strict=False))
    assert prepared.width == sum(c.width for c in clusters)


def test_columns_round_trip_through_the_cache_file(tmp_path: Path) -> None:
    text = seed_text()[:2_000]
    first = LayoutEngine()
    first.prepare(text)
    path = tmp_path / "layout" / "story.bin"
    write_prepared(path, first.prepared_entries())
    second = LayoutEngine()
    assert second.seed(read_prepared(path)) == 1
    assert second.prepare(text) == first.prepare(text)
    assert second.layout(text, 57) == first.layout(text, 57)


def test_columns_of_unequal_lengths_count_as_no_cache(tmp_path: Path) -> None:
    import marshal

    from scaletui.layout.cache import _version_tag

    text = "ميتا"
    path = tmp_path / "story.bin"
    columns = (("ا",), b"\x01", b"\x00\x00\x00\x00", b"\x01\x00\x00\x00", b"\x01", b"")
    path.write_bytes(
        marshal.dumps((_version_tag(), [((text, "auto", "rtl"), "rtl", marshal.dumps(columns))]))
    )
    engine = LayoutEngine()
    assert engine.seed(read_prepared(path)) == 1
    prepared = engine.prepare(text)  # prepared afresh: the seed was not clusters
    assert len(prepared.texts) == len(prepared.spaces) > 1


def test_a_prepared_paragraph_gives_the_collector_a_few_objects() -> None:
    """The garbage collector's full passes walk every container it tracks: a Cluster per
    glyph was one per character held (64 K of them in the cache); columns are two
    containers a paragraph, whatever its length."""
    text = seed_text()
    LayoutEngine().prepare(text + " .")  # the tables and glyphs, made once per process
    engine = LayoutEngine()
    gc.collect()
    before = len(gc.get_objects())
    engine.prepare(text)
    gc.collect()
    assert len(gc.get_objects()) - before < 10

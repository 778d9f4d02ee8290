"""The Markdown export: golden file, logical Arabic, YAML front matter, tags, sources,
sentences, labels, escaping checked by parsing the output, and safe writes."""

from __future__ import annotations

import errno
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from scaletui.i18n import load_language
from scaletui.notes import Anchor, Note
from scaletui.notes.anchoring import paragraph_anchor
from scaletui.notes.export import (
    ExportError,
    export_markdown,
    resolve_anchor,
    write_export,
)
from scaletui.notes.export.text import obsidian_tag, sentence_bounds
from scaletui.search import StoryIndex
from scaletui.story.items import ItemRef, arabic_name, item_title
from scaletui.story.model import Provenance

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden" / "scale-ai-meta-notes.md"
EXPORTED_AT = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def fixed_notes(story) -> list[Note]:
    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 11, 20, hour, minute, tzinfo=UTC)

    p3 = story.paragraphs[3]
    wang = next(p for p in story.paragraphs if "يبلغ وانغ" in p.text)
    start = wang.text.index("وانغ")
    return [
        Note(1, story.id, Anchor("paragraph", paragraph=3, quote=p3.text),
             "الصفقة تشبه **واتساب**؟\n\n- check the 2014 price", at(9), at(9), ("deal",)),
        Note(2, story.id, Anchor("item", item=ItemRef("event", "facebook-buys-instagram")),
             "Instagram: $1B in 2012.", at(10), at(11, 30), ()),
        Note(3, story.id, Anchor("span", paragraph=wang.index, start=start, end=start + 4,
                                 quote="وانغ"),
             "عمره 28 عامًا فقط.", at(11), at(11), ("people", "age")),
        Note(4, story.id, Anchor("paragraph", paragraph=3, quote=p3.text),
             "A second note on the same paragraph.", at(12), at(12), ()),
        Note(5, story.id, Anchor("item", item=ItemRef("person", "alexandr-wang")),
             "Leads the new lab.", at(13), at(13), ()),
        Note(6, story.id, Anchor("paragraph", paragraph=99, quote="فقرة حذفت من المقال"),
             "Orphaned: its paragraph is gone.", at(14), at(14), ()),
    ]  # fmt: skip


def note(story, body: str, anchor: Anchor | None = None, tags: tuple[str, ...] = (),
         note_id: int = 1) -> Note:  # fmt: skip
    anchor = anchor or Anchor("paragraph", paragraph=1, quote=story.paragraphs[1].text)
    return Note(note_id, story.id, anchor, body, WHEN, WHEN, tags)


def parse(text: str) -> list[Token]:
    """As a strict reader sees it: CommonMark with HTML, GFM tables and
    strikethrough, front matter, footnotes and $$ math all switched on."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin).use(dollarmath_plugin)
    return md.parse(text)


def blockquote_texts(tokens: list[Token]) -> list[str]:
    texts, depth = [], 0
    for token in tokens:
        depth += token.type == "blockquote_open"
        depth -= token.type == "blockquote_close"
        if depth and token.type == "inline":
            texts.append(plain(token))
    return texts


def plain(inline: Token) -> str:
    """An inline token's text as a reader sees it (breaks as newlines)."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


# -- the document -------------------------------------------------------------------------------


def test_golden_markdown(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    if os.environ.get("SCALETUI_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_front_matter_is_yaml(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    _, front, _ = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta == {
        "story_id": "scale-ai-meta",
        "title": story.title,
        "title_en": story.title_en,
        "published": story.published,
        "source": story.source,
        # The article's source, as the pack names it (no author or address it could
        # not verify), and that the article is a translation of it.
        "original_outlet": "TechCrunch",
        "original_title": "Can Scale AI and Alexandr Wang reignite Meta's AI efforts?",
        "original_date": "2025-06",
        "original_language": "en",
        "translation": True,
        "exported_at": "2026-11-24T12:00:00+00:00",
        "note_count": 6,
        "tags": ["deal", "people", "age"],
    }


def test_quoted_text_is_the_articles_logical_text(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    quoted = blockquote_texts(parse(text))
    assert story.paragraphs[3].text in quoted  # byte for byte
    article = "\n".join(p.text for p in story.paragraphs)
    for line in quoted:
        assert not PRESENTATION_FORMS.search(line)
        if line != "فقرة حذفت من المقال":  # the orphan: article text when the note was made
            assert line in article


def test_article_order_and_grouping(story) -> None:
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[-1] == "## A passage no longer in the article"
    assert headings.count("## Paragraph 4") == 1  # two notes, one heading
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert text.index("### Note 1 ") < text.index("### Note 4 ")


def test_an_arabic_readers_export_is_in_arabic(story) -> None:
    """Under --lang ar the export's own words and headings are Arabic; the front
    matter's keys (field names) and the article's quotes are the same as in English."""
    english = export_markdown(story, fixed_notes(story), EXPORTED_AT)
    text = export_markdown(story, fixed_notes(story), EXPORTED_AT, load_language("ar"))
    front_en, front_ar = (yaml.safe_load(t.split("---\n", 2)[1]) for t in (english, text))
    assert front_ar == front_en
    assert blockquote_texts(parse(text)) == blockquote_texts(parse(english))
    block = text.split("---\n", 2)[2]
    for word in ("Note ", "exported", "edited", "Tags:", "Paragraph", "Event", "Person",
                 "a passage", "Source"):  # fmt: skip
        assert word not in block, word
    headings = [line for line in block.splitlines() if line.startswith("## ")]
    assert headings.count("## ¶ ٤") == 1  # two notes, one heading
    assert headings[-1] == "## مقطع لم يعد في المقال"
    wang = arabic_name(story, ItemRef("person", "alexandr-wang"))
    assert f"## شخص: {wang}" in headings  # the Arabic name once, not twice
    assert "### ملاحظة 1 · 2026-11-20 09:00 UTC" in block
    assert "### ملاحظة 2 · 2026-11-20 10:00 UTC · عُدّلت في 2026-11-20 11:30 UTC" in block
    assert "الوسوم: #people #age" in block
    assert f"*{story.title_en}* — ملاحظات صُدِّرت في 2026-11-24 12:00 UTC" in block


def test_anchor_survives_an_edit_to_its_paragraph(story) -> None:
    p3 = story.paragraphs[3]
    anchor = Anchor("paragraph", paragraph=3, quote=p3.text)
    edited = list(story.paragraphs)
    edited.insert(1, p3._replace(text="فقرة جديدة أضيفت في البداية."))
    edited[4] = p3._replace(text=p3.text.replace("15 مليار", "14.3 مليار"))
    edited = [p._replace(index=i) for i, p in enumerate(edited)]
    moved = story._replace(paragraphs=tuple(edited))
    assert resolve_anchor(moved, anchor).position == (4, 0)


# -- tags -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "valid"),
    [
        ("deal", "deal"),
        ("#deal", "deal"),
        ("open source", "open-source"),
        ("  many   spaces ", "many-spaces"),
        ("الذكاء الاصطناعي", "الذكاء-الاصطناعي"),
        ("صفقة", "صفقة"),
        ("2025", "_2025"),
        ("٢٠٢٥", "_٢٠٢٥"),
        ("meta/deals", "meta/deals"),
        ("what?!", "what"),
        ("C++ & Rust", "C-Rust"),
        ("!!!", ""),
    ],
)
def test_obsidian_tags_are_valid(tag: str, valid: str) -> None:
    assert obsidian_tag(tag) == valid


def test_tags_in_front_matter_and_inline(story) -> None:
    notes = [
        note(story, "one", tags=("open source", "صفقة")),
        note(story, "two", tags=("صفقة", "2025"), note_id=2),
    ]
    text = export_markdown(story, notes, WHEN)
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert meta["tags"] == ["open-source", "صفقة", "_2025"]
    assert "Tags: #open-source #صفقة" in text.splitlines()
    assert "Tags: #صفقة #_2025" in text.splitlines()
    # An inline tag is text to Markdown (not a heading): Obsidian reads it as a tag.
    tokens = parse(text)
    assert not any(t.type == "heading_open" and t.tag == "h1" for t in tokens[10:])
    tag_lines = [plain(t) for t in tokens if t.type == "inline" and plain(t).startswith("Tags:")]
    assert tag_lines == ["Tags: #open-source #صفقة", "Tags: #صفقة #_2025"]


def test_no_tags_is_an_empty_list(story) -> None:
    meta = yaml.safe_load(export_markdown(story, [note(story, "x")], WHEN).split("---\n", 2)[1])
    assert meta["tags"] == []


# -- the story's source ------------------------------------------------------------------------


def test_source_fields_in_front_matter(story) -> None:
    sourced = story._replace(
        outlet="الشرق الأوسط",
        url="https://example.com/a?b=1&c=2",
        author='Jane Doe: "J"',
    )
    text = export_markdown(sourced, [note(sourced, "x")], WHEN)
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert meta["outlet"] == "الشرق الأوسط"
    assert meta["url"] == "https://example.com/a?b=1&c=2"
    assert meta["author"] == 'Jane Doe: "J"'
    assert meta["published"] == story.published
    assert (
        f'Source: الشرق الأوسط, by Jane Doe: "J" · published {story.published} · '
        "<https://example.com/a?b=1&c=2>"
    ) in text
    links = [c for t in parse(text) if t.type == "inline" for c in t.children or []]
    assert any(c.type == "link_open" and c.attrs["href"] == sourced.url for c in links)


def test_without_source_fields_none_are_made_up(story) -> None:
    bare = story._replace(outlet="", url="", author="", published="")
    text = export_markdown(bare, [note(bare, "x")], WHEN)
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert not {"outlet", "url", "author", "published"} & set(meta)
    assert "Source:" not in text and "Published" not in text


# -- what is quoted: sentences, never names ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hit", "sentence"),
    [
        ("أولى. ثانية فيها وانغ. ثالثة.", "وانغ", "ثانية فيها وانغ."),
        ("هل هي مقامرة؟ نعم وانغ هنا! لا", "وانغ", "نعم وانغ هنا!"),
        ("قبل؛ وانغ بعد الفاصلة المنقوطة؛ آخر", "وانغ", "وانغ بعد الفاصلة المنقوطة؛"),
        ("سطر أول\nسطر فيه وانغ\nسطر ثالث", "وانغ", "سطر فيه وانغ"),
        ("دفعت 14.3 مليار لوانغ. ثم", "لوانغ", "دفعت 14.3 مليار لوانغ."),
        ('قال: "انتهى." ثم وانغ قال.', "وانغ", "ثم وانغ قال."),
        ('قال "وانغ هنا." ثم', "وانغ", 'قال "وانغ هنا."'),
        ("موقع scale.com لوانغ", "لوانغ", "موقع scale.com لوانغ"),
        ("بلا نهاية وانغ", "وانغ", "بلا نهاية وانغ"),
        ("أولى وانغ. ثانية ميتا. ثالثة", "وانغ. ثانية ميتا", "أولى وانغ. ثانية ميتا."),
    ],
)
def test_sentence_bounds(text: str, hit: str, sentence: str) -> None:
    start = text.index(hit)
    begin, end = sentence_bounds(text, start, start + len(hit))
    assert text[begin:end] == sentence


def test_a_search_hit_is_quoted_with_its_whole_sentence(story) -> None:
    paragraph = story.paragraphs[3]
    start = paragraph.text.index("واتساب")
    anchor = Anchor("span", paragraph=3, start=start, end=start + 6, quote="واتساب")
    view = resolve_anchor(story, anchor)
    assert view.quote != "واتساب" and "واتساب" in view.quote
    assert view.quote in paragraph.text and view.quote.endswith(".")
    assert view.quote.startswith("هذه الخطوة")
    quoted = blockquote_texts(parse(export_markdown(story, [note(story, "x", anchor)], WHEN)))
    assert quoted == [view.quote]  # the hit is marked in bold, the text is the article's


def test_a_mention_is_quoted_with_its_whole_sentence(story) -> None:
    index = StoryIndex([p.text for p in story.paragraphs], story.entities.values())
    mention = index.mentions(story.entity("alexandr-wang"))[1]
    anchor = paragraph_anchor(story, mention.paragraph, mention)
    assert anchor.kind == "span"
    text = export_markdown(story, [note(story, "x", anchor)], WHEN)
    sentence = resolve_anchor(story, anchor).quote
    paragraph_text = story.paragraphs[mention.paragraph].text
    assert len(anchor.quote) < len(sentence) < len(paragraph_text) + 1
    hit = paragraph_text[mention.start : mention.end]
    assert hit in sentence
    bold = [
        plain(t) for t in parse(text) if t.type == "inline" for c in t.children or []
        if c.type == "strong_open"
    ]  # fmt: skip
    assert bold == [sentence]


def item_notes(story) -> list[Note]:
    refs = [ItemRef("event", e.id) for e in story.events[:4]]
    refs += [ItemRef("person", story.people[0].entity), ItemRef("number", story.numbers[0].id)]
    refs += [ItemRef("competitor", story.competitors[0].entity), ItemRef("entity", "meta")]
    return [note(story, f"on {ref}", Anchor("item", item=ref), note_id=i)
            for i, ref in enumerate(refs, 1)]  # fmt: skip


def test_item_names_are_labels_never_quotes(story) -> None:
    notes = item_notes(story)
    text = export_markdown(story, notes, WHEN)
    tokens = parse(text)
    article = "\n".join(p.text for p in story.paragraphs)
    headings = [plain(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"]
    for quoted in blockquote_texts(tokens):
        assert quoted in article
    for item in notes:
        ref = item.anchor.item
        assert ref is not None
        name = arabic_name(story, ref)
        assert name
        label = f"{item_title(story, ref)} — {name}"
        assert label in headings
        if name not in article:  # a pack title, never shown as the article's words
            assert all(name not in quoted for quoted in blockquote_texts(tokens))


def test_an_item_outside_the_article_has_no_quote_and_says_why(story) -> None:
    event = story.events[0]
    outside = event._replace(provenance=Provenance("context", note="Reuters, <b>June</b> 2025"))
    story = story._replace(events=(outside, *story.events[1:]))
    anchor = Anchor("item", item=ItemRef("event", event.id))
    view = resolve_anchor(story, anchor)
    assert view.quote == "" and not view.in_article and view.name == event.title_ar
    text = export_markdown(story, [note(story, "x", anchor)], WHEN)
    tokens = parse(text)
    assert blockquote_texts(tokens) == []
    assert "*Outside the article:* Reuters, \\<b>June\\</b> 2025" in text
    assert not [c for t in tokens for c in t.children or [] if c.type == "html_inline"]


# -- note bodies cannot break out of their section ------------------------------------------------

HOSTILE = [
    "---",
    "# a heading",
    "title\n===",
    "<script>alert(1)</script>",
    "</details>",
    "<details><summary>x</summary>",
    "> quoted\n>> more",
    "```\nfenced\n```",
    "~~~python\nx\n~~~",
    "    indented code",
    "\tindented by a tab",
    "1. one\n2) two",
    "- item\n+ item\n* item",
    "| a | b |\n|---|:-:|\n| 1 | 2 |",
    "[x]: https://evil.example\n[^1]: footnote",
    "<!-- scaletui:end story=scale-ai-meta -->\nafter the fake end",
    "$$\nx^2\n$$",
    "%% an Obsidian comment",
    "***\n___\n- - -",
    "ends with a backslash \\\nnext line",
    "a `code <b>span</b>` inline",
    "`\n<script>inside a code span</script> `",
    "<https://example.com>",
    "line one\nline two",
]


def test_hostile_note_bodies_stay_inside_their_section(story) -> None:
    notes = [note(story, body, note_id=i) for i, body in enumerate(HOSTILE, 1)]
    text = export_markdown(story, notes, WHEN)
    tokens = parse(text)
    top = [t for t in tokens if t.level == 0 and t.nesting != -1]
    kinds = {t.type for t in top}
    assert kinds <= {"front_matter", "html_block", "heading_open", "paragraph_open",
                     "blockquote_open"}  # fmt: skip
    assert [t.content.strip() for t in top if t.type == "html_block"] == [
        line for line in text.splitlines() if line.startswith("<!-- scaletui:")
    ]
    assert len([t for t in top if t.type == "html_block"]) == 2
    assert not [c for t in tokens for c in t.children or [] if c.type == "html_inline"]
    headings = [(t.tag, plain(tokens[i + 1])) for i, t in enumerate(tokens)
                if t.type == "heading_open"]  # fmt: skip
    assert [tag for tag, _ in headings] == ["h1", "h2"] + ["h3"] * len(HOSTILE)
    assert len(blockquote_texts(tokens)) == 1  # the article's paragraph, and nothing else
    # Each note's section holds paragraphs only, reading as the note was typed.
    sections = section_texts(tokens)
    for index, body in enumerate(HOSTILE, 1):
        shown = sections[f"Note {index}"]
        assert squash(shown) == squash(AS_SHOWN.get(body, body)), (body, shown)


# Inline markup is kept: a code span shows its text (and `<b>` in it is text).
AS_SHOWN = {
    "a `code <b>span</b>` inline": "a code <b>span</b> inline",
    "`\n<script>inside a code span</script> `": "<script>inside a code span</script>",
}


def section_texts(tokens: list[Token]) -> dict[str, str]:
    sections: dict[str, list[str]] = {}
    current = None
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            title = plain(tokens[index + 1])
            current = title.split(" · ")[0] if token.tag == "h3" else None
            if current:
                sections[current] = []
        elif current and token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            sections[current].append(plain(token))
    return {key: "\n".join(parts) for key, parts in sections.items()}


def squash(text: str) -> str:
    # Whitespace aside (indentation is shown as no-break spaces), the same text.
    return "".join(text.replace("\xa0", " ").split())


def test_note_lines_and_inline_markup_are_kept(story) -> None:
    body = "**bold** and *em* and #idea\nsecond line\n\nnew paragraph"
    tokens = parse(export_markdown(story, [note(story, body)], WHEN))
    section = section_texts(tokens)["Note 1"]
    assert section == "bold and em and #idea\nsecond line\nnew paragraph"
    kinds = {c.type for t in tokens if t.type == "inline" for c in t.children or []}
    assert {"strong_open", "em_open", "hardbreak"} <= kinds


def test_hostile_labels_and_article_text_are_escaped(story) -> None:
    paragraphs = list(story.paragraphs)
    paragraphs[1] = paragraphs[1]._replace(text="<script>x</script> # not a heading")
    hostile = story._replace(paragraphs=tuple(paragraphs), title="# T </details>",
                      title_en="*x* <b>", outlet="<i>")  # fmt: skip
    anchor = Anchor("paragraph", paragraph=1, quote=paragraphs[1].text)
    tokens = parse(export_markdown(hostile, [note(hostile, "x", anchor)], WHEN))
    assert not [c for t in tokens for c in t.children or [] if c.type == "html_inline"]
    assert len([t for t in tokens if t.type == "html_block"]) == 2
    assert blockquote_texts(tokens) == [paragraphs[1].text]
    assert plain(tokens[tokens.index(next(t for t in tokens if t.tag == "h1")) + 1]) == (
        "# T </details>"
    )


# -- safe writes (kept from before) -----------------------------------------------------------


def test_write_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    assert write_export("one\n", str(target)) == target
    with pytest.raises(ExportError, match="exists; use --force"):
        write_export("two\n", str(target))
    assert target.read_text() == "one\n"
    write_export("two\n", str(target), force=True)
    assert target.read_text() == "two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]  # no temporary left


def test_missing_and_read_only_directories(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such directory"):
        write_export("x", str(tmp_path / "missing" / "notes.md"))
    if os.geteuid() == 0:
        read_only = Path("/sys")  # even root cannot create files here
    else:
        read_only = tmp_path / "ro"
        read_only.mkdir()
        read_only.chmod(0o500)
    with pytest.raises(ExportError, match="cannot write"):
        write_export("x", str(read_only / "notes.md"))


def test_a_failed_write_leaves_the_previous_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("previous export\n")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_export("new export\n" * 1000, str(target), force=True)
    assert target.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_control_sequences_from_the_text_never_reach_the_export(story) -> None:
    hostile = story._replace(title=story.title + "\x1b[2J\x1b]52;c;aGk=\x07")
    bad = Note(1, story.id, Anchor("paragraph", paragraph=1), "body \x1b]0;pwned\x07 end\x9b",
               WHEN, WHEN)  # fmt: skip
    text = export_markdown(hostile, [bad], WHEN)
    assert not any(char in text for char in "\x1b\x07\x9b")
    assert "\u241b[2J" in text and "\u2407" in text  # shown, as ␛ and ␇
    assert "\n" in text


def test_export_writes_through_a_symlink_and_refuses_devices_and_fifos(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old\n")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_export("new\n", str(link), force=True)
    assert link.is_symlink() and real.read_text() == "new\n"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        write_export("x\n", str(fifo), force=True)
    with pytest.raises(ExportError, match="not a regular file"):
        write_export("x\n", "/dev/null", force=True)
    assert Path("/dev/null").is_char_device()


def test_replacing_a_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old\n")
    target.chmod(0o640)
    write_export("new\n", str(target), force=True)
    assert target.stat().st_mode & 0o777 == 0o640

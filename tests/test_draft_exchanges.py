"""Bodies business and political news name with the article and a nationality, or by
their city, with no head noun the other cues read: stock exchanges (بورصة الكويت، سوق
دبي المالي، البورصة القطرية), a ministry by its field (الخارجية البريطانية), an
observatory by its country (المرصد السوري). Sentences written for the test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items
from scaletui.story.draft.lexicon import normal_word
from scaletui.story.draft.names import nationality


def bodies(*texts: str) -> set[str]:
    drafted = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


def test_a_nationality_adjective_is_made_from_a_place() -> None:
    """The nisba ي/ية after a place's stem: سوريا -> السوري, قطر -> القطرية."""
    adjectives = ["السوري", "البريطانية", "القطرية", "الأمريكية", "الأردنية", "السعودية"]
    assert all(nationality(normal_word(word)) for word in adjectives)
    others = ["الدولية", "العربية", "الوطني", "المالية", "السوق", "الإنسانية"]
    assert not any(nationality(normal_word(word)) for word in others)


def test_exchanges_are_named_by_their_city_or_country() -> None:
    found = bodies(
        "وتراجعت بورصة الكويت بنسبة طفيفة، فيما صعدت البورصة القطرية في ختام التعاملات.",
        "وارتفع المؤشر العام لسوق دبي المالي أمس، وتراجع مؤشر سوق مسقط للأوراق المالية.",
        "وتراجعت سوق الأسهم السعودية وسط تداولات ضعيفة.",
    )
    assert {
        "بورصة الكويت",
        "البورصة القطرية",
        "سوق دبي المالي",
        "سوق مسقط للأوراق المالية",
        "سوق الأسهم السعودية",
    } <= found, found


def test_a_market_with_a_nationality_is_no_exchange() -> None:
    """`السوق الأمريكية`: the American market, not a body."""
    found = bodies("وتأثرت السوق الأمريكية بقرار رفع الفائدة في نهاية الأسبوع.")
    assert not any("السوق" in name for name in found), found


def test_a_ministry_and_an_observatory_named_by_the_article_and_a_nationality() -> None:
    """`الخارجية البريطانية`: وزارة understood; `المرصد السوري لحقوق الإنسان`. Not where
    the adjective is inside a longer name (منظمة التجارة الخارجية اليابانية)."""
    found = bodies(
        "وقالت الخارجية البريطانية في بيان إن السفير استدعي للتشاور.",
        "وذكر المرصد السوري لحقوق الإنسان أن الاشتباكات استمرت.",
        "وقال رئيس منظمة التجارة الخارجية اليابانية إن المعرض نجح.",
    )
    assert {"الخارجية البريطانية", "المرصد السوري لحقوق الإنسان"} <= found, found
    assert "الخارجية اليابانية" not in found, found


def test_a_ministry_short_form_in_a_text_naming_ministries_whole_refers_back() -> None:
    """A text that writes وزارة الخارجية الأمريكية and then الخارجية الأمريكية names one
    body: the short form is not drafted as a second."""
    found = bodies(
        "وقالت وزارة الخارجية الأمريكية إن المحادثات ستستأنف.",
        "وأضافت الخارجية الأمريكية أن الوفد سيصل غداً.",
    )
    assert "الخارجية الأمريكية" not in found, found


def test_a_ministry_short_form_is_drafted_in_a_text_naming_another_ministry_whole() -> None:
    """وزارة الداخلية named whole does not make الخارجية البريطانية refer back: another
    ministry, drafted on its own."""
    found = bodies(
        "وقالت وزارة الداخلية إن الحدود أغلقت.",
        "وأضافت الخارجية البريطانية أن السفير استدعي.",
    )
    assert {"وزارة الداخلية", "الخارجية البريطانية"} <= found, found


def test_a_newspaper_is_named_without_its_head_and_its_country() -> None:
    """`صحيفة الإندبندنت البريطانية`: the paper's name is الإندبندنت; البريطانية says whose
    it is. A news agency keeps its words (وكالة الأنباء الكويتية is its name)."""
    found = bodies(
        "وقالت صحيفة الغارديان البريطانية إن الاتفاق تأخر.",
        "وذكرت وكالة الأنباء الكويتية أن الوفد وصل.",
    )
    assert {"الغارديان", "وكالة الأنباء الكويتية"} <= found, found
    assert not any(name.startswith("صحيفة") for name in found), found


def test_a_definite_head_and_a_nationality_alone_refers_back() -> None:
    """`المؤسسة الأمريكية`, `البنك الأمريكي`: "the American institution/bank" refers back
    to a body; with what it is for it is a name (الوكالة الأمريكية للتنمية الدولية), and
    an observatory is named by its country alone (المرصد السوري)."""
    found = bodies(
        "وقالت المؤسسة الأمريكية في بيانها إن الأرباح تراجعت، وأعلن البنك الأمريكي خفض الفائدة.",
        "وقالت الوكالة الأمريكية للتنمية الدولية إن البرنامج بدأ.",
        "وذكر المرصد السوري أن الاشتباكات استمرت.",
    )
    assert found == {"الوكالة الأمريكية للتنمية الدولية", "المرصد السوري"}, found


def test_a_city_s_market_after_its_index_is_an_exchange() -> None:
    """`مؤشر سوق الدوحة`: a market with an index is the city's exchange; a market alone
    (`سوق الكويت للسيارات`) is a place to shop."""
    found = bodies("وهبط مؤشر سوق الدوحة 0.5% أمس، فيما ازدحم سوق الكويت للسيارات.")
    assert found == {"سوق الدوحة"}, found

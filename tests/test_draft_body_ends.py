"""Where a body's name ends, by Arabic grammar: ب and a verbal noun is what the body does
(`قامت شركة X بإطلاق`), a noun with a possessive is no name (`مجموعة هواتفنا`), an
adjective of news is no sector's company (`كمورد وحيد للعائدات`). Sentences written for
the test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def bodies(text: str) -> set[str]:
    drafted = draft_items([Paragraph(0, "body", text)], "")
    return {e.name_ar for e in drafted.entities if e.kind not in ("person", "product")}


def test_ba_and_a_verbal_noun_end_a_company_s_name() -> None:
    found = bodies(
        "ومنذ أن قامت شركة نوكيا بإطلاق هواتفها الجديدة، تلتزم مجموعة ألفا تيليكوم "
        "بتزويد عملائها بالحلول."
    )
    assert found == {"نوكيا", "ألفا تيليكوم"}, found


def test_a_noun_with_a_possessive_after_a_group_is_no_name() -> None:
    """`مجموعة هواتفنا الذكية`: "our range of smartphones", a broken plural with "our"."""
    assert bodies("ويأتي إطلاق مجموعة هواتفنا الذكية اليوم للمرة الأولى.") == set()


def test_an_adjective_of_news_before_a_sector_is_no_company() -> None:
    """`كمورد وحيد للعائدات`: "as a sole source of revenue", no company."""
    assert bodies("وتعتمد الدولة على قطاع النفط كمورد وحيد للعائدات.") == set()


def test_a_noun_with_a_possessive_before_a_sector_is_no_company() -> None:
    """`دعم بلاده للمفاوضات`: "his country's support for the talks", no company."""
    assert bodies("وأعرب الرئيس عن دعم بلاده للمفاوضات المباشرة.") == set()


def test_a_foreign_firm_after_muassasa_is_named_without_the_head_with_its_sector() -> None:
    """`مؤسسة جي إف كيه للأبحاث`: a firm's own name and its sector; مؤسسة is the text's
    word for it, as in `مؤسسة بيزنس مونيتور`."""
    found = bodies("وقال مدير الأبحاث في مؤسسة جي إف كيه للأبحاث: إن السوق نمت.")
    assert found == {"جي إف كيه للأبحاث"}, found


def test_a_description_after_a_head_then_letters_names_the_letters() -> None:
    """`مؤسسة الأبحاث العالمية جي إف كيه`: "the global research firm GfK", the firm is
    the name in letters, not its description."""
    found = bodies("وأجرت الدراسة مؤسسة الأبحاث العالمية جي إف كيه برعاية الشركة.")
    assert found == {"جي إف كيه"}, found

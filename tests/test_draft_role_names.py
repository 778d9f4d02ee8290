"""A role, then a name with no comma: where the name ends (the ninth held-out set, now
development texts, showed these in political news). Sentences written for the test."""

from __future__ import annotations

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import Draft, draft_items


def draft(*texts: str) -> Draft:
    return draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "")


def people(*texts: str) -> dict[str, str]:
    """Each drafted person's name and the role the people rows give (as written)."""
    drafted = draft(*texts)
    roles = {p.entity: p.role for p in drafted.people}
    return {e.name_ar: roles.get(e.id, "") for e in drafted.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "ودعا الأمين العام للأمم المتحدة بان كي مون في كلمته إلى وقف القتال.",
            "بان كي مون",
            "الأمين العام للأمم المتحدة",
        ),
        (
            "واستقبل رئيس الوزراء الروسي فلاديمير بوتين وفدا من رجال الأعمال.",
            "فلاديمير بوتين",
            "رئيس الوزراء الروسي",
        ),
        (
            "وانتقد الرئيس الأمريكي دونالد ترمب خطابه أمام الكونغرس.",
            "دونالد ترمب",
            "الرئيس الأمريكي",
        ),
        (
            "وأكد الرئيس المصري حسني مبارك نجله سيرافقه في الزيارة.",
            "حسني مبارك",
            "الرئيس المصري",
        ),
    ],
)
def test_a_name_after_a_role_ends_where_the_name_model_ends_it(
    text: str, name: str, role: str
) -> None:
    """The role says a person is named; the words after the name (a noun with "his", a
    preposition, a noun the person acts on) are not part of it."""
    found = people(text)
    assert name in found, found
    assert not any(other != name and name in other for other in found), found


def test_a_role_in_construct_with_a_body_leads_the_name() -> None:
    """`رئيس مجلس النواب اليمني X`: the role's bare first noun is in construct; the name
    begins at the first bare word after the role's definite words."""
    found = people("وبحث رئيس مجلس الشورى السعودي عبدالله آل الشيخ مع ضيفه سبل التعاون.")
    assert found.get("عبدالله آل الشيخ") == "رئيس مجلس الشورى السعودي", found


def test_a_representative_and_a_counterpart_are_roles() -> None:
    """ممثل (representative) and نظيره (his counterpart) lead a name as any role does."""
    found = people(
        "وقال الممثل الخاص للأمم المتحدة هايلي منقريوس خلال زيارته إن الوضع هادئ.",
        "والتقى الوزير نظيره البريطاني ويليام هيغ في لندن لبحث الأزمة.",
    )
    assert {"هايلي منقريوس", "ويليام هيغ"} <= set(found), found

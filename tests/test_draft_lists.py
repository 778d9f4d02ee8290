"""The items of a list joined by و are of one kind (the ninth held-out set, now
development texts, and issue 28's "names in bare lists"). Sentences written for the test."""

from __future__ import annotations

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items


def names(*texts: str) -> dict[str, str]:
    drafted = draft_items([Paragraph(i, "body", t) for i, t in enumerate(texts)], "")
    return {e.name_ar: e.kind for e in drafted.entities}


def test_companies_after_a_company_in_a_list_are_companies() -> None:
    """`X للإلكترونيات وY-Z وW دي جي، وغيرها`: after a company a cue found, each next
    item with a name's shape is a company; "وغيرها" (and others) ends the list."""
    found = names(
        "ويشارك في المعرض كارفور للإلكترونيات وسيتي-ماكس وفيرست دي جي، وغيرها من المتاجر."
    )
    assert {"سيتي-ماكس", "فيرست دي جي"} <= set(found), found
    assert found["سيتي-ماكس"] == "company" and not any("غير" in name for name in found), found


def test_people_after_a_person_in_a_list_are_people() -> None:
    """`ومحمد ولد أحمد، وعبدو سالم`: the next item after a person, a name of two words."""
    found = names("وأفرجت السلطات عن ثلاثة متهمين هم: أحمد ولد محمد، وعبدو سالم، وذلك بعد وساطة.")
    assert found.get("عبدو سالم") == "person", found


def test_a_word_that_begins_with_waw_is_no_list_item() -> None:
    """`X، ولي عهد ...`, `X وزير الدفاع`: ولي and وزير are words of their own (the role
    after the name), not "and" + a name."""
    found = names(
        "وحضر سمو الشيخ سالم بن محمد القاسمي، ولي عهد الشارقة، الحفل.",
        "وانتقد السيناتور جون ماكين وزير الدفاع في جلسة الاستماع.",
    )
    assert not any(name.startswith(("لي", "زير")) for name in found), found

"""Words of the lexicon that bound a person's name: role nouns after or before it
(استشاري, طيار, كبير مسؤولي), a rank's qualifier (الركن), a verb of opinion (اعتقد), a
pronoun-suffixed preposition (عنه), Iraq's cities. Sentences written for the test."""

from __future__ import annotations

import pytest

from drafted_names import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وشاركت الدكتورة سلمى أحمد خليل استشاري ورئيس قسم الطوارئ في العيادة.", "سلمى أحمد خليل"),
        ("وكشف قائد القوات الجوية اللواء الركن طيار سالم الحربي عن خطة جديدة.", "سالم الحربي"),
        ("وهو الرقم الذي قال عنه جون سميث، كبير مسؤولي الأبحاث لدى الشركة، إنه قياسي.", "جون سميث"),
        ("وأصيب عضو مجلس بلدية ناحية الضلوعية في سامراء حميد الجبوري، بجروح.", "حميد الجبوري"),
    ],
)
def test_a_name_stops_at_a_role_a_rank_a_verb_a_preposition_or_a_city(text: str, name: str) -> None:
    assert people(text) == {name}, people(text)


def test_a_verb_of_opinion_after_a_speaker_is_no_part_of_his_name() -> None:
    """`قال زيدان اعتقد أن ...` (said Zidan: I think that ...)."""
    found = people("وقال مسؤول إنه يرفض ذلك. وقال زيدان اعتقد أن الحل قريب.")
    assert not any("اعتقد" in name for name in found), found

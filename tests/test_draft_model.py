"""The drafter's name model (story/draft/tagger.py): opened only when a text is
drafted, it finds bodies and people the text names with no cue, and the rules keep
the last word (a name the model alone finds must look like one). Its training script
(bench/draft_model.py) is tested on a corpus of three sentences."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from scaletui.story import Paragraph
from scaletui.story.draft import draft_items, tagger, tokens
from scaletui.story.draft.lexicon import normal_word
from scaletui.story.draft.tagger import MODEL, features, fold, stem, tag

ROOT = Path(__file__).resolve().parents[1]


def names(text: str) -> dict[str, str]:
    return {e.name_ar: e.kind for e in draft_items([Paragraph(0, "body", text)]).entities}


def test_the_model_ships_small_and_is_not_opened_at_import() -> None:
    assert MODEL.is_file() and MODEL.stat().st_size < 5 * 2**20
    code = (
        "import sys; import scaletui.story.draft, scaletui.story.draft.tagger; "
        "print('pycrfsuite' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_words_are_read_as_the_training_corpus_spells_them() -> None:
    assert fold("أعلنَت") == "اعلنت" and fold("مدينة") == "مدينه" and fold("تسعى") == "تسعي"
    assert stem("والمؤسسة") == "مؤسسة" and stem("بدبي") == "دبي" and stem("ول") == "ول"
    rows = features(["قال", "الأمين", "العام"])
    assert "w=الامين" in rows[1] and "-1w=قال" in rows[1] and "1s=عام" in rows[1]
    assert "-1edge" in rows[0] and "2edge" in rows[2]


def test_a_body_named_with_no_cue_is_found_by_the_model() -> None:
    assert tag([]) == []
    found = names("وتشارك الأمم المتحدة في المؤتمر الذي يعقد في جنيف.")
    assert found == {"الأمم المتحدة": "organisation"}, found


def test_a_drafted_text_leaves_the_model_its_features_and_its_words_behind() -> None:
    """The model and its feature caches (about 15 MB at a 20 MB book) are the cue pass's
    alone: the later passes and the app have that memory back; a next draft opens it
    again. The words' caches (folded words, tokens' readings) go when the draft is made."""
    text = "وقالت وكالة رويترز إن البيت الأبيض أعلن أمس عن خطة جديدة للذكاء الاصطناعي"
    first = names(text)
    assert "رويترز" in first or "وكالة رويترز" in first
    assert tagger._own.cache_info().currsize == 0 and tagger._beside.cache_info().currsize == 0
    assert tagger._tagger.cache_info().currsize == 0
    for words in (normal_word, tokens._read, tokens.variants):
        assert words.cache_info().currsize == 0
    assert names(text) == first  # opened again, the same names


def test_a_person_the_model_alone_finds_must_begin_with_a_given_name() -> None:
    labelled = tag("وتبنى خالد عبد الله الضياني الهجوم .".split())
    assert [label for label, _ in labelled[1:5]] == ["B-PER", "I-PER", "I-PER", "I-PER"]
    assert names("وتبنى خالد عبد الله الضياني الهجوم.") == {"خالد عبد الله الضياني": "person"}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draft_model", ROOT / "bench" / "draft_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS = """\ufeff\u200eاعلن\tO
\u200eو\tO
\u200eزير\tO
\u200eالخارجية\tO
\u200eعمرو\tB-Politician
\u200eموسي\tI-Politician
\u200eان\tO
\u200eشركة\tO
\u200eنوكيا\tB-Commercial
\u200eتوسع\tO
\u200eاعمال\tO
\u200eه\tO
\u200eفي\tO
\u200eالمانيا\tB-Nation
.\tO

\u200eقال\tO
\u200eالعرب\tB-Group
.\tO
"""


def test_the_training_script_folds_classes_and_joins_split_clitics(tmp_path: Path) -> None:
    script = _script()
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(CORPUS, encoding="utf-8")
    first, second = script.read(corpus)
    assert first[1] == ("وزير", "O")  # "و زير": the conjunction joined back
    assert ("اعماله", "O") in first  # "اعمال ه": the pronoun joined back
    assert [label for _, label in first[3:5]] == ["B-PER", "I-PER"]
    assert ("نوكيا", "B-ORG") in first and ("المانيا", "B-LOC") in first
    assert second[1] == ("العرب", "O")  # a group of people is no name
    assert script.spans(["O", "B-PER", "I-PER", "O", "I-ORG"]) == {(1, 3, "PER"), (4, 5, "ORG")}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_training_script_writes_a_model_that_tags(tmp_path: Path) -> None:
    pycrfsuite = pytest.importorskip("pycrfsuite")
    script = _script()
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(CORPUS * 3, encoding="utf-8")
    model = tmp_path / "model.crfsuite"
    script.train(script.read(corpus), model)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    sentence = script.read(corpus)[0]
    assert tagger.tag(features([w for w, _ in sentence])) == [label for _, label in sentence]

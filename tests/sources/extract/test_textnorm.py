"""Length-preserving normalization (sources/extract/textnorm.py)."""

from hypothesis import given
from hypothesis import strategies as st

from sources.extract.textnorm import fold, lower_fold


def test_full_width_digits_and_letters_fold_to_ascii():
    assert fold("ＤｅｅｐＳｅｅｋ使用了２０４８块") == "DeepSeek使用了2048块"
    assert fold("１．５兆円") == "1.5兆円"


def test_cjk_clause_commas_stay():
    assert fold("10，20") == "10，20"


def test_lower_fold_keeps_length_for_expanding_characters():
    text = "İstanbul ＧＰＵ"
    assert len(lower_fold(text)) == len(text)
    assert lower_fold(text).endswith("gpu")


@given(st.text())
def test_length_is_preserved_for_any_text(text):
    assert len(fold(text)) == len(text)
    assert len(lower_fold(text)) == len(text)

"""Length-preserving normalization (sources/extract/textnorm.py)."""

from hypothesis import given
from hypothesis import strategies as st

from sources.extract.textnorm import drop_ruby, fold, lower_fold


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


# pinyin readings printed inside Han words (issue 11, section 2, round 4)


def test_readings_are_dropped_and_the_word_closed_up():
    text = "百度還計(jì)劃進(jìn)一步擴(kuò)展,點亮3萬卡集群"
    out = drop_ruby(text)
    assert len(out) == len(text)
    assert out.startswith("百度還計劃進一步擴展")
    assert out[out.index(",") :] == ",點亮3萬卡集群"


def test_brackets_without_a_tone_mark_are_kept():
    """'月之暗面(Kimi)', '(usa)': a Latin gloss, not a reading."""
    for text in ("月之暗面(kimi)完成融资", "OpenAI (usa) 完成融资", "没有括号的句子"):
        assert drop_ruby(text) is text

"""Sentence splitting (sources/extract/segment.py)."""

from sources.extract.rules import load_rules
from sources.extract.segment import MAX_SENTENCE, split_sentences


def sentences(text, abbreviations=frozenset(), **kw):
    return [text[a:b] for a, b in split_sentences(text, abbreviations, **kw)]


def test_latin_sentences_abbreviations_and_decimals():
    text = "Mr. Smith said xAI raised $4.2 billion. It was built in 122 days! Done"
    assert sentences(text, {"mr"}) == [
        "Mr. Smith said xAI raised $4.2 billion.",
        "It was built in 122 days!",
        "Done",
    ]


def test_camel_case_names_start_sentences():
    assert sentences("It was fast. xAI raised more.") == ["It was fast.", "xAI raised more."]


def test_german_abbreviation_and_ordinal_dot():
    text = "xAI sammelte 6 Mrd. Dollar ein. Am 12. September war es so weit."
    assert sentences(text, {"mrd"}, ordinal_dot=True) == [
        "xAI sammelte 6 Mrd. Dollar ein.",
        "Am 12. September war es so weit.",
    ]


def test_initials_and_dotted_tokens():
    assert sentences("J. Smith of the U.S. Army spoke.") == ["J. Smith of the U.S. Army spoke."]


def test_a_letter_after_a_label_word_is_no_initial():
    """A round's letter closing a sentence ends it; an initial elsewhere does not."""
    cases = {
        "en": (
            "The chip start-up closed a $40M Series B. Its rival Voxa plans a fab. "
            "Mr. J. Lee spoke.",
            [
                "The chip start-up closed a $40M Series B.",
                "Its rival Voxa plans a fab.",
                "Mr. J. Lee spoke.",
            ],
        ),
        "fr": (
            "La jeune pousse a bouclé sa série A. Le fonds B. Durand y participe.",
            ["La jeune pousse a bouclé sa série A.", "Le fonds B. Durand y participe."],
        ),
        "ru": (
            "Компания закрыла раунд серии C. Инвесторы вложили 50 млн долларов. Его вёл П. Орлов.",
            [
                "Компания закрыла раунд серии C.",
                "Инвесторы вложили 50 млн долларов.",
                "Его вёл П. Орлов.",
            ],
        ),
        "de": (
            "Das Start-up schloss eine Serie B. Danach sprach Dr. K. Vogel. Es folgte eine "
            "Series C. Dann eine Pre-Series D. Ende.",
            [
                "Das Start-up schloss eine Serie B.",
                "Danach sprach Dr. K. Vogel.",
                "Es folgte eine Series C.",
                "Dann eine Pre-Series D.",
                "Ende.",
            ],
        ),
        "es": (
            "La empresa cerró su “Series A.” Otra firma invirtió.",
            ["La empresa cerró su “Series A.”", "Otra firma invirtió."],
        ),
    }
    for lang, (text, expected) in cases.items():
        r = load_rules(lang)
        got = sentences(
            text, r.abbreviations, ordinal_dot=r.ordinal_dot, letter_labels=r.letter_labels
        )
        assert got == expected, lang


def test_cjk_full_stops_and_line_breaks():
    assert sentences("第一句。第二句！\nThird line") == ["第一句。", "第二句！", "Third line"]


def test_a_korean_full_stop_glued_to_the_next_sentence_ends_it():
    # web text that lost its paragraph break; a decimal point and a Latin word stay
    text = "투자를 받았다.회사는 3.5억 달러를 모았다. Inc.다음"
    assert sentences(text) == ["투자를 받았다.", "회사는 3.5억 달러를 모았다.", "Inc.다음"]


def test_offsets_index_the_original_text():
    text = "  One here.  Two there.  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["One here.", "Two there."]


def test_long_runs_are_cut_to_a_bounded_length():
    text = ("word " * 3000) + "x" * 5000
    spans = split_sentences(text)
    assert max(b - a for a, b in spans) <= MAX_SENTENCE
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_a_scale_abbreviation_after_a_figure_ends_a_sentence_before_a_capital():
    """'$15 млрд. Ожидается': where nouns are lower-case, a capitalised word after an
    abbreviated scale word starts a sentence; a lower-case one, or an all-caps code, goes on."""
    abbrs = {"млрд", "г"}
    text = "Anthropic привлекает $15 млрд. Ожидается рост. Это 5 млрд. долларов, или 5 млрд. USD."
    assert sentences(text, abbrs, figure_abbreviations={"млрд"}) == [
        "Anthropic привлекает $15 млрд.",
        "Ожидается рост.",
        "Это 5 млрд. долларов, или 5 млрд. USD.",
    ]
    # without a figure before it the abbreviation is a plain one; "г." is no scale word
    assert sentences("В 2023 г. Москва росла.", abbrs, figure_abbreviations={"млрд"}) == [
        "В 2023 г. Москва росла."
    ]


def test_german_scale_abbreviations_go_on_before_a_capital():
    """'15 Mrd. Euro': German capitalises nouns, so the rules give no figure abbreviations."""
    rules = load_rules("de")
    text = "Anthropic sammelt 15 Mrd. Euro ein."
    assert not rules.figure_abbreviations
    assert sentences(text, rules.abbreviations) == [text]
    assert "млрд" in load_rules("ru").figure_abbreviations


def test_a_chinese_list_whose_line_breaks_were_lost_splits_at_its_hyphens():
    # a summary page's bullets run together ("... [3] - 公司 ..."); a spaced hyphen in Latin
    # text stays a dash
    text = (
        "公司概况 - 该公司成立于2019年 [3] - 2021年完成首轮融资 - 总部位于北京 - 员工300人。"
        "A cluster - the largest - runs."
    )
    assert sentences(text) == [
        "公司概况",
        "该公司成立于2019年 [3]",
        "2021年完成首轮融资",
        "总部位于北京",
        "员工300人。",
        "A cluster - the largest - runs.",
    ]


def test_a_writers_dash_or_a_range_between_cjk_marks_cuts_no_sentence():
    # one or two spaced hyphens are a writer's dashes around an apposition, and one between two
    # numbers joins a range; a hyphen after a citation's bracket still opens an item
    for text in (
        "据报道，Anthropic - 一家美国人工智能公司 - 获得了130亿美元融资。",
        "华为 - 一家中国公司 - 宣布扩产。",
        "百度计划采购5万 - 10万张GPU。",
        "ソフトバンクは1万 - 2万基のGPUを導入する計画だ。",
    ):
        assert sentences(text) == [text]
    assert sentences("该公司成立于2019年 [3] - 2021年完成首轮融资。") == [
        "该公司成立于2019年 [3]",
        "2021年完成首轮融资。",
    ]

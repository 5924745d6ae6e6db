"""Constructions of compute facts seen on real news, round 3 (issue 11, section 2), in
sentences of our own: CPU counts beside GPU counts, an anaphor continuing the company that
heads the sentence before, training runs, counters of other things."""

import pytest

CS, HOLD = "cluster_size", "chip_holding"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "グーグルは日本に投資する。グーグルは東京で発表した。マイクロソフトは政府クラウドに"
            "認定された。同社は北海道のデータセンターに1万基のB200を搭載する。",
            "ja",
        ),
        (
            "Google is expanding in Japan, Google said. Google also hires. Microsoft was "
            "certified by the government in March. The company will equip its Hokkaido data "
            "centre with 10,000 B200 chips.",
            "en",
        ),
        (
            "Google baut in Japan aus, sagte Google. Microsoft wurde im März von der Regierung "
            "zertifiziert. Das Unternehmen will sein Rechenzentrum in Hokkaido mit 10.000 "
            "B200-Chips ausstatten.",
            "de",
        ),
    ],
)
def test_an_anaphor_continues_the_company_heading_the_sentence_before(check, text, lang):
    # the story's most-named company (Google) is not the one "the company" continues
    check(text, lang, [{"subject": "Microsoft", "chip_model": "B200", "quantity": 10000.0}])


def test_an_anaphor_after_a_sentence_headed_by_no_company_keeps_the_story_company(check):
    text = (
        "Google is expanding in Japan, Google said. Last year, the government certified "
        "Microsoft. The company will equip its data centre with 10,000 B200 chips."
    )
    check(text, "en", [{"subject": "Google", "quantity": 10000.0}])


def test_an_unknown_buyer_of_a_vendors_system_holds_it(check):
    # the gazetteer lacks the buyer; Nvidia only sold the chips
    text = (
        "Velorix a acheté un supercalculateur DGX SuperPOD de Nvidia totalisant 1016 "
        "accélérateurs H100. Velorix l'a installé près de Paris."
    )
    check(text, "fr", [{"type": CS, "subject": "Velorix", "quantity": 1016.0}])


def test_an_unknown_name_said_once_holds_nothing(run):
    # a capitalised word opening a sentence, never named again, is no holder
    text = "Velorix a acheté un supercalculateur de Nvidia totalisant 1016 accélérateurs H100."
    assert not [c for c in run(text, "fr") if c.type in (CS, HOLD)]

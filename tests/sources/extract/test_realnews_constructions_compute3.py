"""Constructions of compute facts seen on real news, round 3 (issue 11, section 2), in
sentences of our own: CPU counts beside GPU counts, an anaphor continuing the company that
heads the sentence before, training runs, counters of other things."""

import pytest


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

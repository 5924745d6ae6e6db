"""Funding rounds and valuations, round 3 of the real-news work (issue 11, section 2): the
constructions behind false rounds, wrong raisers and missed amounts on text nobody tuned on,
each in sentences of our own in the language it came from."""

from __future__ import annotations

FR, VAL = "funding_round", "valuation"


def test_a_persons_employer_named_before_the_raiser_is_not_the_raiser(check):
    """ "特斯拉CEO马斯克旗下的...xAI": the company before a person's role is the person's
    employer; the raiser is the company the sentence names after a company noun."""
    check(
        "特斯拉CEO马斯克旗下的人工智能初创公司xAI宣布完成60亿美元融资。",
        "zh",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "currency": "USD"}],
    )
    check(
        "Бывший сотрудник OpenAI, сооснователь OpenAI Илья Суцкевер привлек 1 млрд долларов "
        "для своего стартапа Safe Superintelligence.",
        "ru",
        [{"type": FR, "subject": "Safe Superintelligence", "amount": 1e9, "currency": "USD"}],
    )

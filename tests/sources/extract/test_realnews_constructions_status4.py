"""Status of matched facts, round 4 (issue 11, section 2): constructions seen on real news,
each in sentences of our own in the language it came from."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract

PUB = date(2025, 10, 1)
POWER = "power_capacity"


@pytest.mark.parametrize(
    ("lang", "text", "planned_mw", "current_mw"),
    [
        (
            "fr",
            "Avec ses 30 mégawatts, le nouveau site doublera la puissance de Mistral AI en "
            "France, actuellement de 25 mégawatts.",
            30.0,
            25.0,
        ),
        (
            "en",
            "With 50 megawatts, the new hall will lift Microsoft's capacity in Texas, currently "
            "80 megawatts.",
            50.0,
            80.0,
        ),
        (
            "de",
            "Mit 40 Megawatt soll der Neubau die Kapazität von Microsoft in Hessen erhöhen, "
            "derzeit 60 Megawatt.",
            40.0,
            60.0,
        ),
        (
            "es",
            "Con 30 megavatios, la nueva sala ampliará la potencia de Microsoft en España, "
            "actualmente de 45 megavatios.",
            30.0,
            45.0,
        ),
        (
            "pt",
            "Com 30 megawatts, o novo prédio vai ampliar a potência da Microsoft no Brasil, "
            "atualmente de 45 megawatts.",
            30.0,
            45.0,
        ),
    ],
)
def test_a_current_figure_runs_now_beside_a_plan(check, lang, text, planned_mw, current_mw):
    """'..., actuellement de 25 MW': the current word in the figure's own clause makes it what
    runs now; the plan of the clause before is the new site's."""
    check(
        text,
        lang,
        [
            {"type": POWER, "quantity": planned_mw, "status": "planned"},
            {"type": POWER, "quantity": current_mw, "status": "operational", "as_of": "2025-10-01"},
        ],
        published=PUB,
    )


@pytest.mark.parametrize(
    ("lang", "text", "current_mw"),
    [
        (
            "it",
            "Il campus di Microsoft ha una capacità attuale di 300 megawatt (MW) e potrebbe "
            "salire a 1 gigawatt (GW) entro il 2028.",
            300.0,
        ),
        (
            "en",
            "Microsoft's campus has a current draw of 90 megawatts (MW) and could grow to "
            "1 gigawatt (GW) by 2028.",
            90.0,
        ),
    ],
)
def test_a_time_after_a_bracket_dates_the_growth_target_not_the_current_figure(
    check, lang, text, current_mw
):
    """'... fino a 1 GW (GW) entro il 2028': the brackets do not make the time a clause of its
    own; it dates the target, and the current figure is today's."""
    check(
        text,
        lang,
        [
            {"type": POWER, "quantity": current_mw, "status": "operational", "as_of": "2025-10-01"},
            {"type": POWER, "quantity": 1000.0, "status": "planned", "as_of": "2028-12"},
        ],
        published=PUB,
    )


def test_a_current_plan_stays_a_plan(check):
    """'currently planned': a plan word in the figure's own clause wins over the current word."""
    check(
        "The campus has 100 megawatts currently planned, Microsoft said.",
        "en",
        [{"type": POWER, "quantity": 100.0, "status": "planned"}],
        published=PUB,
    )


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "ko",
            "14일(현지시간) 블룸버그통신 등에 따르면 앤트로픽은 이날 낸 성명에서 시리즈F(후속) "
            "라운드를 통해 130억 달러를 조달했다고 밝혔다.",
            "closed",
        ),
        (
            "ja",
            "ロイター通信によると、アンソロピックは同日発表した声明で、130億ドルを調達したと"
            "明らかにした。",
            "closed",
        ),
        ("zh", "据路透社报道，Anthropic当天发表声明称，已完成130亿美元融资。", "closed"),
        # the outlet's own report stays a report
        (
            "ko",
            "블룸버그통신에 따르면 앤트로픽은 시리즈F 라운드를 통해 130억 달러를 조달했다.",
            "reported",
        ),
        ("zh", "据路透社报道，Anthropic已完成130亿美元融资。", "reported"),
    ],
)
def test_an_outlet_relaying_the_company_statement_is_the_company_speaking(lang, text, status):
    """'FT 등에 따르면 X는 이날 발표한 성명에서 ... 조달했다고 밝혔다': after the outlet, the
    company names itself the speaker of a statement; the round is its own word, closed."""
    claims = extract(text, language=lang, published=PUB)
    assert [(c.type, c.subject, c.amount, c.status) for c in claims] == [
        ("funding_round", "Anthropic", 13e9, status)
    ]

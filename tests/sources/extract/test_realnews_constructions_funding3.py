"""Funding rounds and valuations, round 3 of the real-news work (issue 11, section 2): the
constructions behind false rounds, wrong raisers and missed amounts on text nobody tuned on,
each in sentences of our own in the language it came from."""

from __future__ import annotations

FR, VAL = "funding_round", "valuation"


def test_a_question_or_a_condition_asserts_no_amount(check):
    """ "Can a $2 billion round be a seed?" asks; "If X raises $1 billion, ..." supposes: no
    round. A past fact in the main clause of a conditional sentence still stands."""
    check("Bisakah putaran pendanaan sebesar US$3 miliar disebut seed?", "id", [])
    check("Could a $3 billion round for Mistral AI still count as a seed?", "en", [])
    check(
        "Jika xAI berhasil mengumpulkan lebih dari US$5 miliar, itu akan menjadi rekor baru.",
        "id",
        [],
    )
    check(
        "Si ce tour de table se concrétise, il dépasserait la levée de 6,6 milliards de "
        "dollars d'OpenAI en octobre.",
        "fr",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9, "currency": "USD"}],
    )

"""sources/news/language.py: script rules, lingua on Latin text, code normalization."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from sources.news.language import (
    LANGUAGES,
    detect_language,
    detect_languages,
    normalize_language,
    script_language,
)

SAMPLES = {
    "en": "The company said the new cluster would be ready before the end of the year.",
    "de": "Das Unternehmen kündigte an, den Rechencluster bis Jahresende zu verdoppeln.",
    "fr": "L'entreprise a annoncé qu'elle doublerait la taille de son centre de calcul.",
    "es": "La empresa anunció que duplicará el tamaño de su centro de datos este año.",
    "pt": "A empresa anunciou que vai dobrar o tamanho do seu centro de dados este ano.",
    "it": "L'azienda ha annunciato che raddoppierà le dimensioni del suo centro dati.",
    "id": "Perusahaan itu mengatakan akan menggandakan kapasitas pusat datanya tahun ini.",
    "zh": "该公司表示，将在今年年底前把数据中心的规模扩大一倍。",
    "ja": "同社は、年末までにデータセンターの規模を2倍にすると発表した。",
    "ko": "이 회사는 올해 말까지 데이터센터 규모를 두 배로 늘리겠다고 밝혔다.",
    "ru": "Компания заявила, что удвоит размер своего центра обработки данных.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detect_language_of_each_supported_language(code):
    assert detect_language(SAMPLES[code]) == code


def test_batch_detection_matches_single_calls():
    codes = sorted(SAMPLES)
    assert detect_languages([SAMPLES[c] for c in codes]) == codes
    assert set(codes) == set(LANGUAGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SAMPLES["zh"], "zh"),
        (SAMPLES["ja"], "ja"),
        (SAMPLES["ko"], "ko"),
        (SAMPLES["ru"], "ru"),
        (SAMPLES["en"], None),  # Latin script: lingua decides
        ("Nvidia (英伟达) said its H200 shipments doubled in the quarter to June.", None),
        ("", None),
        ("12,345 — 67%", None),
    ],
)
def test_script_language(text, expected):
    assert script_language(text) == expected


def test_undecidable_text_has_no_language():
    assert detect_language("") is None
    assert detect_language(None) is None
    assert detect_language("2025-06-10 12:00 +++ 42") is None


def test_english_text_quoting_a_chinese_name_stays_english():
    text = "Huawei (华为) said its Ascend 910C chips are shipping to data centres in volume."
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en", "en"),
        ("EN-us", "en"),
        ("zh_Hans", "zh"),
        ("pt-BR", "pt"),
        ("eng", "en"),
        ("deu", "de"),
        ("English", "en"),
        ("Indonesian", "id"),
        ("Chinese", "zh"),
        ("Japanese", "ja"),
        ("Portuguese", "pt"),
        ("Arabic", "ar"),
        ("Klingon", None),
        ("xx", None),
        ("iw", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(value, expected):
    assert normalize_language(value) == expected


def test_detector_memory_stays_small():
    # A fresh interpreter, so the figure is the detector's and nothing else's.
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(__import__("pathlib").Path.cwd())!r})
        def rss():
            return int(open("/proc/self/statm").read().split()[1]) * 4096 / 1e6
        from sources.news.language import detect_languages
        before = rss()
        detect_languages({list(SAMPLES.values())!r} * 20)
        print(rss() - before)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    grown_mb = float(out.stdout.strip())
    assert grown_mb < 60, f"lingua grew the process by {grown_mb:.0f} MB"

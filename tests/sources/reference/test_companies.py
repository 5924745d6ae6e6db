"""Tests of sources/reference/companies.py: the bundled companies and their aliases."""

from __future__ import annotations

import polars as pl
import pytest

from sources.http import HttpClient
from sources.reference import companies
from sources.reference.errors import SnapshotFormatError
from sources.reference.snapshots import load_table, snapshot_path
from sources.schemas import REF_COMPANIES, REF_COMPANY_ALIASES
from tests.conftest import Reply

# The canonical company names every part of the Ledger uses (the common brief's list).
CANONICAL_NAMES = [
    "xAI", "OpenAI", "Anthropic", "Mistral AI", "Meta", "Microsoft", "Google", "Alphabet",
    "Amazon", "Oracle", "Tesla", "CoreWeave", "NVIDIA", "AMD", "Intel", "SoftBank", "Nebius",
    "Lambda", "Crusoe", "DeepSeek", "Moonshot AI", "Alibaba", "ByteDance", "Tencent", "Baidu",
    "Zhipu AI", "Safe Superintelligence", "Thinking Machines Lab", "Cohere", "Aleph Alpha",
    "Sakana AI", "G42", "MGX", "Apple", "Huawei", "Thrive Capital", "Andreessen Horowitz",
    "Sequoia Capital", "Fidelity", "Valor Equity Partners", "Kingdom Holding",
    "Lightspeed Venture Partners",
]  # fmt: skip


def _bundled(name: str) -> bytes:
    return snapshot_path(name).read_bytes()


def _raw(name: str) -> pl.DataFrame:
    return pl.read_csv(_bundled(name), infer_schema=False)


def _with(frame: pl.DataFrame, company_id: str, column: str, value: str | None) -> bytes:
    changed = frame.with_columns(
        pl.when(pl.col("company_id") == company_id)
        .then(pl.lit(value, dtype=pl.String))
        .otherwise(pl.col(column))
        .alias(column)
    )
    return changed.write_csv().encode()


def test_bundled_companies_hold_every_canonical_name() -> None:
    table = companies.parse(_bundled("ref_companies"))
    assert table.schema == REF_COMPANIES
    assert table.height >= 60
    assert set(CANONICAL_NAMES) <= set(table["company_name"])
    by_name = {r["company_name"]: r for r in table.iter_rows(named=True)}
    assert by_name["Google"]["parent_company_id"] == "alphabet"
    assert by_name["NVIDIA"]["ticker"] == "NASDAQ:NVDA"
    assert by_name["NVIDIA"]["wikidata_id"] == "Q182477"
    assert by_name["SoftBank"]["country"] == "JP"
    assert by_name["xAI"]["company_type"] == "ai_lab"
    assert by_name["CoreWeave"]["company_type"] == "neocloud"
    assert set(table["company_type"]) == set(companies.COMPANY_TYPES)


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Meta Platforms", "Meta"), ("Facebook", "Meta"), ("メタ", "Meta"), ("脸书", "Meta"),
        ("Мета", "Meta"), ("Meta AI", "Meta"), ("X.AI", "xAI"), ("X.AI Corp", "xAI"),
        ("xAI Holdings", "xAI"), ("Nvidia", "NVIDIA"), ("英伟达", "NVIDIA"), ("輝達", "NVIDIA"),
        ("辉达", "NVIDIA"), ("エヌビディア", "NVIDIA"), ("Нвидиа", "NVIDIA"), ("谷歌", "Google"),
        ("グーグル", "Google"), ("Гугл", "Google"), ("微软", "Microsoft"), ("微軟", "Microsoft"),
        ("マイクロソフト", "Microsoft"), ("Майкрософт", "Microsoft"), ("オープンAI", "OpenAI"),
        ("AWS", "Amazon"), ("Amazon Web Services", "Amazon"), ("亚马逊", "Amazon"),
        ("アマゾン", "Amazon"), ("软银", "SoftBank"), ("ソフトバンク", "SoftBank"),
        ("深度求索", "DeepSeek"), ("月之暗面", "Moonshot AI"), ("字节跳动", "ByteDance"),
        ("a16z", "Andreessen Horowitz"), ("엔비디아", "NVIDIA"), ("Nebius AI", "Nebius"),
        ("람다", "Lambda"), ("네비우스", "Nebius"), ("ネビウス・グループ", "Nebius"),
        ("크루소", "Crusoe"), ("リベリオン", "Rebellions"), ("フュリオサAI", "FuriosaAI"),
        ("허깅페이스", "Hugging Face"), ("코히어", "Cohere"), ("德国电信", "Deutsche Telekom"),
        ("韓国政府", "South Korean government"), ("SK电讯", "SK Telecom"),
        ("慧与", "Hewlett Packard Enterprise"),
    ],
)  # fmt: skip
def test_aliases_in_many_languages_and_scripts(alias: str, name: str) -> None:
    names = dict(load_table("ref_companies").select("company_id", "company_name").iter_rows())
    aliases = load_table("ref_company_aliases").filter(
        pl.col("alias").str.to_lowercase() == alias.lower()
    )
    assert [names[i] for i in aliases["company_id"]] == [name]


def test_bundled_aliases_cover_every_company_and_several_scripts() -> None:
    known = load_table("ref_companies")["company_id"].to_list()
    aliases = companies.parse_aliases(_bundled("ref_company_aliases"), company_ids=known)
    assert aliases.schema == REF_COMPANY_ALIASES
    assert set(aliases["company_id"]) == set(known)
    assert {"en", "zh", "ja", "ko", "ru", "ar"} <= set(aliases["language"])


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("parent_company_id", "nobody", "'nobody' is not a company_id of this file"),
        ("country", "USA", "'USA' is not an ISO alpha-2 code"),
        ("company_type", "startup", "'startup' is not in"),
        ("wikidata_id", "182477", "'182477' is not a Q-id"),
    ],
)
def test_bad_company_rows_are_errors(column: str, value: str, message: str) -> None:
    with pytest.raises(SnapshotFormatError, match=r"companies\.csv: company 'nvidia', column "):
        companies.parse(_with(_raw("ref_companies"), "nvidia", column, value))
    with pytest.raises(SnapshotFormatError, match=message):
        companies.parse(_with(_raw("ref_companies"), "nvidia", column, value))


def test_company_without_name_is_an_error() -> None:
    with pytest.raises(SnapshotFormatError, match="column 'company_name'"):
        companies.parse(_with(_raw("ref_companies"), "amd", "company_name", None))


def test_alias_of_unknown_company_is_rejected() -> None:
    raw = _raw("ref_company_aliases").with_columns(
        pl.when(pl.col("alias") == "Nvidia Corp.").then(pl.lit("nvidia_corp"))
        .otherwise(pl.col("company_id")).alias("company_id")
    )  # fmt: skip
    with pytest.raises(SnapshotFormatError, match="'nvidia_corp' is not in the entity table"):
        companies.parse_aliases(
            raw.write_csv().encode(), company_ids=load_table("ref_companies")["company_id"]
        )


def test_fetch_downloads_an_updated_copy(http_server) -> None:
    url = http_server.route("/companies.csv", Reply(body=_bundled("ref_companies")))
    with HttpClient(retries=0) as client:
        assert companies.parse(companies.fetch(client, url)).equals(load_table("ref_companies"))
    url = http_server.route("/aliases.csv", Reply(body=_bundled("ref_company_aliases")))
    with HttpClient(retries=0) as client:
        data = companies.fetch_aliases(client, url)
    assert companies.parse_aliases(data).equals(load_table("ref_company_aliases"))

-- Every name a source may use for a company (canonical name, id, aliases in any script),
-- keyed case-insensitively. A name that would mean two companies is left out (not guessed).
{{ name_lookup(
    entities=ref('stg_raw__ref_companies'),
    aliases=ref('stg_raw__ref_company_aliases'),
    entity_id='company_id',
    name_columns=['company_name', 'company_id'],
    alias_column='company_alias',
) }}

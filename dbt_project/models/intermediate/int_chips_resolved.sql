-- Every name a source may use for a chip (id, display name, aliases, Epoch's chip types),
-- keyed case-insensitively. A name that would mean two chips is left out (not guessed).
{{ name_lookup(
    entities=ref('stg_raw__ref_chips'),
    aliases=ref('stg_raw__ref_chip_aliases'),
    entity_id='chip_id',
    name_columns=['chip_id', 'chip_name'],
    alias_column='chip_alias',
) }}

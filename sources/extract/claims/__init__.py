"""The claim rules: how the figures, names and cue words of a sentence become claims.

Where to find what (one claim family per module):

- :mod:`.analysis`: one sentence analysed once (numbers, amounts, units, cues, clauses) into a
  :class:`~.context.View`;
- :mod:`.compute`: cluster sizes and chip holdings;
- :mod:`.funding`: funding rounds and valuations (a package, one module per idea);
- :mod:`.build_power`: build durations and power capacities;
- :mod:`.subjects`: who a figure is about (subject, owner), for every family;
- :mod:`.sentence`: the families in order (``FAMILIES``), then each claim's date and status
  (:mod:`sources.extract.status`);
- :mod:`.context`: the document, sentence, discourse and draft records they share.

The words each rule looks for are per language, in ``sources/extract/rules/<lang>.toml``.
"""

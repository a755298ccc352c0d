# A \N{...} escape must name a real character.
print("\N{GREEK SMALL LETTER WOMBAT}")

# keyword.kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print([w for w in ('if', 'match', 'case', 'print', 'None', 'async', '_') if keyword.iskeyword(w)])
print([w for w in ('if', 'match', 'case', '_', 'type') if keyword.issoftkeyword(w)])
print(len(keyword.kwlist), sorted(keyword.__all__))

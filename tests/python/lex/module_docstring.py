"""A module whose first statement is a docstring.

It spans several lines and contains 'single' and "double" quotes.
"""

def doc_lines(text):
    """Return the non-empty lines of *text*."""
    return [line for line in text.splitlines() if line.strip()]


for line in doc_lines(__doc__):
    print("|", line)
print(doc_lines.__doc__)

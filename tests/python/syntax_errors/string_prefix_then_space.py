# A bytes prefix separated from its quote is a name followed by a string.
data = b 'raw'

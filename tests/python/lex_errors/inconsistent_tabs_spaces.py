# The first line of the block is indented with eight spaces, the second
# with one tab: the same column for the tokenize module, but CPython
# rejects the mix with TabError.
if True:
        a = 1
	b = 2
print(a + b)

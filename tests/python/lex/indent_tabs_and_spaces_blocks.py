# Tabs in one function, spaces in another: each block is consistent on its
# own, which Python accepts.
def with_tabs(n):
	if n > 0:
		return "positive"
	return "not positive"


def with_spaces(n):
    if n % 2:
        return "odd"
    return "even"


for n in (-2, 3):
	print(n, with_tabs(n), with_spaces(n))

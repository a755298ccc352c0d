def g():
	return 1/0
g()

# The second line of the block is indented with a tab, the first with spaces.
if True:
        x = 1
	y = 2

# "0x" needs at least one hex digit.
mask = 0x
print(mask)

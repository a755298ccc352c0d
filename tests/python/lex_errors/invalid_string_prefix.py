# "ub" is not a valid string prefix.
data = ub"bytes"
print(data)

# A comparison as an assignment target.
x < y = 3

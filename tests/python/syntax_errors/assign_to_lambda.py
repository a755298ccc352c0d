# A lambda as an assignment target.
lambda: 0 = 1

# An augmented assignment that fails: how the line is marked.
totals = {"apples": 3}
totals["apples"] += 2
print(totals)
count = 0
count += "one"

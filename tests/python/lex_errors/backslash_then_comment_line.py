# Outside brackets, a continuation line cannot be a comment-only line.
total = 1 + \
# the comment ends the logical line too early
2
print(total)

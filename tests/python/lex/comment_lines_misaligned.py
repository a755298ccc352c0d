def describe(n):
    # four spaces
  # two spaces: a comment's indentation is ignored
        # eight spaces
    if n < 0:
        return "negative"
   # three spaces, between two statements of the same block
    elif n == 0:
        return "zero"
#column zero
    return "positive"
    # trailing comment at the end of the function


for value in (-3, 0, 7):
    print(value, describe(value))

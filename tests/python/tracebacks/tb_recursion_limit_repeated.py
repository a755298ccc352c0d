# Unbounded recursion: the repeated frames collapse into "[Previous line repeated N more times]".
def countdown(n):
    if n < -10 ** 6:
        print("never")
    return countdown(n - 1)

countdown(10)

def count_down(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return count_down(n - 1)

try:
    count_down(3)
except ValueError as e:
    print("caught first:", e)

def recurse_forever(n):
    return recurse_forever(n + 1) + 1

print("now uncaught after many repeated frames")
count_down(30)
#
#

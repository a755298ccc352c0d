# Two-space indentation with several nested levels: Collatz chain lengths.
def collatz_length(n):
  steps = 0
  while n != 1:
    if n % 2 == 0:
      n //= 2
    else:
      n = 3 * n + 1
    steps += 1
  return steps

longest = (0, 0)
for start in range(1, 30):
  length = collatz_length(start)
  if length > longest[1]:
    longest = (start, length)
    print("new record:", start, length)
print("longest below 30:", longest)

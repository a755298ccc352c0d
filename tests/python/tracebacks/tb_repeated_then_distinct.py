# A recursion that stops and raises: repeated identical frames collapse after three.
def walk(depth):
    if depth == 0:
        raise ValueError("reached the bottom")
    walk(depth - 1)

def start():
    walk(30)

start()

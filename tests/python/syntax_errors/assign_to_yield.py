# A parenthesised yield expression as an assignment target, inside a function.
def gen():
    (yield) = 1

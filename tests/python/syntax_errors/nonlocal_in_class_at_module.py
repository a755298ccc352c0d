# nonlocal in a class body at module level finds no binding.
class C:
    nonlocal x

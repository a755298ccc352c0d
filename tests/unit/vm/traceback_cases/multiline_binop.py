x = {'a': [1]}
def f():
    return (x ['a'] +
      [2])  + 'é' + 3
f()

# A zero-width space (U+200B) hidden inside a name.
co​unt = 3
print(count)

# "1.__class__" reads as the float "1." followed by a name.
print(1.__class__)

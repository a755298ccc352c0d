x = None
x.y.z

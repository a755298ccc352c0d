# A bare except before a typed one.
try:
    pass
except:
    pass
except ValueError:
    pass

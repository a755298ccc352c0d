# try without its colon.
try
    x = 1
except Exception:
    pass

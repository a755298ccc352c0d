# This file has Latin-1 bytes but no coding cookie.
print("senñor")

# A dollar sign is not a Python token (shell or PHP habit).
price = 5
total = $price * 3
print(total)

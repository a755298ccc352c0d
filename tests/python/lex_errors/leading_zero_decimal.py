# Leading zeros are not allowed in decimal literals (Python 2 octal).
mode = 0777
print(mode)

# Emoji are not valid in identifiers.
🐍 = "python"
print(🐍)

# coding=cp1252
# Windows-1252 encoded: the euro sign is byte 80 and the curly quotes 93/94.
price = "€5"
quote = "“quoted”"
print(price, quote, [hex(ord(c)) for c in price + quote])

d = {}
é = 'ab'
print(é, d['clé'] , 1)

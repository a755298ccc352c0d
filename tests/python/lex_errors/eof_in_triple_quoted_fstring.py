width = 10
report = f'''{width:>5}
the closing quotes are missing

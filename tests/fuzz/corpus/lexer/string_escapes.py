s = 'tab\t nl\n q\' bs\\ x\x41 o\101 u\u00e9 U\U0001F600 N\N{BULLET}'
b = b'\xff\0'

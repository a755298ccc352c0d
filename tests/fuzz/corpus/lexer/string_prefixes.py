s = ('a', "b", r'c', R'd', u'e', U'f', b'g', B'h', br'i', Br'j', bR'k', BR'l', rb'm', rB'n', Rb'o', RB'p')

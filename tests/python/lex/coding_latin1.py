# -*- coding: latin-1 -*-
# This file is encoded in Latin-1: the bytes of "é", "ñ", "ü" below are single
# bytes (E9, F1, FC), not UTF-8 sequences.
café = "crème brûlée"
niño = "señor"
print(café, len(café))
print(niño.upper(), len(niño.encode("utf-8")), len(niño.encode("latin-1")))
# Grüße aus Köln
print("°±²³µ¶·¼½¾", ord("ÿ"))

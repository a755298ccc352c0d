# -*- coding: klingon -*-
print("the encoding above does not exist")

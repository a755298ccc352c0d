# -*- coding: latin-1 -*-
s = 'éè'

# An en dash instead of a minus sign.
x = 5 – 3

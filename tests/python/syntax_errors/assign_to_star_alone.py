# A starred name alone as an assignment target.
*rest = [1, 2, 3]

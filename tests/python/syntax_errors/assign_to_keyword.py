# A keyword as an assignment target.
class = 'first year'

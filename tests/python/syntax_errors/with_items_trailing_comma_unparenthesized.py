# A trailing comma after with items needs the parenthesised form.
with open('a') as a, :
    pass

a = '''one
two'''
b = """three
"four"
"""
c = rb'''\x
'''

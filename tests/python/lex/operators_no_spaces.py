# Operators written without spaces: the tokenizer takes the longest match.
a=3;b=4;c=-2
print(a+b*c-a/b, a**-1, a**~c, -a**2, a//b%c, a<<b>>1, a&b|c^a)
print(a<b>c, a<=b>=c, a==b!=c, a!=b==c, not a>b)
x=[1,2,3];y={'k':x[1:],'j':x[::2]};z=(x,);print(x,y,z)
x[0]+=1;x[1]-=1;x[2]**=2;print(x)
d=a;d//=2;d<<=3;d>>=1;d|=1;d&=7;d^=2;d%=3;print(d)
f=lambda*args,**kw:(args,kw);print(f(*x,**y))
def g(n:int=1)->int:return n*2
print(g(),g(n=5),(a)if(b)else(c),[a]*2,"s"*2)
print(1.5e3+2j-.5,0x1f^0o7&0b1,a@(-b)if 0 else ...)

if x:
    a
   
	
    b

# Whitespace-only lines: spaces and tabs at the end of lines and on blank lines.
def mean(values):   
    total = 0	
    
	
    for v in values:
        total += v 
        
    return total / len(values)
  
print(mean([2, 4, 9]))	 

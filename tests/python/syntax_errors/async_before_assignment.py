# async can only prefix def, for and with.
async x = 1

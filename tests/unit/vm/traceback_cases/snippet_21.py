import os
os.pathh

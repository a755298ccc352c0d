# Unindent mismatch with tab indentation.
class A:
	def m(self):
			return 1
		return 2

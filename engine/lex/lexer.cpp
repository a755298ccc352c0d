// The lexer (lexing stage). PLACEHOLDER: being written.
#include "lex/lexer.h"

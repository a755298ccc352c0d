#include "compile/unparse.h"
namespace glasspy::compile {
std::string unparse_annotation(const ast::ExprNode*) { return "?"; }
}

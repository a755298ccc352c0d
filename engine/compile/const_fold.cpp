#include "compile/const_fold.h"
namespace glasspy::compile {
using bytecode::Constant;
Constant constant_from_ast(const ast::ConstantValue& v) {
  switch (v.kind) {
    case ast::ConstantValue::Kind::kNone: return Constant::none();
    case ast::ConstantValue::Kind::kTrue: return Constant::boolean(true);
    case ast::ConstantValue::Kind::kFalse: return Constant::boolean(false);
    case ast::ConstantValue::Kind::kEllipsis: return Constant::ellipsis();
    case ast::ConstantValue::Kind::kInt: return Constant::big_integer(std::string(v.text));
    case ast::ConstantValue::Kind::kFloat: return Constant::floating(v.number);
    case ast::ConstantValue::Kind::kComplex: return Constant::complex(0.0, v.number);
    case ast::ConstantValue::Kind::kStr: return Constant::str(std::string(v.text));
    case ast::ConstantValue::Kind::kBytes: return Constant::bytes(std::string(v.text));
  }
  return Constant::none();
}
FoldResult fold_constants(const ast::Module&, int) { return {}; }
Constant make_frozenset(const std::vector<Constant>& items) { Constant c = Constant::tuple(items); c.kind = Constant::Kind::kFrozenSet; return c; }
}

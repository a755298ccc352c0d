// Expressions back to source text (compile stage), after CPython 3.11's ast_unparse.c:
// operator precedence decides the parentheses, constants print as their repr.
#include "compile/unparse.h"

#include "bytecode/code_unit.h"
#include "compile/const_fold.h"

namespace glasspy::compile {
namespace {

using ast::NodeKind;

// Precedence levels, lowest first (ast_unparse.c's PR_*).
enum Level { kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBxor, kBand, kShift, kArith, kTerm, kFactor, kPower,
             kAwait, kAtom };

struct Unparser {
  std::string out;

  void exprs(const ast::Seq<ast::ExprNode*>& list, const char* sep) {
    for (uint32_t i = 0; i < list.size(); ++i) {
      if (i) out += sep;
      expr(list[i], kTest);
    }
  }

  void binop(const ast::BinOp* e, int level) {
    const char* op = "";
    int pr = kArith;
    bool rassoc = false;
    switch (e->op) {
      case ast::Operator::Add: op = " + "; pr = kArith; break;
      case ast::Operator::Sub: op = " - "; pr = kArith; break;
      case ast::Operator::Mult: op = " * "; pr = kTerm; break;
      case ast::Operator::MatMult: op = " @ "; pr = kTerm; break;
      case ast::Operator::Div: op = " / "; pr = kTerm; break;
      case ast::Operator::Mod: op = " % "; pr = kTerm; break;
      case ast::Operator::FloorDiv: op = " // "; pr = kTerm; break;
      case ast::Operator::LShift: op = " << "; pr = kShift; break;
      case ast::Operator::RShift: op = " >> "; pr = kShift; break;
      case ast::Operator::BitOr: op = " | "; pr = kExpr; break;
      case ast::Operator::BitXor: op = " ^ "; pr = kBxor; break;
      case ast::Operator::BitAnd: op = " & "; pr = kBand; break;
      case ast::Operator::Pow: op = " ** "; pr = kPower; rassoc = true; break;
    }
    if (level > pr) out += '(';
    expr(e->left, pr + (rassoc ? 1 : 0));
    out += op;
    expr(e->right, pr + (rassoc ? 0 : 1));
    if (level > pr) out += ')';
  }

  void expr(const ast::ExprNode* e, int level) {
    switch (e->node_kind) {
      case NodeKind::Constant: {
        const auto* c = static_cast<const ast::Constant*>(e);
        if (c->value.kind == ast::ConstantValue::Kind::kEllipsis) {
          out += "...";
        } else {
          out += bytecode::constant_repr(constant_from_ast(c->value));
        }
        break;
      }
      case NodeKind::Name: out += static_cast<const ast::Name*>(e)->id; break;
      case NodeKind::Attribute: {
        const auto* a = static_cast<const ast::Attribute*>(e);
        expr(a->value, kAtom);
        const auto* c = ast::node_cast<ast::Constant>(a->value);
        if (c != nullptr && c->value.kind == ast::ConstantValue::Kind::kInt) out += ' ';
        out += '.';
        out += a->attr;
        break;
      }
      case NodeKind::Subscript: {
        const auto* s = static_cast<const ast::Subscript*>(e);
        expr(s->value, kAtom);
        out += '[';
        expr(s->slice, kTuple);
        out += ']';
        break;
      }
      case NodeKind::Starred:
        out += '*';
        expr(static_cast<const ast::Starred*>(e)->value, kExpr);
        break;
      case NodeKind::Tuple: {
        const auto* t = static_cast<const ast::Tuple*>(e);
        if (t->elts.empty()) {
          out += "()";
          break;
        }
        if (level > kTuple) out += '(';
        exprs(t->elts, ", ");
        if (t->elts.size() == 1) out += ',';
        if (level > kTuple) out += ')';
        break;
      }
      case NodeKind::List:
        out += '[';
        exprs(static_cast<const ast::List*>(e)->elts, ", ");
        out += ']';
        break;
      case NodeKind::Set:
        out += '{';
        exprs(static_cast<const ast::Set*>(e)->elts, ", ");
        out += '}';
        break;
      case NodeKind::Dict: {
        const auto* d = static_cast<const ast::Dict*>(e);
        out += '{';
        for (uint32_t i = 0; i < d->values.size(); ++i) {
          if (i) out += ", ";
          if (d->keys[i] == nullptr) {
            out += "**";
            expr(d->values[i], kExpr);
          } else {
            expr(d->keys[i], kTest);
            out += ": ";
            expr(d->values[i], kTest);
          }
        }
        out += '}';
        break;
      }
      case NodeKind::BinOp: binop(static_cast<const ast::BinOp*>(e), level); break;
      case NodeKind::UnaryOp: {
        const auto* u = static_cast<const ast::UnaryOp*>(e);
        bool is_not = u->op == ast::UnaryOperator::Not;
        int pr = is_not ? kNot : kFactor;
        if (level > pr) out += '(';
        out += is_not ? "not " : u->op == ast::UnaryOperator::Invert ? "~" : u->op == ast::UnaryOperator::UAdd ? "+" : "-";
        expr(u->operand, pr);
        if (level > pr) out += ')';
        break;
      }
      case NodeKind::BoolOp: {
        const auto* b = static_cast<const ast::BoolOp*>(e);
        int pr = b->op == ast::BoolOperator::And ? kAnd : kOr;
        if (level > pr) out += '(';
        for (uint32_t i = 0; i < b->values.size(); ++i) {
          if (i) out += pr == kAnd ? " and " : " or ";
          expr(b->values[i], pr + 1);
        }
        if (level > pr) out += ')';
        break;
      }
      case NodeKind::Compare: {
        const auto* c = static_cast<const ast::Compare*>(e);
        static const char* kOps[] = {" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "};
        if (level > kCmp) out += '(';
        expr(c->left, kCmp + 1);
        for (uint32_t i = 0; i < c->ops.size(); ++i) {
          out += kOps[static_cast<int>(c->ops[i])];
          expr(c->comparators[i], kCmp + 1);
        }
        if (level > kCmp) out += ')';
        break;
      }
      case NodeKind::Call: {
        const auto* c = static_cast<const ast::Call*>(e);
        expr(c->func, kAtom);
        out += '(';
        bool first = true;
        for (const ast::ExprNode* a : c->args) {
          if (!first) out += ", ";
          first = false;
          expr(a, kTest);
        }
        for (const ast::Keyword* k : c->keywords) {
          if (!first) out += ", ";
          first = false;
          if (k->arg.data() == nullptr) {
            out += "**";
          } else {
            out += k->arg;
            out += '=';
          }
          expr(k->value, kTest);
        }
        out += ')';
        break;
      }
      case NodeKind::IfExp: {
        const auto* x = static_cast<const ast::IfExp*>(e);
        if (level > kTest) out += '(';
        expr(x->body, kTest + 1);
        out += " if ";
        expr(x->test, kTest + 1);
        out += " else ";
        expr(x->orelse, kTest);
        if (level > kTest) out += ')';
        break;
      }
      default: out += "..."; break;
    }
  }
};

}  // namespace

std::string unparse_annotation(const ast::ExprNode* e) {
  Unparser u;
  u.expr(e, kTest);
  return u.out;
}

}  // namespace glasspy::compile

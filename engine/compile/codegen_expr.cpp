// The code generator's expressions (compile stage): operators, comparisons and
// conditional jumps, displays with star-unpacking, attributes, subscripts, f-strings and
// calls (LOAD_METHOD / PRECALL / CALL / KW_NAMES / CALL_FUNCTION_EX); after CPython 3.11.
#include "compile/codegen.h"

namespace glasspy::compile {

using ast::NodeKind;
using bytecode::Constant;

namespace {

constexpr uint32_t kStackUseGuideline = 30;

int binop_arg(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return 0;
    case ast::Operator::BitAnd: return 1;
    case ast::Operator::FloorDiv: return 2;
    case ast::Operator::LShift: return 3;
    case ast::Operator::MatMult: return 4;
    case ast::Operator::Mult: return 5;
    case ast::Operator::Mod: return 6;
    case ast::Operator::BitOr: return 7;
    case ast::Operator::Pow: return 8;
    case ast::Operator::RShift: return 9;
    case ast::Operator::Sub: return 10;
    case ast::Operator::Div: return 11;
    case ast::Operator::BitXor: return 12;
  }
  return 0;
}

Opcode unary_opcode(ast::UnaryOperator op) {
  switch (op) {
    case ast::UnaryOperator::Invert: return Opcode::UNARY_INVERT;
    case ast::UnaryOperator::Not: return Opcode::UNARY_NOT;
    case ast::UnaryOperator::UAdd: return Opcode::UNARY_POSITIVE;
    case ast::UnaryOperator::USub: return Opcode::UNARY_NEGATIVE;
  }
  return Opcode::NOP;
}

ast::CmpOperator invert(ast::CmpOperator op) {
  switch (op) {
    case ast::CmpOperator::Is: return ast::CmpOperator::IsNot;
    case ast::CmpOperator::IsNot: return ast::CmpOperator::Is;
    case ast::CmpOperator::In: return ast::CmpOperator::NotIn;
    case ast::CmpOperator::NotIn: return ast::CmpOperator::In;
    default: return op;
  }
}

// The UTF-8 code points of an identifier (update_start_location_to_match_attr counts
// characters, then subtracts them from a byte column, as CPython does).
int code_points(std::string_view s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

void CodeGen::visit_exprs(const ast::Seq<ast::ExprNode*>& list) {
  for (const ast::ExprNode* e : list) visit_expr(e);
}

void CodeGen::visit_expr(const ast::ExprNode* e) {
  Location saved = u_->loc;
  bool inverted = false;
  const ast::Compare* cmp = e->node_kind == NodeKind::UnaryOp ? not_compare(e, inverted) : nullptr;
  if (cmp != nullptr) {
    set_loc(cmp);
    compare(cmp, inverted);
  } else {
    set_loc(e);
    visit_expr1(e);
  }
  u_->loc = saved;
}

void CodeGen::visit_expr1(const ast::ExprNode* e) {
  auto format = folded_.formats.find(e);
  if (format != folded_.formats.end()) {
    percent_format(format->second);
    return;
  }
  if (e->node_kind != NodeKind::Constant && folded_.constants.count(e) != 0) {
    load_const(folded_.constants.at(e));
    return;
  }
  switch (e->node_kind) {
    case NodeKind::NamedExpr: {
      const auto* n = static_cast<const ast::NamedExpr*>(e);
      visit_expr(n->value);
      addop_i(Opcode::COPY, 1);
      visit_expr(n->target);
      break;
    }
    case NodeKind::BoolOp: boolop(static_cast<const ast::BoolOp*>(e)); break;
    case NodeKind::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      addop_i(Opcode::BINARY_OP, binop_arg(b->op));
      break;
    }
    case NodeKind::UnaryOp: {
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      visit_expr(u->operand);
      addop(unary_opcode(u->op));
      break;
    }
    case NodeKind::Lambda: lambda(static_cast<const ast::Lambda*>(e)); break;
    case NodeKind::IfExp: ifexp(static_cast<const ast::IfExp*>(e)); break;
    case NodeKind::Dict: dict(static_cast<const ast::Dict*>(e)); break;
    case NodeKind::Set:
      starunpack(static_cast<const ast::Set*>(e)->elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE,
                 false);
      break;
    case NodeKind::GeneratorExp: {
      const auto* g = static_cast<const ast::GeneratorExp*>(e);
      comprehension(e, "<genexpr>", 0, g->generators, g->elt, nullptr);
      break;
    }
    case NodeKind::ListComp: {
      const auto* c = static_cast<const ast::ListComp*>(e);
      comprehension(e, "<listcomp>", 1, c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::SetComp: {
      const auto* c = static_cast<const ast::SetComp*>(e);
      comprehension(e, "<setcomp>", 2, c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::DictComp: {
      const auto* c = static_cast<const ast::DictComp*>(e);
      comprehension(e, "<dictcomp>", 3, c->generators, c->key, c->value);
      break;
    }
    case NodeKind::Yield: {
      const auto* y = static_cast<const ast::Yield*>(e);
      if (y->value != nullptr) {
        visit_expr(y->value);
      } else {
        load_none();
      }
      add_yield();
      break;
    }
    case NodeKind::YieldFrom:
      visit_expr(static_cast<const ast::YieldFrom*>(e)->value);
      addop(Opcode::GET_YIELD_FROM_ITER);
      load_none();
      add_yield_from(false);
      break;
    case NodeKind::Await:
      visit_expr(static_cast<const ast::Await*>(e)->value);
      addop_i(Opcode::GET_AWAITABLE, 0);
      load_none();
      add_yield_from(true);
      break;
    case NodeKind::Compare: compare(static_cast<const ast::Compare*>(e), false); break;
    case NodeKind::Call: call(static_cast<const ast::Call*>(e)); break;
    case NodeKind::Constant: load_const(constant_from_ast(static_cast<const ast::Constant*>(e)->value)); break;
    case NodeKind::JoinedStr: joined_str(static_cast<const ast::JoinedStr*>(e)); break;
    case NodeKind::FormattedValue: formatted_value(static_cast<const ast::FormattedValue*>(e)); break;
    case NodeKind::Attribute: attribute(static_cast<const ast::Attribute*>(e)); break;
    case NodeKind::Subscript: subscript(static_cast<const ast::Subscript*>(e)); break;
    case NodeKind::Starred: break;  // only inside displays and calls, handled there
    case NodeKind::Slice: slice(static_cast<const ast::Slice*>(e)); break;
    case NodeKind::Name: {
      const auto* n = static_cast<const ast::Name*>(e);
      nameop(n->id, n->ctx);
      break;
    }
    case NodeKind::List: {
      const auto* l = static_cast<const ast::List*>(e);
      if (l->ctx == ast::ExprContext::Store) {
        assignment_helper(l->elts);
      } else if (l->ctx == ast::ExprContext::Load) {
        bool tuple = folded_.lists_as_tuples.count(e) != 0;
        starunpack(l->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, tuple);
      } else {
        visit_exprs(l->elts);
      }
      break;
    }
    case NodeKind::Tuple: {
      const auto* t = static_cast<const ast::Tuple*>(e);
      if (t->ctx == ast::ExprContext::Store) {
        assignment_helper(t->elts);
      } else if (t->ctx == ast::ExprContext::Load) {
        starunpack(t->elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
      } else {
        visit_exprs(t->elts);
      }
      break;
    }
    default: break;
  }
}

void CodeGen::jump_if(const ast::ExprNode* e, BasicBlock* next, bool cond) {
  bool inverted = false;
  const ast::Compare* cmp = not_compare(e, inverted);
  if (cmp == nullptr && !is_const(e)) {
    switch (e->node_kind) {
      case NodeKind::UnaryOp: {
        const auto* u = static_cast<const ast::UnaryOp*>(e);
        if (u->op == ast::UnaryOperator::Not) {
          jump_if(u->operand, next, !cond);
          return;
        }
        break;
      }
      case NodeKind::BoolOp: {
        const auto* b = static_cast<const ast::BoolOp*>(e);
        uint32_t n = b->values.size() - 1;
        bool cond2 = b->op == ast::BoolOperator::Or;
        BasicBlock* next2 = next;
        if (cond2 != cond) next2 = new_block();
        for (uint32_t i = 0; i < n; ++i) jump_if(b->values[i], next2, cond2);
        jump_if(b->values[n], next, cond);
        if (next2 != next) use_next_block(next2);
        return;
      }
      case NodeKind::IfExp: {
        const auto* x = static_cast<const ast::IfExp*>(e);
        BasicBlock* end = new_block();
        BasicBlock* next2 = new_block();
        jump_if(x->test, next2, false);
        jump_if(x->body, next, cond);
        addop_jump_noline(Opcode::JUMP, end);
        use_next_block(next2);
        jump_if(x->orelse, next, cond);
        use_next_block(end);
        return;
      }
      default: break;
    }
  }
  // A comparison leaves its own location in force for the jump and what follows (3.11).
  if (cmp != nullptr && !is_const(e)) set_loc(cmp);
  if (cmp != nullptr && cmp->ops.size() > 1 && !is_const(e)) {
    uint32_t n = cmp->ops.size() - 1;
    BasicBlock* cleanup = new_block();
    visit_expr(cmp->left);
    for (uint32_t i = 0; i < n; ++i) {
      visit_expr(cmp->comparators[i]);
      addop_i(Opcode::SWAP, 2);
      addop_i(Opcode::COPY, 2);
      add_compare(cmp->ops[i]);
      addop_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
      next_block();
    }
    visit_expr(cmp->comparators[n]);
    add_compare(cmp->ops[n]);
    addop_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, next);
    next_block();
    BasicBlock* end = new_block();
    addop_jump_noline(Opcode::JUMP, end);
    use_next_block(cleanup);
    addop(Opcode::POP_TOP);
    if (!cond) addop_jump_noline(Opcode::JUMP, next);
    use_next_block(end);
    return;
  }
  visit_expr(e);
  addop_jump(cond ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, next);
  next_block();
}

void CodeGen::boolop(const ast::BoolOp* e) {
  Opcode jump = e->op == ast::BoolOperator::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
  BasicBlock* end = new_block();
  uint32_t n = e->values.size() - 1;
  for (uint32_t i = 0; i < n; ++i) {
    visit_expr(e->values[i]);
    addop_jump(jump, end);
    use_next_block(new_block());
  }
  visit_expr(e->values[n]);
  use_next_block(end);
}

void CodeGen::add_compare(ast::CmpOperator op) {
  switch (op) {
    case ast::CmpOperator::Eq: addop_i(Opcode::COMPARE_OP, 2); break;
    case ast::CmpOperator::NotEq: addop_i(Opcode::COMPARE_OP, 3); break;
    case ast::CmpOperator::Lt: addop_i(Opcode::COMPARE_OP, 0); break;
    case ast::CmpOperator::LtE: addop_i(Opcode::COMPARE_OP, 1); break;
    case ast::CmpOperator::Gt: addop_i(Opcode::COMPARE_OP, 4); break;
    case ast::CmpOperator::GtE: addop_i(Opcode::COMPARE_OP, 5); break;
    case ast::CmpOperator::Is: addop_i(Opcode::IS_OP, 0); break;
    case ast::CmpOperator::IsNot: addop_i(Opcode::IS_OP, 1); break;
    case ast::CmpOperator::In: addop_i(Opcode::CONTAINS_OP, 0); break;
    case ast::CmpOperator::NotIn: addop_i(Opcode::CONTAINS_OP, 1); break;
  }
}

void CodeGen::compare(const ast::Compare* e, bool inverted) {
  visit_expr(e->left);
  uint32_t n = e->ops.size() - 1;
  if (n == 0) {
    visit_expr(e->comparators[0]);
    add_compare(inverted ? invert(e->ops[0]) : e->ops[0]);
    return;
  }
  BasicBlock* cleanup = new_block();
  for (uint32_t i = 0; i < n; ++i) {
    visit_expr(e->comparators[i]);
    addop_i(Opcode::SWAP, 2);
    addop_i(Opcode::COPY, 2);
    add_compare(e->ops[i]);
    addop_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
    next_block();
  }
  visit_expr(e->comparators[n]);
  add_compare(e->ops[n]);
  BasicBlock* end = new_block();
  addop_jump_noline(Opcode::JUMP, end);
  use_next_block(cleanup);
  addop_i(Opcode::SWAP, 2);
  addop(Opcode::POP_TOP);
  use_next_block(end);
}

void CodeGen::ifexp(const ast::IfExp* e) {
  BasicBlock* end = new_block();
  BasicBlock* next = new_block();
  jump_if(e->test, next, false);
  visit_expr(e->body);
  addop_jump_noline(Opcode::JUMP, end);
  use_next_block(next);
  visit_expr(e->orelse);
  use_next_block(end);
}

void CodeGen::subdict(const ast::Dict* e, uint32_t begin, uint32_t end) {
  uint32_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  bool all_const = true;
  for (uint32_t i = begin; i < end; ++i)
    if (e->keys[i] == nullptr || !is_const(e->keys[i])) all_const = false;
  if (n > 1 && !big && all_const) {
    for (uint32_t i = begin; i < end; ++i) visit_expr(e->values[i]);
    std::vector<Constant> keys;
    for (uint32_t i = begin; i < end; ++i) keys.push_back(const_value(e->keys[i]));
    load_const(Constant::tuple(std::move(keys)));
    addop_i(Opcode::BUILD_CONST_KEY_MAP, static_cast<int>(n));
    return;
  }
  if (big) addop_i(Opcode::BUILD_MAP, 0);
  for (uint32_t i = begin; i < end; ++i) {
    visit_expr(e->keys[i]);
    visit_expr(e->values[i]);
    if (big) addop_i(Opcode::MAP_ADD, 1);
  }
  if (!big) addop_i(Opcode::BUILD_MAP, static_cast<int>(n));
}

void CodeGen::dict(const ast::Dict* e) {
  uint32_t n = e->values.size();
  bool have_dict = false;
  uint32_t elements = 0;
  for (uint32_t i = 0; i < n; ++i) {
    bool is_unpacking = e->keys[i] == nullptr;
    if (is_unpacking) {
      if (elements) {
        subdict(e, i - elements, i);
        if (have_dict) addop_i(Opcode::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        addop_i(Opcode::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->values[i]);
      addop_i(Opcode::DICT_UPDATE, 1);
    } else {
      if (elements * 2 > kStackUseGuideline) {
        subdict(e, i - elements, i + 1);
        if (have_dict) addop_i(Opcode::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      } else {
        ++elements;
      }
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (have_dict) addop_i(Opcode::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) addop_i(Opcode::BUILD_MAP, 0);
}

void CodeGen::starunpack(const ast::Seq<ast::ExprNode*>& elts, int pushed, Opcode build, Opcode add,
                         Opcode extend, bool tuple) {
  uint32_t n = elts.size();
  bool all_const = n > 2;
  for (uint32_t i = 0; all_const && i < n; ++i)
    if (!is_const(elts[i])) all_const = false;
  if (all_const) {
    std::vector<Constant> items;
    for (const ast::ExprNode* elt : elts) items.push_back(const_value(elt));
    Constant folded = Constant::tuple(std::move(items));
    if (tuple && !pushed) {
      load_const(folded);
    } else {
      if (add == Opcode::SET_ADD) folded = make_frozenset(folded.items);
      addop_i(build, pushed);
      load_const(folded);
      addop_i(extend, 1);
      if (tuple) addop(Opcode::LIST_TO_TUPLE);
    }
    return;
  }
  bool big = n + pushed > kStackUseGuideline;
  bool seen_star = false;
  for (const ast::ExprNode* elt : elts)
    if (elt->node_kind == NodeKind::Starred) seen_star = true;
  if (!seen_star && !big) {
    for (const ast::ExprNode* elt : elts) visit_expr(elt);
    addop_i(tuple ? Opcode::BUILD_TUPLE : build, static_cast<int>(n) + pushed);
    return;
  }
  bool sequence_built = false;
  if (big) {
    addop_i(build, pushed);
    sequence_built = true;
  }
  for (uint32_t i = 0; i < n; ++i) {
    const ast::ExprNode* elt = elts[i];
    if (elt->node_kind == NodeKind::Starred) {
      if (!sequence_built) {
        addop_i(build, static_cast<int>(i) + pushed);
        sequence_built = true;
      }
      visit_expr(static_cast<const ast::Starred*>(elt)->value);
      addop_i(extend, 1);
    } else {
      visit_expr(elt);
      if (sequence_built) addop_i(add, 1);
    }
  }
  if (tuple) addop(Opcode::LIST_TO_TUPLE);
}

void CodeGen::unpack_helper(const ast::Seq<ast::ExprNode*>& elts) {
  uint32_t n = elts.size();
  bool seen_star = false;
  for (uint32_t i = 0; i < n; ++i) {
    if (elts[i]->node_kind == NodeKind::Starred && !seen_star) {
      addop_i(Opcode::UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)));
      seen_star = true;
    }
  }
  if (!seen_star) addop_i(Opcode::UNPACK_SEQUENCE, static_cast<int>(n));
}

void CodeGen::assignment_helper(const ast::Seq<ast::ExprNode*>& elts) {
  unpack_helper(elts);
  for (const ast::ExprNode* elt : elts)
    visit_expr(elt->node_kind == NodeKind::Starred ? static_cast<const ast::Starred*>(elt)->value : elt);
}

void CodeGen::update_start_location_to_match_attr(const ast::Attribute* attr) {
  Location& loc = u_->loc;
  if (loc.lineno != attr->pos.end_lineno) {
    loc.lineno = attr->pos.end_lineno;
    int len = code_points(attr->attr);
    if (len <= attr->pos.end_col_offset) {
      loc.col = attr->pos.end_col_offset - len;
    } else {
      loc.col = -1;
      loc.end_col = -1;
    }
    loc.end_lineno = std::max(loc.lineno, loc.end_lineno);
    if (loc.lineno == loc.end_lineno) loc.end_col = std::max(loc.col, loc.end_col);
  }
}

void CodeGen::attribute(const ast::Attribute* e) {
  visit_expr(e->value);
  update_start_location_to_match_attr(e);
  switch (e->ctx) {
    case ast::ExprContext::Load: addop_name(Opcode::LOAD_ATTR, e->attr); break;
    case ast::ExprContext::Store: addop_name(Opcode::STORE_ATTR, e->attr); break;
    case ast::ExprContext::Del: addop_name(Opcode::DELETE_ATTR, e->attr); break;
  }
}

void CodeGen::subscript(const ast::Subscript* e) {
  visit_expr(e->value);
  visit_expr(e->slice);
  switch (e->ctx) {
    case ast::ExprContext::Load: addop(Opcode::BINARY_SUBSCR); break;
    case ast::ExprContext::Store: addop(Opcode::STORE_SUBSCR); break;
    case ast::ExprContext::Del: addop(Opcode::DELETE_SUBSCR); break;
  }
}

void CodeGen::slice(const ast::Slice* e) {
  int n = 2;
  if (e->lower != nullptr) {
    visit_expr(e->lower);
  } else {
    load_none();
  }
  if (e->upper != nullptr) {
    visit_expr(e->upper);
  } else {
    load_none();
  }
  if (e->step != nullptr) {
    ++n;
    visit_expr(e->step);
  }
  addop_i(Opcode::BUILD_SLICE, n);
}

void CodeGen::joined_str(const ast::JoinedStr* e) {
  uint32_t n = e->values.size();
  if (n > kStackUseGuideline) {
    load_const(Constant::str(""));
    addop_name(Opcode::LOAD_METHOD, "join");
    addop_i(Opcode::BUILD_LIST, 0);
    for (const ast::ExprNode* v : e->values) {
      visit_expr(v);
      addop_i(Opcode::LIST_APPEND, 1);
    }
    addop_i(Opcode::PRECALL, 1);
    addop_i(Opcode::CALL, 1);
    return;
  }
  visit_exprs(e->values);
  if (n != 1) addop_i(Opcode::BUILD_STRING, static_cast<int>(n));
}

// The optimizer's literals carry no location: their LOAD_CONSTs take the one before them.
void CodeGen::percent_format(const std::vector<FormatPart>& parts) {
  auto load_unlocated = [&](const std::string& text) {
    Location saved = u_->loc;
    unset_loc();
    load_const(Constant::str(text));
    u_->loc = saved;
  };
  size_t n = parts.size();
  bool big = n > kStackUseGuideline;
  if (big) {
    load_const(Constant::str(""));
    addop_name(Opcode::LOAD_METHOD, "join");
    addop_i(Opcode::BUILD_LIST, 0);
  }
  for (const FormatPart& p : parts) {
    if (p.literal) {
      load_unlocated(p.text);
    } else {
      Location saved = u_->loc;
      set_loc(p.value);
      visit_expr(p.value);
      int oparg = p.conversion == 's' ? 1 : p.conversion == 'r' ? 2 : 3;
      if (p.has_spec) {
        load_unlocated(p.text);
        oparg |= 4;
      }
      addop_i(Opcode::FORMAT_VALUE, oparg);
      u_->loc = saved;
    }
    if (big) addop_i(Opcode::LIST_APPEND, 1);
  }
  if (big) {
    addop_i(Opcode::PRECALL, 1);
    addop_i(Opcode::CALL, 1);
  } else if (n != 1) {
    addop_i(Opcode::BUILD_STRING, static_cast<int>(n));
  }
}

void CodeGen::formatted_value(const ast::FormattedValue* e) {
  visit_expr(e->value);
  int oparg = 0;
  switch (e->conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
  }
  if (e->format_spec != nullptr) {
    visit_expr(e->format_spec);
    oparg |= 4;
  }
  addop_i(Opcode::FORMAT_VALUE, oparg);
}

void CodeGen::call(const ast::Call* e) {
  if (maybe_optimize_method_call(e)) return;
  set_loc(e->func);
  addop(Opcode::PUSH_NULL);
  set_loc(e);
  visit_expr(e->func);
  call_helper(0, e->args, e->keywords);
}

bool CodeGen::maybe_optimize_method_call(const ast::Call* e) {
  const auto* meth = ast::node_cast<ast::Attribute>(e->func);
  if (meth == nullptr || meth->ctx != ast::ExprContext::Load) return false;
  if (const auto* name = ast::node_cast<ast::Name>(meth->value)) {
    if (symbols_.top()->flags_of(std::string(name->id)) & kDefImport) return false;
  }
  uint32_t argsl = e->args.size();
  uint32_t kwdsl = e->keywords.size();
  if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return false;
  for (const ast::ExprNode* a : e->args)
    if (a->node_kind == NodeKind::Starred) return false;
  for (const ast::Keyword* k : e->keywords)
    if (k->arg.data() == nullptr) return false;
  visit_expr(meth->value);
  Location saved = u_->loc;
  set_loc(meth);
  update_start_location_to_match_attr(meth);
  addop_name(Opcode::LOAD_METHOD, meth->attr);
  visit_exprs(e->args);
  if (kwdsl) {
    for (const ast::Keyword* k : e->keywords) visit_expr(k->value);
    call_simple_kw_helper(e->keywords);
  }
  u_->loc = saved;
  update_start_location_to_match_attr(meth);
  addop_i(Opcode::PRECALL, static_cast<int>(argsl + kwdsl));
  addop_i(Opcode::CALL, static_cast<int>(argsl + kwdsl));
  u_->loc = saved;
  return true;
}

void CodeGen::call_simple_kw_helper(const ast::Seq<ast::Keyword*>& keywords) {
  std::vector<Constant> names;
  for (const ast::Keyword* k : keywords) names.push_back(Constant::str(std::string(k->arg)));
  addop_i(Opcode::KW_NAMES, add_const(Constant::tuple(std::move(names))));
}

void CodeGen::subkwargs(const ast::Seq<ast::Keyword*>& keywords, uint32_t begin, uint32_t end) {
  uint32_t n = end - begin;
  bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    for (uint32_t i = begin; i < end; ++i) visit_expr(keywords[i]->value);
    std::vector<Constant> keys;
    for (uint32_t i = begin; i < end; ++i) keys.push_back(Constant::str(std::string(keywords[i]->arg)));
    load_const(Constant::tuple(std::move(keys)));
    addop_i(Opcode::BUILD_CONST_KEY_MAP, static_cast<int>(n));
    return;
  }
  if (big) {
    Location saved = u_->loc;
    unset_loc();
    addop_i(Opcode::BUILD_MAP, 0);
    u_->loc = saved;
  }
  for (uint32_t i = begin; i < end; ++i) {
    load_const(Constant::str(std::string(keywords[i]->arg)));
    visit_expr(keywords[i]->value);
    if (big) {
      Location saved = u_->loc;
      unset_loc();
      addop_i(Opcode::MAP_ADD, 1);
      u_->loc = saved;
    }
  }
  if (!big) addop_i(Opcode::BUILD_MAP, static_cast<int>(n));
}

void CodeGen::call_helper(int n, const ast::Seq<ast::ExprNode*>& args, const ast::Seq<ast::Keyword*>& keywords) {
  uint32_t nelts = args.size();
  uint32_t nkwelts = keywords.size();
  bool ex_call = nelts + nkwelts * 2 > kStackUseGuideline;
  for (const ast::ExprNode* a : args)
    if (a->node_kind == NodeKind::Starred) ex_call = true;
  for (const ast::Keyword* k : keywords)
    if (k->arg.data() == nullptr) ex_call = true;
  if (!ex_call) {
    visit_exprs(args);
    if (nkwelts) {
      for (const ast::Keyword* k : keywords) visit_expr(k->value);
      call_simple_kw_helper(keywords);
    }
    addop_i(Opcode::PRECALL, n + static_cast<int>(nelts + nkwelts));
    addop_i(Opcode::CALL, n + static_cast<int>(nelts + nkwelts));
    return;
  }
  if (n == 0 && nelts == 1 && args[0]->node_kind == NodeKind::Starred) {
    visit_expr(static_cast<const ast::Starred*>(args[0])->value);
  } else {
    starunpack(args, n, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
  }
  if (nkwelts) {
    bool have_dict = false;
    uint32_t nseen = 0;
    for (uint32_t i = 0; i < nkwelts; ++i) {
      const ast::Keyword* kw = keywords[i];
      if (kw->arg.data() == nullptr) {
        if (nseen) {
          subkwargs(keywords, i - nseen, i);
          if (have_dict) addop_i(Opcode::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          addop_i(Opcode::BUILD_MAP, 0);
          have_dict = true;
        }
        visit_expr(kw->value);
        addop_i(Opcode::DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      subkwargs(keywords, nkwelts - nseen, nkwelts);
      if (have_dict) addop_i(Opcode::DICT_MERGE, 1);
    }
  }
  addop_i(Opcode::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

}  // namespace glasspy::compile

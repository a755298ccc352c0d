// The code generator's match statements (compile stage): CPython 3.11's pattern
// compilation. Subjects and captured values live on the stack; `on_top` counts items above
// the values captured so far, and each failure jumps to a block that pops exactly what
// is there (the fail_pop blocks).
#include <algorithm>

#include "compile/codegen.h"

namespace glasspy::compile {

using ast::NodeKind;
using bytecode::Constant;

struct CodeGen::PatternContext {
  std::vector<std::string_view> stores;  // captured names, in stack order
  bool allow_irrefutable = false;
  std::vector<BasicBlock*> fail_pop;
  int on_top = 0;
};

namespace {

bool wildcard(const ast::PatternNode* p) {
  const auto* as = ast::node_cast<ast::MatchAs>(p);
  return as != nullptr && as->pattern == nullptr && as->name.data() == nullptr;
}

bool wildcard_star(const ast::PatternNode* p) {
  const auto* star = ast::node_cast<ast::MatchStar>(p);
  return star != nullptr && star->name.data() == nullptr;
}

}  // namespace

void CodeGen::ensure_fail_pop(PatternContext& pc, size_t n) {
  while (pc.fail_pop.size() < n + 1) pc.fail_pop.push_back(new_block());
}

void CodeGen::jump_to_fail_pop(PatternContext& pc, Opcode op) {
  size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
  ensure_fail_pop(pc, pops);
  addop_jump(op, pc.fail_pop[pops]);
  next_block();
}

void CodeGen::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) {
    next_block();
    return;
  }
  for (size_t i = pc.fail_pop.size() - 1; i > 0; --i) {
    use_next_block(pc.fail_pop[i]);
    addop(Opcode::POP_TOP);
  }
  use_next_block(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void CodeGen::pattern_helper_rotate(int count) {
  while (1 < count) addop_i(Opcode::SWAP, count--);
}

void CodeGen::pattern_helper_store_name(std::string_view name, PatternContext& pc) {
  if (name.data() == nullptr) {
    addop(Opcode::POP_TOP);
    return;
  }
  int rotations = pc.on_top + static_cast<int>(pc.stores.size()) + 1;
  pattern_helper_rotate(rotations);
  pc.stores.push_back(name);
}

void CodeGen::pattern_helper_sequence_unpack(const ast::Seq<ast::PatternNode*>& patterns, int, PatternContext& pc) {
  uint32_t n = patterns.size();
  bool seen_star = false;
  for (uint32_t i = 0; i < n; ++i) {
    if (patterns[i]->node_kind == NodeKind::MatchStar && !seen_star) {
      addop_i(Opcode::UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)));
      seen_star = true;
    }
  }
  if (!seen_star) addop_i(Opcode::UNPACK_SEQUENCE, static_cast<int>(n));
  pc.on_top += static_cast<int>(n);
  for (uint32_t i = 0; i < n; ++i) {
    --pc.on_top;
    pattern_subpattern(patterns[i], pc);
  }
}

void CodeGen::pattern_helper_sequence_subscr(const ast::Seq<ast::PatternNode*>& patterns, int star,
                                             PatternContext& pc) {
  ++pc.on_top;
  int size = static_cast<int>(patterns.size());
  for (int i = 0; i < size; ++i) {
    const ast::PatternNode* p = patterns[i];
    if (wildcard(p) || i == star) continue;
    addop_i(Opcode::COPY, 1);
    if (i < star) {
      load_const(Constant::integer(i));
    } else {
      addop(Opcode::GET_LEN);
      load_const(Constant::integer(size - i));
      addop_i(Opcode::BINARY_OP, 10);
    }
    addop(Opcode::BINARY_SUBSCR);
    pattern_subpattern(p, pc);
  }
  --pc.on_top;
  addop(Opcode::POP_TOP);
}

void CodeGen::pattern_subpattern(const ast::PatternNode* p, PatternContext& pc) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow;
}

void CodeGen::pattern_as(const ast::MatchAs* p, PatternContext& pc) {
  if (p->pattern == nullptr) {
    pattern_helper_store_name(p->name, pc);
    return;
  }
  ++pc.on_top;
  addop_i(Opcode::COPY, 1);
  pattern(p->pattern, pc);
  --pc.on_top;
  pattern_helper_store_name(p->name, pc);
}

void CodeGen::pattern_star(const ast::MatchStar* p, PatternContext& pc) { pattern_helper_store_name(p->name, pc); }

void CodeGen::pattern_class(const ast::MatchClass* p, PatternContext& pc) {
  int nargs = static_cast<int>(p->patterns.size());
  int nattrs = static_cast<int>(p->kwd_attrs.size());
  visit_expr(p->cls);
  std::vector<Constant> names;
  for (ast::Identifier name : p->kwd_attrs) names.push_back(Constant::str(std::string(name)));
  load_const(Constant::tuple(std::move(names)));
  addop_i(Opcode::MATCH_CLASS, nargs);
  addop_i(Opcode::COPY, 1);
  load_none();
  addop_i(Opcode::IS_OP, 1);
  ++pc.on_top;
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  addop_i(Opcode::UNPACK_SEQUENCE, nargs + nattrs);
  pc.on_top += nargs + nattrs - 1;
  for (int i = 0; i < nargs + nattrs; ++i) {
    --pc.on_top;
    const ast::PatternNode* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (wildcard(sub)) {
      addop(Opcode::POP_TOP);
      continue;
    }
    pattern_subpattern(sub, pc);
  }
}

void CodeGen::pattern_mapping(const ast::MatchMapping* p, PatternContext& pc) {
  int size = static_cast<int>(p->keys.size());
  bool star_target = p->rest.data() != nullptr;
  ++pc.on_top;
  addop(Opcode::MATCH_MAPPING);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  if (!size && !star_target) {
    --pc.on_top;
    addop(Opcode::POP_TOP);
    return;
  }
  if (size) {
    addop(Opcode::GET_LEN);
    load_const(Constant::integer(size));
    addop_i(Opcode::COMPARE_OP, 5);
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  }
  for (const ast::ExprNode* key : p->keys) visit_expr(key);
  addop_i(Opcode::BUILD_TUPLE, size);
  addop(Opcode::MATCH_KEYS);
  pc.on_top += 2;
  addop_i(Opcode::COPY, 1);
  load_none();
  addop_i(Opcode::IS_OP, 1);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  addop_i(Opcode::UNPACK_SEQUENCE, size);
  pc.on_top += size - 1;
  for (int i = 0; i < size; ++i) {
    --pc.on_top;
    pattern_subpattern(p->patterns[i], pc);
  }
  pc.on_top -= 2;
  if (star_target) {
    addop_i(Opcode::BUILD_MAP, 0);
    addop_i(Opcode::SWAP, 3);
    addop_i(Opcode::DICT_UPDATE, 2);
    addop_i(Opcode::UNPACK_SEQUENCE, size);
    while (size) {
      addop_i(Opcode::COPY, 1 + size--);
      addop_i(Opcode::SWAP, 2);
      addop(Opcode::DELETE_SUBSCR);
    }
    pattern_helper_store_name(p->rest, pc);
  } else {
    addop(Opcode::POP_TOP);
    addop(Opcode::POP_TOP);
  }
}

void CodeGen::pattern_or(const ast::MatchOr* p, PatternContext& pc) {
  BasicBlock* end = new_block();
  size_t size = p->patterns.size();
  PatternContext old_pc = pc;
  std::vector<std::string_view> control;
  for (size_t i = 0; i < size; ++i) {
    const ast::PatternNode* alt = p->patterns[i];
    set_loc(alt);
    pc.stores.clear();
    pc.allow_irrefutable = i == size - 1 && old_pc.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    addop_i(Opcode::COPY, 1);
    pattern(alt, pc);
    size_t nstores = pc.stores.size();
    if (i == 0) {
      control = pc.stores;
    } else if (nstores) {
      for (size_t icontrol = nstores; icontrol-- > 0;) {
        std::string_view name = control[icontrol];
        size_t istores = std::find(pc.stores.begin(), pc.stores.end(), name) - pc.stores.begin();
        if (icontrol != istores) {
          size_t rotations = istores + 1;
          std::vector<std::string_view> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
          pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
          while (rotations--) pattern_helper_rotate(static_cast<int>(icontrol) + 1);
        }
      }
    }
    addop_jump(Opcode::JUMP, end);
    emit_and_reset_fail_pop(pc);
  }
  pc = old_pc;
  pc.fail_pop = old_pc.fail_pop;
  addop(Opcode::POP_TOP);
  jump_to_fail_pop(pc, Opcode::JUMP);
  use_next_block(end);
  int nstores = static_cast<int>(control.size());
  int nrots = nstores + 1 + pc.on_top + static_cast<int>(pc.stores.size());
  for (int i = 0; i < nstores; ++i) {
    pattern_helper_rotate(nrots);
    pc.stores.push_back(control[i]);
  }
  addop(Opcode::POP_TOP);
}

void CodeGen::pattern_sequence(const ast::MatchSequence* p, PatternContext& pc) {
  int size = static_cast<int>(p->patterns.size());
  int star = -1;
  bool only_wildcard = true;
  bool star_wildcard = false;
  for (int i = 0; i < size; ++i) {
    const ast::PatternNode* sub = p->patterns[i];
    if (sub->node_kind == NodeKind::MatchStar) {
      star_wildcard = wildcard_star(sub);
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && wildcard(sub);
  }
  ++pc.on_top;
  addop(Opcode::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  if (star < 0) {
    addop(Opcode::GET_LEN);
    load_const(Constant::integer(size));
    addop_i(Opcode::COMPARE_OP, 2);
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    addop(Opcode::GET_LEN);
    load_const(Constant::integer(size - 1));
    addop_i(Opcode::COMPARE_OP, 5);
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  }
  --pc.on_top;
  if (only_wildcard) {
    addop(Opcode::POP_TOP);
  } else if (star_wildcard) {
    pattern_helper_sequence_subscr(p->patterns, star, pc);
  } else {
    pattern_helper_sequence_unpack(p->patterns, star, pc);
  }
}

void CodeGen::pattern_value(const ast::MatchValue* p, PatternContext& pc) {
  visit_expr(p->value);
  addop_i(Opcode::COMPARE_OP, 2);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
}

void CodeGen::pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc) {
  load_const(constant_from_ast(p->value));
  addop_i(Opcode::IS_OP, 0);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
}

void CodeGen::pattern(const ast::PatternNode* p, PatternContext& pc) {
  set_loc(p);
  switch (p->node_kind) {
    case NodeKind::MatchValue: pattern_value(static_cast<const ast::MatchValue*>(p), pc); break;
    case NodeKind::MatchSingleton: pattern_singleton(static_cast<const ast::MatchSingleton*>(p), pc); break;
    case NodeKind::MatchSequence: pattern_sequence(static_cast<const ast::MatchSequence*>(p), pc); break;
    case NodeKind::MatchMapping: pattern_mapping(static_cast<const ast::MatchMapping*>(p), pc); break;
    case NodeKind::MatchClass: pattern_class(static_cast<const ast::MatchClass*>(p), pc); break;
    case NodeKind::MatchStar: pattern_star(static_cast<const ast::MatchStar*>(p), pc); break;
    case NodeKind::MatchAs: pattern_as(static_cast<const ast::MatchAs*>(p), pc); break;
    case NodeKind::MatchOr: pattern_or(static_cast<const ast::MatchOr*>(p), pc); break;
    default: break;
  }
}

void CodeGen::match_stmt(const ast::Match* s) {
  PatternContext pc;
  visit_expr(s->subject);
  BasicBlock* end = new_block();
  uint32_t cases = s->cases.size();
  const ast::MatchCase* m = s->cases[cases - 1];
  uint32_t has_default = wildcard(m->pattern) && 1 < cases ? 1 : 0;
  for (uint32_t i = 0; i < cases - has_default; ++i) {
    m = s->cases[i];
    set_loc(m->pattern);
    if (i != cases - has_default - 1) addop_i(Opcode::COPY, 1);
    pc.stores.clear();
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    pc.fail_pop.clear();
    pc.on_top = 0;
    pattern(m->pattern, pc);
    for (std::string_view name : pc.stores) nameop(name, ast::ExprContext::Store);
    if (m->guard != nullptr) {
      ensure_fail_pop(pc, 0);
      jump_if(m->guard, pc.fail_pop[0], false);
    }
    if (i != cases - has_default - 1) addop(Opcode::POP_TOP);
    visit_stmts(m->body);
    unset_loc();
    addop_jump(Opcode::JUMP, end);
    set_loc(m->pattern);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    m = s->cases[cases - 1];
    set_loc(m->pattern);
    if (cases == 1) {
      addop(Opcode::POP_TOP);
    } else {
      addop(Opcode::NOP);
    }
    if (m->guard != nullptr) jump_if(m->guard, end, false);
    visit_stmts(m->body);
  }
  use_next_block(end);
}

}  // namespace glasspy::compile

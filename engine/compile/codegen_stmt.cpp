// The code generator's statements (compile stage): bodies and docstrings, assignments,
// if / while / for, return / break / continue with frame-block unwinding, assert, import;
// after CPython 3.11's compile.c.
#include "compile/codegen.h"

namespace glasspy::compile {

using ast::NodeKind;
using bytecode::Constant;

namespace {

constexpr int kNbInplaceOffset = 13;

int binary_oparg(ast::Operator op) {
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

// find_ann: does the body (outside nested functions and classes) annotate a name?
bool find_ann(const ast::Seq<ast::StmtNode*>& stmts) {
  for (const ast::StmtNode* st : stmts) {
    bool res = false;
    switch (st->node_kind) {
      case NodeKind::AnnAssign: return true;
      case NodeKind::For: {
        const auto* f = static_cast<const ast::For*>(st);
        res = find_ann(f->body) || find_ann(f->orelse);
        break;
      }
      case NodeKind::AsyncFor: {
        const auto* f = static_cast<const ast::AsyncFor*>(st);
        res = find_ann(f->body) || find_ann(f->orelse);
        break;
      }
      case NodeKind::While: {
        const auto* w = static_cast<const ast::While*>(st);
        res = find_ann(w->body) || find_ann(w->orelse);
        break;
      }
      case NodeKind::If: {
        const auto* i = static_cast<const ast::If*>(st);
        res = find_ann(i->body) || find_ann(i->orelse);
        break;
      }
      case NodeKind::With: res = find_ann(static_cast<const ast::With*>(st)->body); break;
      case NodeKind::AsyncWith: res = find_ann(static_cast<const ast::AsyncWith*>(st)->body); break;
      case NodeKind::Try:
      case NodeKind::TryStar: {
        bool star = st->node_kind == NodeKind::TryStar;
        const auto& handlers =
            star ? static_cast<const ast::TryStar*>(st)->handlers : static_cast<const ast::Try*>(st)->handlers;
        for (const ast::ExceptHandlerNode* h : handlers)
          if (find_ann(static_cast<const ast::ExceptHandler*>(h)->body)) return true;
        if (star) {
          const auto* t = static_cast<const ast::TryStar*>(st);
          res = find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse);
        } else {
          const auto* t = static_cast<const ast::Try*>(st);
          res = find_ann(t->body) || find_ann(t->finalbody) || find_ann(t->orelse);
        }
        break;
      }
      default: break;
    }
    if (res) return true;
  }
  return false;
}

}  // namespace

bool CodeGen::is_docstring(const ast::Seq<ast::StmtNode*>& body) const {
  if (body.empty()) return false;
  const auto* st = ast::node_cast<ast::Expr>(body[0]);
  if (st == nullptr) return false;
  const auto* c = ast::node_cast<ast::Constant>(st->value);
  return c != nullptr && c->value.kind == ast::ConstantValue::Kind::kStr;
}

void CodeGen::body(const ast::Seq<ast::StmtNode*>& stmts) {
  uint32_t i = 0;
  if (u_->kind == UnitKind::kModule && !stmts.empty()) set_loc(stmts[0]);
  if (find_ann(stmts)) addop(Opcode::SETUP_ANNOTATIONS);
  if (stmts.empty()) return;
  if (is_docstring(stmts)) {
    i = 1;
    visit_expr(static_cast<const ast::Expr*>(stmts[0])->value);
    unset_loc();
    nameop("__doc__", ast::ExprContext::Store);
  }
  for (; i < stmts.size(); ++i) visit_stmt(stmts[i]);
}

std::shared_ptr<bytecode::CodeUnit> CodeGen::compile_interactive(const ast::Module& module) {
  enter_scope("<module>", UnitKind::kModule, nullptr, 1);
  interactive_ = true;
  if (!module.body.empty()) set_loc(module.body[0]);
  if (find_ann(module.body)) addop(Opcode::SETUP_ANNOTATIONS);
  visit_stmts(module.body);  // no docstring in interactive input
  auto code = finish_scope(true);
  exit_scope();
  return code;
}

void CodeGen::visit_stmts(const ast::Seq<ast::StmtNode*>& body) {
  for (const ast::StmtNode* s : body) visit_stmt(s);
}

void CodeGen::visit_stmt(const ast::StmtNode* s) {
  set_loc(s);
  switch (s->node_kind) {
    case NodeKind::FunctionDef: function(s, false); break;
    case NodeKind::AsyncFunctionDef: function(s, true); break;
    case NodeKind::ClassDef: class_def(static_cast<const ast::ClassDef*>(s)); break;
    case NodeKind::Return: return_stmt(static_cast<const ast::Return*>(s)); break;
    case NodeKind::Delete: visit_exprs(static_cast<const ast::Delete*>(s)->targets); break;
    case NodeKind::Assign: assign(static_cast<const ast::Assign*>(s)); break;
    case NodeKind::AugAssign: augassign(static_cast<const ast::AugAssign*>(s)); break;
    case NodeKind::AnnAssign: annassign(static_cast<const ast::AnnAssign*>(s)); break;
    case NodeKind::For: for_stmt(static_cast<const ast::For*>(s)); break;
    case NodeKind::AsyncFor: async_for(static_cast<const ast::AsyncFor*>(s)); break;
    case NodeKind::While: while_stmt(static_cast<const ast::While*>(s)); break;
    case NodeKind::If: if_stmt(static_cast<const ast::If*>(s)); break;
    case NodeKind::Match: match_stmt(static_cast<const ast::Match*>(s)); break;
    case NodeKind::Raise: {
      const auto* r = static_cast<const ast::Raise*>(s);
      int n = 0;
      if (r->exc != nullptr) {
        visit_expr(r->exc);
        ++n;
        if (r->cause != nullptr) {
          visit_expr(r->cause);
          ++n;
        }
      }
      addop_i(Opcode::RAISE_VARARGS, n);
      next_block();
      break;
    }
    case NodeKind::Try: try_stmt(s, false); break;
    case NodeKind::TryStar: try_stmt(s, true); break;
    case NodeKind::Assert: assert_stmt(static_cast<const ast::Assert*>(s)); break;
    case NodeKind::Import: import(static_cast<const ast::Import*>(s)); break;
    case NodeKind::ImportFrom: import_from(static_cast<const ast::ImportFrom*>(s)); break;
    case NodeKind::Global:
    case NodeKind::Nonlocal: break;
    case NodeKind::Expr: stmt_expr(static_cast<const ast::Expr*>(s)); break;
    case NodeKind::Pass: addop(Opcode::NOP); break;
    case NodeKind::Break: break_stmt(); break;
    case NodeKind::Continue: continue_stmt(); break;
    case NodeKind::With: with_stmt(static_cast<const ast::With*>(s), 0); break;
    case NodeKind::AsyncWith: async_with(static_cast<const ast::AsyncWith*>(s), 0); break;
    default: break;
  }
}

void CodeGen::stmt_expr(const ast::Expr* s) {
  if (interactive_ && nestlevel_ <= 1) {
    visit_expr(s->value);
    addop(Opcode::PRINT_EXPR);
    return;
  }
  if (is_const(s->value) && folded_.wrapped_docstrings.count(s) == 0) {
    addop(Opcode::NOP);
    return;
  }
  visit_expr(s->value);
  unset_loc();
  addop(Opcode::POP_TOP);
}

void CodeGen::assign(const ast::Assign* s) {
  visit_expr(s->value);
  for (uint32_t i = 0; i < s->targets.size(); ++i) {
    if (i + 1 < s->targets.size()) addop_i(Opcode::COPY, 1);
    visit_expr(s->targets[i]);
  }
}

void CodeGen::augassign(const ast::AugAssign* s) {
  const ast::ExprNode* e = s->target;
  Location saved = u_->loc;
  set_loc(e);
  switch (e->node_kind) {
    case NodeKind::Attribute: {
      const auto* a = static_cast<const ast::Attribute*>(e);
      visit_expr(a->value);
      addop_i(Opcode::COPY, 1);
      update_start_location_to_match_attr(a);
      addop_name(Opcode::LOAD_ATTR, a->attr);
      break;
    }
    case NodeKind::Subscript: {
      const auto* sub = static_cast<const ast::Subscript*>(e);
      visit_expr(sub->value);
      visit_expr(sub->slice);
      addop_i(Opcode::COPY, 2);
      addop_i(Opcode::COPY, 2);
      addop(Opcode::BINARY_SUBSCR);
      break;
    }
    case NodeKind::Name: nameop(static_cast<const ast::Name*>(e)->id, ast::ExprContext::Load); break;
    default: break;
  }
  u_->loc = saved;
  visit_expr(s->value);
  addop_i(Opcode::BINARY_OP, binary_oparg(s->op) + kNbInplaceOffset);
  set_loc(e);
  switch (e->node_kind) {
    case NodeKind::Attribute: {
      const auto* a = static_cast<const ast::Attribute*>(e);
      update_start_location_to_match_attr(a);
      addop_i(Opcode::SWAP, 2);
      addop_name(Opcode::STORE_ATTR, a->attr);
      break;
    }
    case NodeKind::Subscript:
      addop_i(Opcode::SWAP, 3);
      addop_i(Opcode::SWAP, 2);
      addop(Opcode::STORE_SUBSCR);
      break;
    case NodeKind::Name: nameop(static_cast<const ast::Name*>(e)->id, ast::ExprContext::Store); break;
    default: break;
  }
}

void CodeGen::check_ann_expr(const ast::ExprNode* e) {
  visit_expr(e);
  addop(Opcode::POP_TOP);
}

void CodeGen::check_ann_subscr(const ast::ExprNode* e) {
  if (!is_const(e)) {
    if (const auto* sl = ast::node_cast<ast::Slice>(e)) {
      if (sl->lower != nullptr) check_ann_expr(sl->lower);
      if (sl->upper != nullptr) check_ann_expr(sl->upper);
      if (sl->step != nullptr) check_ann_expr(sl->step);
      return;
    }
    if (const auto* t = ast::node_cast<ast::Tuple>(e)) {
      for (const ast::ExprNode* elt : t->elts) check_ann_subscr(elt);
      return;
    }
  }
  check_ann_expr(e);
}

void CodeGen::annassign(const ast::AnnAssign* s) {
  const ast::ExprNode* targ = s->target;
  if (s->value != nullptr) {
    visit_expr(s->value);
    visit_expr(targ);
  }
  bool future = (future_flags_ & bytecode::kCoFutureAnnotations) != 0;
  switch (targ->node_kind) {
    case NodeKind::Name:
      if (s->simple && (u_->kind == UnitKind::kModule || u_->kind == UnitKind::kClass)) {
        if (future) {
          visit_annexpr(s->annotation);
        } else {
          visit_expr(s->annotation);
        }
        addop_name(Opcode::LOAD_NAME, "__annotations__");
        load_const(Constant::str(mangled(static_cast<const ast::Name*>(targ)->id)));
        addop(Opcode::STORE_SUBSCR);
      }
      break;
    case NodeKind::Attribute:
      if (s->value == nullptr) check_ann_expr(static_cast<const ast::Attribute*>(targ)->value);
      break;
    case NodeKind::Subscript:
      if (s->value == nullptr) {
        check_ann_expr(static_cast<const ast::Subscript*>(targ)->value);
        check_ann_subscr(static_cast<const ast::Subscript*>(targ)->slice);
      }
      break;
    default: break;
  }
  if (!s->simple && !future && (u_->kind == UnitKind::kModule || u_->kind == UnitKind::kClass))
    check_ann_expr(s->annotation);
}

void CodeGen::if_stmt(const ast::If* s) {
  BasicBlock* end = new_block();
  BasicBlock* next = end;
  if (!s->orelse.empty()) next = new_block();
  jump_if(s->test, next, false);
  visit_stmts(s->body);
  if (!s->orelse.empty()) {
    addop_jump_noline(Opcode::JUMP, end);
    use_next_block(next);
    visit_stmts(s->orelse);
  }
  use_next_block(end);
}

void CodeGen::while_stmt(const ast::While* s) {
  BasicBlock* loop = new_block();
  BasicBlock* body_block = new_block();
  BasicBlock* anchor = new_block();
  BasicBlock* end = new_block();
  use_next_block(loop);
  push_fblock(FBlockKind::kWhileLoop, loop, end, nullptr);
  jump_if(s->test, anchor, false);
  use_next_block(body_block);
  visit_stmts(s->body);
  set_loc(s);
  jump_if(s->test, body_block, true);
  pop_fblock();
  use_next_block(anchor);
  visit_stmts(s->orelse);
  use_next_block(end);
}

void CodeGen::for_stmt(const ast::For* s) {
  BasicBlock* start = new_block();
  BasicBlock* body_block = new_block();
  BasicBlock* cleanup = new_block();
  BasicBlock* end = new_block();
  push_fblock(FBlockKind::kForLoop, start, end, nullptr);
  visit_expr(s->iter);
  addop(Opcode::GET_ITER);
  use_next_block(start);
  addop_jump(Opcode::FOR_ITER, cleanup);
  use_next_block(body_block);
  visit_expr(s->target);
  visit_stmts(s->body);
  unset_loc();
  addop_jump(Opcode::JUMP, start);
  use_next_block(cleanup);
  pop_fblock();
  visit_stmts(s->orelse);
  use_next_block(end);
}

void CodeGen::async_for(const ast::AsyncFor* s) {
  BasicBlock* start = new_block();
  BasicBlock* except = new_block();
  BasicBlock* end = new_block();
  visit_expr(s->iter);
  addop(Opcode::GET_AITER);
  use_next_block(start);
  push_fblock(FBlockKind::kForLoop, start, end, nullptr);
  addop_jump(Opcode::SETUP_FINALLY, except);
  addop(Opcode::GET_ANEXT);
  load_none();
  add_yield_from(true);
  addop(Opcode::POP_BLOCK);
  visit_expr(s->target);
  visit_stmts(s->body);
  unset_loc();
  addop_jump(Opcode::JUMP, start);
  pop_fblock();
  use_next_block(except);
  set_loc(s->iter);
  addop(Opcode::END_ASYNC_FOR);
  visit_stmts(s->orelse);
  use_next_block(end);
}

void CodeGen::unwind_fblock(const FBlock& info, bool preserve_tos) {
  switch (info.kind) {
    case FBlockKind::kWhileLoop:
    case FBlockKind::kExceptionHandler:
    case FBlockKind::kExceptionGroupHandler:
    case FBlockKind::kAsyncComprehensionGenerator: return;
    case FBlockKind::kForLoop:
      if (preserve_tos) addop_i(Opcode::SWAP, 2);
      addop(Opcode::POP_TOP);
      return;
    case FBlockKind::kTryExcept: addop(Opcode::POP_BLOCK); return;
    case FBlockKind::kFinallyTry:
      addop(Opcode::POP_BLOCK);
      if (preserve_tos) push_fblock(FBlockKind::kPopValue, nullptr, nullptr, nullptr);
      visit_stmts(*static_cast<const ast::Seq<ast::StmtNode*>*>(info.datum));
      if (preserve_tos) pop_fblock();
      unset_loc();
      return;
    case FBlockKind::kFinallyEnd:
      if (preserve_tos) addop_i(Opcode::SWAP, 2);
      addop(Opcode::POP_TOP);
      if (preserve_tos) addop_i(Opcode::SWAP, 2);
      addop(Opcode::POP_BLOCK);
      addop(Opcode::POP_EXCEPT);
      return;
    case FBlockKind::kWith:
    case FBlockKind::kAsyncWith:
      set_loc(static_cast<const ast::Node*>(info.datum));
      addop(Opcode::POP_BLOCK);
      if (preserve_tos) addop_i(Opcode::SWAP, 2);
      call_exit_with_nones();
      if (info.kind == FBlockKind::kAsyncWith) {
        addop_i(Opcode::GET_AWAITABLE, 2);
        load_none();
        add_yield_from(true);
      }
      addop(Opcode::POP_TOP);
      unset_loc();
      return;
    case FBlockKind::kHandlerCleanup: {
      const auto* name = static_cast<const std::string_view*>(info.datum);
      if (name != nullptr) addop(Opcode::POP_BLOCK);
      if (preserve_tos) addop_i(Opcode::SWAP, 2);
      addop(Opcode::POP_BLOCK);
      addop(Opcode::POP_EXCEPT);
      if (name != nullptr) {
        load_none();
        nameop(*name, ast::ExprContext::Store);
        nameop(*name, ast::ExprContext::Del);
      }
      return;
    }
    case FBlockKind::kPopValue:
      if (preserve_tos) addop_i(Opcode::SWAP, 2);
      addop(Opcode::POP_TOP);
      return;
  }
}

void CodeGen::unwind_fblock_stack(bool preserve_tos, FBlock* loop_out, bool* found_loop) {
  if (u_->fblocks.empty()) return;
  FBlock top = u_->fblocks.back();
  if (loop_out != nullptr && (top.kind == FBlockKind::kWhileLoop || top.kind == FBlockKind::kForLoop)) {
    *loop_out = top;
    *found_loop = true;
    return;
  }
  u_->fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  unwind_fblock_stack(preserve_tos, loop_out, found_loop);
  u_->fblocks.push_back(top);
}

void CodeGen::return_stmt(const ast::Return* s) {
  bool preserve_tos = s->value != nullptr && !is_const(s->value);
  if (preserve_tos) {
    visit_expr(s->value);
  } else if (s->value != nullptr) {
    set_loc(s->value);
    addop(Opcode::NOP);
  }
  if (s->value == nullptr || s->value->pos.lineno != s->pos.lineno) {
    set_loc(s);
    addop(Opcode::NOP);
  }
  unwind_fblock_stack(preserve_tos, nullptr, nullptr);
  if (s->value == nullptr) {
    load_none();
  } else if (!preserve_tos) {
    load_const(const_value(s->value));
  }
  // No new block here: the next instruction opens one, and a body ending in `return`
  // gets no implicit `return None` (nor its None constant).
  addop(Opcode::RETURN_VALUE);
}

void CodeGen::break_stmt() {
  addop(Opcode::NOP);
  FBlock loop{};
  bool found = false;
  unwind_fblock_stack(false, &loop, &found);
  if (!found) return;
  unwind_fblock(loop, false);
  addop_jump(Opcode::JUMP, loop.exit);
  next_block();
}

void CodeGen::continue_stmt() {
  addop(Opcode::NOP);
  FBlock loop{};
  bool found = false;
  unwind_fblock_stack(false, &loop, &found);
  if (!found) return;
  addop_jump(Opcode::JUMP, loop.block);
  next_block();
}

void CodeGen::assert_stmt(const ast::Assert* s) {
  BasicBlock* end = new_block();
  jump_if(s->test, end, true);
  addop(Opcode::LOAD_ASSERTION_ERROR);
  if (s->msg != nullptr) {
    visit_expr(s->msg);
    addop_i(Opcode::PRECALL, 0);
    addop_i(Opcode::CALL, 0);
  }
  addop_i(Opcode::RAISE_VARARGS, 1);
  use_next_block(end);
}

void CodeGen::import_as(std::string_view name, std::string_view asname) {
  size_t dot = name.find('.');
  if (dot != std::string_view::npos) {
    for (;;) {
      size_t pos = dot + 1;
      dot = name.find('.', pos);
      std::string_view attr = name.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
      addop_n(Opcode::IMPORT_FROM, attr);
      if (dot == std::string_view::npos) break;
      addop_i(Opcode::SWAP, 2);
      addop(Opcode::POP_TOP);
    }
    nameop(asname, ast::ExprContext::Store);
    addop(Opcode::POP_TOP);
    return;
  }
  nameop(asname, ast::ExprContext::Store);
}

void CodeGen::import(const ast::Import* s) {
  for (const ast::Alias* alias : s->names) {
    load_const(Constant::integer(0));
    load_none();
    addop_name(Opcode::IMPORT_NAME, alias->name);
    if (alias->asname.data() != nullptr) {
      import_as(alias->name, alias->asname);
    } else {
      nameop(alias->name.substr(0, alias->name.find('.')), ast::ExprContext::Store);
    }
  }
}

void CodeGen::import_from(const ast::ImportFrom* s) {
  load_const(Constant::integer(s->level));
  std::vector<Constant> names;
  for (const ast::Alias* alias : s->names) names.push_back(Constant::str(std::string(alias->name)));
  load_const(Constant::tuple(std::move(names)));
  addop_name(Opcode::IMPORT_NAME, s->module.data() != nullptr ? s->module : std::string_view(""));
  for (uint32_t i = 0; i < s->names.size(); ++i) {
    const ast::Alias* alias = s->names[i];
    if (i == 0 && !alias->name.empty() && alias->name[0] == '*') {
      addop(Opcode::IMPORT_STAR);
      return;
    }
    addop_name(Opcode::IMPORT_FROM, alias->name);
    nameop(alias->asname.data() != nullptr ? alias->asname : alias->name, ast::ExprContext::Store);
  }
  addop(Opcode::POP_TOP);
}

}  // namespace glasspy::compile

// The code generator's exception handling (compile stage): try / except / else / finally,
// except*, with and async with, and the yield-from loop that await uses; SETUP_* pseudo
// instructions mark the handlers the exception table is built from. After CPython 3.11.
#include "compile/codegen.h"

namespace glasspy::compile {

using ast::NodeKind;

namespace {

struct TryParts {
  const ast::Seq<ast::StmtNode*>* body;
  const ast::Seq<ast::ExceptHandlerNode*>* handlers;
  const ast::Seq<ast::StmtNode*>* orelse;
  const ast::Seq<ast::StmtNode*>* finalbody;
};

TryParts parts_of(const ast::StmtNode* s) {
  if (s->node_kind == NodeKind::TryStar) {
    const auto* t = static_cast<const ast::TryStar*>(s);
    return {&t->body, &t->handlers, &t->orelse, &t->finalbody};
  }
  const auto* t = static_cast<const ast::Try*>(s);
  return {&t->body, &t->handlers, &t->orelse, &t->finalbody};
}

const std::string_view* handler_name(const ast::ExceptHandler* h) {
  return h->name.data() != nullptr ? &h->name : nullptr;
}

}  // namespace

void CodeGen::add_yield() {
  if (u_->ste->generator && u_->ste->coroutine) addop(Opcode::ASYNC_GEN_WRAP);
  addop(Opcode::YIELD_VALUE);
  addop_i(Opcode::RESUME, 1);
}

void CodeGen::add_yield_from(bool await) {
  BasicBlock* start = new_block();
  BasicBlock* resume = new_block();
  BasicBlock* exit = new_block();
  use_next_block(start);
  addop_jump(Opcode::SEND, exit);
  use_next_block(resume);
  addop(Opcode::YIELD_VALUE);
  addop_i(Opcode::RESUME, await ? 3 : 2);
  addop_jump(Opcode::JUMP_NO_INTERRUPT, start);
  use_next_block(exit);
}

void CodeGen::pop_except_and_reraise() {
  addop_i(Opcode::COPY, 3);
  addop(Opcode::POP_EXCEPT);
  addop_i(Opcode::RERAISE, 1);
}

void CodeGen::call_exit_with_nones() {
  load_none();
  load_none();
  load_none();
  addop_i(Opcode::PRECALL, 2);
  addop_i(Opcode::CALL, 2);
}

void CodeGen::try_stmt(const ast::StmtNode* s, bool star) {
  TryParts t = parts_of(s);
  if (!t.finalbody->empty()) {
    try_finally(s, star);
  } else if (star) {
    try_star_except(s);
  } else {
    try_except(s);
  }
}

void CodeGen::try_finally(const ast::StmtNode* s, bool star) {
  TryParts t = parts_of(s);
  BasicBlock* body_block = new_block();
  BasicBlock* end = new_block();
  BasicBlock* exit = new_block();
  BasicBlock* cleanup = new_block();
  addop_jump(Opcode::SETUP_FINALLY, end);
  use_next_block(body_block);
  push_fblock(FBlockKind::kFinallyTry, body_block, end, t.finalbody);
  if (!t.handlers->empty()) {
    if (star) {
      try_star_except(s);
    } else {
      try_except(s);
    }
  } else {
    visit_stmts(*t.body);
  }
  addop_noline(Opcode::POP_BLOCK);
  pop_fblock();
  visit_stmts(*t.finalbody);
  addop_jump_noline(Opcode::JUMP, exit);
  use_next_block(end);
  unset_loc();
  addop_jump(Opcode::SETUP_CLEANUP, cleanup);
  addop(Opcode::PUSH_EXC_INFO);
  push_fblock(FBlockKind::kFinallyEnd, end, nullptr, nullptr);
  visit_stmts(*t.finalbody);
  pop_fblock();
  addop_i(Opcode::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
}

void CodeGen::try_except(const ast::StmtNode* s) {
  TryParts t = parts_of(s);
  BasicBlock* body_block = new_block();
  BasicBlock* except = new_block();
  BasicBlock* end = new_block();
  BasicBlock* cleanup = new_block();
  addop_jump(Opcode::SETUP_FINALLY, except);
  use_next_block(body_block);
  push_fblock(FBlockKind::kTryExcept, body_block, nullptr, nullptr);
  visit_stmts(*t.body);
  pop_fblock();
  addop_noline(Opcode::POP_BLOCK);
  visit_stmts(*t.orelse);
  addop_jump_noline(Opcode::JUMP, end);
  uint32_t n = t.handlers->size();
  use_next_block(except);
  unset_loc();
  addop_jump(Opcode::SETUP_CLEANUP, cleanup);
  addop(Opcode::PUSH_EXC_INFO);
  push_fblock(FBlockKind::kExceptionHandler, nullptr, nullptr, nullptr);
  for (uint32_t i = 0; i < n; ++i) {
    const auto* handler = static_cast<const ast::ExceptHandler*>((*t.handlers)[i]);
    set_loc(handler);
    except = new_block();
    if (handler->type != nullptr) {
      visit_expr(handler->type);
      addop(Opcode::CHECK_EXC_MATCH);
      addop_jump(Opcode::POP_JUMP_IF_FALSE, except);
    }
    if (handler->name.data() != nullptr) {
      BasicBlock* cleanup_end = new_block();
      BasicBlock* cleanup_body = new_block();
      nameop(handler->name, ast::ExprContext::Store);
      addop_jump(Opcode::SETUP_CLEANUP, cleanup_end);
      use_next_block(cleanup_body);
      push_fblock(FBlockKind::kHandlerCleanup, cleanup_body, nullptr, handler_name(handler));
      visit_stmts(handler->body);
      pop_fblock();
      unset_loc();
      addop(Opcode::POP_BLOCK);
      addop(Opcode::POP_BLOCK);
      addop(Opcode::POP_EXCEPT);
      load_none();
      nameop(handler->name, ast::ExprContext::Store);
      nameop(handler->name, ast::ExprContext::Del);
      addop_jump(Opcode::JUMP, end);
      use_next_block(cleanup_end);
      unset_loc();
      load_none();
      nameop(handler->name, ast::ExprContext::Store);
      nameop(handler->name, ast::ExprContext::Del);
      addop_i(Opcode::RERAISE, 1);
    } else {
      BasicBlock* cleanup_body = new_block();
      addop(Opcode::POP_TOP);
      use_next_block(cleanup_body);
      push_fblock(FBlockKind::kHandlerCleanup, cleanup_body, nullptr, nullptr);
      visit_stmts(handler->body);
      pop_fblock();
      unset_loc();
      addop(Opcode::POP_BLOCK);
      addop(Opcode::POP_EXCEPT);
      addop_jump(Opcode::JUMP, end);
    }
    use_next_block(except);
  }
  unset_loc();
  pop_fblock();
  addop_i(Opcode::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(end);
}

void CodeGen::try_star_except(const ast::StmtNode* s) {
  TryParts t = parts_of(s);
  BasicBlock* body_block = new_block();
  BasicBlock* except = new_block();
  BasicBlock* orelse = new_block();
  BasicBlock* end = new_block();
  BasicBlock* cleanup = new_block();
  BasicBlock* reraise_star = new_block();
  addop_jump(Opcode::SETUP_FINALLY, except);
  use_next_block(body_block);
  push_fblock(FBlockKind::kTryExcept, body_block, nullptr, nullptr);
  visit_stmts(*t.body);
  pop_fblock();
  addop_noline(Opcode::POP_BLOCK);
  addop_jump_noline(Opcode::JUMP, orelse);
  uint32_t n = t.handlers->size();
  use_next_block(except);
  unset_loc();
  addop_jump(Opcode::SETUP_CLEANUP, cleanup);
  addop(Opcode::PUSH_EXC_INFO);
  push_fblock(FBlockKind::kExceptionGroupHandler, nullptr, nullptr, nullptr);
  for (uint32_t i = 0; i < n; ++i) {
    const auto* handler = static_cast<const ast::ExceptHandler*>((*t.handlers)[i]);
    set_loc(handler);
    except = new_block();
    BasicBlock* except_with_error = new_block();
    BasicBlock* no_match = new_block();
    if (i == 0) {
      addop_i(Opcode::COPY, 1);
      addop_i(Opcode::BUILD_LIST, 0);
      addop_i(Opcode::SWAP, 2);
    }
    if (handler->type != nullptr) {
      visit_expr(handler->type);
      addop(Opcode::CHECK_EG_MATCH);
      addop_i(Opcode::COPY, 1);
      addop_jump(Opcode::POP_JUMP_IF_NONE, no_match);
    }
    BasicBlock* cleanup_end = new_block();
    BasicBlock* cleanup_body = new_block();
    if (handler->name.data() != nullptr) {
      nameop(handler->name, ast::ExprContext::Store);
    } else {
      addop(Opcode::POP_TOP);
    }
    addop_jump(Opcode::SETUP_CLEANUP, cleanup_end);
    use_next_block(cleanup_body);
    push_fblock(FBlockKind::kHandlerCleanup, cleanup_body, nullptr, handler_name(handler));
    visit_stmts(handler->body);
    pop_fblock();
    unset_loc();
    addop(Opcode::POP_BLOCK);
    if (handler->name.data() != nullptr) {
      load_none();
      nameop(handler->name, ast::ExprContext::Store);
      nameop(handler->name, ast::ExprContext::Del);
    }
    addop_jump(Opcode::JUMP, except);
    use_next_block(cleanup_end);
    unset_loc();
    if (handler->name.data() != nullptr) {
      load_none();
      nameop(handler->name, ast::ExprContext::Store);
      nameop(handler->name, ast::ExprContext::Del);
    }
    addop_i(Opcode::LIST_APPEND, 3);
    addop(Opcode::POP_TOP);
    addop_jump(Opcode::JUMP, except_with_error);
    use_next_block(except);
    addop(Opcode::NOP);
    addop_jump(Opcode::JUMP, except_with_error);
    use_next_block(no_match);
    addop(Opcode::POP_TOP);
    use_next_block(except_with_error);
    if (i == n - 1) {
      addop_i(Opcode::LIST_APPEND, 1);
      addop_jump(Opcode::JUMP, reraise_star);
    }
  }
  unset_loc();
  pop_fblock();
  BasicBlock* reraise = new_block();
  use_next_block(reraise_star);
  addop(Opcode::PREP_RERAISE_STAR);
  addop_i(Opcode::COPY, 1);
  addop_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
  addop(Opcode::POP_TOP);
  addop(Opcode::POP_BLOCK);
  addop(Opcode::POP_EXCEPT);
  addop_jump(Opcode::JUMP, end);
  use_next_block(reraise);
  addop(Opcode::POP_BLOCK);
  addop_i(Opcode::SWAP, 2);
  addop(Opcode::POP_EXCEPT);
  addop_i(Opcode::RERAISE, 0);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(orelse);
  visit_stmts(*t.orelse);
  use_next_block(end);
}

void CodeGen::with_except_finish(BasicBlock* cleanup) {
  unset_loc();
  BasicBlock* exit = new_block();
  addop_jump(Opcode::POP_JUMP_IF_TRUE, exit);
  next_block();
  addop_i(Opcode::RERAISE, 2);
  use_next_block(cleanup);
  pop_except_and_reraise();
  use_next_block(exit);
  addop(Opcode::POP_TOP);
  addop(Opcode::POP_BLOCK);
  addop(Opcode::POP_EXCEPT);
  addop(Opcode::POP_TOP);
  addop(Opcode::POP_TOP);
}

void CodeGen::with_stmt(const ast::With* s, uint32_t pos) {
  const ast::WithItem* item = s->items[pos];
  BasicBlock* block = new_block();
  BasicBlock* final = new_block();
  BasicBlock* exit = new_block();
  BasicBlock* cleanup = new_block();
  visit_expr(item->context_expr);
  addop(Opcode::BEFORE_WITH);
  addop_jump(Opcode::SETUP_WITH, final);
  use_next_block(block);
  push_fblock(FBlockKind::kWith, block, final, s);
  if (item->optional_vars != nullptr) {
    visit_expr(item->optional_vars);
  } else {
    addop(Opcode::POP_TOP);
  }
  ++pos;
  if (pos == s->items.size()) {
    visit_stmts(s->body);
  } else {
    with_stmt(s, pos);
  }
  unset_loc();
  addop(Opcode::POP_BLOCK);
  pop_fblock();
  set_loc(s);
  call_exit_with_nones();
  addop(Opcode::POP_TOP);
  addop_jump(Opcode::JUMP, exit);
  use_next_block(final);
  addop_jump(Opcode::SETUP_CLEANUP, cleanup);
  addop(Opcode::PUSH_EXC_INFO);
  addop(Opcode::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  use_next_block(exit);
}

void CodeGen::async_with(const ast::AsyncWith* s, uint32_t pos) {
  const ast::WithItem* item = s->items[pos];
  BasicBlock* block = new_block();
  BasicBlock* final = new_block();
  BasicBlock* exit = new_block();
  BasicBlock* cleanup = new_block();
  visit_expr(item->context_expr);
  addop(Opcode::BEFORE_ASYNC_WITH);
  addop_i(Opcode::GET_AWAITABLE, 1);
  load_none();
  add_yield_from(true);
  addop_jump(Opcode::SETUP_WITH, final);
  use_next_block(block);
  push_fblock(FBlockKind::kAsyncWith, block, final, s);
  if (item->optional_vars != nullptr) {
    visit_expr(item->optional_vars);
  } else {
    addop(Opcode::POP_TOP);
  }
  ++pos;
  if (pos == s->items.size()) {
    visit_stmts(s->body);
  } else {
    async_with(s, pos);
  }
  pop_fblock();
  addop(Opcode::POP_BLOCK);
  set_loc(s);
  call_exit_with_nones();
  addop_i(Opcode::GET_AWAITABLE, 2);
  load_none();
  add_yield_from(true);
  addop(Opcode::POP_TOP);
  addop_jump(Opcode::JUMP, exit);
  use_next_block(final);
  addop_jump(Opcode::SETUP_CLEANUP, cleanup);
  addop(Opcode::PUSH_EXC_INFO);
  addop(Opcode::WITH_EXCEPT_START);
  addop_i(Opcode::GET_AWAITABLE, 2);
  load_none();
  add_yield_from(true);
  with_except_finish(cleanup);
  use_next_block(exit);
}

}  // namespace glasspy::compile

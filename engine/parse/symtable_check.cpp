// The symbol-table pass of the compile-stage checks (parsing stage). Follows CPython
// 3.11's symtable.c: the same visiting order (so the same error wins), the same symbol
// flags, and the same name analysis for global and nonlocal declarations.
#include "parse/symtable_check.h"

#include <unordered_set>

#include "parse/compile_checks.h"

namespace glasspy::parse::detail {
namespace {

using ast::NodeKind;

constexpr int kDefGlobal = 1;
constexpr int kDefLocal = 2;
constexpr int kDefParam = 4;
constexpr int kDefNonlocal = 8;
constexpr int kUse = 16;
constexpr int kDefImport = 128;
constexpr int kDefAnnot = 256;
constexpr int kDefCompIter = 512;
constexpr int kDefBound = kDefLocal | kDefParam | kDefImport;

// The limit CPython's compiler passes put on nesting (3 x the default recursion limit).
constexpr int kRecursionLimit = 3000;

std::string quoted(std::string_view name) {
  std::string out = "'";
  out.append(name);
  out += '\'';
  return out;
}

}  // namespace

bool SymbolTable::recursion_error() {
  CompileError e;
  e.type = ErrorType::kRecursionError;
  e.message = "maximum recursion depth exceeded during compilation";
  e.has_location = false;
  error_ = std::move(e);
  return false;
}

Scope* SymbolTable::enter(BlockType type, const ast::Node* node) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* scope = scopes_.back().get();
  scope->type = type;
  if (current_ != nullptr) current_->children.push_back(scope);
  stack_.push_back(scope);
  current_ = scope;
  if (node != nullptr) by_node_[node] = scope;
  return scope;
}

void SymbolTable::leave() {
  stack_.pop_back();
  current_ = stack_.empty() ? nullptr : stack_.back();
}

const Scope* SymbolTable::scope_of(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

bool SymbolTable::fail(const ast::Position& pos, std::string message) {
  error_ = error_at(pos, std::move(message), source_, kind_);
  return false;
}

int SymbolTable::lookup(std::string_view name) const {
  auto it = current_->index.find(name);
  return it == current_->index.end() ? 0 : current_->symbols[it->second].second;
}

bool SymbolTable::add_def(std::string_view name, int flag, const ast::Position& pos, Scope* scope) {
  if (scope == nullptr) scope = current_;
  int value = flag;
  auto it = scope->index.find(name);
  if (it != scope->index.end()) {
    int old = scope->symbols[it->second].second;
    if ((flag & kDefParam) && (old & kDefParam)) {
      return fail(pos, "duplicate argument " + quoted(name) + " in function definition");
    }
    value = old | flag;
  }
  if (scope->comp_iter_target) {
    // An iteration variable: it must not clash with a walrus target of the comprehension.
    if (value & (kDefGlobal | kDefNonlocal)) {
      return fail(pos, "comprehension inner loop cannot rebind assignment expression target " + quoted(name));
    }
    value |= kDefCompIter;
  }
  if (it != scope->index.end()) {
    scope->symbols[it->second].second = value;
  } else {
    scope->index.emplace(name, scope->symbols.size());
    scope->symbols.emplace_back(name, value);
  }
  return true;
}

bool SymbolTable::record_directive(std::string_view name, const ast::Position& pos) {
  current_->directives.push_back(Scope::Directive{name, pos});
  return true;
}

bool SymbolTable::build(const ast::Module& module) {
  enter(BlockType::kModule, nullptr);
  if (!visit_stmts(module.body)) return false;
  std::vector<std::string_view> global;
  return analyze(scopes_.front().get(), nullptr, global);
}

bool SymbolTable::visit_stmts(const ast::Seq<ast::StmtNode*>& body) {
  for (const ast::StmtNode* s : body)
    if (!visit_stmt(s)) return false;
  return true;
}

bool SymbolTable::visit_exprs(const ast::Seq<ast::ExprNode*>& list) {
  for (const ast::ExprNode* e : list)
    if (e != nullptr && !visit_expr(e)) return false;
  return true;
}

bool SymbolTable::visit_arguments(const ast::Arguments* a) {
  for (const auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
    for (const ast::Arg* arg : *list)
      if (!add_def(arg->arg, kDefParam, arg->pos)) return false;
  if (a->vararg != nullptr && !add_def(a->vararg->arg, kDefParam, a->vararg->pos)) return false;
  if (a->kwarg != nullptr && !add_def(a->kwarg->arg, kDefParam, a->kwarg->pos)) return false;
  return true;
}

bool SymbolTable::visit_annotation(const ast::ExprNode* annotation) {
  if (future_annotations_) enter(BlockType::kAnnotation, nullptr);
  bool ok = visit_expr(annotation);
  if (future_annotations_) leave();
  return ok;
}

bool SymbolTable::visit_annotations(const ast::StmtNode*, const ast::Arguments* a, const ast::ExprNode* returns) {
  if (future_annotations_) enter(BlockType::kAnnotation, nullptr);
  auto arg_annotations = [&](const ast::Seq<ast::Arg*>& list) {
    for (const ast::Arg* arg : list)
      if (arg->annotation != nullptr && !visit_expr(arg->annotation)) return false;
    return true;
  };
  bool ok = arg_annotations(a->posonlyargs) && arg_annotations(a->args) &&
            (a->vararg == nullptr || a->vararg->annotation == nullptr || visit_expr(a->vararg->annotation)) &&
            (a->kwarg == nullptr || a->kwarg->annotation == nullptr || visit_expr(a->kwarg->annotation)) &&
            arg_annotations(a->kwonlyargs);
  if (future_annotations_) leave();
  if (!ok) return false;
  return returns == nullptr || visit_annotation(returns);
}

bool SymbolTable::visit_global_or_nonlocal(const ast::StmtNode* s, const ast::Seq<ast::Identifier>& names,
                                           bool global) {
  const char* what = global ? "global" : "nonlocal";
  for (ast::Identifier name : names) {
    int cur = lookup(name);
    if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
      std::string message;
      if (cur & kDefParam) {
        message = "name " + quoted(name) + " is parameter and " + what;
      } else if (cur & kUse) {
        message = "name " + quoted(name) + " is used prior to " + what + " declaration";
      } else if (cur & kDefAnnot) {
        message = "annotated name " + quoted(name) + " can't be " + what;
      } else {
        message = "name " + quoted(name) + " is assigned to before " + what + " declaration";
      }
      return fail(s->pos, message);
    }
    if (!add_def(name, global ? kDefGlobal : kDefNonlocal, s->pos)) return false;
    record_directive(name, s->pos);
  }
  return true;
}

bool SymbolTable::visit_stmt(const ast::StmtNode* s) {
  if (++depth_ > kRecursionLimit) {
    return recursion_error();
  }
  bool ok = true;
  switch (s->node_kind) {
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef: {
      bool is_async = s->node_kind == NodeKind::AsyncFunctionDef;
      const auto* f = static_cast<const ast::FunctionDef*>(s);
      const auto* af = static_cast<const ast::AsyncFunctionDef*>(s);
      ast::Identifier name = is_async ? af->name : f->name;
      const ast::Arguments* args = is_async ? af->args : f->args;
      ok = add_def(name, kDefLocal, s->pos) && visit_exprs(args->defaults) && visit_exprs(args->kw_defaults) &&
           visit_annotations(s, args, is_async ? af->returns : f->returns) &&
           visit_exprs(is_async ? af->decorator_list : f->decorator_list);
      if (!ok) break;
      enter(BlockType::kFunction, s)->coroutine = is_async;
      ok = visit_arguments(args) && visit_stmts(is_async ? af->body : f->body);
      leave();
      break;
    }
    case NodeKind::ClassDef: {
      const auto* c = static_cast<const ast::ClassDef*>(s);
      ok = add_def(c->name, kDefLocal, s->pos) && visit_exprs(c->bases);
      for (const ast::Keyword* k : c->keywords) ok = ok && visit_expr(k->value);
      ok = ok && visit_exprs(c->decorator_list);
      if (!ok) break;
      enter(BlockType::kClass, s);
      ok = visit_stmts(c->body);
      leave();
      break;
    }
    case NodeKind::Return: {
      const auto* r = static_cast<const ast::Return*>(s);
      if (r->value != nullptr) ok = visit_expr(r->value);
      break;
    }
    case NodeKind::Delete: ok = visit_exprs(static_cast<const ast::Delete*>(s)->targets); break;
    case NodeKind::Assign: {
      const auto* a = static_cast<const ast::Assign*>(s);
      ok = visit_exprs(a->targets) && visit_expr(a->value);
      break;
    }
    case NodeKind::AnnAssign: {
      const auto* a = static_cast<const ast::AnnAssign*>(s);
      if (const auto* target = ast::node_cast<ast::Name>(a->target)) {
        int cur = lookup(target->id);
        if ((cur & (kDefGlobal | kDefNonlocal)) && current_ != scopes_.front().get() && a->simple) {
          return fail(s->pos, "annotated name " + quoted(target->id) + " can't be " +
                                  ((cur & kDefGlobal) ? "global" : "nonlocal"));
        }
        if (a->simple) {
          ok = add_def(target->id, kDefAnnot | kDefLocal, target->pos);
        } else if (a->value != nullptr) {
          ok = add_def(target->id, kDefLocal, target->pos);
        }
      } else {
        ok = visit_expr(a->target);
      }
      ok = ok && visit_annotation(a->annotation);
      if (ok && a->value != nullptr) ok = visit_expr(a->value);
      break;
    }
    case NodeKind::AugAssign: {
      const auto* a = static_cast<const ast::AugAssign*>(s);
      ok = visit_expr(a->target) && visit_expr(a->value);
      break;
    }
    case NodeKind::For:
    case NodeKind::AsyncFor: {
      const auto* f = static_cast<const ast::For*>(s);
      const auto* af = static_cast<const ast::AsyncFor*>(s);
      bool is_async = s->node_kind == NodeKind::AsyncFor;
      ok = visit_expr(is_async ? af->target : f->target) && visit_expr(is_async ? af->iter : f->iter) &&
           visit_stmts(is_async ? af->body : f->body) && visit_stmts(is_async ? af->orelse : f->orelse);
      break;
    }
    case NodeKind::While: {
      const auto* w = static_cast<const ast::While*>(s);
      ok = visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
      break;
    }
    case NodeKind::If: {
      const auto* i = static_cast<const ast::If*>(s);
      ok = visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
      break;
    }
    case NodeKind::Match: {
      const auto* m = static_cast<const ast::Match*>(s);
      ok = visit_expr(m->subject);
      for (const ast::MatchCase* c : m->cases) {
        ok = ok && visit_pattern(c->pattern) && (c->guard == nullptr || visit_expr(c->guard)) && visit_stmts(c->body);
      }
      break;
    }
    case NodeKind::Raise: {
      const auto* r = static_cast<const ast::Raise*>(s);
      if (r->exc != nullptr) ok = visit_expr(r->exc) && (r->cause == nullptr || visit_expr(r->cause));
      break;
    }
    case NodeKind::Try:
    case NodeKind::TryStar: {
      const auto* t = static_cast<const ast::Try*>(s);
      const auto* ts = static_cast<const ast::TryStar*>(s);
      bool star = s->node_kind == NodeKind::TryStar;
      ok = visit_stmts(star ? ts->body : t->body) && visit_stmts(star ? ts->orelse : t->orelse);
      for (const ast::ExceptHandlerNode* h : star ? ts->handlers : t->handlers) {
        const auto* eh = static_cast<const ast::ExceptHandler*>(h);
        ok = ok && (eh->type == nullptr || visit_expr(eh->type)) &&
             (eh->name.data() == nullptr || add_def(eh->name, kDefLocal, eh->pos)) && visit_stmts(eh->body);
      }
      ok = ok && visit_stmts(star ? ts->finalbody : t->finalbody);
      break;
    }
    case NodeKind::Assert: {
      const auto* a = static_cast<const ast::Assert*>(s);
      ok = visit_expr(a->test) && (a->msg == nullptr || visit_expr(a->msg));
      break;
    }
    case NodeKind::Import:
    case NodeKind::ImportFrom: {
      const auto& names = s->node_kind == NodeKind::Import ? static_cast<const ast::Import*>(s)->names
                                                             : static_cast<const ast::ImportFrom*>(s)->names;
      for (const ast::Alias* a : names) {
        ast::Identifier store = a->asname.data() != nullptr ? a->asname : a->name;
        if (a->asname.data() == nullptr) store = store.substr(0, store.find('.'));
        if (store == "*") {
          if (current_->type != BlockType::kModule) return fail(a->pos, "import * only allowed at module level");
          continue;
        }
        if (!add_def(store, kDefImport, a->pos)) return false;
      }
      break;
    }
    case NodeKind::Global: ok = visit_global_or_nonlocal(s, static_cast<const ast::Global*>(s)->names, true); break;
    case NodeKind::Nonlocal:
      ok = visit_global_or_nonlocal(s, static_cast<const ast::Nonlocal*>(s)->names, false);
      break;
    case NodeKind::Expr: ok = visit_expr(static_cast<const ast::Expr*>(s)->value); break;
    case NodeKind::With:
    case NodeKind::AsyncWith: {
      bool is_async = s->node_kind == NodeKind::AsyncWith;
      const auto& items = is_async ? static_cast<const ast::AsyncWith*>(s)->items : static_cast<const ast::With*>(s)->items;
      for (const ast::WithItem* w : items)
        ok = ok && visit_expr(w->context_expr) && (w->optional_vars == nullptr || visit_expr(w->optional_vars));
      ok = ok && visit_stmts(is_async ? static_cast<const ast::AsyncWith*>(s)->body : static_cast<const ast::With*>(s)->body);
      break;
    }
    default: break;
  }
  --depth_;
  return ok;
}

bool SymbolTable::check_annotation_block(const char* what, const ast::ExprNode* e) {
  if (current_->type != BlockType::kAnnotation) return true;
  return fail(e->pos, std::string(what) + " cannot be used within an annotation");
}

bool SymbolTable::visit_namedexpr(const ast::NamedExpr* e) {
  if (current_->comp_iter_expr > 0) {
    return fail(e->pos, "assignment expression cannot be used in a comprehension iterable expression");
  }
  if (current_->comprehension != ComprehensionKind::kNone) {
    // The target binds in the nearest enclosing function or module, not the comprehension.
    const auto* target = static_cast<const ast::Name*>(e->target);
    for (size_t i = stack_.size(); i-- > 0;) {
      Scope* scope = stack_[i];
      auto it = scope->index.find(target->id);
      int flags = it == scope->index.end() ? 0 : scope->symbols[it->second].second;
      if (scope->comprehension != ComprehensionKind::kNone) {
        if (flags & kDefCompIter) {
          return fail(target->pos,
                      "assignment expression cannot rebind comprehension iteration variable " + quoted(target->id));
        }
        continue;
      }
      if (scope->type == BlockType::kFunction) {
        if (!add_def(target->id, (flags & kDefGlobal) ? kDefGlobal : kDefNonlocal, target->pos)) return false;
        record_directive(target->id, target->pos);
        if (!add_def(target->id, kDefLocal, target->pos, scope)) return false;
        break;
      }
      if (scope->type == BlockType::kModule) {
        if (!add_def(target->id, kDefGlobal, target->pos)) return false;
        record_directive(target->id, target->pos);
        if (!add_def(target->id, kDefGlobal, target->pos, scope)) return false;
        break;
      }
      if (scope->type == BlockType::kClass) {
        return fail(target->pos, "assignment expression within a comprehension cannot be used in a class body");
      }
    }
  }
  return visit_expr(e->value) && visit_expr(e->target);
}

bool SymbolTable::visit_comprehension(const ast::ExprNode* e, const ast::Seq<ast::Comprehension*>& generators,
                                      const ast::ExprNode* elt, const ast::ExprNode* value) {
  bool is_generator = e->node_kind == NodeKind::GeneratorExp;
  const ast::Comprehension* outermost = generators[0];
  // The outermost iterable is evaluated in the enclosing scope.
  ++current_->comp_iter_expr;
  bool ok = visit_expr(outermost->iter);
  --current_->comp_iter_expr;
  if (!ok) return false;
  Scope* scope = enter(BlockType::kFunction, e);
  switch (e->node_kind) {
    case NodeKind::ListComp: scope->comprehension = ComprehensionKind::kList; break;
    case NodeKind::SetComp: scope->comprehension = ComprehensionKind::kSet; break;
    case NodeKind::DictComp: scope->comprehension = ComprehensionKind::kDict; break;
    default: scope->comprehension = ComprehensionKind::kGenerator; break;
  }
  if (outermost->is_async) scope->coroutine = true;
  add_def(".0", kDefParam, e->pos);
  scope->comp_iter_target = true;
  ok = visit_expr(outermost->target);
  scope->comp_iter_target = false;
  ok = ok && visit_exprs(outermost->ifs);
  for (uint32_t i = 1; ok && i < generators.size(); ++i) {
    const ast::Comprehension* c = generators[i];
    scope->comp_iter_target = true;
    ok = visit_expr(c->target);
    scope->comp_iter_target = false;
    ++scope->comp_iter_expr;
    ok = ok && visit_expr(c->iter);
    --scope->comp_iter_expr;
    ok = ok && visit_exprs(c->ifs);
    if (c->is_async) scope->coroutine = true;
  }
  if (ok && value != nullptr) ok = visit_expr(value);
  ok = ok && visit_expr(elt);
  scope->generator = is_generator;
  bool is_async = scope->coroutine && !is_generator;
  leave();
  if (is_async) current_->coroutine = true;
  return ok;
}

bool SymbolTable::visit_pattern(const ast::PatternNode* p) {
  if (++depth_ > kRecursionLimit) {
    return recursion_error();
  }
  bool ok = true;
  auto patterns = [&](const ast::Seq<ast::PatternNode*>& list) {
    for (const ast::PatternNode* q : list)
      if (!visit_pattern(q)) return false;
    return true;
  };
  switch (p->node_kind) {
    case NodeKind::MatchValue: ok = visit_expr(static_cast<const ast::MatchValue*>(p)->value); break;
    case NodeKind::MatchSequence: ok = patterns(static_cast<const ast::MatchSequence*>(p)->patterns); break;
    case NodeKind::MatchStar: {
      const auto* m = static_cast<const ast::MatchStar*>(p);
      if (m->name.data() != nullptr) ok = add_def(m->name, kDefLocal, p->pos);
      break;
    }
    case NodeKind::MatchMapping: {
      const auto* m = static_cast<const ast::MatchMapping*>(p);
      ok = visit_exprs(m->keys) && patterns(m->patterns);
      if (ok && m->rest.data() != nullptr) ok = add_def(m->rest, kDefLocal, p->pos);
      break;
    }
    case NodeKind::MatchClass: {
      const auto* m = static_cast<const ast::MatchClass*>(p);
      ok = visit_expr(m->cls) && patterns(m->patterns) && patterns(m->kwd_patterns);
      break;
    }
    case NodeKind::MatchAs: {
      const auto* m = static_cast<const ast::MatchAs*>(p);
      if (m->pattern != nullptr) ok = visit_pattern(m->pattern);
      if (ok && m->name.data() != nullptr) ok = add_def(m->name, kDefLocal, p->pos);
      break;
    }
    case NodeKind::MatchOr: ok = patterns(static_cast<const ast::MatchOr*>(p)->patterns); break;
    default: break;
  }
  --depth_;
  return ok;
}

bool SymbolTable::visit_expr(const ast::ExprNode* e) {
  if (++depth_ > kRecursionLimit) {
    return recursion_error();
  }
  bool ok = true;
  switch (e->node_kind) {
    case NodeKind::NamedExpr:
      ok = check_annotation_block("named expression", e) && visit_namedexpr(static_cast<const ast::NamedExpr*>(e));
      break;
    case NodeKind::BoolOp: ok = visit_exprs(static_cast<const ast::BoolOp*>(e)->values); break;
    case NodeKind::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      ok = visit_expr(b->left) && visit_expr(b->right);
      break;
    }
    case NodeKind::UnaryOp: ok = visit_expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
    case NodeKind::Lambda: {
      const auto* l = static_cast<const ast::Lambda*>(e);
      ok = visit_exprs(l->args->defaults) && visit_exprs(l->args->kw_defaults);
      if (!ok) break;
      enter(BlockType::kFunction, e);
      ok = visit_arguments(l->args) && visit_expr(l->body);
      leave();
      break;
    }
    case NodeKind::IfExp: {
      const auto* i = static_cast<const ast::IfExp*>(e);
      ok = visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
      break;
    }
    case NodeKind::Dict: {
      const auto* d = static_cast<const ast::Dict*>(e);
      ok = visit_exprs(d->keys) && visit_exprs(d->values);
      break;
    }
    case NodeKind::Set: ok = visit_exprs(static_cast<const ast::Set*>(e)->elts); break;
    case NodeKind::GeneratorExp: {
      const auto* g = static_cast<const ast::GeneratorExp*>(e);
      ok = visit_comprehension(e, g->generators, g->elt, nullptr);
      break;
    }
    case NodeKind::ListComp: {
      const auto* c = static_cast<const ast::ListComp*>(e);
      ok = visit_comprehension(e, c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::SetComp: {
      const auto* c = static_cast<const ast::SetComp*>(e);
      ok = visit_comprehension(e, c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::DictComp: {
      const auto* c = static_cast<const ast::DictComp*>(e);
      ok = visit_comprehension(e, c->generators, c->key, c->value);
      break;
    }
    case NodeKind::Yield:
    case NodeKind::YieldFrom: {
      if (!check_annotation_block("yield expression", e)) return false;
      const ast::ExprNode* value = e->node_kind == NodeKind::Yield ? static_cast<const ast::Yield*>(e)->value
                                                                   : static_cast<const ast::YieldFrom*>(e)->value;
      if (value != nullptr && !visit_expr(value)) return false;
      current_->generator = true;
      switch (current_->comprehension) {
        case ComprehensionKind::kNone: break;
        case ComprehensionKind::kList: return fail(e->pos, "'yield' inside list comprehension");
        case ComprehensionKind::kSet: return fail(e->pos, "'yield' inside set comprehension");
        case ComprehensionKind::kDict: return fail(e->pos, "'yield' inside dict comprehension");
        case ComprehensionKind::kGenerator: return fail(e->pos, "'yield' inside generator expression");
      }
      break;
    }
    case NodeKind::Await:
      ok = check_annotation_block("await expression", e) && visit_expr(static_cast<const ast::Await*>(e)->value);
      current_->coroutine = true;
      break;
    case NodeKind::Compare: {
      const auto* c = static_cast<const ast::Compare*>(e);
      ok = visit_expr(c->left) && visit_exprs(c->comparators);
      break;
    }
    case NodeKind::Call: {
      const auto* c = static_cast<const ast::Call*>(e);
      ok = visit_expr(c->func) && visit_exprs(c->args);
      for (const ast::Keyword* k : c->keywords) ok = ok && visit_expr(k->value);
      break;
    }
    case NodeKind::FormattedValue: {
      const auto* f = static_cast<const ast::FormattedValue*>(e);
      ok = visit_expr(f->value) && (f->format_spec == nullptr || visit_expr(f->format_spec));
      break;
    }
    case NodeKind::JoinedStr: ok = visit_exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
    case NodeKind::Attribute: ok = visit_expr(static_cast<const ast::Attribute*>(e)->value); break;
    case NodeKind::Subscript: {
      const auto* s = static_cast<const ast::Subscript*>(e);
      ok = visit_expr(s->value) && visit_expr(s->slice);
      break;
    }
    case NodeKind::Starred: ok = visit_expr(static_cast<const ast::Starred*>(e)->value); break;
    case NodeKind::Slice: {
      const auto* s = static_cast<const ast::Slice*>(e);
      ok = (s->lower == nullptr || visit_expr(s->lower)) && (s->upper == nullptr || visit_expr(s->upper)) &&
           (s->step == nullptr || visit_expr(s->step));
      break;
    }
    case NodeKind::Name: {
      const auto* n = static_cast<const ast::Name*>(e);
      ok = add_def(n->id, n->ctx == ast::ExprContext::Load ? kUse : kDefLocal, e->pos);
      if (ok && n->ctx == ast::ExprContext::Load && current_->type == BlockType::kFunction && n->id == "super") {
        ok = add_def("__class__", kUse, e->pos);
      }
      break;
    }
    case NodeKind::List: ok = visit_exprs(static_cast<const ast::List*>(e)->elts); break;
    case NodeKind::Tuple: ok = visit_exprs(static_cast<const ast::Tuple*>(e)->elts); break;
    default: break;
  }
  --depth_;
  return ok;
}

bool SymbolTable::error_at_directive(Scope* scope, std::string_view name, std::string message) {
  for (const Scope::Directive& d : scope->directives) {
    if (d.name == name) return fail(d.pos, std::move(message));
  }
  return fail(ast::Position{}, std::move(message));
}

// analyze_block / analyze_name: global and nonlocal resolution, scope by scope, names in
// the order they were first seen, then the child scopes.
bool SymbolTable::analyze(Scope* scope, const std::vector<std::string_view>* bound,
                          std::vector<std::string_view>& global) {
  std::unordered_set<std::string_view> bound_set;
  if (bound != nullptr) bound_set.insert(bound->begin(), bound->end());
  std::unordered_set<std::string_view> global_set(global.begin(), global.end());
  std::vector<std::string_view> local;
  for (const auto& [name, flags] : scope->symbols) {
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) return error_at_directive(scope, name, "name " + quoted(name) + " is nonlocal and global");
      global_set.insert(name);
      bound_set.erase(name);
      continue;
    }
    if (flags & kDefNonlocal) {
      if (bound == nullptr) return error_at_directive(scope, name, "nonlocal declaration not allowed at module level");
      if (bound_set.count(name) == 0) {
        return error_at_directive(scope, name, "no binding for nonlocal " + quoted(name) + " found");
      }
      continue;
    }
    if (flags & kDefBound) {
      local.push_back(name);
      global_set.erase(name);
    }
  }
  std::vector<std::string_view> new_bound;
  if (scope->type != BlockType::kClass) {
    if (scope->type == BlockType::kFunction) new_bound.insert(new_bound.end(), local.begin(), local.end());
    if (bound != nullptr) new_bound.insert(new_bound.end(), bound_set.begin(), bound_set.end());
  } else {
    if (bound != nullptr) new_bound.insert(new_bound.end(), bound_set.begin(), bound_set.end());
    new_bound.push_back("__class__");
  }
  std::vector<std::string_view> new_global(global_set.begin(), global_set.end());
  for (Scope* child : scope->children) {
    std::vector<std::string_view> child_global = new_global;
    if (!analyze(child, &new_bound, child_global)) return false;
  }
  return true;
}

}  // namespace glasspy::parse::detail

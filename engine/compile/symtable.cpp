// The symbol table (compile stage): the visiting pass and the name analysis of CPython
// 3.11's symtable.c (analyze_block, analyze_name, analyze_cells, update_symbols).
#include "compile/symtable.h"

#include <set>

namespace glasspy::compile {
namespace {

using ast::NodeKind;
using NameSet = std::set<std::string>;

bool contains(const NameSet& set, const std::string& name) { return set.count(name) != 0; }

}  // namespace

std::string mangle(const std::string* private_name, std::string_view name) {
  std::string out(name);
  if (private_name == nullptr || name.size() < 2 || name[0] != '_' || name[1] != '_') return out;
  if ((name[name.size() - 1] == '_' && name[name.size() - 2] == '_') || name.find('.') != std::string_view::npos)
    return out;
  size_t skip = 0;
  while (skip < private_name->size() && (*private_name)[skip] == '_') ++skip;
  if (skip == private_name->size()) return out;
  return "_" + private_name->substr(skip) + out;
}

NameScope Scope::scope_of(const std::string& name) const {
  auto it = scopes.find(name);
  return it == scopes.end() ? NameScope::kNone : it->second;
}

int Scope::flags_of(const std::string& name) const {
  auto it = flags.find(name);
  return it == flags.end() ? 0 : it->second;
}

Scope* SymbolTable::scope_for(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

Scope* SymbolTable::enter(ScopeType type, std::string name, const ast::Node* node, int lineno) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* scope = scopes_.back().get();
  scope->type = type;
  scope->name = std::move(name);
  scope->node = node;
  scope->lineno = lineno;
  if (cur_ != nullptr) {
    if (cur_->nested || cur_->type == ScopeType::kFunction) scope->nested = true;
    cur_->children.push_back(scope);
  }
  stack_.push_back(scope);
  cur_ = scope;
  if (node != nullptr) by_node_[node] = scope;
  return scope;
}

void SymbolTable::leave() {
  stack_.pop_back();
  cur_ = stack_.empty() ? nullptr : stack_.back();
}

void SymbolTable::add_def(std::string_view raw, int flag, Scope* scope) {
  if (scope == nullptr) scope = cur_;
  std::string name = mangle(has_private_ ? &private_ : nullptr, raw);
  auto it = scope->flags.find(name);
  int value = flag;
  if (it != scope->flags.end()) value |= it->second;
  if (scope->comp_iter_target) value |= kDefCompIter;
  if (it == scope->flags.end()) {
    scope->order.push_back(name);
    scope->flags.emplace(name, value);
  } else {
    it->second = value;
  }
  if (flag & kDefParam) {
    scope->varnames.push_back(name);
  } else if (flag & kDefGlobal) {
    // A global declaration makes the name global in the module too.
    Scope* module = scopes_.front().get();
    auto m = module->flags.find(name);
    if (m == module->flags.end()) {
      module->order.push_back(name);
      module->flags.emplace(name, flag);
    } else {
      m->second |= flag;
    }
  }
}

void SymbolTable::build(const ast::Module& module, bool future_annotations) {
  future_annotations_ = future_annotations;
  enter(ScopeType::kModule, "top", nullptr, 0);
  visit_stmts(module.body);
  leave();
  // analyze(): the module has no enclosing bound names.
  struct Analyzer {
    static bool analyze_name(Scope* ste, std::unordered_map<std::string, NameScope>& scopes, const std::string& name,
                             int flags, const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
      if (flags & kDefGlobal) {
        scopes[name] = NameScope::kGlobalExplicit;
        global.insert(name);
        if (bound != nullptr) const_cast<NameSet*>(bound)->erase(name);
        return true;
      }
      if (flags & kDefNonlocal) {
        scopes[name] = NameScope::kFree;
        ste->has_free = true;
        free.insert(name);
        return true;
      }
      if (flags & kDefBound) {
        scopes[name] = NameScope::kLocal;
        local.insert(name);
        global.erase(name);
        return true;
      }
      if (bound != nullptr && contains(*bound, name)) {
        scopes[name] = NameScope::kFree;
        ste->has_free = true;
        free.insert(name);
        return true;
      }
      if (contains(global, name)) {
        scopes[name] = NameScope::kGlobalImplicit;
        return true;
      }
      if (ste->nested) ste->has_free = true;
      scopes[name] = NameScope::kGlobalImplicit;
      return true;
    }

    static void update_symbols(Scope* ste, const std::unordered_map<std::string, NameScope>& scopes,
                               const NameSet* bound, const NameSet& free, bool classflag) {
      for (const std::string& name : ste->order) ste->scopes[name] = scopes.at(name);
      for (const std::string& name : free) {
        auto it = ste->flags.find(name);
        if (it != ste->flags.end()) {
          if (classflag && (it->second & (kDefBound | kDefGlobal))) it->second |= kDefFreeClass;
          continue;
        }
        if (bound != nullptr && !contains(*bound, name)) continue;
        ste->order.push_back(name);
        ste->flags.emplace(name, 0);
        ste->scopes[name] = NameScope::kFree;
      }
    }

    static void analyze_block(Scope* ste, NameSet* bound, NameSet& free, NameSet& global) {
      NameSet local, newglobal, newfree, newbound;
      std::unordered_map<std::string, NameScope> scopes;
      if (ste->type == ScopeType::kClass) {
        newglobal.insert(global.begin(), global.end());
        if (bound != nullptr) newbound.insert(bound->begin(), bound->end());
      }
      for (const std::string& name : ste->order)
        analyze_name(ste, scopes, name, ste->flags[name], bound, local, free, global);
      if (ste->type != ScopeType::kClass) {
        if (ste->type == ScopeType::kFunction) newbound.insert(local.begin(), local.end());
        if (bound != nullptr) newbound.insert(bound->begin(), bound->end());
        newglobal.insert(global.begin(), global.end());
      } else {
        newbound.insert("__class__");
      }
      NameSet allfree;
      for (Scope* child : ste->children) {
        NameSet temp_bound = newbound, temp_free = newfree, temp_global = newglobal;
        analyze_block(child, &temp_bound, temp_free, temp_global);
        allfree.insert(temp_free.begin(), temp_free.end());
        if (child->has_free || child->child_free) ste->child_free = true;
      }
      newfree.insert(allfree.begin(), allfree.end());
      if (ste->type == ScopeType::kFunction) {
        // analyze_cells: locals that children use freely become cells.
        for (const std::string& name : ste->order) {
          auto it = scopes.find(name);
          if (it == scopes.end() || it->second != NameScope::kLocal) continue;
          if (!contains(newfree, name)) continue;
          it->second = NameScope::kCell;
          newfree.erase(name);
        }
      } else if (ste->type == ScopeType::kClass) {
        if (newfree.erase("__class__") != 0) ste->needs_class_closure = true;
      }
      update_symbols(ste, scopes, bound, newfree, ste->type == ScopeType::kClass);
      free.insert(newfree.begin(), newfree.end());
    }
  };
  NameSet free, global;
  Analyzer::analyze_block(top(), nullptr, free, global);
}

void SymbolTable::visit_stmts(const ast::Seq<ast::StmtNode*>& body) {
  for (const ast::StmtNode* s : body) visit_stmt(s);
}

void SymbolTable::visit_exprs(const ast::Seq<ast::ExprNode*>& list) {
  for (const ast::ExprNode* e : list)
    if (e != nullptr) visit_expr(e);
}

void SymbolTable::visit_arguments(const ast::Arguments* a) {
  for (const auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
    for (const ast::Arg* arg : *list) add_def(arg->arg, kDefParam);
  if (a->vararg != nullptr) {
    add_def(a->vararg->arg, kDefParam);
    cur_->varargs = true;
  }
  if (a->kwarg != nullptr) {
    add_def(a->kwarg->arg, kDefParam);
    cur_->varkeywords = true;
  }
}

// Under `from __future__ import annotations` CPython 3.11 keeps annotations as strings,
// and their names make no cells in enclosing functions: they are not visited at all.
void SymbolTable::visit_annotation(const ast::ExprNode* annotation) {
  if (future_annotations_) return;
  visit_expr(annotation);
}

void SymbolTable::visit_annotations(const ast::Node*, const ast::Arguments* a, const ast::ExprNode* returns) {
  if (future_annotations_) return;
  auto arg_annotations = [&](const ast::Seq<ast::Arg*>& list) {
    for (const ast::Arg* arg : list)
      if (arg->annotation != nullptr) visit_expr(arg->annotation);
  };
  arg_annotations(a->posonlyargs);
  arg_annotations(a->args);
  if (a->vararg != nullptr && a->vararg->annotation != nullptr) visit_expr(a->vararg->annotation);
  if (a->kwarg != nullptr && a->kwarg->annotation != nullptr) visit_expr(a->kwarg->annotation);
  arg_annotations(a->kwonlyargs);
  if (returns != nullptr) visit_annotation(returns);
}

void SymbolTable::visit_function(const ast::StmtNode* s, std::string_view name, const ast::Arguments* args,
                                 const ast::Seq<ast::StmtNode*>& body, const ast::Seq<ast::ExprNode*>& decorators,
                                 const ast::ExprNode* returns, bool is_async) {
  add_def(name, kDefLocal);
  visit_exprs(args->defaults);
  visit_exprs(args->kw_defaults);
  visit_annotations(s, args, returns);
  visit_exprs(decorators);
  Scope* scope = enter(ScopeType::kFunction, std::string(name), s, s->pos.lineno);
  if (is_async) scope->coroutine = true;
  visit_arguments(args);
  visit_stmts(body);
  leave();
}

void SymbolTable::visit_stmt(const ast::StmtNode* s) {
  switch (s->node_kind) {
    case NodeKind::FunctionDef: {
      const auto* f = static_cast<const ast::FunctionDef*>(s);
      visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, false);
      break;
    }
    case NodeKind::AsyncFunctionDef: {
      const auto* f = static_cast<const ast::AsyncFunctionDef*>(s);
      visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, true);
      break;
    }
    case NodeKind::ClassDef: {
      const auto* c = static_cast<const ast::ClassDef*>(s);
      add_def(c->name, kDefLocal);
      visit_exprs(c->bases);
      for (const ast::Keyword* k : c->keywords) visit_expr(k->value);
      visit_exprs(c->decorator_list);
      enter(ScopeType::kClass, std::string(c->name), s, s->pos.lineno);
      std::string saved = private_;
      bool had = has_private_;
      private_ = std::string(c->name);
      has_private_ = true;
      visit_stmts(c->body);
      private_ = saved;
      has_private_ = had;
      leave();
      break;
    }
    case NodeKind::Return: {
      const auto* r = static_cast<const ast::Return*>(s);
      if (r->value != nullptr) {
        visit_expr(r->value);
        cur_->returns_value = true;
      }
      break;
    }
    case NodeKind::Delete: visit_exprs(static_cast<const ast::Delete*>(s)->targets); break;
    case NodeKind::Assign: {
      const auto* a = static_cast<const ast::Assign*>(s);
      visit_exprs(a->targets);
      visit_expr(a->value);
      break;
    }
    case NodeKind::AnnAssign: {
      const auto* a = static_cast<const ast::AnnAssign*>(s);
      if (const auto* target = ast::node_cast<ast::Name>(a->target)) {
        if (a->simple) {
          add_def(target->id, kDefAnnot | kDefLocal);
        } else if (a->value != nullptr) {
          add_def(target->id, kDefLocal);
        }
      } else {
        visit_expr(a->target);
      }
      visit_annotation(a->annotation);
      if (a->value != nullptr) visit_expr(a->value);
      break;
    }
    case NodeKind::AugAssign: {
      const auto* a = static_cast<const ast::AugAssign*>(s);
      visit_expr(a->target);
      visit_expr(a->value);
      break;
    }
    case NodeKind::For: {
      const auto* f = static_cast<const ast::For*>(s);
      visit_expr(f->target);
      visit_expr(f->iter);
      visit_stmts(f->body);
      visit_stmts(f->orelse);
      break;
    }
    case NodeKind::AsyncFor: {
      const auto* f = static_cast<const ast::AsyncFor*>(s);
      visit_expr(f->target);
      visit_expr(f->iter);
      visit_stmts(f->body);
      visit_stmts(f->orelse);
      break;
    }
    case NodeKind::While: {
      const auto* w = static_cast<const ast::While*>(s);
      visit_expr(w->test);
      visit_stmts(w->body);
      visit_stmts(w->orelse);
      break;
    }
    case NodeKind::If: {
      const auto* i = static_cast<const ast::If*>(s);
      visit_expr(i->test);
      visit_stmts(i->body);
      visit_stmts(i->orelse);
      break;
    }
    case NodeKind::Match: {
      const auto* m = static_cast<const ast::Match*>(s);
      visit_expr(m->subject);
      for (const ast::MatchCase* c : m->cases) {
        visit_pattern(c->pattern);
        if (c->guard != nullptr) visit_expr(c->guard);
        visit_stmts(c->body);
      }
      break;
    }
    case NodeKind::Raise: {
      const auto* r = static_cast<const ast::Raise*>(s);
      if (r->exc != nullptr) {
        visit_expr(r->exc);
        if (r->cause != nullptr) visit_expr(r->cause);
      }
      break;
    }
    case NodeKind::Try:
    case NodeKind::TryStar: {
      bool star = s->node_kind == NodeKind::TryStar;
      const auto& body = star ? static_cast<const ast::TryStar*>(s)->body : static_cast<const ast::Try*>(s)->body;
      const auto& orelse = star ? static_cast<const ast::TryStar*>(s)->orelse : static_cast<const ast::Try*>(s)->orelse;
      const auto& handlers =
          star ? static_cast<const ast::TryStar*>(s)->handlers : static_cast<const ast::Try*>(s)->handlers;
      const auto& finalbody =
          star ? static_cast<const ast::TryStar*>(s)->finalbody : static_cast<const ast::Try*>(s)->finalbody;
      visit_stmts(body);
      visit_stmts(orelse);
      for (const ast::ExceptHandlerNode* h : handlers) {
        const auto* eh = static_cast<const ast::ExceptHandler*>(h);
        if (eh->type != nullptr) visit_expr(eh->type);
        if (eh->name.data() != nullptr) add_def(eh->name, kDefLocal);
        visit_stmts(eh->body);
      }
      visit_stmts(finalbody);
      break;
    }
    case NodeKind::Assert: {
      const auto* a = static_cast<const ast::Assert*>(s);
      visit_expr(a->test);
      if (a->msg != nullptr) visit_expr(a->msg);
      break;
    }
    case NodeKind::Import:
    case NodeKind::ImportFrom: {
      const auto& names = s->node_kind == NodeKind::Import ? static_cast<const ast::Import*>(s)->names
                                                             : static_cast<const ast::ImportFrom*>(s)->names;
      for (const ast::Alias* a : names) {
        std::string_view store = a->asname.data() != nullptr ? a->asname : a->name;
        if (a->asname.data() == nullptr) store = store.substr(0, store.find('.'));
        if (store == "*") continue;
        add_def(store, kDefImport);
      }
      break;
    }
    case NodeKind::Global:
      for (ast::Identifier name : static_cast<const ast::Global*>(s)->names) add_def(name, kDefGlobal);
      break;
    case NodeKind::Nonlocal:
      for (ast::Identifier name : static_cast<const ast::Nonlocal*>(s)->names) add_def(name, kDefNonlocal);
      break;
    case NodeKind::Expr: visit_expr(static_cast<const ast::Expr*>(s)->value); break;
    case NodeKind::With:
    case NodeKind::AsyncWith: {
      bool is_async = s->node_kind == NodeKind::AsyncWith;
      const auto& items =
          is_async ? static_cast<const ast::AsyncWith*>(s)->items : static_cast<const ast::With*>(s)->items;
      for (const ast::WithItem* w : items) {
        visit_expr(w->context_expr);
        if (w->optional_vars != nullptr) visit_expr(w->optional_vars);
      }
      visit_stmts(is_async ? static_cast<const ast::AsyncWith*>(s)->body : static_cast<const ast::With*>(s)->body);
      break;
    }
    default: break;
  }
}

void SymbolTable::visit_namedexpr(const ast::NamedExpr* e) {
  if (cur_->comprehension != ComprehensionType::kNone) {
    // The target binds in the nearest enclosing function or module (extend_namedexpr_scope).
    const auto* target = static_cast<const ast::Name*>(e->target);
    for (size_t i = stack_.size(); i-- > 0;) {
      Scope* scope = stack_[i];
      if (scope->comprehension != ComprehensionType::kNone) continue;
      int flags = scope->flags_of(mangle(has_private_ ? &private_ : nullptr, target->id));
      if (scope->type == ScopeType::kFunction) {
        add_def(target->id, (flags & kDefGlobal) ? kDefGlobal : kDefNonlocal);
        add_def(target->id, kDefLocal, scope);
        break;
      }
      if (scope->type == ScopeType::kModule) {
        add_def(target->id, kDefGlobal);
        add_def(target->id, kDefGlobal, scope);
        break;
      }
      break;  // a class body: an error reported by the checks
    }
  }
  visit_expr(e->value);
  visit_expr(e->target);
}

void SymbolTable::visit_comprehension(const ast::ExprNode* e, const ast::Seq<ast::Comprehension*>& generators,
                                      const ast::ExprNode* elt, const ast::ExprNode* value) {
  bool is_generator = e->node_kind == NodeKind::GeneratorExp;
  const ast::Comprehension* outermost = generators[0];
  ++cur_->comp_iter_expr;
  visit_expr(outermost->iter);
  --cur_->comp_iter_expr;
  const char* name = "genexpr";
  ComprehensionType type = ComprehensionType::kGenerator;
  switch (e->node_kind) {
    case NodeKind::ListComp: name = "listcomp"; type = ComprehensionType::kList; break;
    case NodeKind::SetComp: name = "setcomp"; type = ComprehensionType::kSet; break;
    case NodeKind::DictComp: name = "dictcomp"; type = ComprehensionType::kDict; break;
    default: break;
  }
  Scope* scope = enter(ScopeType::kFunction, name, e, e->pos.lineno);
  scope->comprehension = type;
  if (outermost->is_async) scope->coroutine = true;
  add_def(".0", kDefParam);
  scope->comp_iter_target = true;
  visit_expr(outermost->target);
  scope->comp_iter_target = false;
  visit_exprs(outermost->ifs);
  for (uint32_t i = 1; i < generators.size(); ++i) {
    const ast::Comprehension* c = generators[i];
    scope->comp_iter_target = true;
    visit_expr(c->target);
    scope->comp_iter_target = false;
    ++scope->comp_iter_expr;
    visit_expr(c->iter);
    --scope->comp_iter_expr;
    visit_exprs(c->ifs);
    if (c->is_async) scope->coroutine = true;
  }
  if (value != nullptr) visit_expr(value);
  visit_expr(elt);
  scope->generator = is_generator;
  bool is_async = scope->coroutine && !is_generator;
  leave();
  if (is_async) cur_->coroutine = true;
}

void SymbolTable::visit_pattern(const ast::PatternNode* p) {
  switch (p->node_kind) {
    case NodeKind::MatchValue: visit_expr(static_cast<const ast::MatchValue*>(p)->value); break;
    case NodeKind::MatchSequence:
      for (const ast::PatternNode* q : static_cast<const ast::MatchSequence*>(p)->patterns) visit_pattern(q);
      break;
    case NodeKind::MatchStar: {
      const auto* m = static_cast<const ast::MatchStar*>(p);
      if (m->name.data() != nullptr) add_def(m->name, kDefLocal);
      break;
    }
    case NodeKind::MatchMapping: {
      const auto* m = static_cast<const ast::MatchMapping*>(p);
      visit_exprs(m->keys);
      for (const ast::PatternNode* q : m->patterns) visit_pattern(q);
      if (m->rest.data() != nullptr) add_def(m->rest, kDefLocal);
      break;
    }
    case NodeKind::MatchClass: {
      const auto* m = static_cast<const ast::MatchClass*>(p);
      visit_expr(m->cls);
      for (const ast::PatternNode* q : m->patterns) visit_pattern(q);
      for (const ast::PatternNode* q : m->kwd_patterns) visit_pattern(q);
      break;
    }
    case NodeKind::MatchAs: {
      const auto* m = static_cast<const ast::MatchAs*>(p);
      if (m->pattern != nullptr) visit_pattern(m->pattern);
      if (m->name.data() != nullptr) add_def(m->name, kDefLocal);
      break;
    }
    case NodeKind::MatchOr:
      for (const ast::PatternNode* q : static_cast<const ast::MatchOr*>(p)->patterns) visit_pattern(q);
      break;
    default: break;
  }
}

void SymbolTable::visit_expr(const ast::ExprNode* e) {
  switch (e->node_kind) {
    case NodeKind::NamedExpr: visit_namedexpr(static_cast<const ast::NamedExpr*>(e)); break;
    case NodeKind::BoolOp: visit_exprs(static_cast<const ast::BoolOp*>(e)->values); break;
    case NodeKind::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      break;
    }
    case NodeKind::UnaryOp: visit_expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
    case NodeKind::Lambda: {
      const auto* l = static_cast<const ast::Lambda*>(e);
      visit_exprs(l->args->defaults);
      visit_exprs(l->args->kw_defaults);
      enter(ScopeType::kFunction, "lambda", e, e->pos.lineno);
      visit_arguments(l->args);
      visit_expr(l->body);
      leave();
      break;
    }
    case NodeKind::IfExp: {
      const auto* i = static_cast<const ast::IfExp*>(e);
      visit_expr(i->test);
      visit_expr(i->body);
      visit_expr(i->orelse);
      break;
    }
    case NodeKind::Dict: {
      const auto* d = static_cast<const ast::Dict*>(e);
      visit_exprs(d->keys);
      visit_exprs(d->values);
      break;
    }
    case NodeKind::Set: visit_exprs(static_cast<const ast::Set*>(e)->elts); break;
    case NodeKind::GeneratorExp: {
      const auto* g = static_cast<const ast::GeneratorExp*>(e);
      visit_comprehension(e, g->generators, g->elt, nullptr);
      break;
    }
    case NodeKind::ListComp: {
      const auto* c = static_cast<const ast::ListComp*>(e);
      visit_comprehension(e, c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::SetComp: {
      const auto* c = static_cast<const ast::SetComp*>(e);
      visit_comprehension(e, c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::DictComp: {
      const auto* c = static_cast<const ast::DictComp*>(e);
      visit_comprehension(e, c->generators, c->key, c->value);
      break;
    }
    case NodeKind::Yield: {
      const auto* y = static_cast<const ast::Yield*>(e);
      if (y->value != nullptr) visit_expr(y->value);
      cur_->generator = true;
      break;
    }
    case NodeKind::YieldFrom:
      visit_expr(static_cast<const ast::YieldFrom*>(e)->value);
      cur_->generator = true;
      break;
    case NodeKind::Await:
      visit_expr(static_cast<const ast::Await*>(e)->value);
      cur_->coroutine = true;
      break;
    case NodeKind::Compare: {
      const auto* c = static_cast<const ast::Compare*>(e);
      visit_expr(c->left);
      visit_exprs(c->comparators);
      break;
    }
    case NodeKind::Call: {
      const auto* c = static_cast<const ast::Call*>(e);
      visit_expr(c->func);
      visit_exprs(c->args);
      for (const ast::Keyword* k : c->keywords) visit_expr(k->value);
      break;
    }
    case NodeKind::FormattedValue: {
      const auto* f = static_cast<const ast::FormattedValue*>(e);
      visit_expr(f->value);
      if (f->format_spec != nullptr) visit_expr(f->format_spec);
      break;
    }
    case NodeKind::JoinedStr: visit_exprs(static_cast<const ast::JoinedStr*>(e)->values); break;
    case NodeKind::Attribute: visit_expr(static_cast<const ast::Attribute*>(e)->value); break;
    case NodeKind::Subscript: {
      const auto* s = static_cast<const ast::Subscript*>(e);
      visit_expr(s->value);
      visit_expr(s->slice);
      break;
    }
    case NodeKind::Starred: visit_expr(static_cast<const ast::Starred*>(e)->value); break;
    case NodeKind::Slice: {
      const auto* s = static_cast<const ast::Slice*>(e);
      if (s->lower != nullptr) visit_expr(s->lower);
      if (s->upper != nullptr) visit_expr(s->upper);
      if (s->step != nullptr) visit_expr(s->step);
      break;
    }
    case NodeKind::Name: {
      const auto* n = static_cast<const ast::Name*>(e);
      // __debug__ is folded to a constant before CPython builds its table.
      if (n->ctx == ast::ExprContext::Load && n->id == "__debug__") break;
      add_def(n->id, n->ctx == ast::ExprContext::Load ? kUse : kDefLocal);
      if (n->ctx == ast::ExprContext::Load && cur_->type == ScopeType::kFunction && n->id == "super")
        add_def("__class__", kUse);
      break;
    }
    case NodeKind::List: visit_exprs(static_cast<const ast::List*>(e)->elts); break;
    case NodeKind::Tuple: visit_exprs(static_cast<const ast::Tuple*>(e)->elts); break;
    default: break;
  }
}

}  // namespace glasspy::compile

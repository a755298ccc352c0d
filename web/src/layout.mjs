// The page's views: on a wide screen the editor and the console stand on the left and one
// of the three panes (Tokens, Syntax tree, Bytecode) on the right; on a phone every view
// is a tab of its own. One tab list serves both (its Code and Output tabs show on phones).

const kPanes = ['tokens', 'ast', 'bytecode'];
const phone = matchMedia('(max-width: 760px)');

export function setupLayout({ onPaneShown }) {
  const body = document.body;
  const tabs = [...document.querySelectorAll('[role="tab"]')];

  function visibleTabs() {
    return tabs.filter((tab) => tab.offsetParent !== null);
  }

  function current() {
    return phone.matches ? body.dataset.view : body.dataset.pane;
  }

  function sync() {
    const active = current();
    for (const tab of tabs) {
      const selected = tab.dataset.view === active;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  }

  function show(view) {
    body.dataset.view = view;
    if (kPanes.includes(view)) body.dataset.pane = view;
    sync();
    if (kPanes.includes(view)) onPaneShown(view);
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => show(tab.dataset.view));
    tab.addEventListener('keydown', (event) => {
      const list = visibleTabs();
      const at = list.indexOf(tab);
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const target = list[(next + list.length) % list.length];
      target.focus();
      show(target.dataset.view);
    });
  }
  phone.addEventListener('change', () => {
    // Leaving the phone layout on Code/Output: the right column keeps its pane.
    sync();
    onPaneShown(body.dataset.pane);
  });
  sync();

  return {
    show: (view) => {
      if (phone.matches || kPanes.includes(view)) show(view);
    },
    // On a phone, Run switches to the console (on a wide screen it is always in view).
    showOutputOnPhone: () => phone.matches && show('output'),
    // The panes now on screen (the panes that need to follow the editor).
    visiblePanes: () => {
      if (!phone.matches) return [body.dataset.pane];
      return kPanes.includes(body.dataset.view) ? [body.dataset.view] : [];
    },
  };
}

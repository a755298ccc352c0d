// The examples menu's contents: every examples/*.py, bundled at build time, in two groups
// (how Python runs code, then classic programs), each titled from its first comment line.

const files = import.meta.glob('../../examples/*.py', { query: '?raw', import: 'default', eager: true });

// The execution-model tour, in teaching order; files not listed are "Programs".
const kModelOrder = [
  'hello_world',
  'tokens_tour',
  'syntax_tree',
  'bytecode',
  'namespaces_legb',
  'closures',
  'generators_pipeline',
  'exceptions_tour',
  'traceback_demo',
  'classes_and_objects',
  'reference_counting',
  'recursion',
];

export const examples = Object.entries(files)
  .map(([path, source]) => {
    const name = path.replace(/^.*\//, '').replace(/\.py$/, '');
    const order = kModelOrder.indexOf(name);
    return { name, title: titleOf(name, source), source, group: order >= 0 ? 'How Python runs code' : 'Programs', order };
  })
  .sort((a, b) => (a.order < 0) - (b.order < 0) || a.order - b.order || a.title.localeCompare(b.title));

// "# Closures: an inner function..." -> "Closures"; falls back to the file name.
function titleOf(name, source) {
  const first = /^#\s*([^:\n]{2,40}):/.exec(source);
  if (first) return first[1].trim();
  const words = name.replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/**
 * The forms `load` accepts, reduced to one tree of property paths:
 * `'address, values'`, `['address', 'format/fill/color']`, `{ select: 'name', expand: 'format' }`
 * and `{ format: { fill: { color: true } } }`. An empty tree means every scalar property.
 */
export type LoadTree = Map<string, LoadTree>;

export type LoadOption =
  | string
  | readonly string[]
  | { readonly select?: string | readonly string[]; readonly expand?: string | readonly string[] }
  | { readonly [property: string]: boolean | object };

export function loadTree(option: LoadOption | undefined): LoadTree {
  const tree: LoadTree = new Map();
  if (option === undefined) return tree;
  if (typeof option === 'string' || Array.isArray(option)) {
    addPaths(tree, option as string | readonly string[]);
    return tree;
  }
  const record = option as Record<string, unknown>;
  if ('select' in record || 'expand' in record) {
    addPaths(tree, record['select'] as string | readonly string[] | undefined);
    addPaths(tree, record['expand'] as string | readonly string[] | undefined);
    return tree;
  }
  addObject(tree, record);
  return tree;
}

function addPaths(tree: LoadTree, paths: string | readonly string[] | undefined): void {
  if (paths === undefined) return;
  const list = typeof paths === 'string' ? paths.split(',') : paths;
  for (const path of list) {
    let node = tree;
    for (const step of path
      .split('/')
      .map((part) => part.trim())
      .filter(Boolean)) {
      let next = node.get(step);
      if (!next) {
        next = new Map();
        node.set(step, next);
      }
      node = next;
    }
  }
}

function addObject(tree: LoadTree, object: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(object)) {
    if (value === false || value === undefined) continue;
    const node: LoadTree = tree.get(name) ?? new Map();
    tree.set(name, node);
    if (typeof value === 'object' && value !== null) addObject(node, value as Record<string, unknown>);
  }
}

/** The tree back as the `select` list the runtime sends, for payloads and statements. */
export function selectList(tree: LoadTree, prefix = ''): string[] {
  const out: string[] = [];
  for (const [name, sub] of tree) {
    const path = prefix ? `${prefix}/${name}` : name;
    if (sub.size === 0) out.push(path);
    else out.push(...selectList(sub, path));
  }
  return out;
}

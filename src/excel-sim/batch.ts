/**
 * A batch as the runtime sends it: queued actions against object paths. Besides running them,
 * the simulator serializes a batch the way the runtime does (`Actions` and `ObjectPaths`) to
 * measure payload size, and prints it as the runtime's `RequestPrettyPrinter` does for
 * `debugInfo.statement` (arguments shown as `...`).
 */

/** How a proxy was reached from its parent: `workbook.worksheets`, `worksheets.getItem("x")`. */
export interface PathStep {
  readonly kind: 'root' | 'property' | 'method' | 'item';
  readonly name: string;
  readonly args: readonly unknown[];
}

export interface PathNode {
  readonly objectId: number;
  readonly parentNode: PathNode | undefined;
  readonly step: PathStep;
  /** The variable name statements use for it, before deduplication. */
  readonly variableName: string;
  /** Finds the host object (instantiation); throws the host's error when it cannot. */
  target(): unknown;
}

export type ActionType = 'Instantiate' | 'Query' | 'Method' | 'SetProperty';

/** What an action does to the document: drives recalculation, undo entries and redraws. */
export type ActionEffect = 'read' | 'edit' | 'view';

/** A query's answer: the JSON the host sends back, and how it lands on the proxies after sync. */
export interface Delivery {
  readonly json: unknown;
  deliver(): void;
}

export interface BatchAction {
  readonly owner: PathNode;
  readonly type: ActionType;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly effect: ActionEffect;
  /** Runs on the host at sync; throws a RichApiError when the host refuses it. */
  run(): Delivery | void;
}

const ACTION_TYPE_CODES: Record<ActionType, number> = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4 };
const PATH_TYPE_CODES: Record<PathStep['kind'], number> = { root: 1, method: 3, property: 4, item: 6 };

/**
 * Proxies passed as arguments (a Range to `charts.add`) travel as references to their object
 * path; replaced before serializing, since JSON.stringify would call their `toJSON` first.
 */
function argumentsOf(args: readonly unknown[]): { Arguments: unknown[] } {
  const isNode = (value: unknown): value is PathNode => typeof value === 'object' && value !== null && 'objectId' in value && 'step' in value;
  return { Arguments: args.map((arg) => (isNode(arg) ? { ObjectPathId: arg.objectId } : arg)) };
}

export interface DescribedBatch {
  /** The request body, as the text that would cross the process boundary. */
  readonly requestText: string;
  readonly statements: readonly string[];
  /** For each action, the index of its statement. */
  readonly statementOf: readonly number[];
  /** For each action that first uses an object, the index of that object's `// Instantiate` statement. */
  readonly instantiationOf: readonly (number | undefined)[];
}

export function describeBatch(actions: readonly BatchAction[]): DescribedBatch {
  const objectPaths: Record<number, unknown> = {};
  const requestActions: unknown[] = [];
  const statements: string[] = [];
  const statementOf: number[] = [];
  const instantiationOf: (number | undefined)[] = [];
  const variables = new Map<number, string>();
  const usedNames = new Map<string, number>();
  const instantiated = new Set<number>();
  let nextActionId = 1;

  const declare = (node: PathNode): string => {
    const known = variables.get(node.objectId);
    if (known) return known;
    const parent = node.parentNode ? declare(node.parentNode) : 'context';
    const count = usedNames.get(node.variableName) ?? 0;
    usedNames.set(node.variableName, count + 1);
    const name = count === 0 ? node.variableName : `${node.variableName}${count}`;
    variables.set(node.objectId, name);
    const call = node.step.kind === 'method' ? `(${node.step.args.length > 0 ? '...' : ''})` : '';
    const accessor = node.step.kind === 'item' ? `${parent}.items[...]` : `${parent}.${node.step.name}${call}`;
    statements.push(`var ${name}=${accessor};`);
    objectPaths[node.objectId] = {
      Id: node.objectId,
      ObjectPathType: PATH_TYPE_CODES[node.step.kind],
      Name: node.step.name,
      ParentObjectPathId: node.parentNode?.objectId,
      ArgumentInfo: argumentsOf(node.step.args),
    };
    return name;
  };

  for (const action of actions) {
    const variable = declare(action.owner);
    let instantiation: number | undefined;
    if (!instantiated.has(action.owner.objectId)) {
      instantiated.add(action.owner.objectId);
      statements.push(`// Instantiate {${variable}}`);
      instantiation = statements.length - 1;
      requestActions.push({ Id: nextActionId++, ActionType: 1, Name: '', ObjectPathId: action.owner.objectId });
    }
    instantiationOf.push(instantiation);
    if (action.type !== 'Instantiate') {
      requestActions.push({
        Id: nextActionId++,
        ActionType: ACTION_TYPE_CODES[action.type],
        Name: action.name,
        ObjectPathId: action.owner.objectId,
        ArgumentInfo: argumentsOf(action.args),
      });
      statements.push(statementFor(action, variable));
    }
    statementOf.push(statements.length - 1);
  }
  const requestText = JSON.stringify({ Actions: requestActions, ObjectPaths: objectPaths });
  return { requestText, statements, statementOf, instantiationOf };
}

function statementFor(action: BatchAction, variable: string): string {
  switch (action.type) {
    case 'SetProperty':
      return `${variable}.${action.name}=...;`;
    case 'Query':
      return `${variable}.load(${JSON.stringify(action.args[0] ?? [])});`;
    default:
      return `${variable}.${action.name}(${action.args.length > 0 ? '...' : ''});`;
  }
}

/** Up to five statements either side of the failing one, marked as the runtime marks them. */
export function surroundingStatements(statements: readonly string[], index: number): string[] {
  const start = Math.max(0, index - 5);
  const end = Math.min(statements.length, index + 6);
  return [
    ...(start > 0 ? ['...'] : []),
    ...statements.slice(start, index),
    '// >>>>>',
    statements[index] ?? '',
    '// <<<<<',
    ...statements.slice(index + 1, end),
    ...(end < statements.length ? ['...'] : []),
  ];
}

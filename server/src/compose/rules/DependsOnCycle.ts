import { berthUrl, type RuleFinding } from '../../lint/rule';
import type { Reference } from '../references';
import type { ComposeRule } from '../rule';

/** References that make one service wait for another: Compose orders startup by them, so a loop cannot start. */
const ORDERING = new Set(['depends_on', 'links', 'network_mode', 'volumes_from', 'ipc', 'pid']);

export const rule: ComposeRule = {
  id: 'DependsOnCycle',
  source: 'berth',
  severity: 'error',
  summary: 'Services that depend on each other in a loop, so none can start first',
  url: berthUrl('DependsOnCycle'),
  docs: {
    why: 'Compose starts a service after the services it depends on: those in `depends_on`, and those it links to or shares a network stack, volumes or namespaces with. When the dependencies form a loop, no service of the loop can start first, and Compose refuses the project. Each dependency of the loop is flagged; removing any one breaks it.',
    bad: 'services:\n  api:\n    image: example/api:1\n    depends_on: [worker]\n  worker:\n    image: example/worker:1\n    depends_on: [api]\n',
    good: 'services:\n  api:\n    image: example/api:1\n  worker:\n    image: example/worker:1\n    depends_on: [api]\n',
  },
  check(file) {
    const edges = file.model.references.filter((r) => r.kind === 'services' && ORDERING.has(r.via) && file.model.services.has(r.name));
    const bySource = new Map<string, Reference[]>();
    for (const edge of edges) bySource.set(edge.service, [...(bySource.get(edge.service) ?? []), edge]);
    const findings: RuleFinding[] = [];
    for (const component of loops(bySource)) {
      const members = new Set(component);
      // A loop through hundreds of services is named by its start, not spelt out in every message.
      const order = component.length <= 6 ? component.join('` → `') : `${component.slice(0, 5).join('` → `')}\` → … (${component.length} services) → \`${component[component.length - 1]}`;
      for (const edge of edges) {
        if (members.has(edge.service) && members.has(edge.name)) {
          findings.push({ range: file.range(edge.start, edge.end), message: `Dependency cycle: \`${order}\` → \`${component[0]}\` (through \`${edge.service}\`'s \`${edge.via}\`)` });
        }
      }
    }
    return findings;
  },
};

/**
 * The groups of services that reach each other (Tarjan's strongly connected components), keeping
 * only real loops: two or more services, or one that depends on itself.
 */
function loops(edges: ReadonlyMap<string, Reference[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (start: string) => {
    // Iterative, so a long chain of services cannot exhaust the call stack.
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++].name;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.unshift(member);
      } while (member !== frame.node);
      const selfLoop = (edges.get(frame.node) ?? []).some((e) => e.name === frame.node);
      if (component.length > 1 || selfLoop) found.push(component);
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

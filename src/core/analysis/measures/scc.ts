// Strongly connected components in topological order, so that every propagation can make one
// pass over an acyclic supply chain and iterate only inside recycling loops.
//
// Tarjan's algorithm without recursion (a 50,000-node chain must not overflow the stack). It
// emits components sinks-first; we reverse that, so a component comes after all its suppliers.

export interface SccOrder {
  /** Nodes grouped by component, components in topological order (suppliers first). */
  readonly nodes: Int32Array;
  /** Component c holds nodes[start[c]..start[c+1]]. */
  readonly start: Int32Array;
  /** Component of each node. */
  readonly component: Int32Array;
  /** 1 when component c is a loop (more than one node, or a node that supplies itself). */
  readonly cyclic: Uint8Array;
  readonly hasCycles: boolean;
}

/** `outStart`/`target`: out-edges of v are targets[outStart[v]..outStart[v+1]]. */
export function sccOrder(n: number, outStart: Int32Array, target: Int32Array): SccOrder {
  const UNSEEN = -1;
  const order = new Int32Array(n).fill(UNSEEN);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let stackTop = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const emitted = new Int32Array(n);
  const emittedComp = new Int32Array(n);
  const compSizes: number[] = [];
  let nEmitted = 0;
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (order[root] !== UNSEEN) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = outStart[root] as number;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth] as number;
      const e = callEdge[depth] as number;
      if (e < (outStart[v + 1] as number)) {
        callEdge[depth] = e + 1;
        const w = target[e] as number;
        if (order[w] === UNSEEN) {
          order[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = outStart[w] as number;
        } else if (onStack[w] === 1 && (order[w] as number) < (low[v] as number)) {
          low[v] = order[w] as number;
        }
        continue;
      }
      if (low[v] === order[v]) {
        const comp = compSizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop] as number;
          onStack[w] = 0;
          emitted[nEmitted] = w;
          emittedComp[nEmitted++] = comp;
          size++;
        } while (w !== v);
        compSizes.push(size);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
    }
  }

  // Reverse: Tarjan emits a component only after every component it reaches.
  const k = compSizes.length;
  const nodes = new Int32Array(n);
  const start = new Int32Array(k + 1);
  const component = new Int32Array(n);
  for (let c = 0; c < k; c++)
    start[c + 1] = (start[c] as number) + (compSizes[k - 1 - c] as number);
  const fill = start.slice(0, k);
  for (let i = n - 1; i >= 0; i--) {
    const c = k - 1 - (emittedComp[i] as number);
    const v = emitted[i] as number;
    const at = fill[c] as number;
    nodes[at] = v;
    fill[c] = at + 1;
    component[v] = c;
  }
  const cyclic = new Uint8Array(k);
  for (let c = 0; c < k; c++)
    if ((start[c + 1] as number) - (start[c] as number) > 1) cyclic[c] = 1;
  for (let v = 0; v < n; v++) {
    for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
      if (target[e] === v) cyclic[component[v] as number] = 1;
    }
  }
  return { nodes, start, component, cyclic, hasCycles: cyclic.some((x) => x === 1) };
}

import type { Fact } from "./facts";
import { Matches } from "./align";
import { Statement, factStatement } from "./statements";

/**
 * Greedy average-linkage clustering of statements into facts (see analyzeCoverage in facts.ts): the
 * strongest best-match links first, a link joining two groups only while the mean cosine between all their
 * members stays at `threshold` or more.
 */
export function clusterFacts(st: readonly Statement[], best: Matches, threshold: number): Fact[] {
  const parent = st.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Each group keeps the sum of its members' unit vectors: the mean cosine between the members of two
  // groups A and B is S_A . S_B / (|A| |B|), so average linkage costs one sparse dot product. A statement
  // alone has no sum map until it joins another: its unit vector is read off its vector, entry for entry
  // what the map would hold, in the same order.
  const sum: Array<Map<string, number> | undefined> = new Array(st.length);
  const sumSize = (a: number) => sum[a]?.size ?? st[a].vector.size;
  const materialise = (a: number) => {
    let m = sum[a];
    if (!m) {
      m = sum[a] = new Map();
      const { vector, norm } = st[a];
      for (const [k, w] of vector) m.set(k, w / norm);
    }
    return m;
  };
  const size = st.map(() => 1);
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i < st.length; i++) {
    const u = best.distinctOf[i];
    for (let e = best.start[u]; e < best.start[u + 1]; e++) {
      if (best.outlet[e] === best.outletOf[i] || !(best.sim[e] >= threshold)) continue;
      const j = best.j[e];
      edges.push([Math.min(i, j), Math.max(i, j), best.sim[e]]);
    }
  }
  edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [i, j] of edges) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const [s, g] = sumSize(a) <= sumSize(b) ? [a, b] : [b, a];
    let dot = 0;
    const gSum = sum[g];
    if (gSum) {
      for (const [k, v] of entries(s)) dot += v * (gSum.get(k) ?? 0);
    } else {
      const gVec = st[g].vector;
      const gNorm = st[g].norm;
      for (const [k, v] of entries(s)) {
        const w = gVec.get(k);
        dot += v * (w === undefined ? 0 : w / gNorm);
      }
    }
    if (dot / (size[a] * size[b]) < threshold) continue;
    const big = materialise(g);
    for (const [k, v] of entries(s)) big.set(k, (big.get(k) ?? 0) + v);
    parent[s] = g;
    size[g] += size[s];
    sum[s] = new Map();
  }
  function entries(a: number): Iterable<[string, number]> {
    const m = sum[a];
    if (m) return m;
    const { vector, norm } = st[a];
    return Array.from(vector, ([k, w]) => [k, w / norm] as [string, number]);
  }
  const groups = new Map<number, number[]>();
  st.forEach((_, i) => {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  });
  const nearest = (i: number): Fact["nearest"] => {
    let top = -1;
    const u = best.distinctOf[i];
    for (let e = best.start[u]; e < best.start[u + 1]; e++) {
      if (best.outlet[e] === best.outletOf[i]) continue;
      if (top < 0 || best.sim[e] > best.sim[top] || (best.sim[e] === best.sim[top] && best.j[e] < best.j[top])) top = e;
    }
    return top < 0 ? null : { outlet: st[best.j[top]].outlet, text: st[best.j[top]].text, sim: best.sim[top] };
  };
  const facts = Array.from(groups, ([root, idx]): Fact => {
    const members = idx.map((i) => st[i]);
    const { label, cohesion } = centre(members, sum[root]);
    const outlets = Array.from(new Set(members.map((m) => m.outlet)));
    return { id: 0, label: label.text, outlets, statements: members.map(factStatement), cohesion, nearest: outlets.length === 1 ? nearest(idx[0]) : null };
  });
  facts.sort((a, b) => b.outlets.length - a.outlets.length || a.statements[0].start - b.statements[0].start || a.statements[0].articleId.localeCompare(b.statements[0].articleId));
  facts.forEach((f, i) => (f.id = i + 1));
  return facts;
}

/**
 * The member most like the others and the mean pairwise cosine, in time linear in the members: for unit
 * vectors u with sum S, the sum of u_i . u_j over pairs i != j is |S|^2 - m, and u_i . (S - u_i) is u_i's
 * summed similarity to the others. `sum` is S, kept by the clustering.
 */
function centre(members: readonly Statement[], sum: ReadonlyMap<string, number> | undefined): { label: Statement; cohesion: number } {
  const m = members.length;
  if (m === 1) return { label: members[0], cohesion: 1 };
  if (!sum) throw new Error("coverage: a fact of several statements has no sum of unit vectors");
  let sq = 0;
  for (const v of sum.values()) sq += v * v;
  let label = members[0];
  let bestAvg = -Infinity;
  for (const s of members) {
    let dot = 0;
    for (const [k, w] of s.vector) dot += (w / s.norm) * sum.get(k)!;
    if (dot - 1 > bestAvg + 1e-12) (bestAvg = dot - 1), (label = s);
  }
  return { label, cohesion: (sq - m) / (m * (m - 1)) };
}

/** Runs a vector query on a space (in the worker). Pure; unit-tested in Node. */
import { cosineParts, lookupWord, neighbourList, pca2, solveAnalogy, unitRow, type VectorSpace, type WordCheck } from '../../models/embeddings';
import type { MapPoint, QueryResult, VectorQuery } from './vectorsProtocol';

const MAX_K = 50;
const MAX_MAP_WORDS = 60;
const clampK = (k: number) => Math.max(1, Math.min(MAX_K, Math.floor(Number.isFinite(k) ? k : 10)));
const okIndex = (c: WordCheck) => (c.ok ? c.index : -1);

function mapQuery(space: VectorSpace, groups: string[][], analogy?: { a: string; b: string; c: string }): QueryResult {
  const list = groups.map((g) => g.slice(0, 2));
  const checks: WordCheck[] = [];
  let answerWord: string | null = null;
  if (analogy) {
    const [a, b, c] = [analogy.a, analogy.b, analogy.c].map((w) => lookupWord(space, w));
    checks.push(a, b, c);
    if (a.ok && b.ok && c.ok) {
      answerWord = solveAnalogy(space, a.index, b.index, c.index, 1)[0]?.word ?? null;
      list.unshift([a.word, b.word], [c.word, answerWord ?? c.word]);
    }
  }
  const order: number[] = [];
  const slot = new Map<number, number>();
  const arrows: [number, number, number][] = [];
  list.forEach((group, gi) => {
    const ids = group.map((w) => {
      const chk = lookupWord(space, w);
      if (!chk.ok) { if (!checks.some((c) => c.word === chk.word)) checks.push(chk); return -1; }
      if (!slot.has(chk.index) && order.length < MAX_MAP_WORDS) { slot.set(chk.index, order.length); order.push(chk.index); }
      return slot.get(chk.index) ?? -1;
    });
    if (ids.length === 2 && ids[0] >= 0 && ids[1] >= 0 && ids[0] !== ids[1]) arrows.push([ids[0], ids[1], analogy && gi < 2 ? 0 : gi]);
  });
  const pca = pca2(order.map((i) => unitRow(space, i)));
  const points: MapPoint[] = order.map((i, j) => ({ word: space.words[i], x: pca.points[j][0], y: pca.points[j][1], answer: space.words[i] === answerWord }));
  return { kind: 'map', checks, points, arrows, explained: pca.explained };
}

export function runQuery(space: VectorSpace, q: VectorQuery): QueryResult {
  switch (q.kind) {
    case 'analogy': {
      const checks = [q.a, q.b, q.c].map((w) => lookupWord(space, w));
      const [a, b, c] = checks.map(okIndex);
      const ranked = a >= 0 && b >= 0 && c >= 0 ? solveAnalogy(space, a, b, c, clampK(q.k), q.include) : null;
      return { kind: 'analogy', checks, ranked };
    }
    case 'neighbours': {
      const check = lookupWord(space, q.word);
      return { kind: 'neighbours', checks: [check], ranked: check.ok ? neighbourList(space, check.index, clampK(q.k)) : null };
    }
    case 'cosine': {
      const checks = [q.a, q.b].map((w) => lookupWord(space, w));
      const [a, b] = checks.map(okIndex);
      return { kind: 'cosine', checks, parts: a >= 0 && b >= 0 ? cosineParts(space, a, b) : null };
    }
    case 'map':
      return mapQuery(space, q.groups, q.analogy);
  }
}

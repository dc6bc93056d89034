import type { Question } from '../engine/flow-schema.ts';

/**
 * "How this tool decides" as plain data: built from the flow at build time
 * (draw-flow-diagram.ts), so the page needs no diagram library and the
 * picture can never drift from the logic it describes.
 */

/** The end of every journey: the rules are checked against all the answers. */
export const RECOMMENDATION_NODE = 'recommendation';

export type DiagramQuestion = {
  id: string;
  /** 1-based position in the flow. */
  number: number;
  title: string;
  kind: Question['kind'];
  options: { value: string; label: string }[];
  /** When the question is asked, in plain English; absent when it is always asked. */
  askedWhen?: string;
  askedWhenIds?: string;
};

/**
 * One way the journey can move on after answering `from`. The steps from one
 * question are tried in `order`; the first whose condition holds is taken, so
 * an `otherwise` step applies only when no earlier one does.
 */
export type DiagramStep = {
  from: string;
  /** A question id, or the diagram's `end`. */
  to: string;
  order: number;
  kind: 'always' | 'if' | 'otherwise';
  /** The condition of an `if` step in plain English and in ids. */
  when?: string;
  whenIds?: string;
};

/** One route a rule adds, with the urgency it raises it to and its own condition, if any. */
export type DiagramAddition = { route: string; urgency?: string; when?: string; whenIds?: string };

export type DiagramRule = {
  id: string;
  when: string;
  whenIds: string;
  /** The routes the rule can add, each once. */
  routes: string[];
  additions: DiagramAddition[];
  reason: string;
  sources: string[];
  note?: string;
};

export type DiagramRoute = { id: string; title: string; urgency: string; rules: string[] };

export type FlowDiagram = {
  flow: { id: string; version: string; title: string };
  /** The urgency bands, most urgent first, with their headings. */
  urgencies: { id: string; heading: string }[];
  questions: DiagramQuestion[];
  steps: DiagramStep[];
  /** The node every journey ends at (RECOMMENDATION_NODE), named here so that the page needs only this data. */
  end: string;
  rules: DiagramRule[];
  /** In the order actions are shown: now, today, next, then flow order. */
  routes: DiagramRoute[];
};

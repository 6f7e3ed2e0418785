/**
 * The lesson that teaches each view of the playground, so that a view can link to it: its slug and the
 * section of the course notes (both checked against the lesson files by view-lessons.test.ts).
 */
export interface ViewLesson {
  slug: string;
  section: string;
}

export const VIEW_LESSONS = {
  landscape: { slug: 'gradient-descent', section: '2.4' },
  layerspace: { slug: 'deep-representations', section: '4.4' },
  shapes: { slug: 'network-notation', section: '3.2–3.5' },
  equations: { slug: 'backpropagation', section: '3.9–3.10' },
  activation: { slug: 'activation-functions', section: '3.6, 3.8' },
  /** Step-through of logistic regression: the computation graph. */
  stepperGraph: { slug: 'computation-graph', section: '2.7–2.9' },
  /** Step-through of a network with hidden layers. */
  stepper: { slug: 'backpropagation', section: '3.9–3.10' },
} as const satisfies Record<string, ViewLesson>;

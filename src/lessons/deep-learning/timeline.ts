/**
 * The ups and downs of deep learning, 1958 → 2023, as data (the decks' timeline). Every entry names the
 * course routes that teach it; entries without a lesson have none. Texts live in the message catalogs
 * under `tl_<id>_title` and `tl_<id>_text`.
 */
export interface TimelineEntry {
  id: string;
  /** Shown as is: a year or a span. */
  year: string;
  /** Course routes that teach this step (existing lessons only). */
  links: string[];
}

export const TIMELINE: readonly TimelineEntry[] = [
  { id: 'perceptron', year: '1958', links: ['/perceptron'] },
  { id: 'mlp', year: '1980s', links: ['/neuron'] },
  { id: 'backprop', year: '1986', links: ['/backprop', '/gradient-descent'] },
  { id: 'oneHidden', year: '1989', links: ['/backprop'] },
  { id: 'lenet', year: '1998', links: ['/cnn'] },
  { id: 'rbm', year: '2006', links: ['/autoencoders'] },
  { id: 'gpu', year: '2009', links: [] },
  { id: 'speech', year: '2011', links: [] },
  { id: 'imagenet', year: '2012', links: ['/cnn'] },
  { id: 'word2vec', year: '2013', links: ['/embeddings'] },
  { id: 'resnet', year: '2015', links: ['/cnn'] },
  { id: 'alphago', year: '2016', links: [] },
  { id: 'speechHuman', year: '2016', links: ['/rnn'] },
  { id: 'transformer', year: '2017', links: ['/attention', '/language-models'] },
  { id: 'bert', year: '2018', links: ['/pretraining', '/embeddings'] },
  { id: 'plm', year: '2019', links: ['/pretraining', '/text-classification'] },
  { id: 'llm', year: '2020–2023', links: ['/language-models'] },
];

export const TIMELINE_IDS = TIMELINE.map((e) => e.id) as [string, ...string[]];

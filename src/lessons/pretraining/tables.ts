/** The decks' results tables (deck 002), with the papers they come from. Numbers as printed. */
import type { TableId } from './params';

/** Text in both languages (names of models and data sets stay as they are). */
export interface Bilingual { en: string; vi: string }
const L = (en: string, vi: string): Bilingual => ({ en, vi });
export type Cell = string | number | null | Bilingual;

export interface DeckTable {
  id: TableId;
  columns: (string | Bilingual)[];
  /** First cell is the row label; the others are numbers or text such as "88.7 ± 0.17". */
  rows: Cell[][];
  source: Bilingual;
}

/** A cell or header in the page's language. */
export function textOf(c: Cell, lang: 'en' | 'vi'): string {
  if (c === null) return '—';
  if (typeof c === 'object') return c[lang];
  return String(c);
}

export const DECK_TABLES: DeckTable[] = [
  {
    id: 'elmo', columns: [L('Task', 'Bài toán'), L('Previous SOTA', 'SOTA trước đó'), L('Baseline', 'Mô hình cơ sở'), L('ELMo + baseline', 'ELMo + cơ sở')],
    rows: [['SQuAD', 84.4, 81.1, 85.8], ['SNLI', 88.6, 88.0, '88.7 ± 0.17'], ['SRL', 81.7, 81.4, 84.6], ['Coref', 67.2, 67.2, 70.4], ['NER', '91.93 ± 0.19', 90.15, '92.22 ± 0.10'], ['SST-5', 53.7, 51.4, '54.7 ± 0.5']],
    source: L('Peters et al. 2018, Deep contextualized word representations, Table 1 (F1 for SQuAD, SRL and NER, average F1 for Coref, accuracy for SNLI and SST-5)', 'Peters và cộng sự 2018, Deep contextualized word representations, Bảng 1 (F1 cho SQuAD, SRL và NER, F1 trung bình cho Coref, độ chính xác cho SNLI và SST-5)'),
  },
  {
    id: 'glue', columns: [L('System', 'Hệ thống'), 'MNLI-m', 'QQP', 'QNLI', 'SST-2', 'CoLA', 'STS-B', 'MRPC', 'RTE', L('Average', 'Trung bình')],
    rows: [
      ['Pre-OpenAI SOTA', 80.6, 66.1, 82.3, 93.2, 35.0, 81.0, 86.0, 61.7, 74.0],
      ['BiLSTM+ELMo+Attn', 76.4, 64.8, 79.9, 90.4, 36.0, 73.3, 84.9, 56.8, 71.0],
      ['OpenAI GPT (L=12, H=768)', 82.1, 70.3, 88.1, 91.3, 45.4, 80.0, 82.3, 56.0, 75.2],
      ['BERT base (L=12, H=768)', 84.6, 71.2, 90.1, 93.5, 52.1, 85.8, 88.9, 66.4, 79.6],
      ['BERT large (L=24, H=1024)', 86.7, 72.1, 91.1, 94.9, 60.5, 86.5, 89.3, 70.1, 81.9],
    ],
    source: L('Devlin et al. 2019, BERT, Table 1 (GLUE test set; training examples per task: 392k, 363k, 108k, 67k, 8.5k, 5.7k, 3.5k, 2.5k)', 'Devlin và cộng sự 2019, BERT, Bảng 1 (tập kiểm tra GLUE; số ví dụ huấn luyện mỗi bài: 392k, 363k, 108k, 67k, 8,5k, 5,7k, 3,5k, 2,5k)'),
  },
  {
    id: 'bleu', columns: [L('Model', 'Mô hình'), 'BLEU EN-DE', 'BLEU EN-FR', L('Training FLOPs EN-DE', 'FLOPs huấn luyện EN-DE'), L('Training FLOPs EN-FR', 'FLOPs huấn luyện EN-FR')],
    rows: [
      ['ByteNet', 23.75, null, null, null], ['Deep-Att + PosUnk', null, 39.2, null, 1.0e20], ['GNMT + RL', 24.6, 39.92, 2.3e19, 1.4e20],
      ['ConvS2S', 25.16, 40.46, 9.6e18, 1.5e20], ['MoE', 26.03, 40.56, 2.0e19, 1.2e20], ['Deep-Att + PosUnk Ensemble', null, 40.4, null, 8.0e20],
      ['GNMT + RL Ensemble', 26.30, 41.16, 1.8e20, 1.1e21], ['ConvS2S Ensemble', 26.36, 41.29, 7.7e19, 1.2e21],
      ['Transformer (base)', 27.3, 38.1, 3.3e18, 3.3e18], ['Transformer (big)', 28.4, 41.8, 2.3e19, 2.3e19],
    ],
    source: L('Vaswani et al. 2017, Attention is all you need, Table 2 (the Transformer has one training-cost figure per model)', 'Vaswani và cộng sự 2017, Attention is all you need, Bảng 2 (Transformer chỉ có một con số chi phí huấn luyện cho mỗi mô hình)'),
  },
  {
    id: 'ner', columns: [L('Features from BERT', 'Đặc trưng lấy từ BERT'), L('Dev F1 (CoNLL-2003 NER)', 'F1 trên tập dev (CoNLL-2003 NER)')],
    rows: [[L('Embedding layer', 'Lớp embedding'), 91.0], [L('Second-to-last hidden layer', 'Lớp ẩn áp chót'), 95.6], [L('Last hidden layer', 'Lớp ẩn cuối'), 94.9], [L('Sum of the last four hidden layers', 'Tổng bốn lớp ẩn cuối'), 95.9], [L('Concatenation of the last four hidden layers', 'Ghép bốn lớp ẩn cuối'), 96.1], [L('Sum of all 12 layers', 'Tổng cả 12 lớp'), 95.5]],
    source: L('Devlin et al. 2019, BERT, Table 7 (feature-based use of BERT base, no fine-tuning)', 'Devlin và cộng sự 2019, BERT, Bảng 7 (dùng BERT base làm đặc trưng, không tinh chỉnh)'),
  },
  {
    id: 'similarity', columns: [L('Model', 'Mô hình'), L('Corpus (tokens)', 'Kho ngữ liệu (token)'), 'WS353', 'MC', 'RG', 'SCWS', 'RW'],
    rows: [
      ['SVD', '6B', 35.3, 35.1, 42.5, 38.3, 25.6], ['SVD-S', '6B', 56.5, 71.5, 71.0, 53.6, 34.7], ['SVD-L', '6B', 65.7, 72.7, 75.1, 56.5, 37.0],
      ['CBOW', '6B', 57.2, 65.6, 68.2, 57.0, 32.5], ['SG', '6B', 62.8, 65.2, 69.7, 58.1, 37.2], ['GloVe', '6B', 65.8, 72.7, 77.8, 53.9, 38.1],
      ['SVD-L', '42B', 74.0, 76.4, 74.1, 58.3, 39.9], ['GloVe', '42B', 75.9, 83.6, 82.9, 59.6, 47.8], ['CBOW', '100B', 68.4, 79.6, 75.4, 59.4, 45.5],
    ],
    source: L('Pennington et al. 2014, GloVe, Table 3 (Spearman rank correlation × 100 on word-similarity sets)', 'Pennington và cộng sự 2014, GloVe, Bảng 3 (tương quan hạng Spearman × 100 trên các tập độ tương tự từ)'),
  },
  {
    id: 'classification', columns: [L('Vectors', 'Véc-tơ'), L('Corpus', 'Kho ngữ liệu'), 'MRPC', 'MR', 'CR', 'SUBJ', 'MPQA', 'SST', 'TREC', L('Average', 'Trung bình')],
    rows: [
      ['GloVe', 'Wiki+news', '71.9/81.0', 75.7, 78.1, 91.5, 86.9, 78.1, 66.6, 79.7], ['GloVe', 'Crawl', '72.0/80.7', 78.0, 79.6, 91.8, 88.0, 80.0, 84.2, 82.0],
      ['fastText', 'Wiki+news', '72.9/81.6', 77.8, 80.3, 92.2, 88.3, 81.1, 85.0, 82.5], ['fastText', 'Crawl', '73.4/81.6', 78.2, 81.1, 92.5, 87.8, 82.0, 84.0, 82.7],
    ],
    source: L('Mikolov et al. 2018, Advances in pre-training distributed word representations, Table 4 (accuracy on text classification)', 'Mikolov và cộng sự 2018, Advances in pre-training distributed word representations, Bảng 4 (độ chính xác phân loại văn bản)'),
  },
];

/** Sort key of a cell: the leading number of "88.7 ± 0.17" or "71.9/81.0"; text sorts after numbers. */
export function cellKey(c: Cell): number | string {
  if (c === null) return -Infinity;
  if (typeof c === 'object') return c.en;
  if (typeof c === 'number') return c;
  const n = Number.parseFloat(c);
  return Number.isFinite(n) ? n : c;
}

export function sortRows(rows: DeckTable['rows'], col: number, desc: boolean): DeckTable['rows'] {
  return rows.slice().sort((a, b) => {
    const x = cellKey(a[col]), y = cellKey(b[col]);
    const r = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return desc ? -r : r;
  });
}

/** Training costs on the deck's timeline slide, in device-days. */
export const TRAINING_COSTS = [
  { id: 'gpt', model: 'GPT', month: 6, year: 2018, days: 240, device: 'GPU' },
  { id: 'bert', model: 'BERT', month: 10, year: 2018, days: 256, device: 'TPU' },
  { id: 'gpt2', model: 'GPT-2', month: 2, year: 2019, days: 2048, device: 'TPU v3' },
] as const;

import { useId } from 'react';
import { fmt, useMessages } from '../../i18n';
import { Segmented } from '../../ui/Toggle';
import { embeddingsMessages } from './messages';
import type { WidgetProps } from './shared';
import { useSourceState, useVectorsApi } from './useVectors';
import { VectorsStatus } from './VectorsStatus';

/** Largest file read (bytes) and most words kept: a browser tab holds them in memory. */
export const OWN_LIMITS = { maxBytes: 100 * 1024 * 1024, maxWords: 100_000 };

/** A GloVe / word2vec text file chosen by the student, parsed in the worker; never uploaded. */
export function OwnVectors({ params: p, set }: WidgetProps) {
  const m = useMessages(embeddingsMessages);
  const api = useVectorsApi();
  const own = useSourceState('own');
  const id = useId();
  return (
    <div className="ga-own">
      <div className="ga-controls">
        <div className="ga-wordfield">
          <label className="ga-field__label" htmlFor={id}>{m.chooseFile}</label>
          <input id={id} type="file" accept=".txt,.vec,.text,text/plain" data-testid="own-file"
            onChange={(e) => { const f = e.target.files?.[0]; if (f) api.loadFile(f, OWN_LIMITS); }} />
        </div>
        <Segmented label={m.sourceLabel} value={p.src} options={[{ value: 'glove', label: m.sourceGlove }, { value: 'own', label: m.sourceOwn }]}
          onChange={(src) => set({ src })} />
      </div>
      <p className="ga-emb-note">{fmt(m.ownLimits, { mb: OWN_LIMITS.maxBytes / 1024 / 1024, words: OWN_LIMITS.maxWords.toLocaleString('en-US') })}</p>
      <VectorsStatus state={own} what={m.yourFile} />
      {own.status === 'ready' && (
        <p className="ga-emb-ok" role="status" data-testid="own-ready">
          {fmt(m.ownReady, { name: own.info.name ?? '', count: own.info.count.toLocaleString('en-US'), dims: own.info.dims, ms: own.info.ms.toFixed(0) })}
          {own.info.truncated ? ` ${fmt(m.ownTruncated, { words: own.info.count.toLocaleString('en-US') })}` : ''}
          {own.info.skippedDuplicates > 0 ? ` ${fmt(m.ownDuplicates, { n: own.info.skippedDuplicates })}` : ''}
        </p>
      )}
      {p.src === 'own' && own.status !== 'ready' && <p className="ga-emb-note" data-testid="own-fallback">{m.ownNotLoaded}</p>}
    </div>
  );
}

import { useMessages } from '../../i18n';
import { DigitCanvas } from '../../ui/DigitCanvas';
import { aeMessages } from './messages';

/** A 28×28 drawing pad (mouse, pen, touch) with a clear button. */
export function DrawPad({ value, onChange }: { value: Float64Array | null; onChange: (v: Float64Array | null) => void }) {
  const m = useMessages(aeMessages);
  return (
    <div className="ga-ae-pad">
      <DigitCanvas value={value} onChange={onChange} px={8} label={m.padLabel} className="ga-ae-pad__canvas" data-testid="ae-pad" />
      <button type="button" className="ga-button" onClick={() => onChange(null)} data-testid="ae-pad-clear">{m.clear}</button>
    </div>
  );
}

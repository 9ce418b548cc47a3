import { useId, useState } from 'react';
import { fmt, useMessages } from '../../i18n';
import type { MnistData } from '../../data';
import { Notice } from '../../ui/Notice';
import { NumberField } from '../../ui/NumberField';
import { DigitCanvas } from '../../ui/DigitCanvas';
import { imageFileToDigit, UploadProblem } from './imageUpload';
import { cnnMessages } from './messages';


interface Props { value: Float64Array | null; onChange: (img: Float64Array | null) => void; digits: MnistData | null }

/** A 28×28 pad: draw with mouse, pen or touch; or load a test digit by number (keyboard); or read an image file. */
export function DrawPad({ value, onChange, digits }: Props) {
  const m = useMessages(cnnMessages);
  const fileId = useId();
  const [sample, setSample] = useState(7);
  const [upload, setUpload] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  const loadSample = () => {
    if (!digits) return;
    onChange(Float64Array.from(digits.test.images.subarray(sample * 784, sample * 784 + 784), (v) => v / 255));
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setUploadError(null);
    try {
      onChange(await imageFileToDigit(file));
      setUpload(file.name);
    } catch (err) {
      const code = err instanceof UploadProblem ? err.code : 'decode';
      setUploadError(fmt(code === 'notImage' ? m.uploadNotImage : code === 'tooLarge' ? m.uploadTooLarge : m.uploadDecode, { name: file.name }));
    }
  };
  return (
    <div className="ga-cnn-pad">
      <DigitCanvas value={value} onChange={onChange} px={10} label={m.padLabel} className="ga-cnn-pad__canvas" data-testid="draw-pad" />
      <div className="ga-cnn-pad__tools">
        <button type="button" className="ga-button" onClick={() => onChange(null)} data-testid="pad-clear">{m.clear}</button>
        <NumberField label={m.sampleDigit} value={sample} min={0} max={1999} integer onChange={setSample} data-testid="pad-sample" />
        <button type="button" className="ga-button" onClick={loadSample} disabled={!digits} data-testid="pad-load">{m.loadSample}</button>
        <div className="ga-field">
          <label className="ga-field__label" htmlFor={fileId}>{m.uploadLabel}</label>
          <input id={fileId} type="file" accept="image/*" data-testid="pad-upload" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ''; }} />
        </div>
        <p className="ga-cnn-note">{m.uploadPrivacy}</p>
        {uploadError && <Notice kind="error" data-testid="upload-error">{uploadError}</Notice>}
        {upload && !uploadError && <p className="ga-cnn-note">{fmt(m.uploadDone, { name: upload })}</p>}
      </div>
    </div>
  );
}

import { fmt, useMessages } from '../../i18n';
import type { CnnInference } from '../../models/cnnNet';
import { PixelMap } from '../../viz/PixelMap';
import { cnnMessages } from './messages';

const LAYERS = ['conv1', 'pool1', 'conv2', 'pool2'] as const;

/** The maps after every layer for one image, each channel a small picture (viridis: dark = 0). */
export function FeatureMaps({ inference, input, testId }: { inference: CnnInference; input: ArrayLike<number>; testId: string }) {
  const m = useMessages(cnnMessages);
  const names = { conv1: m.layerConv1, pool1: m.layerPool1, conv2: m.layerConv2, pool2: m.layerPool2 };
  return (
    <div className="ga-cnn-maps" data-testid={testId}>
      <div className="ga-cnn-maps__layer">
        <h3>{m.layerInput}</h3>
        <PixelMap values={input} rows={28} cols={28} scale="sequential" domain={[0, 1]} label={m.layerInput} size={84} />
      </div>
      {LAYERS.map((layer) => {
        const fm = inference.layers[layer];
        return (
          <div key={layer} className="ga-cnn-maps__layer">
            <h3>{fmt(names[layer], { n: fm.side, c: fm.maps.length })}</h3>
            <div className="ga-cnn-maps__row">
              {fm.maps.map((map, i) => (
                <PixelMap key={i} values={map} rows={fm.side} cols={fm.side} scale="sequential" label={fmt(m.mapLabel, { layer: names[layer].split(' ')[0], i: i + 1 })}
                  size={fm.side >= 20 ? 56 : 40} />
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}

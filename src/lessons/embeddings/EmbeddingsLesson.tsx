import { useMessages } from '../../i18n';
import { useUrlState } from '../../state/useUrlState';
import { LessonLayout, ProseBlock } from '../../ui/LessonLayout';
import { Prose } from '../../ui/Prose';
import { UrlNotice } from '../../ui/UrlNotice';
import { Widget } from '../../ui/Widget';
import { AnalogySolver } from './AnalogySolver';
import { EmbeddingsExercises } from './EmbeddingsExercises';
import { MapView } from './MapView';
import { embeddingsMessages } from './messages';
import { meta } from './meta';
import { NeighboursView } from './NeighboursView';
import { OneHotView } from './OneHotView';
import { OwnVectors } from './OwnVectors';
import { embeddingsSchema } from './params';
import { useVectorsLifecycle, VectorsContext } from './useVectors';
import { Word2vecTrainer } from './Word2vecTrainer';
import './embeddings.css';


/** Route /embeddings: one-hot vs dense, real GloVe analogies and neighbours, a PCA map, word2vec live, own vectors. */
export default function EmbeddingsLesson() {
  const m = useMessages(embeddingsMessages);
  const { title } = useMessages(meta.messages);
  const [params, set, invalid, reset] = useUrlState(embeddingsSchema);
  const api = useVectorsLifecycle();
  const props = { params, set };
  return (
    <LessonLayout title={title} lead={m.lead}>
      <UrlNotice invalid={invalid} />
      <ProseBlock><Prose text={m.introOneHot} /></ProseBlock>
      <Widget id="onehot" title={m.oneHotWidget} onReset={reset(['ha', 'hb'])}>
        {api && <VectorsContext.Provider value={api}><OneHotView {...props} /></VectorsContext.Provider>}
      </Widget>
      <ProseBlock><Prose text={m.introGlove} /><Prose text={m.introAnalogy} /></ProseBlock>
      {api && (
        <VectorsContext.Provider value={api}>
          <Widget id="analogy" title={m.analogyTitle} onReset={reset(['a', 'b', 'c', 'inc'])}>
            <AnalogySolver {...props} />
          </Widget>
          <ProseBlock><Prose text={m.introCosine} /></ProseBlock>
          <Widget id="neighbours" title={m.neighboursTitle} onReset={reset(['nw', 'cw'])}>
            <NeighboursView {...props} />
          </Widget>
          <ProseBlock><Prose text={m.introMap} /></ProseBlock>
          <Widget id="map" title={m.mapTitle} onReset={reset(['mp', 'mw'])}>
            <MapView {...props} />
          </Widget>
          <ProseBlock><Prose text={m.introW2v} /><Prose text={m.introW2vCorpus} /></ProseBlock>
          <Widget id="word2vec" title={m.w2vTitle} onReset={reset(['wm', 'wd', 'ww', 'wn', 'wl', 'ws', 'wr'])}>
            <Word2vecTrainer {...props} />
          </Widget>
          <ProseBlock><Prose text={m.introOwn} /></ProseBlock>
          <Widget id="own" title={m.ownTitle} onReset={reset(['src'])}>
            <OwnVectors {...props} />
          </Widget>
        </VectorsContext.Provider>
      )}
      <Widget id="exercises" title={m.exercisesTitle}>
        <EmbeddingsExercises />
      </Widget>
      <ProseBlock><Prose text={m.credits} /></ProseBlock>
    </LessonLayout>
  );
}

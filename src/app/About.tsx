import { useMessages } from '../i18n';
import { appMessages } from './messages';

export function About() {
  const m = useMessages(appMessages);
  return (
    <div className="ga-page">
      <h1>{m.aboutTitle}</h1>
      <p>{m.aboutBody}</p>
      <p>{m.aboutSources}</p>
      <p>{m.aboutHost}</p>
      <h2>{m.aboutCredits}</h2>
      <p>{m.aboutCreditsBody}</p>
      <p>{m.aboutGlove}</p>
      <p>{m.aboutMnist}</p>
      <p>{m.aboutSpam}</p>
      <p>{m.aboutBrown}</p>
    </div>
  );
}

import { Tex } from './Tex';

/** A display formula that may be wider than the screen: the wrapper scrolls and can take keyboard focus. */
export function ScrollTex({ math, label, testId }: { math: string; label: string; testId?: string }) {
  return (
    <div className="ga-scroll-tex" tabIndex={0} role="group" aria-label={label} data-testid={testId}>
      <Tex display math={math} />
    </div>
  );
}

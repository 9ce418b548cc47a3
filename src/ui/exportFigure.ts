/**
 * Export of a chart's SVG as a standalone .svg or .png file. The page's CSS (theme variables, classes)
 * does not travel with the file, so the styles that matter are inlined and variables resolved first.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Presentation properties copied from the page onto every element of the exported SVG. */
export const INLINED_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'font-family',
  'font-size', 'font-weight', 'font-style', 'opacity', 'text-anchor', 'dominant-baseline', 'stop-color', 'stop-opacity',
] as const;

const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;

/** Value of a custom property as seen by `el` (inherited from its ancestors or the root). */
function customProperty(el: Element, name: string): string {
  const own = getComputedStyle(el).getPropertyValue(name).trim();
  return own || getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** Replaces every `var(--x, fallback)` in `value` with its value for `el` (nested variables too). */
export function resolveVars(value: string, el: Element): string {
  let out = value;
  for (let depth = 0; depth < 8 && out.includes('var('); depth++) {
    out = out.replace(VAR, (_all, name: string, fallback?: string) => customProperty(el, name) || (fallback ?? '').trim());
  }
  return out;
}

/** Initial values of the non-inherited properties among {@link INLINED_PROPERTIES}. */
const NOT_INHERITED: Record<string, string> = { opacity: '1', 'stop-opacity': '1', 'stop-color': 'rgb(0, 0, 0)', 'dominant-baseline': 'auto' };

/** Per property: the browser's computed value and the value the export gives the element. */
interface Styles { computed: Record<string, string>; effective: Record<string, string> }

/**
 * The value `prop` takes on `src`. Browsers compute it from CSS rules and presentation attributes
 * alike. A DOM that ignores attributes when computing (jsdom) is caught thus: when the computed value
 * is just the parent's, the element's own attribute, else the parent's exported value, is used.
 */
function effectiveValue(src: Element, computed: string, prop: string, parent: Styles | undefined): string {
  const attr = src.getAttribute(prop);
  const inline = src instanceof SVGElement ? src.style.getPropertyValue(prop) : '';
  let raw = computed || inline || attr || '';
  if (!inline && parent && computed === parent.computed[prop]) {
    raw = attr ?? (prop in NOT_INHERITED ? computed : parent.effective[prop]);
  }
  const value = resolveVars(raw, src).trim();
  return value.includes('depends on user agent') ? '' : value;
}

/**
 * Copies the styles of `src` onto `dst` where they differ from what `dst` would get anyway (inherited
 * from its parent, or the initial value), resolving variables; returns the styles of `src`.
 */
function inlineStyles(src: Element, dst: SVGElement, parent: Styles | undefined): Styles {
  const cs = getComputedStyle(src);
  const own: Styles = { computed: {}, effective: {} };
  for (const prop of INLINED_PROPERTIES) {
    const computed = cs.getPropertyValue(prop).trim();
    const value = effectiveValue(src, computed, prop, parent);
    const fallback = prop in NOT_INHERITED ? NOT_INHERITED[prop] : parent?.effective[prop];
    own.computed[prop] = computed;
    own.effective[prop] = value || (fallback ?? '');
    if (value && (parent === undefined || value !== fallback)) dst.style.setProperty(prop, value);
  }
  for (const attr of Array.from(dst.attributes)) {
    if (attr.value.includes('var(')) dst.setAttribute(attr.name, resolveVars(attr.value, src));
  }
  return own;
}

/** The figure's box in user units: its viewBox, else its width/height, else its rendered size. */
function figureBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const vb = svg.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (vb && vb.length === 4 && vb.every(Number.isFinite)) return { x: vb[0], y: vb[1], width: vb[2], height: vb[3] };
  const rect = svg.getBoundingClientRect();
  const width = parseFloat(svg.getAttribute('width') ?? '') || rect.width || 300;
  const height = parseFloat(svg.getAttribute('height') ?? '') || rect.height || 150;
  return { x: 0, y: 0, width, height };
}

/** The page background colour, for the exported figure's backdrop (white if it cannot be found). */
function pageBackground(): string {
  const bodyBg = document.body ? getComputedStyle(document.body).backgroundColor : '';
  if (bodyBg && bodyBg !== 'transparent' && bodyBg !== 'rgba(0, 0, 0, 0)') return bodyBg;
  return resolveVars('var(--bg, #ffffff)', document.documentElement) || '#ffffff';
}

/**
 * Serialises a rendered SVG as a standalone document: styles inlined (see {@link INLINED_PROPERTIES}),
 * CSS variables resolved, xmlns, width/height/viewBox set, and a background rect in the page colour.
 */
export function svgToString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  // Document order visits a parent before its children, so each child is compared with its parent.
  const styles = new Map<Element, Styles>();
  sources.forEach((src, i) => {
    const dst = copies[i];
    if (!(dst instanceof SVGElement)) return;
    const parent = src === svg || !src.parentElement ? undefined : styles.get(src.parentElement);
    styles.set(src, inlineStyles(src, dst, parent));
  });

  const box = figureBox(svg);
  // As namespace declarations (not plain attributes), so the serializer does not write them twice.
  clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);

  const bg = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height })) bg.setAttribute(k, String(v));
  bg.setAttribute('fill', pageBackground());
  clone.insertBefore(bg, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

/** Offers `blob` as a file download through a temporary object URL and `<a download>`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the figure as an .svg file. */
export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  downloadBlob(new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }), withExtension(filename, 'svg'));
}

/** Adds `.ext` to `filename` unless it already ends with it. */
export function withExtension(filename: string, ext: string): string {
  return filename.toLowerCase().endsWith(`.${ext}`) ? filename : `${filename}.${ext}`;
}

/** Loads an SVG document string as an image. */
function loadImage(svgText: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The figure could not be drawn as an image'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

/**
 * Downloads the figure as a .png at `scale` × its size (default 2, sharp on high-density screens):
 * the standalone SVG is drawn onto a canvas, which is then encoded. Rejects if the browser cannot.
 */
export async function downloadPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  const { width, height } = figureBox(svg);
  const img = await loadImage(svgToString(svg));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas available');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The canvas could not be encoded as PNG');
  downloadBlob(blob, withExtension(filename, 'png'));
}

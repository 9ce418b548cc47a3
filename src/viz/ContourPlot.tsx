import { contours, geoPath, geoTransform } from 'd3';
import { memo, useId, useMemo, useRef } from 'react';
import { fmt, useMessages } from '../i18n';
import { ChartFrame } from './ChartFrame';
import { contourMessages } from './contourMessages';
import { formatNumber, px } from './format';
import { sequentialColor } from './palettes';
import { Axes, layoutLegend, Legend, LEGEND_ROW } from './plotParts';
import { axisTicks, linearScale, plotArea, type Domain } from './plotMath';

/** A path drawn over the contours (an optimizer's trajectory); its last point gets a dot. */
export interface ContourTrajectory { id: string; label: string; color: string; points: readonly (readonly [number, number])[]; dashed?: boolean }

export interface ContourPlotProps {
  title: string;
  /** n×n samples, row-major: row r at y = yMin + r·(yMax−yMin)/(n−1), column c at x = xMin + c·(xMax−xMin)/(n−1). */
  values: readonly number[];
  n: number;
  xDomain: Domain;
  yDomain: Domain;
  /** Contour levels, increasing. */
  levels: readonly number[];
  trajectories?: readonly ContourTrajectory[];
  /** An arrow from `at` along `vector` (data units), e.g. the negative gradient scaled to be visible. */
  arrow?: { at: readonly [number, number]; vector: readonly [number, number]; label: string } | null;
  /** Marked points (minima). */
  marks?: readonly (readonly [number, number])[];
  width?: number;
  height?: number;
  xLabel?: string;
  yLabel?: string;
  'data-testid'?: string;
}

interface Frame { x: (v: number) => number; y: (v: number) => number }

/** The filled contour bands: computed by d3-contour once per surface and memoised (the costly part). */
const Bands = memo(function Bands({ values, n, levels, xDomain, yDomain, frame }: {
  values: readonly number[]; n: number; levels: readonly number[]; xDomain: Domain; yDomain: Domain; frame: Frame;
}) {
  const paths = useMemo(() => {
    const finite = values.map((v) => (Number.isFinite(v) ? v : levels[levels.length - 1] ?? 0));
    const sx = (xDomain[1] - xDomain[0]) / (n - 1);
    const sy = (yDomain[1] - yDomain[0]) / (n - 1);
    const projection = geoTransform({
      point(gx, gy) { this.stream.point(frame.x(xDomain[0] + (gx - 0.5) * sx), frame.y(yDomain[0] + (gy - 0.5) * sy)); },
    });
    // One decimal of a pixel is plenty: shorter path strings are quicker to build and for the browser to parse.
    const path = geoPath(projection).digits(1);
    return contours().size([n, n]).thresholds([...levels])(finite).map((c, i) => ({ d: path(c) ?? '', t: levels.length > 1 ? i / (levels.length - 1) : 0 }));
  }, [values, n, levels, xDomain, yDomain, frame]);
  return (
    <g className="ga-contour__bands">
      {paths.map((p, i) => <path key={i} d={p.d} fill={sequentialColor(p.t)} fillOpacity={0.45} stroke="var(--fg-muted)" strokeOpacity={0.5} strokeWidth={0.6} />)}
    </g>
  );
});

const ARROW_MIN = 6;

/**
 * A function of two variables as filled contour bands (d3-contour computes, React renders), with
 * trajectories, an arrow and marked points on top. Paths are clipped to the plot area.
 */
export function ContourPlot(props: ContourPlotProps) {
  const { width = 460, height = 400, trajectories = [] } = props;
  const m = useMessages(contourMessages);
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = `ga-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const legendLeft = 46 + (props.yLabel ? 18 : 0);
  const legend = layoutLegend(trajectories.map((t) => ({ id: t.id, label: t.label, color: t.color, dashed: !!t.dashed })), legendLeft, width - legendLeft - 12);
  const legendRows = legend.length ? legend[legend.length - 1].row + 1 : 0;
  const { xDomain, yDomain } = props;
  const layout = useMemo(() => {
    const area = plotArea(width, height, { top: 10 + legendRows * LEGEND_ROW, right: 14, bottom: 26 + (props.xLabel ? 18 : 0), left: legendLeft });
    const x = linearScale(xDomain, [area.left, area.left + area.width]);
    const y = linearScale(yDomain, [area.top + area.height, area.top]);
    return { area, x, y, frame: { x: (v: number) => x(v), y: (v: number) => y(v) } as Frame, xTicks: axisTicks(x, 6), yTicks: axisTicks(y, 5) };
  }, [width, height, legendRows, props.xLabel, legendLeft, xDomain, yDomain]);
  const { area, x, y } = layout;
  const line = (pts: readonly (readonly [number, number])[]) =>
    pts.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])).map((p) => `${px(x(p[0]))},${px(y(p[1]))}`).join(' ');
  const arrow = props.arrow;
  let arrowEnd: [number, number] | null = null;
  if (arrow) {
    const x0 = x(arrow.at[0]);
    const y0 = y(arrow.at[1]);
    const x1 = x(arrow.at[0] + arrow.vector[0]);
    const y1 = y(arrow.at[1] + arrow.vector[1]);
    if ([x0, y0, x1, y1].every(Number.isFinite) && Math.hypot(x1 - x0, y1 - y0) >= ARROW_MIN) arrowEnd = [x1, y1];
  }
  return (
    <ChartFrame title={props.title} width={width} height={height} svgRef={svgRef} className="ga-contour">
      <defs>
        <clipPath id={clipId}><rect x={area.left} y={area.top} width={area.width} height={area.height} /></clipPath>
        <marker id={`${clipId}-head`} viewBox="0 0 10 10" refX={8} refY={5} markerWidth={6} markerHeight={6} orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)" />
        </marker>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        <Bands values={props.values} n={props.n} levels={props.levels} xDomain={xDomain} yDomain={yDomain} frame={layout.frame} />
      </g>
      <Axes area={area} xTicks={layout.xTicks} yTicks={layout.yTicks} xLabel={props.xLabel} yLabel={props.yLabel} chartHeight={height} />
      <g clipPath={`url(#${clipId})`} data-testid={props['data-testid']}>
        {(props.marks ?? []).map((p, i) => (
          <path key={i} d={`M${px(x(p[0]))},${px(y(p[1])) - 7} l2,5 h5 l-4,3 l2,6 l-5,-4 l-5,4 l2,-6 l-4,-3 h5 z`} fill="var(--bg)" stroke="var(--fg)" strokeWidth={1.2}>
            <title>{fmt(m.at, { label: m.minimum, x: formatNumber(p[0], 3), y: formatNumber(p[1], 3) })}</title>
          </path>
        ))}
        {trajectories.map((t) => {
          const last = t.points[t.points.length - 1];
          return (
            <g key={t.id} data-series={t.id} data-steps={t.points.length - 1}>
              <polyline points={line(t.points)} fill="none" stroke="var(--bg)" strokeWidth={4.5} strokeOpacity={0.8} />
              <polyline points={line(t.points)} fill="none" stroke={t.color} strokeWidth={2.2} strokeDasharray={t.dashed ? '5 3' : undefined} />
              {last && Number.isFinite(last[0]) && Number.isFinite(last[1]) && (
                <circle cx={px(x(last[0]))} cy={px(y(last[1]))} r={5} fill={t.color} stroke="var(--bg)" strokeWidth={1.5} />
              )}
            </g>
          );
        })}
        {arrow && arrowEnd && (
          <g className="ga-contour__arrow" data-testid="gradient-arrow">
            <line x1={px(x(arrow.at[0]))} y1={px(y(arrow.at[1]))} x2={px(arrowEnd[0])} y2={px(arrowEnd[1])} stroke="var(--fg)" strokeWidth={2.5} markerEnd={`url(#${clipId}-head)`} />
            <text x={px(arrowEnd[0]) + 6} y={px(arrowEnd[1]) - 6} className="ga-contour__arrow-label">{arrow.label}</text>
          </g>
        )}
      </g>
      <Legend items={legend} top={6} />
    </ChartFrame>
  );
}

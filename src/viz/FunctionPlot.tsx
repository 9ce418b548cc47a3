import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { fmt, useMessages } from '../i18n';
import { ChartFrame } from './ChartFrame';
import { formatNumber, px } from './format';
import { vizMessages } from './messages';
import { seriesColor } from './palettes';
import { Axes, layoutLegend, Legend, LEGEND_ROW, Markers, Readout, type LegendItem, type PlotMarker, type ReadoutRow } from './plotParts';
import {
  axisTicks, buildPath, dataDomain, linearScale, plotArea, readoutKey, sampleXs, sortByX, stepAlong, valueAt,
  type Domain, type PlotArea, type Point, type Tick,
} from './plotMath';

/** One plotted function y = f(x), given as samples in data units (sorted or not). */
export interface PlotSeries {
  /** Stable identifier (React key, `data-series` attribute). */
  id: string;
  /** Name shown in the legend and the read-out. */
  label: string;
  /** Samples [x, y]; non-finite samples are skipped and break the line. */
  points: readonly Point[];
  /** CSS colour; defaults to the i-th theme series colour `var(--series-i)`. */
  color?: string;
  /** Draw the line dashed (e.g. for a reference curve or the derivative). */
  dashed?: boolean;
}

/** Props of {@link FunctionPlot}. */
export interface FunctionPlotProps {
  /** Functions to draw. */
  series: readonly PlotSeries[];
  /** Figure title (caption, `<title>`, `aria-label`). Required. */
  title: string;
  /** x range shown, data units; default: the samples' finite extent, made nice. */
  xDomain?: Domain;
  /** y range shown, data units; default: the samples' finite extent, made nice. Lines are clipped to it. */
  yDomain?: Domain;
  /** viewBox width, user units (default 480). */
  width?: number;
  /** viewBox height, user units (default 300). */
  height?: number;
  /** x axis title. */
  xLabel?: string;
  /** y axis title. */
  yLabel?: string;
  /** Reference lines and highlighted points. */
  markers?: readonly PlotMarker[];
  /** Decimals shown in the read-out (default 3). */
  digits?: number;
  /** x where the read-out is shown when not hovering/focused; default: hidden. */
  readoutX?: number;
  /** Download file name without extension; defaults to a slug of the title. */
  filename?: string;
}

interface Layout {
  area: PlotArea;
  x: ReturnType<typeof linearScale>;
  y: ReturnType<typeof linearScale>;
  xTicks: Tick[];
  yTicks: Tick[];
  legend: LegendItem[];
  legendTop: number;
  xs: number[];
}

function computeLayout(p: Pick<FunctionPlotProps, 'series' | 'xDomain' | 'yDomain' | 'xLabel' | 'yLabel'>, width: number, height: number): Layout {
  const xDomain = p.xDomain ?? dataDomain(p.series, 0);
  const yDomain = p.yDomain ?? dataDomain(p.series, 1);
  const left = 46 + (p.yLabel ? 18 : 0);
  const entries = p.series.map((s, i) => ({ id: s.id, label: s.label, color: s.color ?? seriesColor(i), dashed: !!s.dashed }));
  const legend = p.series.length > 0 ? layoutLegend(entries, left, width - left - 12) : [];
  const legendRows = legend.length ? legend[legend.length - 1].row + 1 : 0;
  const area = plotArea(width, height, { top: 10 + legendRows * LEGEND_ROW, right: 14, bottom: 26 + (p.xLabel ? 18 : 0), left });
  const x = linearScale(xDomain, [area.left, area.left + area.width]);
  const y = linearScale(yDomain, [area.top + area.height, area.top]);
  return {
    area, x, y, legend, legendTop: 6,
    xTicks: axisTicks(x, Math.max(2, area.width / 80)),
    yTicks: axisTicks(y, Math.max(2, area.height / 45)),
    xs: sampleXs(p.series, xDomain),
  };
}

/** Read-out lines of every series at data x `at`: formatted value and dot position (null when off-plot). */
function readoutRows(
  series: readonly PlotSeries[], sorted: Point[][], at: number, y: Layout['y'], digits: number,
): ReadoutRow[] {
  const [lo, hi] = y.domain();
  return series.map((s, i) => {
    const v = valueAt(sorted[i], at);
    const visible = Number.isFinite(v) && v >= Math.min(lo, hi) && v <= Math.max(lo, hi);
    return { id: s.id, label: s.label, color: s.color ?? seriesColor(i), text: formatNumber(v, digits), cy: visible ? px(y(v)) : null };
  });
}

/** Converts a pointer's clientX to the viewBox x of `svg` (null when the SVG has no size yet). */
function viewBoxX(svg: SVGSVGElement | null, clientX: number, width: number): number | null {
  const rect = svg?.getBoundingClientRect();
  if (!rect || rect.width <= 0) return null;
  return ((clientX - rect.left) * width) / rect.width;
}

/** The series' lines, clipped to the plot area; paths are recomputed only when data or scales change. */
function SeriesLines(props: { series: readonly PlotSeries[]; area: PlotArea; x: Layout['x']; y: Layout['y'] }) {
  const { series, area, x, y } = props;
  const clipId = `ga-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const paths = useMemo(() => series.map((s) => buildPath(s.points, x, y)), [series, x, y]);
  return (
    <>
      <defs>
        <clipPath id={clipId}><rect x={area.left} y={area.top} width={px(area.width)} height={px(area.height)} /></clipPath>
      </defs>
      <g className="ga-series" clipPath={`url(#${clipId})`}>
        {series.map((s, i) => (
          <path
            key={s.id} data-series={s.id} d={paths[i]} fill="none"
            stroke={s.color ?? seriesColor(i)} strokeWidth={2} strokeDasharray={s.dashed ? '6 4' : undefined}
          />
        ))}
      </g>
    </>
  );
}

/**
 * Line chart of sampled functions y = f(x) with axes, grid, legend, markers and a hover /
 * keyboard read-out of every series' value at the pointer's x (interpolated between samples).
 */
export function FunctionPlot(props: FunctionPlotProps) {
  const { series, title, width = 480, height = 300, digits = 3, readoutX } = props;
  const t = useMessages(vizMessages);
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const { xDomain, yDomain, xLabel, yLabel } = props;
  const layout = useMemo(
    () => computeLayout({ series, xDomain, yDomain, xLabel, yLabel }, width, height),
    [series, xDomain, yDomain, xLabel, yLabel, width, height],
  );
  const sorted = useMemo(() => series.map((s) => sortByX(s.points)), [series]);
  const { area, x, y } = layout;
  const shownX = active ?? (readoutX !== undefined && Number.isFinite(readoutX) ? readoutX : null);

  const rows = shownX === null ? [] : readoutRows(series, sorted, shownX, y, digits);
  const heading = shownX === null ? '' : fmt(t.readoutAt, { x: formatNumber(shownX, digits) });
  const live = shownX === null ? '' : [heading, ...rows.map((r) => `${r.label}: ${r.text}`)].join('; ');

  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const vx = viewBoxX(svgRef.current, e.clientX, width);
    if (vx !== null) setActive(x.invert(Math.max(area.left, Math.min(area.left + area.width, vx))));
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const next = readoutKey(e.key, e.shiftKey, layout.xs, shownX);
    if (next === undefined) return;
    e.preventDefault();
    setActive(next);
  };

  return (
    <ChartFrame
      title={title} width={width} height={height} svgRef={svgRef} filename={props.filename}
      live={live} hint={t.plotHint} onKeyDown={onKeyDown} onPointerLeave={() => setActive(null)}
      onFocus={() => setActive((a) => a ?? stepAlong(layout.xs, shownX, 0))} onBlur={() => setActive(null)}
      className="ga-function-plot"
    >
      <Axes area={area} xTicks={layout.xTicks} yTicks={layout.yTicks} xLabel={xLabel} yLabel={yLabel} chartHeight={height} />
      <Legend items={layout.legend} top={layout.legendTop} />
      <SeriesLines series={series} area={area} x={x} y={y} />
      <Markers markers={props.markers ?? []} area={area} x={x} y={y} />
      {shownX !== null && Number.isFinite(x(shownX)) && <Readout gx={px(x(shownX))} area={area} heading={heading} rows={rows} />}
      <rect
        className="ga-hit" x={area.left} y={area.top} width={px(area.width)} height={px(area.height)}
        fill="transparent" onPointerMove={onPointerMove} onPointerDown={onPointerMove}
      />
    </ChartFrame>
  );
}

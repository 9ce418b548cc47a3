/** Charts: take plain data, D3 computes, React renders. */
export { ChartFrame, slugify, type ChartFrameProps } from './ChartFrame';
export { FunctionPlot, type FunctionPlotProps, type PlotSeries } from './FunctionPlot';
export { Heatmap, type HeatmapProps } from './Heatmap';
export { MatrixView, WINDOW_STYLE, type MatrixViewProps, type MatrixWindow, type WindowKind } from './MatrixView';
export type { PlotMarker } from './plotParts';
export type { Point, Domain } from './plotMath';
export type { Cell } from './gridMath';
export {
  CATEGORICAL, MISSING_COLOR, SERIES_COUNT, contrastRatio, divergingColor, extentOf, maxAbsOf,
  relativeLuminance, seriesColor, sequentialColor, textColorOn,
} from './palettes';
export { vizMessages } from './messages';

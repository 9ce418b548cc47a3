/** The shared classroom UI pieces. Importing from here also loads their stylesheet. */
import './ui.css';

export { NumberField, type NumberFieldProps } from './NumberField';
export { Tex, renderTex, type TexProps } from './Tex';
export { Prose, type ProseProps } from './Prose';
export { useStepper, type Stepper, type StepperOptions } from './useStepper';
export { StepControls, runStepAction, type StepControlsProps } from './StepControls';
export { Exercise, checkAnswer, wrongMessage, type ExerciseProps } from './Exercise';
export { WidgetErrorBoundary, type WidgetErrorBoundaryProps } from './ErrorBoundary';
export { svgToString, downloadSvg, downloadPng, downloadBlob, resolveVars, INLINED_PROPERTIES } from './exportFigure';
export { FigureToolbar, type FigureToolbarProps } from './FigureToolbar';
export { Slider, type SliderProps } from './Slider';
export { Select, type SelectProps, type SelectOption } from './Select';
export { Toggle, Segmented, type ToggleProps, type SegmentedProps } from './Toggle';
export { Notice, type NoticeProps } from './Notice';
export { uiMessages, numberErrorMessage, type UiMessages } from './messages';
export { tex, texNum, texWithDigits } from '../lib/texNumber';
export { formatNumber, parseNumberInput, parseNumberList } from '../lib/parseNumber';

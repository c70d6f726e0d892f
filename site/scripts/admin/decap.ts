/**
 * The small part of Decap CMS's browser API the hub uses. decap-cms.js (a classic script on
 * /admin/) sets window.CMS, window.h (React.createElement) and window.createClass.
 */

/** An Immutable.js map as Decap hands it over; only what the hub calls. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  deleteIn(path: (string | number)[]): ImmutableMap;
  toJS(): Record<string, unknown>;
}

export type ReactNode = unknown;
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => ReactNode;

/** What Decap passes a preview template. */
export interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): ReactNode;
}

/** What Decap passes a custom widget's control. */
export interface ControlProps {
  forID: string;
  value: unknown;
  field: ImmutableMap;
  entry: ImmutableMap;
  onChange(value: unknown): void;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

export interface Cms {
  init(options?: object): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}

interface DecapWindow {
  CMS: Cms;
  h: H;
  createClass(spec: Record<string, unknown>): unknown;
}

/** Decap's globals; throws if decap-cms.js did not load, so the page says so instead of staying blank. */
export function decap(): DecapWindow {
  const w = window as unknown as Partial<DecapWindow>;
  if (!w.CMS || !w.h || !w.createClass) throw new Error('Decap CMS did not load (/admin/decap/decap-cms.js)');
  return w as DecapWindow;
}

// The sections of the "Share" dialog that keep choices of their own: the embed snippet (its
// frame size) and the picture download (area, scale, shape, background).
import { useState } from 'react';
import type { Core } from 'cytoscape';
import { download, exportPng, exportSvg } from '../export/exportImage.ts';
import type { Frame } from '../export/frame.ts';
import { embedCode } from './embedLinks.ts';

/** A size of the embedded frame in pixels; not a number gives `fallback`. */
function PixelsField(props: {
  label: string;
  value: number;
  fallback: number;
  onChange: (value: number) => void;
}) {
  return (
    <label className="field inline">
      {props.label}
      <input
        type="number"
        min={200}
        max={4000}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value) || props.fallback)}
      />
    </label>
  );
}

export function EmbedSection({
  link,
  copy,
}: {
  readonly link: string;
  readonly copy: (what: string, text: string) => Promise<void>;
}) {
  const [width, setWidth] = useState(960);
  const [height, setHeight] = useState(600);
  const code = embedCode(link, width, height);
  return (
    <>
      <h3>Embed</h3>
      <div className="row">
        <PixelsField label="Width" value={width} fallback={960} onChange={setWidth} />
        <PixelsField label="Height" value={height} fallback={600} onChange={setHeight} />
      </div>
      <textarea
        readOnly
        aria-label="Embed code"
        value={code}
        rows={3}
        onFocus={(e) => e.target.select()}
      />
      <button type="button" onClick={() => void copy('Embed code copied', code)}>
        Copy embed code
      </button>
    </>
  );
}

export function PictureSection({
  cy,
  frame,
}: {
  readonly cy: Core | null;
  readonly frame: (width: number) => Frame;
}) {
  const [scale, setScale] = useState<1 | 2 | 4>(2);
  const [full, setFull] = useState(true);
  const [transparent, setTransparent] = useState(false);
  const [aspect, setAspect] = useState<'natural' | '16:9'>('natural');
  return (
    <>
      <h3>Picture</h3>
      <div className="row">
        <label className="field inline">
          Area
          <select
            value={full ? 'full' : 'view'}
            onChange={(e) => setFull(e.target.value === 'full')}
          >
            <option value="full">Whole graph</option>
            <option value="view">Current view</option>
          </select>
        </label>
        <label className="field inline">
          Scale
          <select value={scale} onChange={(e) => setScale(Number(e.target.value) as 1 | 2 | 4)}>
            <option value={1}>1×</option>
            <option value={2}>2×</option>
            <option value={4}>4×</option>
          </select>
        </label>
        <label className="field inline">
          Shape
          <select
            value={aspect}
            onChange={(e) => setAspect(e.target.value === '16:9' ? '16:9' : 'natural')}
          >
            <option value="natural">As drawn</option>
            <option value="16:9">16:9 slide</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={transparent}
            onChange={(e) => setTransparent(e.target.checked)}
          />
          Transparent background
        </label>
      </div>
      <div className="row">
        <button
          type="button"
          disabled={cy === null}
          onClick={() => {
            if (cy === null) return;
            const f = frame(cy.width());
            void exportPng(cy, f, { full, scale, transparent, aspect }).then((blob) =>
              download(`${f.fileName}@${scale}x.png`, blob, 'image/png'),
            );
          }}
        >
          Download PNG
        </button>
        <button
          type="button"
          disabled={cy === null}
          onClick={() => {
            if (cy === null) return;
            const f = frame(cy.width());
            download(
              `${f.fileName}.svg`,
              exportSvg(cy, f, { full, transparent, aspect }),
              'image/svg+xml',
            );
          }}
        >
          Download SVG
        </button>
      </div>
    </>
  );
}

// "Share": copy the link, copy an embed snippet, download the picture as PNG or SVG, and the
// results as CSV / the scenario as JSON.
import { useState } from 'react';
import type { Core } from 'cytoscape';
import { download, exportPng, exportSvg } from '../export/exportImage.ts';
import type { Frame } from '../export/frame.ts';
import { Modal } from '../kit/Modal.tsx';
import { embedCode } from './embedLinks.ts';

export interface ShareDownloads {
  readonly label: string;
  readonly fileName: string;
  readonly type: string;
  readonly content: () => string;
}

interface Props {
  readonly cy: Core | null;
  readonly frame: (width: number) => Frame;
  readonly downloads: readonly ShareDownloads[];
  readonly onClose: () => void;
}

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

export function ShareDialog({ cy, frame, downloads, onClose }: Props) {
  const [width, setWidth] = useState(960);
  const [height, setHeight] = useState(600);
  const [scale, setScale] = useState<1 | 2 | 4>(2);
  const [full, setFull] = useState(true);
  const [transparent, setTransparent] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const link = window.location.href;
  const code = embedCode(link, width, height);

  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(`${what}: select the text and copy it`);
    }
  };
  const base = 'chokepoint';

  return (
    <Modal title="Share" className="share" onClose={onClose}>
      <h3>Link</h3>
      <p className="muted small">
        The link reproduces this view: scenario, selection, layout, colours and filters.
      </p>
      <div className="row">
        <input
          readOnly
          aria-label="Link to this view"
          value={link}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => void copy('Link copied', link)}>
          Copy link
        </button>
      </div>
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
            void exportPng(cy, frame(cy.width()), { full, scale, transparent }).then((blob) =>
              download(`${base}@${scale}x.png`, blob, 'image/png'),
            );
          }}
        >
          Download PNG
        </button>
        <button
          type="button"
          disabled={cy === null}
          onClick={() =>
            cy !== null &&
            download(
              `${base}.svg`,
              exportSvg(cy, frame(cy.width()), { full, transparent }),
              'image/svg+xml',
            )
          }
        >
          Download SVG
        </button>
      </div>
      {downloads.length > 0 && (
        <>
          <h3>Results and scenario</h3>
          <div className="row wrap">
            {downloads.map((d) => (
              <button
                key={d.fileName}
                type="button"
                onClick={() => download(d.fileName, d.content(), d.type)}
              >
                {d.label}
              </button>
            ))}
          </div>
        </>
      )}
      {copied !== null && (
        <p role="status" className="muted small">
          {copied}
        </p>
      )}
    </Modal>
  );
}

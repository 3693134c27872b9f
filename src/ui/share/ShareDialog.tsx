// "Share": copy the link, copy an embed snippet, download the picture as PNG or SVG, and the
// results as CSV / the scenario as JSON.
import { useState } from 'react';
import type { Core } from 'cytoscape';
import { download } from '../export/exportImage.ts';
import type { Frame } from '../export/frame.ts';
import { Modal } from '../kit/Modal.tsx';
import { EmbedSection, PictureSection } from './ShareSections.tsx';

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

export function ShareDialog({ cy, frame, downloads, onClose }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const link = window.location.href;

  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(`${what}: select the text and copy it`);
    }
  };

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
      <EmbedSection link={link} copy={copy} />
      <PictureSection cy={cy} frame={frame} />
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

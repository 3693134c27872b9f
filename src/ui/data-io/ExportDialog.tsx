// "Export dataset": the dataset as JSON, CSV files, an XLSX workbook, GEXF or GraphML (each reads
// back with "Open dataset…"), a zip for Neo4j, and the empty templates. Unsourced figures are
// exported as they are, and counted here.
import { EXPORTS, TEMPLATES, type Download } from '../../data/formats/index.ts';
import type { Dataset } from '../../data/schema.ts';
import { unsourcedFigures } from '../../data/edits.ts';
import { saveFile } from './download.ts';
import { Modal } from '../kit/Modal.tsx';

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'dataset';

const save = async (download: Download | Promise<Download>) => {
  const { name, data, type } = await download;
  saveFile(name, data, type);
};

export function ExportDialog({ dataset, onClose }: { dataset: Dataset; onClose: () => void }) {
  const base = slug(dataset.title);
  const unsourced = unsourcedFigures(dataset);
  const count = unsourced.nodes.length + unsourced.edges.length;
  // Every format written, then the empty templates (from the format registry).
  const items: { label: string; run: () => Promise<void> }[] = [
    ...EXPORTS.map((w) => ({ label: w.label, run: () => save(w.save(dataset, base)) })),
    ...TEMPLATES.map((t) => ({ label: t.label, run: () => save(t.save()) })),
  ];
  return (
    <Modal title="Export dataset" onClose={onClose}>
      <p>
        Every format carries the sources, estimates and materials, and opens again with “Open
        dataset…”.
      </p>
      {count > 0 && (
        <p className="warning" role="note">
          {count} figure{count === 1 ? ' has' : 's have'} no source;{' '}
          {count === 1 ? 'it is' : 'they are'} exported with an empty sources field.
        </p>
      )}
      <ul className="download-list">
        {items.map((item) => (
          <li key={item.label}>
            <button type="button" onClick={() => void item.run()}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

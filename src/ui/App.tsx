import { useAppStore } from '../state/useAppStore.ts';
import { GraphView } from './GraphView.tsx';
import { Legend } from './Legend.tsx';

export function App() {
  const dataset = useAppStore((s) => s.dataset);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Chokepoint</h1>
        <p className="dataset-title">{dataset.title}</p>
        <p className="counts">
          {dataset.nodes.length} nodes · {dataset.edges.length} flows
        </p>
      </header>
      <main className="app-main">
        <GraphView dataset={dataset} />
        <Legend />
      </main>
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import { createAppStore } from './state/store.ts';
import { AppStoreContext } from './state/useAppStore.ts';
import { loadBundledDataset } from './data/bundled.ts';
import './ui/app/app.css';

const store = createAppStore(loadBundledDataset());
const embed = new URLSearchParams(window.location.search).get('embed') === '1';
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <App embed={embed} />
    </AppStoreContext.Provider>
  </StrictMode>,
);

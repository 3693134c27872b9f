import './security/zodJitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import { createAppStore } from './state/store.ts';
import { AppStoreContext } from './state/useAppStore.ts';
import { loadBundledDataset } from './data/bundled.ts';
import { framedByOtherOrigin, renderFramingRefusal } from './security/framing.ts';
import './ui/app/app.css';

const embed = new URLSearchParams(window.location.search).get('embed') === '1';
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
if (!embed && framedByOtherOrigin()) {
  renderFramingRefusal(root, window.location.href);
} else {
  const store = createAppStore(loadBundledDataset());
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App embed={embed} />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}

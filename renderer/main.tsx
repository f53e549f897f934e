import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/500.css';
import '@fontsource/noto-serif-sc/400.css';
import '@fontsource/noto-serif-sc/700.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/reader.css';
import './styles/annotations.css';
import './styles/aids.css';
import './styles/group.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLibraryEvents, pickMenuCommands, pickTransport } from './api/transport';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App
      invoke={pickTransport()}
      onLibraryChanged={pickLibraryEvents()}
      onMenuCommand={pickMenuCommands()}
    />
  </StrictMode>,
);

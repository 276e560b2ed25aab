import './app/tokens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LocaleRoot } from './app/LocaleRoot';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleRoot>
      <App />
    </LocaleRoot>
  </StrictMode>,
);

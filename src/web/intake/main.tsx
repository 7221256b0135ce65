import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IntakeApp } from './IntakeApp';
import './intake.css';

const root = document.getElementById('intake-root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <IntakeApp />
    </StrictMode>,
  );

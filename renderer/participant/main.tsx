import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/theme.css';
import { ParticipantApp } from './ParticipantApp.tsx';
import './participant.css';

const root = document.getElementById('root');
if (!root) throw new Error('The participant page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ParticipantApp />
  </StrictMode>,
);

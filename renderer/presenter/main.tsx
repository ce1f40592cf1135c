import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { roomContract } from '../../shared/contract/roomContract.ts';
import { connect } from '../bridge/connect.ts';
import { ConnectionProvider } from '../bridge/ConnectionContext.tsx';
import '../ui/theme.css';
import { PresenterApp } from './PresenterApp.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The presenter page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ConnectionProvider connection={connect(roomContract)}>
      <PresenterApp />
    </ConnectionProvider>
  </StrictMode>,
);

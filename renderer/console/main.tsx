import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { consoleContract } from '../../shared/contract/consoleContract.ts';
import { connect } from '../bridge/connect.ts';
import { ConnectionProvider } from '../bridge/ConnectionContext.tsx';
import '../ui/theme.css';
import '../ui/blocks.ts';
import { ConsoleApp } from './ConsoleApp.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The console page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ConnectionProvider connection={connect(consoleContract)}>
      <ConsoleApp />
    </ConnectionProvider>
  </StrictMode>,
);

import { useSyncExternalStore } from 'react';
import type { ConnectionState } from '../bridge/websocketTransport.ts';
import type { PhoneLink } from './phoneLink.ts';

export const useLinkState = (link: PhoneLink): ConnectionState =>
  useSyncExternalStore(link.onStateChange, link.state);

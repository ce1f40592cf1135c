/** The console's bridge knows every request and event: the console is the contract's widest audience. */
import { events } from './events.ts';
import { requests } from './requests.ts';
import type { ViewContract } from './viewContract.ts';

export const consoleContract = { requests, events } as const satisfies ViewContract;

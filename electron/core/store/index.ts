export type { CohortStore } from './CohortStore.ts';
export { openCohortStore } from './openCohortStore.ts';

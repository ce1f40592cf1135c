/** One line of `npm run bench`: a measured figure against its target. */
export interface BenchRow {
  name: string;
  figure: number;
  unit: string;
  target: string;
  met: boolean;
}

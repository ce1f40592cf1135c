import type { Cohort } from '../../../shared/cohort/schema.ts';

const CADENCE: Record<Cohort['cadence']['every'], string> = {
  week: 'Every week',
  'two-weeks': 'Every two weeks',
  month: 'Every month',
  'ad-hoc': 'When the group decides',
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The cohort's agreement: why it meets, how often, and how people treat each other. */
export function CharterPanel({ cohort }: { cohort: Cohort }) {
  const { charter, cadence } = cohort;
  const when = [
    CADENCE[cadence.every],
    cadence.weekday !== undefined ? `on ${WEEKDAYS[cadence.weekday]}` : '',
    cadence.startTime ? `at ${cadence.startTime}` : '',
    `for ${cadence.durationMinutes} min`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section className="panel" aria-labelledby="charter-heading">
      <div className="panel__header">
        <h2 id="charter-heading">Charter</h2>
      </div>
      <dl className="charter">
        <div>
          <dt>Mission</dt>
          <dd>{charter.mission || 'Not written yet.'}</dd>
        </div>
        <div>
          <dt>Meets</dt>
          <dd>{when}</dd>
        </div>
        {charter.weeklyTimeCommitment ? (
          <div>
            <dt>Time commitment</dt>
            <dd>{charter.weeklyTimeCommitment}</dd>
          </div>
        ) : null}
        {charter.learningFormats.length > 0 ? (
          <div>
            <dt>Learning formats</dt>
            <dd>{charter.learningFormats.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>Code of conduct</dt>
          <dd>
            <ul className="chips">
              {charter.codeOfConduct.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}

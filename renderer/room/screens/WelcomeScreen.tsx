/** Before the first segment: the cohort, the session, the roles of the day and what to expect. */
import type { RoomView, RoomWelcome } from '../../../shared/room/roomView.ts';
import { AppMark } from '../../ui/AppMark/AppMark.tsx';
import { JoinQr } from '../../ui/JoinQr/JoinQr.tsx';
import { formatDate } from '../../ui/format/dates.ts';

const totalWords = (minutes: number) => {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) return `${rest} minutes`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};

/**
 * Steps listed on the welcome; a longer agenda (many cases) ends with how many more there are. With
 * the join code up, the list gives it room.
 */
const STEPS_SHOWN = 9;
const STEPS_SHOWN_WITH_JOIN = 4;

/** The address as people type it: no scheme, no code (the code is shown on its own). */
const typedAddress = (address: string) =>
  address.replace(/^https?:\/\//, '').replace(/\?code=.*$/, '');

export function WelcomeScreen({ welcome, join }: { welcome: RoomWelcome; join: RoomView['join'] }) {
  const total = welcome.agenda.reduce((sum, segment) => sum + segment.minutes, 0);
  const most = join ? STEPS_SHOWN_WITH_JOIN : STEPS_SHOWN;
  const fits = welcome.agenda.length <= most;
  const shown = fits ? welcome.agenda : welcome.agenda.slice(0, most - 1);
  const more = welcome.agenda.length - shown.length;
  const date = welcome.date ? formatDate(welcome.date, { dateStyle: 'full' }) : '';
  return (
    <div className="room-welcome">
      <header className="room-welcome__head">
        <AppMark size={56} />
        <div>
          <p className="room-label room-label--category">{welcome.cohort}</p>
          <h1 className="room-welcome__title">{welcome.title || 'Welcome'}</h1>
          {date ? <p className="room-welcome__date">{date}</p> : null}
        </div>
      </header>
      <div className="room-welcome__body" data-join={join ? '' : undefined}>
        {welcome.roles.length > 0 ? (
          <section aria-label="Roles today">
            <h2 className="room-label">Roles today</h2>
            <dl className="room-welcome__roles">
              {welcome.roles.map((role) => (
                <div key={role.role}>
                  <dt>{role.role}</dt>
                  <dd>{role.name}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        {welcome.agenda.length > 0 ? (
          <section aria-label="What to expect">
            <h2 className="room-label">What to expect · {totalWords(total)}</h2>
            <ol className="room-welcome__agenda">
              {shown.map((segment, index) => (
                <li key={`${index}-${segment.title}`}>
                  <span>{segment.title}</span>
                  <span className="room-welcome__minutes">{segment.minutes} min</span>
                </li>
              ))}
              {more > 0 ? <li className="room-welcome__more">and {more} more steps</li> : null}
            </ol>
          </section>
        ) : null}
        {join ? (
          <section className="room-join" aria-label="Join from your phone">
            <h2 className="room-label">Join from your phone</h2>
            {join.address ? (
              <JoinQr
                address={join.address}
                label={`QR code of ${join.address}`}
                className="room-join__qr"
              />
            ) : null}
            {join.address ? (
              <p className="room-join__address">
                {/* A narrow screen breaks the address before its path, not inside a word. */}
                {typedAddress(join.address)
                  .split('/')
                  .flatMap((part, index) =>
                    index === 0 ? [part] : [<wbr key={index} />, `/${part}`],
                  )}
              </p>
            ) : null}
            <p className="room-join__code">
              Code <strong>{join.code}</strong>
            </p>
          </section>
        ) : null}
      </div>
    </div>
  );
}

/** Joining from a phone: the join code, then your name from the attendance, or a guest's name. */
import { useEffect, useMemo, useState } from 'react';
import { MAX_LENGTH } from '../../shared/vocabulary/limits.ts';
import { openPhoneLink } from './phoneLink.ts';
import { useLinkState } from './useLinkState.ts';

interface Roster {
  cohort: string;
  title: string;
  people: { attendeeId: string; name: string; joined: boolean }[];
}

export function JoinScreen({
  code: given,
  notice,
  onJoined,
}: {
  code: string;
  notice: string | null;
  onJoined: (token: string) => void;
}) {
  const [code, setCode] = useState(given);
  const [typed, setTyped] = useState(given);
  return (
    <main className="phone">
      <h1 className="phone-title">Join the session</h1>
      {notice ? (
        <p className="phone-notice" role="status">
          {notice}
        </p>
      ) : null}
      {code ? (
        <Roll code={code} onJoined={onJoined} onWrongCode={() => setCode('')} />
      ) : (
        <form
          className="phone-card"
          onSubmit={(event) => {
            event.preventDefault();
            setCode(typed.trim().toUpperCase());
          }}
        >
          <label className="phone-field">
            Join code (on the room’s screen)
            <input
              value={typed}
              autoCapitalize="characters"
              autoComplete="off"
              maxLength={12}
              onChange={(event) => setTyped(event.target.value)}
            />
          </label>
          <button
            type="submit"
            className="phone-button phone-button--primary"
            disabled={!typed.trim()}
          >
            Continue
          </button>
        </form>
      )}
    </main>
  );
}

function Roll({
  code,
  onJoined,
  onWrongCode,
}: {
  code: string;
  onJoined: (token: string) => void;
  onWrongCode: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const link = useMemo(
    () => openPhoneLink({ code }, (reason) => setProblem(reason || 'This join code is not open.')),
    [code],
  );
  useEffect(() => () => link.close(), [link]);
  const state = useLinkState(link);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [guest, setGuest] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (state !== 'open') return;
    void link.bridge.invoke('participant.roster', { code }).then((result) => {
      if (result.ok) setRoster(result.value);
      else setProblem(result.error.message);
    });
  }, [link, state, code]);

  const join = async (
    ask: () => ReturnType<typeof link.bridge.invoke<'participant.claim'>>,
  ): Promise<void> => {
    setBusy(true);
    const result = await ask();
    setBusy(false);
    if (result.ok) onJoined(result.value.token);
    else setProblem(result.error.message);
  };

  if (problem && !roster)
    return (
      <div className="phone-card">
        <p className="phone-problem" role="alert">
          {problem}
        </p>
        <button type="button" className="phone-button" onClick={onWrongCode}>
          Type the code again
        </button>
      </div>
    );
  if (!roster) return <p className="phone-quiet">Connecting to the room…</p>;
  return (
    <>
      <p className="phone-subtitle">
        {roster.cohort} · {roster.title}
      </p>
      {problem ? (
        <p className="phone-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <section className="phone-card" aria-labelledby="who-heading">
        <h2 id="who-heading" className="phone-heading">
          Who are you?
        </h2>
        <ul className="phone-names" aria-label="Names in the session">
          {roster.people.map((person) => (
            <li key={person.attendeeId}>
              <button
                type="button"
                className="phone-button phone-button--name"
                disabled={busy}
                onClick={() =>
                  void join(() =>
                    link.bridge.invoke('participant.claim', {
                      code,
                      attendeeId: person.attendeeId,
                    }),
                  )
                }
              >
                {person.name}
                {person.joined ? <span className="phone-quiet"> · on another phone</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <form
        className="phone-card"
        aria-label="Join as a guest"
        onSubmit={(event) => {
          event.preventDefault();
          void join(() => link.bridge.invoke('participant.askToJoin', { code, name: guest }));
        }}
      >
        <label className="phone-field">
          Not on the list? Your name
          <input
            value={guest}
            maxLength={MAX_LENGTH.personName}
            autoComplete="name"
            onChange={(event) => setGuest(event.target.value)}
          />
        </label>
        <button type="submit" className="phone-button" disabled={busy || !guest.trim()}>
          Ask to join as a guest
        </button>
      </form>
    </>
  );
}

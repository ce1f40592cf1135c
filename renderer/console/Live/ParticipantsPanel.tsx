/**
 * Phones in the room: "Let participants join" opens joining for this session (a fresh code each
 * time), with the address and its QR code for anyone who cannot see the room's screen. Who joined
 * is listed as they arrive; a guest or a second phone for a name waits here to be let in, and any
 * device can be removed (its phone is told, and its token stops working).
 */
import { useState } from 'react';
import { Smartphone } from 'lucide-react';
import { useCommand } from '../../bridge/useCommand.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { JoinQr } from '../../ui/JoinQr/JoinQr.tsx';
import { useLive } from './LiveContext.tsx';
import badges from '../../ui/Badge/Badge.module.css';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './live.module.css';

const WAITS_FOR = {
  guest: 'Guest: let in?',
  'second-phone': 'Second phone for this name',
} as const;

export function ParticipantsPanel() {
  const cohortId = useLive((state) => state.cohortId);
  const sessionId = useLive((state) => state.sessionId);
  const join = useQuery('join.state', { cohortId, sessionId }, ['join.changed']);
  const open = useCommand('join.open');
  const close = useCommand('join.close');
  const admit = useCommand('join.admit');
  const remove = useCommand('join.remove');
  const state = join.data;
  // The switch shows the facilitator's choice at once, until the host's next state says it too.
  const [chosen, setChosen] = useState<{ open: boolean; over: typeof state } | null>(null);
  const joining = chosen && chosen.over === state ? chosen.open : (state?.open ?? false);
  const problem =
    open.error?.message ?? close.error?.message ?? admit.error?.message ?? remove.error?.message;

  return (
    <section className={styles.livePanel} aria-labelledby="participants-heading">
      <h2 id="participants-heading" className={styles.livePanelTitle}>
        <Smartphone size={14} aria-hidden="true" /> Phones{' '}
        {state ? <span className={panels.count}>{state.devices.length}</span> : null}
      </h2>
      <label className={fields.toggle}>
        <input
          type="checkbox"
          checked={joining}
          disabled={!state}
          onChange={(event) => {
            const next = event.target.checked;
            setChosen({ open: next, over: state });
            void (next ? open : close).run({ cohortId, sessionId }).then((result) => {
              if (!result.ok) setChosen(null);
            });
          }}
        />
        Let participants join
      </label>
      {state?.open && state.code ? (
        <div className={styles.joinBox}>
          {state.addresses[0] ? (
            <JoinQr
              address={state.addresses[0]}
              label={`QR code of ${state.addresses[0]}`}
              className={styles.joinQr}
            />
          ) : null}
          <div>
            <p className={styles.joinCode}>
              Code <strong>{state.code}</strong>
            </p>
            {state.addresses.map((address) => (
              <p key={address} className={styles.joinAddress}>
                {address}
              </p>
            ))}
            {state.unreachable ? <p className={panels.empty}>{state.unreachable}</p> : null}
          </div>
        </div>
      ) : null}
      {state && state.devices.length > 0 ? (
        <ul className={panels.rows} aria-label="Phones joined">
          {state.devices.map((device) => (
            <li key={device.id} className={styles.device}>
              <span className={styles.deviceName}>
                {device.name}
                {device.waitsFor ? (
                  <span className={badges.quiet}>{WAITS_FOR[device.waitsFor]}</span>
                ) : device.connected ? null : (
                  <span className={badges.quiet}>Away</span>
                )}
              </span>
              {device.status === 'pending' ? (
                <button
                  type="button"
                  className={`${buttons.primary} ${buttons.small}`}
                  onClick={() => void admit.run({ cohortId, sessionId, deviceId: device.id })}
                >
                  Let in
                </button>
              ) : null}
              <button
                type="button"
                className={`${buttons.quiet} ${buttons.small}`}
                aria-label={`Remove ${device.name}’s phone`}
                onClick={() => void remove.run({ cohortId, sessionId, deviceId: device.id })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorLine message={problem ?? join.error?.message} />
    </section>
  );
}

/**
 * A participant's phone: join by the code (pick your name, or ask to join as a guest), wait to be
 * let in when needed, then take part. What the phone shows comes from the host's view of this one
 * participant; what they type stays on the phone until it is sent.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ParticipantView } from '../../shared/participants/participantViewSchema.ts';
import { JoinScreen } from './JoinScreen.tsx';
import { openPhoneLink, savedToken, saveToken, type PhoneLink } from './phoneLink.ts';
import { SessionScreen } from './SessionScreen.tsx';
import { useLinkState } from './useLinkState.ts';

const codeInAddress = () =>
  (new URLSearchParams(window.location.search).get('code') ?? '').trim().toUpperCase();

export function ParticipantApp() {
  const [token, setToken] = useState(savedToken);
  const [refusal, setRefusal] = useState<string | null>(null);
  const link = useMemo(
    () =>
      token
        ? openPhoneLink({ token }, (reason) => {
            saveToken(null);
            setRefusal(reason || 'This phone is not in the session any more.');
            setToken(null);
          })
        : null,
    [token],
  );

  if (!link)
    return (
      <JoinScreen
        code={codeInAddress()}
        notice={refusal}
        onJoined={(joined) => {
          saveToken(joined);
          setRefusal(null);
          setToken(joined);
        }}
      />
    );
  return <Taking link={link} />;
}

function Taking({ link }: { link: PhoneLink }) {
  const [view, setView] = useState<ParticipantView | null>(null);
  const state = useLinkState(link);
  useEffect(() => link.bridge.subscribe('participant.view', setView), [link]);
  useEffect(() => {
    if (state !== 'open') return;
    void link.bridge.invoke('participant.view', {}).then((result) => {
      if (result.ok) setView(result.value);
    });
  }, [link, state]);
  return <SessionScreen link={link} view={view} connected={state === 'open'} onView={setView} />;
}

/**
 * Edits one member (name, role, strengths) or removes them from the cohort after asking. A removed
 * member is archived: they stay in past sessions, notes and commitments, and can be brought back.
 */
import { useState } from 'react';
import type { Member } from '../../../shared/cohort/schema.ts';
import { useBridge } from '../../bridge/ConnectionContext.tsx';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import styles from './cohort.module.css';

const strengthsOf = (text: string) =>
  text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

interface Props {
  cohortId: string;
  cohortName: string;
  member: Member;
  onClose: () => void;
}

/** Mount it only while it is open: it starts from the member as they are. */
export function MemberDialog({ cohortId, cohortName, member, onClose }: Props) {
  const bridge = useBridge();
  const [name, setName] = useState(member.name);
  const [role, setRole] = useState(member.role);
  const [strengths, setStrengths] = useState(member.strengths.join(', '));
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const save = async () => {
    if (!name.trim() || busy) return;
    setBusy(true);
    const result = await bridge.invoke('member.update', {
      cohortId,
      memberId: member.id,
      name: name.trim(),
      role: role.trim(),
      strengths: strengthsOf(strengths),
    });
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    const result = await bridge.invoke('member.archive', {
      cohortId,
      memberId: member.id,
      archived: true,
    });
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  if (removing) {
    return (
      <Dialog
        open
        title={`Remove ${member.name} from the cohort?`}
        lead={`${member.name} will no longer be listed in ${cohortName} or offered for new sessions.`}
        onClose={onClose}
        onSubmit={() => void remove()}
        cancelLabel={`Keep ${member.name}`}
        onCancel={() => {
          setRemoving(false);
          setError(undefined);
        }}
        submitLabel="Remove from cohort"
        submitDisabled={busy}
        danger
        error={error}
      >
        <p className={styles.editNote}>
          Nothing in the cohort’s history changes: past attendance, notes and commitments still show{' '}
          {member.name}. You can bring them back later from the members list.
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      title="Edit member"
      onClose={onClose}
      onSubmit={() => void save()}
      actions={
        <>
          <button
            type="button"
            className={`${buttons.danger} ${styles.editFormAside}`}
            onClick={() => {
              setRemoving(true);
              setError(undefined);
            }}
          >
            Remove from cohort…
          </button>
          <button type="button" className={buttons.quiet} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={buttons.primary} disabled={!name.trim() || busy}>
            Save
          </button>
        </>
      }
    >
      <div className={styles.editForm}>
        <label className={fields.field}>
          Name
          <input
            value={name}
            maxLength={120}
            onChange={(event) => {
              setName(event.target.value);
              setError(undefined);
            }}
          />
        </label>
        <label className={fields.field}>
          Role
          <input
            value={role}
            maxLength={200}
            placeholder="Their function at work, e.g. Product lead"
            onChange={(event) => setRole(event.target.value)}
          />
        </label>
        <label className={fields.field}>
          <span>
            Strengths <span className={fields.hint}>separated by commas</span>
          </span>
          <input
            value={strengths}
            placeholder="e.g. Data analysis, Storytelling"
            onChange={(event) => setStrengths(event.target.value)}
          />
        </label>
        {error ? (
          <p className={fields.error} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}

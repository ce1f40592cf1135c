/**
 * Edits one member (name, role, strengths) or removes them from the cohort after asking. A removed
 * member is archived: they stay in past sessions, notes and commitments, and can be brought back.
 */
import { useState } from 'react';
import type { Member } from '../../../shared/cohort/schema.ts';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
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
  const update = useCommand('member.update');
  const archive = useCommand('member.archive');
  const busy = update.busy || archive.busy;
  const [name, setName] = useState(member.name);
  const [role, setRole] = useState(member.role);
  const [strengths, setStrengths] = useState(member.strengths.join(', '));
  const [removing, setRemoving] = useState(false);

  const save = async () => {
    if (!name.trim() || busy) return;
    const result = await update.run({
      cohortId,
      memberId: member.id,
      name: name.trim(),
      role: role.trim(),
      strengths: strengthsOf(strengths),
    });
    if (result.ok) onClose();
  };

  const remove = async () => {
    if (busy) return;
    const result = await archive.run({ cohortId, memberId: member.id, archived: true });
    if (result.ok) onClose();
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
          archive.reset();
        }}
        submitLabel="Remove from cohort"
        submitDisabled={busy}
        danger
        error={archive.error?.message}
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
              update.reset();
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
            maxLength={MAX_LENGTH.personName}
            onChange={(event) => {
              setName(event.target.value);
              update.reset();
            }}
          />
        </label>
        <label className={fields.field}>
          Role
          <input
            value={role}
            maxLength={MAX_LENGTH.role}
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
        <ErrorLine message={update.error?.message} />
      </div>
    </Dialog>
  );
}

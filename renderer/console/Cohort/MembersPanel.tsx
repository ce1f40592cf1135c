import { useState } from 'react';
import type { Cohort } from '../../../shared/cohort/schema.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { ErrorLine } from '../../ui/ErrorLine/ErrorLine.tsx';
import { hrefFor } from '../Shell/route.ts';
import { AddMemberForm } from './AddMemberForm.tsx';
import { MemberDialog } from './MemberDialog.tsx';
import buttons from '../../ui/Button/Button.module.css';
import panels from '../../ui/Panel/Panel.module.css';
import styles from './cohort.module.css';

export function MembersPanel({
  cohortId,
  cohort,
  onAdded,
}: {
  cohortId: string;
  cohort: Cohort;
  onAdded: () => void;
}) {
  const members = cohort.members.filter((member) => !member.archived);
  const removed = cohort.members.filter((member) => member.archived);
  const [editingId, setEditingId] = useState<string>();
  const editing = cohort.members.find((member) => member.id === editingId && !member.archived);
  const archive = useCommand('member.archive');
  const bringBack = (memberId: string) => archive.run({ cohortId, memberId, archived: false });

  return (
    <section className={panels.panel} aria-labelledby="members-heading">
      <div className={panels.header}>
        <h2 id="members-heading">Members</h2>
        <span className={panels.count}>{members.length}</span>
      </div>
      {members.length === 0 ? (
        <p className={panels.empty}>No members yet. Add the people who meet in this cohort.</p>
      ) : (
        <ul className={styles.memberList} aria-label="Members">
          {members.map((member) => (
            <li key={member.id} className={`${styles.member} ${styles.memberEditable}`}>
              <span className={styles.memberAvatar} aria-hidden="true">
                {initials(member.name)}
              </span>
              <a
                className={`${styles.memberName} ${styles.memberLink}`}
                href={hrefFor({ screen: 'member', cohortId, memberId: member.id })}
              >
                {member.name}
              </a>
              {member.role ? <span className={styles.memberRole}>{member.role}</span> : null}
              {member.strengths.length > 0 ? (
                <span className={styles.memberStrengths}>{member.strengths.join(' · ')}</span>
              ) : null}
              <button
                type="button"
                className={`${buttons.icon} ${styles.memberEdit}`}
                aria-label={`Edit ${member.name}`}
                title={`Edit ${member.name}`}
                onClick={() => setEditingId(member.id)}
              >
                <PencilIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      {removed.length > 0 ? (
        <details className={styles.removedMembers}>
          <summary>Removed from the cohort ({removed.length})</summary>
          <p className={styles.removedMembersNote}>
            They still appear in past sessions, notes and commitments.
          </p>
          <ul aria-label="Removed members">
            {removed.map((member) => (
              <li key={member.id}>
                <span>{member.name}</span>
                <button
                  type="button"
                  className={`${buttons.small} ${buttons.quiet}`}
                  aria-label={`Bring back ${member.name}`}
                  onClick={() => void bringBack(member.id)}
                >
                  Bring back
                </button>
              </li>
            ))}
          </ul>
          <ErrorLine message={archive.error?.message} />
        </details>
      ) : null}
      <AddMemberForm cohortId={cohortId} onAdded={onAdded} />
      {editing ? (
        <MemberDialog
          key={editing.id}
          cohortId={cohortId}
          cohortName={cohort.name}
          member={editing}
          onClose={() => setEditingId(undefined)}
        />
      ) : null}
    </section>
  );
}

function PencilIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M11.2 2.3a1.5 1.5 0 0 1 2.1 0l.4.4a1.5 1.5 0 0 1 0 2.1l-8 8-3.2.8.8-3.2 7.9-8.1Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');

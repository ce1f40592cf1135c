/**
 * The cohort's question deck for the editor: the bank as the host has it, and edits sent one after
 * another. Each edit is worked out from the bank as it is when its turn comes, so quick presses
 * (move down, move down) never act on a stale order.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuestionBank } from '../../../shared/cohort/schema.ts';
import type { DeckEdit } from '../../../shared/deck/customise.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useQuery } from '../../bridge/useQuery.ts';

export type EditOf = DeckEdit | ((bank: QuestionBank) => DeckEdit | null);

export interface DeckEditing {
  bank: QuestionBank | undefined;
  loadProblem: string | undefined;
  /** Why the last edit was refused, in words; cleared by the next edit that succeeds. */
  problem: string | undefined;
  dismissProblem: () => void;
  /** Resolves with the new bank, or undefined when the host refused the edit. */
  apply: (edit: EditOf) => Promise<QuestionBank | undefined>;
}

export function useDeck(cohortId: string): DeckEditing {
  const customise = useCommand('deck.customise');
  const send = customise.run;
  const query = useQuery('deck.get', { cohortId }, ['cohort.changed']);
  // The answer to our own edit shows at once; the next read of the deck (after the change event)
  // takes over again.
  const [answered, setAnswered] = useState<{ bank: QuestionBank; over: unknown }>();
  const bank = answered && answered.over === query.data ? answered.bank : query.data;

  const latest = useRef(bank);
  useEffect(() => {
    latest.current = bank;
  }, [bank]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const seen = useRef(query.data);
  useEffect(() => {
    seen.current = query.data;
  }, [query.data]);

  const apply = useCallback(
    (edit: EditOf) => {
      const run = async (): Promise<QuestionBank | undefined> => {
        const current = latest.current;
        if (!current) return undefined;
        const resolved = typeof edit === 'function' ? edit(current) : edit;
        if (!resolved) return current;
        const result = await send({ cohortId, edit: resolved });
        if (!result.ok) return undefined;
        latest.current = result.value;
        setAnswered({ bank: result.value, over: seen.current });
        return result.value;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [send, cohortId],
  );

  return {
    bank,
    loadProblem: query.error?.message,
    problem: customise.error?.message,
    dismissProblem: customise.reset,
    apply,
  };
}

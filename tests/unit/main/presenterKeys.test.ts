import { describe, expect, it } from 'vitest';
import { actionForKey, CONSOLE_ACTIONS } from '../../../shared/actions/liveActions.ts';
import { KeyPressSchema } from '../../../shared/contract/shell.ts';
import { presenterKeyDecision } from '../../../electron/main/presenterKeys.ts';

const input = (key: string, extra: Partial<Parameters<typeof presenterKeyDecision>[0]> = {}) => ({
  type: 'keyDown',
  key,
  shift: false,
  control: false,
  meta: false,
  alt: false,
  isComposing: false,
  ...extra,
});

describe('presenterKeyDecision', () => {
  it("hands every key of the console's actions to the console, as it was pressed", () => {
    for (const action of CONSOLE_ACTIONS) {
      for (const key of action.keys) {
        const decision = presenterKeyDecision(input(key, { control: Boolean(action.mod) }));
        expect(decision.prevent).toBe(true);
        expect(KeyPressSchema.parse(decision.forward)).toEqual({
          key,
          shiftKey: false,
          ctrlKey: Boolean(action.mod),
          metaKey: false,
          altKey: false,
        });
        // What the console is handed is a key it has an action for.
        expect(actionForKey(decision.forward!)).toBeDefined();
      }
    }
  });

  it('keeps the modifiers: ⌘ Z on a Mac, Shift with N', () => {
    expect(presenterKeyDecision(input('z', { meta: true })).forward).toMatchObject({
      key: 'z',
      metaKey: true,
    });
    expect(presenterKeyDecision(input('N', { shift: true })).forward).toMatchObject({
      key: 'N',
      shiftKey: true,
    });
  });

  it('never lets F5 or Shift+F5 reload the presenter, and hands them to the console', () => {
    for (const shift of [false, true]) {
      const down = presenterKeyDecision(input('F5', { shift }));
      expect(down).toEqual({
        prevent: true,
        forward: { key: 'F5', shiftKey: shift, ctrlKey: false, metaKey: false, altKey: false },
      });
      expect(presenterKeyDecision(input('F5', { shift, type: 'keyUp' }))).toEqual({
        prevent: true,
      });
    }
  });

  it('leaves other keys, key releases and keys being composed to the presenter', () => {
    expect(presenterKeyDecision(input('Escape'))).toEqual({ prevent: false });
    expect(presenterKeyDecision(input('n', { alt: true }))).toEqual({ prevent: false });
    expect(presenterKeyDecision(input('n', { type: 'keyUp' }))).toEqual({ prevent: false });
    expect(presenterKeyDecision(input('n', { isComposing: true }))).toEqual({ prevent: false });
    expect(presenterKeyDecision(input('Shift', { shift: true }))).toEqual({ prevent: false });
  });
});

import { afterEach, beforeEach, expect, it } from 'vitest';
import { cohortHandlers } from '../../../electron/core/handlers/cohort.ts';
import { memberHandlers } from '../../../electron/core/handlers/member.ts';
import type { CoreServices } from '../../../electron/core/services.ts';
import { storeFixture, type StoreFixture } from './helpers.ts';

let t: StoreFixture;
let handlers: ReturnType<typeof cohortHandlers> & ReturnType<typeof memberHandlers>;
const context = { role: 'console' } as const;
beforeEach(async () => {
  t = await storeFixture();
  const services = { store: t.store } as CoreServices;
  handlers = { ...cohortHandlers(services), ...memberHandlers(services) };
});
afterEach(() => t.done());

it('edits a cohort’s name, charter and cadence', async () => {
  const { id } = await t.store.create('Circle');
  const fields = await handlers['cohort.update'](
    {
      cohortId: id,
      name: 'Leadership circle',
      charter: { mission: 'Grow leaders' },
      cadence: { every: 'two-weeks', weekday: 2 },
    },
    context,
  );
  expect(fields).toMatchObject({
    name: 'Leadership circle',
    charter: { mission: 'Grow leaders' },
    cadence: { every: 'two-weeks', weekday: 2, durationMinutes: 90 },
  });
  expect((await t.store.read(id)).charter.codeOfConduct).toEqual([
    'Candor',
    'Punctuality',
    'Confidentiality',
  ]);
  await expect(
    handlers['cohort.update']({ cohortId: id, cadence: { startTime: '2pm' } }, context),
  ).rejects.toThrow('cadence start time is not a time like 14:30');
});

it('updates and archives members, keeping active names unique', async () => {
  const { id } = await t.store.create('Circle');
  await t.store.update(id, (cohort) => {
    cohort.members.push({ id: 'a', name: 'Ana', role: '', strengths: [], archived: false });
    cohort.members.push({ id: 'b', name: 'Bo', role: '', strengths: [], archived: false });
  });
  const ana = await handlers['member.update'](
    { cohortId: id, memberId: 'a', role: 'Product lead', strengths: ['Listening'] },
    context,
  );
  expect(ana).toMatchObject({ name: 'Ana', role: 'Product lead', strengths: ['Listening'] });
  await expect(
    handlers['member.update']({ cohortId: id, memberId: 'b', name: 'ana' }, context),
  ).rejects.toMatchObject({ code: 'rejected' });
  expect(
    await handlers['member.archive']({ cohortId: id, memberId: 'a', archived: true }, context),
  ).toMatchObject({ archived: true });
  expect(
    await handlers['member.update']({ cohortId: id, memberId: 'b', name: 'Ana' }, context),
  ).toMatchObject({ name: 'Ana' });
  await expect(
    handlers['member.archive']({ cohortId: id, memberId: 'a', archived: false }, context),
  ).rejects.toMatchObject({ code: 'rejected' });
  await expect(
    handlers['member.archive']({ cohortId: id, memberId: 'zz', archived: true }, context),
  ).rejects.toMatchObject({ code: 'not-found' });
});

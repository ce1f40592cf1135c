/**
 * The words the commitment nudges listen for, in one place (English). A commitment is specific,
 * observable and time-bound (DOMAIN.md, seeds 001 and 003): these lists are what "vague" and
 * "observable" mean to the nudges, so changing what the form says means changing only this file.
 */

/**
 * Phrases that promise effort rather than a result, each with the verb a concrete version could
 * start with. Longest first, so "start thinking about" wins over "think about".
 */
export const VAGUE_VERBS: readonly { phrase: string; instead: string }[] = [
  { phrase: 'start thinking about', instead: 'Decide on' },
  { phrase: 'keep working on', instead: 'Finish' },
  { phrase: 'get better at', instead: 'Practise' },
  { phrase: 'think about', instead: 'Decide on' },
  { phrase: 'work on', instead: 'Finish' },
  { phrase: 'look into', instead: 'Write up what we know about' },
  { phrase: 'look at', instead: 'Write up what we know about' },
  { phrase: 'focus on', instead: 'Finish' },
  { phrase: 'figure out', instead: 'Decide on' },
  { phrase: 'try to', instead: '' },
  { phrase: 'try and', instead: '' },
  { phrase: 'continue with', instead: 'Complete the next step of' },
  { phrase: 'continue', instead: 'Complete the next step of' },
  { phrase: 'explore', instead: 'List three options for' },
  { phrase: 'consider', instead: 'Decide on' },
  { phrase: 'investigate', instead: 'Write up what we know about' },
  { phrase: 'research', instead: 'Write up what we know about' },
  { phrase: 'improve', instead: 'Ship one improvement to' },
  { phrase: 'help with', instead: 'Do one agreed task for' },
  { phrase: 'be more', instead: 'Practise being' },
];

/**
 * Verbs whose result someone else can see: a thing made, sent, held or decided. A commitment that
 * starts with one (or counts something) has an observable result.
 */
export const RESULT_VERBS: readonly string[] = [
  'agree',
  'ask',
  'book',
  'build',
  'call',
  'cancel',
  'choose',
  'close',
  'complete',
  'decide',
  'define',
  'delete',
  'deliver',
  'demo',
  'deploy',
  'document',
  'draft',
  'email',
  'fix',
  'finish',
  'hire',
  'hold',
  'interview',
  'launch',
  'list',
  'map',
  'measure',
  'meet',
  'merge',
  'migrate',
  'pair',
  'pick',
  'plan',
  'post',
  'practise',
  'practice',
  'present',
  'prototype',
  'publish',
  'record',
  'release',
  'remove',
  'run',
  'schedule',
  'send',
  'set up',
  'share',
  'ship',
  'sign',
  'submit',
  'survey',
  'test',
  'train',
  'write',
];

/** Words that put off the "when" instead of naming it. */
export const VAGUE_TIMES: readonly string[] = [
  'soon',
  'eventually',
  'at some point',
  'sometime',
  'when i can',
  'when possible',
  'asap',
  'later',
  'going forward',
  'ongoing',
];

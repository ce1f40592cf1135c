/**
 * The question deck editor: the categories on the left in the order they are asked, the chosen
 * category's questions on the right. Every change is saved at once (and reaches a running session
 * at once); nothing waits for a Save button. Built-in questions are hidden, never removed.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Question, QuestionBank, QuestionCategory } from '../../../shared/cohort/schema.ts';
import { defaultQuestionBank } from '../../../shared/deck/defaultBank.ts';
import { plural } from '../../ui/format/relativeTime.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import { categorySummary, deckSummary } from './deckWords.ts';
import { useDeck, type DeckEditing } from './useDeck.ts';
import './deck.css';

/** Enter does the action, Escape gives up, and neither reaches the dialog around the editor. */
function keys(onEnter: () => void, onEscape?: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  };
}

/**
 * Puts focus back on a control after the deck changes under it (a moved row, a closed inline
 * form): the first of `keys` found enabled, by its data-focus attribute.
 */
function useFocusAfter(root: RefObject<HTMLElement | null>) {
  const pending = useRef<string[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (pending.current.length === 0) return;
    for (const key of pending.current) {
      const element = root.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        pending.current = [];
        return;
      }
    }
  });
  return (...keys: string[]) => {
    pending.current = keys;
    setTick(tick + 1);
  };
}

export function DeckEditorDialog({
  cohortId,
  cohortName,
  onClose,
}: {
  cohortId: string;
  cohortName: string;
  onClose: () => void;
}) {
  const deck = useDeck(cohortId);
  const [resetting, setResetting] = useState(false);
  const [selectedId, setSelectedId] = useState<string>();
  const [addingCategory, setAddingCategory] = useState(false);

  if (resetting) {
    return (
      <ResetDialog
        deck={deck}
        cohortName={cohortName}
        onKeep={() => setResetting(false)}
        onReset={() => {
          setSelectedId(undefined);
          setAddingCategory(false);
          setResetting(false);
        }}
        onClose={onClose}
      />
    );
  }

  return (
    <Dialog
      open
      title="Question deck"
      lead={
        <>
          What {cohortName} asks in the clarifying rounds: categories in this order, each with its
          questions. Changes are saved as you make them, and a running session gets them at once.
        </>
      }
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="button button--danger deck-editor__reset"
            disabled={!deck.bank}
            onClick={() => {
              deck.dismissProblem();
              setResetting(true);
            }}
          >
            Reset to the default deck…
          </button>
          <button type="button" className="button button--primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      {deck.loadProblem && !deck.bank ? (
        <p className="field__error" role="alert">
          {deck.loadProblem}
        </p>
      ) : null}
      {deck.bank ? (
        <DeckEditor
          deck={deck}
          bank={deck.bank}
          selectedId={selectedId}
          onSelect={(id) => {
            setSelectedId(id);
            setAddingCategory(false);
          }}
          addingCategory={addingCategory}
          onAddingCategory={setAddingCategory}
        />
      ) : !deck.loadProblem ? (
        <p className="panel__empty">Opening the deck…</p>
      ) : null}
    </Dialog>
  );
}

function DeckEditor({
  deck,
  bank,
  selectedId,
  onSelect,
  addingCategory,
  onAddingCategory,
}: {
  deck: DeckEditing;
  bank: QuestionBank;
  selectedId: string | undefined;
  onSelect: (categoryId: string) => void;
  addingCategory: boolean;
  onAddingCategory: (adding: boolean) => void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusAfter(root);
  const railId = useId();
  const selected = bank.categories.find((c) => c.id === selectedId) ?? bank.categories[0];

  // Said to screen readers after a change that moves or hides something.
  const [announcement, setAnnouncement] = useState('');

  const moveCategory = async (category: QuestionCategory, by: -1 | 1) => {
    const next = await deck.apply((current) => {
      const from = current.categories.findIndex((c) => c.id === category.id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= current.categories.length) return null;
      return { type: 'category.move', categoryId: category.id, toIndex: to };
    });
    const place = next?.categories.findIndex((c) => c.id === category.id) ?? -1;
    if (next && place >= 0) {
      setAnnouncement(`${category.name} is now asked ${place + 1} of ${next.categories.length}.`);
    }
    focusAfter(`c:${category.id}:${by < 0 ? 'up' : 'down'}`, `c:${category.id}:select`);
  };

  return (
    <div className="deck-editor" ref={root}>
      {deck.problem ? (
        <div className="deck-editor__problem" role="alert">
          <span>
            <strong>The deck was not changed.</strong> {deck.problem}
          </span>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={deck.dismissProblem}
          >
            Dismiss
          </button>
        </div>
      ) : null}
      <p className="deck-editor__summary">{deckSummary(bank)}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="deck-editor__panes">
        <div className="deck-rail">
          <h3 className="deck-rail__title" id={`${railId}-title`}>
            Categories, in order
          </h3>
          <ol className="deck-rail__list" aria-labelledby={`${railId}-title`}>
            {bank.categories.map((category, index) => {
              const current = !addingCategory && category.id === selected?.id;
              return (
                <li
                  key={category.id}
                  className="deck-rail__item"
                  data-current={current || undefined}
                >
                  <button
                    type="button"
                    className="deck-rail__select"
                    aria-label={category.name}
                    aria-describedby={`${railId}-${index}`}
                    aria-current={current ? 'true' : undefined}
                    data-focus={`c:${category.id}:select`}
                    onClick={() => onSelect(category.id)}
                  >
                    <span className="deck-rail__number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="deck-rail__name">{category.name}</span>
                    <span className="deck-rail__meta" id={`${railId}-${index}`}>
                      {categorySummary(bank, category.id)}
                    </span>
                  </button>
                  <span className="deck-rail__moves">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move ${category.name} up`}
                      title="Move up: asked earlier"
                      data-focus={`c:${category.id}:up`}
                      disabled={index === 0}
                      onClick={() => void moveCategory(category, -1)}
                    >
                      <Arrow up />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move ${category.name} down`}
                      title="Move down: asked later"
                      data-focus={`c:${category.id}:down`}
                      disabled={index === bank.categories.length - 1}
                      onClick={() => void moveCategory(category, 1)}
                    >
                      <Arrow />
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button--quiet deck-rail__add"
            aria-current={addingCategory ? 'true' : undefined}
            data-focus="category:add"
            onClick={() => onAddingCategory(true)}
          >
            <span aria-hidden="true">+</span> Add a category
          </button>
        </div>
        <div className="deck-pane">
          {addingCategory ? (
            <NewCategory
              deck={deck}
              onAdded={(id) => {
                onSelect(id);
                focusAfter(`c:${id}:select`);
              }}
              onCancel={() => {
                onAddingCategory(false);
                focusAfter('category:add');
              }}
            />
          ) : selected ? (
            <CategoryPane
              key={selected.id}
              deck={deck}
              bank={bank}
              category={selected}
              focusAfter={focusAfter}
              announce={setAnnouncement}
            />
          ) : (
            <p className="panel__empty">This deck has no categories. Add one to begin.</p>
          )}
        </div>
      </div>
    </div>
  );
}

function CategoryPane({
  deck,
  bank,
  category,
  focusAfter,
  announce,
}: {
  deck: DeckEditing;
  bank: QuestionBank;
  category: QuestionCategory;
  focusAfter: (...keys: string[]) => void;
  announce: (words: string) => void;
}) {
  const titleId = useId();
  const questions = bank.questions.filter((q) => q.categoryId === category.id);
  const [renaming, setRenaming] = useState(false);
  const [editingId, setEditingId] = useState<string>();

  const move = async (question: Question, by: -1 | 1) => {
    const next = await deck.apply((current) => {
      const siblings = current.questions.filter((q) => q.categoryId === question.categoryId);
      const from = siblings.findIndex((q) => q.id === question.id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= siblings.length) return null;
      return { type: 'question.move', questionId: question.id, toIndex: to };
    });
    const siblings = next?.questions.filter((q) => q.categoryId === question.categoryId) ?? [];
    const place = siblings.findIndex((q) => q.id === question.id);
    if (place >= 0) announce(`Moved to ${place + 1} of ${siblings.length} in ${category.name}.`);
    focusAfter(`q:${question.id}:${by < 0 ? 'up' : 'down'}`, `q:${question.id}:edit`);
  };

  const hide = async (question: Question) => {
    const hidden = !question.hidden;
    const next = await deck.apply({ type: 'question.hide', questionId: question.id, hidden });
    if (next) {
      announce(
        hidden ? 'Hidden: not offered in sessions.' : 'Unhidden: offered in sessions again.',
      );
    }
    focusAfter(`q:${question.id}:hide`);
  };

  return (
    <section className="deck-category" aria-labelledby={titleId}>
      {renaming ? (
        <CategoryForm
          deck={deck}
          category={category}
          titleId={titleId}
          onDone={() => {
            setRenaming(false);
            focusAfter(`c:${category.id}:rename`);
          }}
        />
      ) : (
        <header className="deck-category__header">
          <div className="deck-category__heading">
            <h3 id={titleId} className="deck-category__title">
              {category.name}
            </h3>
            <span className="badge badge--quiet">{category.builtIn ? 'Built-in' : 'Custom'}</span>
          </div>
          <button
            type="button"
            className="button button--small"
            data-focus={`c:${category.id}:rename`}
            onClick={() => setRenaming(true)}
          >
            Rename…
          </button>
          <p className="deck-category__hint">
            {category.hint || <span className="deck-category__nohint">No hint yet.</span>}
          </p>
        </header>
      )}

      {questions.length > 0 ? (
        <ol className="deck-questions" aria-label={`${category.name} questions`}>
          {questions.map((question, index) => (
            <QuestionRow
              key={question.id}
              deck={deck}
              question={question}
              position={index + 1}
              last={index === questions.length - 1}
              editing={editingId === question.id}
              onEdit={() => setEditingId(question.id)}
              onEditDone={() => {
                setEditingId(undefined);
                focusAfter(`q:${question.id}:edit`);
              }}
              onHide={() => void hide(question)}
              onMove={(by) => void move(question, by)}
            />
          ))}
        </ol>
      ) : (
        <p className="panel__empty deck-category__empty">
          No questions in {category.name} yet. Add the first one below.
        </p>
      )}
      <AddQuestion deck={deck} category={category} />
    </section>
  );
}

function QuestionRow({
  deck,
  question,
  position,
  last,
  editing,
  onEdit,
  onEditDone,
  onHide,
  onMove,
}: {
  deck: DeckEditing;
  question: Question;
  position: number;
  last: boolean;
  editing: boolean;
  onEdit: () => void;
  onEditDone: () => void;
  onHide: () => void;
  onMove: (by: -1 | 1) => void;
}) {
  const textId = useId();
  const [text, setText] = useState(question.text);
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    const words = text.trim();
    if (!words) {
      setProblem('A question needs words.');
      return;
    }
    if (words === question.text) {
      onEditDone();
      return;
    }
    const done = await deck.apply({ type: 'question.edit', questionId: question.id, text: words });
    if (done) onEditDone();
  };

  // Alt+↑ / Alt+↓ on any control of the row moves the question.
  const onRowKey = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || editing) return;
    if (event.key === 'ArrowUp' && position > 1) {
      event.preventDefault();
      onMove(-1);
    } else if (event.key === 'ArrowDown' && !last) {
      event.preventDefault();
      onMove(1);
    }
  };

  return (
    <li
      className="deck-question"
      data-hidden={question.hidden || undefined}
      data-editing={editing || undefined}
      onKeyDown={onRowKey}
    >
      <span className="deck-question__number" aria-hidden="true">
        {position}
      </span>
      {editing ? (
        <div className="deck-question__edit">
          <label className="field">
            <span className="visually-hidden">Question text</span>
            <input
              value={text}
              maxLength={1000}
              autoFocus
              aria-invalid={problem !== undefined}
              onChange={(event) => {
                setText(event.target.value);
                setProblem(undefined);
              }}
              onKeyDown={keys(
                () => void save(),
                () => {
                  setText(question.text);
                  onEditDone();
                },
              )}
            />
          </label>
          <div className="deck-question__edit-actions">
            {problem ? <p className="field__error deck-question__problem">{problem}</p> : null}
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setText(question.text);
                onEditDone();
              }}
            >
              Cancel
            </button>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => void save()}
            >
              Save question
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="deck-question__body">
            <span id={textId} className="deck-question__text">
              {question.text}
            </span>
            {question.hidden ? <span className="badge badge--quiet">Hidden</span> : null}
            {!question.builtIn ? <span className="badge">Custom</span> : null}
          </div>
          <div className="deck-question__actions">
            <button
              type="button"
              className="button button--small button--quiet"
              aria-describedby={textId}
              data-focus={`q:${question.id}:edit`}
              onClick={() => {
                setText(question.text);
                onEdit();
              }}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--small button--quiet deck-question__hide"
              aria-describedby={textId}
              data-focus={`q:${question.id}:hide`}
              onClick={onHide}
            >
              {question.hidden ? 'Unhide' : 'Hide'}
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Move up"
              aria-describedby={textId}
              title="Move up (Alt+↑)"
              data-focus={`q:${question.id}:up`}
              disabled={position === 1}
              onClick={() => onMove(-1)}
            >
              <Arrow up />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Move down"
              aria-describedby={textId}
              title="Move down (Alt+↓)"
              data-focus={`q:${question.id}:down`}
              disabled={last}
              onClick={() => onMove(1)}
            >
              <Arrow />
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function AddQuestion({ deck, category }: { deck: DeckEditing; category: QuestionCategory }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const label = `Add a question to ${category.name}`;

  const add = async () => {
    const words = text.trim();
    if (!words) {
      setProblem('Write the question first.');
      return;
    }
    if (busy) return;
    setBusy(true);
    const done = await deck.apply({ type: 'question.add', categoryId: category.id, text: words });
    setBusy(false);
    if (done) setText('');
  };

  return (
    <div className="deck-add" role="group" aria-label={label}>
      <label className="field deck-add__field">
        {label}
        <input
          value={text}
          maxLength={1000}
          placeholder="e.g. What would you try first?"
          aria-invalid={problem !== undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={keys(() => void add())}
        />
      </label>
      <button type="button" className="button" onClick={() => void add()}>
        Add question
      </button>
      {problem ? <p className="field__error deck-add__problem">{problem}</p> : null}
    </div>
  );
}

/** Name and hint of a category: a new one, or renaming one in place. */
function CategoryFields({
  name,
  hint,
  onName,
  onHint,
  onEnter,
  onEscape,
  problem,
  autoFocus,
}: {
  name: string;
  hint: string;
  onName: (name: string) => void;
  onHint: (hint: string) => void;
  onEnter: () => void;
  onEscape?: () => void;
  problem: string | undefined;
  autoFocus?: boolean;
}) {
  return (
    <>
      <label className="field">
        Name
        <input
          value={name}
          maxLength={120}
          autoFocus={autoFocus}
          aria-invalid={problem !== undefined}
          placeholder="e.g. Resources"
          onChange={(event) => onName(event.target.value)}
          onKeyDown={keys(onEnter, onEscape)}
        />
      </label>
      <label className="field">
        <span>
          Hint <span className="field__hint">shown under the name during the rounds</span>
        </span>
        <input
          value={hint}
          maxLength={400}
          placeholder="e.g. What the owner has to work with."
          onChange={(event) => onHint(event.target.value)}
          onKeyDown={keys(onEnter, onEscape)}
        />
      </label>
      {problem ? <p className="field__error deck-form__problem">{problem}</p> : null}
    </>
  );
}

function CategoryForm({
  deck,
  category,
  titleId,
  onDone,
}: {
  deck: DeckEditing;
  category: QuestionCategory;
  titleId: string;
  onDone: () => void;
}) {
  const [name, setName] = useState(category.name);
  const [hint, setHint] = useState(category.hint);
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    if (!name.trim()) {
      setProblem('A category needs a name.');
      return;
    }
    const done = await deck.apply({
      type: 'category.edit',
      categoryId: category.id,
      name: name.trim(),
      hint: hint.trim(),
    });
    if (done) onDone();
  };

  return (
    <div className="deck-form" role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="deck-category__title">
        Rename {category.name}
      </h3>
      <CategoryFields
        name={name}
        hint={hint}
        onName={(value) => {
          setName(value);
          setProblem(undefined);
        }}
        onHint={setHint}
        onEnter={() => void save()}
        onEscape={onDone}
        problem={problem}
        autoFocus
      />
      <FormActions>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()}>
          Save category
        </button>
      </FormActions>
    </div>
  );
}

function NewCategory({
  deck,
  onAdded,
  onCancel,
}: {
  deck: DeckEditing;
  onAdded: (categoryId: string) => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const [name, setName] = useState('');
  const [hint, setHint] = useState('');
  const [problem, setProblem] = useState<string>();

  const add = async () => {
    if (!name.trim()) {
      setProblem('A category needs a name.');
      return;
    }
    const bank = await deck.apply({ type: 'category.add', name: name.trim(), hint: hint.trim() });
    const added = bank?.categories.at(-1);
    if (added) onAdded(added.id);
  };

  return (
    <div className="deck-form" role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="deck-category__title">
        New category
      </h3>
      <p className="deck-form__lead">
        It is asked after the others; move it up in the list to ask it sooner. Then add its
        questions.
      </p>
      <CategoryFields
        name={name}
        hint={hint}
        onName={(value) => {
          setName(value);
          setProblem(undefined);
        }}
        onHint={setHint}
        onEnter={() => void add()}
        onEscape={onCancel}
        problem={problem}
        autoFocus
      />
      <FormActions>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void add()}>
          Add category
        </button>
      </FormActions>
    </div>
  );
}

const FormActions = ({ children }: { children: ReactNode }) => (
  <div className="deck-form__actions">{children}</div>
);

function ResetDialog({
  deck,
  cohortName,
  onKeep,
  onReset,
  onClose,
}: {
  deck: DeckEditing;
  cohortName: string;
  onKeep: () => void;
  onReset: () => void;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const plain = defaultQuestionBank();
  const bank = deck.bank;
  const own = bank?.questions.filter((q) => !q.builtIn).length ?? 0;
  const ownCategories = bank?.categories.filter((c) => !c.builtIn).length ?? 0;
  const hidden = bank?.questions.filter((q) => q.hidden).length ?? 0;
  const losses = [
    own > 0 ? `${plural(own, 'question')} you added` : '',
    ownCategories > 0 ? `${plural(ownCategories, 'category', 'categories')} you added` : '',
  ].filter(Boolean);

  const reset = async () => {
    if (busy) return;
    setBusy(true);
    const done = await deck.apply({ type: 'reset' });
    setBusy(false);
    if (done) onReset();
  };

  return (
    <Dialog
      open
      title="Reset to the default deck?"
      lead={`${cohortName} goes back to the ${plural(plain.questions.length, 'question')} of the default deck, in its ${plain.categories.length} categories.`}
      onClose={onClose}
      onSubmit={() => void reset()}
      actions={
        <>
          <button type="button" className="button button--quiet" onClick={onKeep}>
            Keep my deck
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            Reset the deck
          </button>
        </>
      }
    >
      <p className="deck-reset__note">
        {losses.length > 0 ? `The ${losses.join(' and ')} will be removed. ` : ''}
        {hidden > 0 ? `${plural(hidden, 'hidden question')} will be shown again. ` : ''}
        Reworded questions get their original words, and the original order comes back.
      </p>
      {deck.problem ? (
        <p className="field__error" role="alert">
          {deck.problem}
        </p>
      ) : null}
    </Dialog>
  );
}

function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path
        d={up ? 'M7 11.5V3M3 6.5 7 2.5l4 4' : 'M7 2.5V11M3 7.5l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

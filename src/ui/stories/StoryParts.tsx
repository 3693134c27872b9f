// The pieces of the story panel: a story's steps with their tools, and the form that adds the
// current view as a step.
import { useState } from 'react';
import type { Story } from '../../data/schema.ts';
import * as st from '../../state/stories.ts';
import { navigate, storyStepSearch } from '../kit/pageParams.ts';
import { LinkButton } from '../kit/LinkButton.tsx';

export function StepList({
  story,
  onEdit,
}: {
  readonly story: Story;
  readonly onEdit: (edit: (stories: readonly Story[]) => readonly Story[]) => void;
}) {
  return (
    <ol className="steps" aria-label="Steps">
      {story.steps.map((s, i) => (
        <li key={`${i}-${s.title}`}>
          <LinkButton onClick={() => navigate(storyStepSearch(story.id, i, false))}>
            {s.title}
          </LinkButton>
          <span className="step-tools">
            <button
              type="button"
              className="icon"
              aria-label={`Move "${s.title}" up`}
              disabled={i === 0}
              onClick={() => onEdit((all) => st.moveStep(all, story.id, i, i - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon"
              aria-label={`Move "${s.title}" down`}
              disabled={i === story.steps.length - 1}
              onClick={() => onEdit((all) => st.moveStep(all, story.id, i, i + 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon"
              aria-label={`Delete "${s.title}"`}
              onClick={() => onEdit((all) => st.deleteStep(all, story.id, i))}
            >
              ×
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function AddStepForm({
  storyId,
  onAddStep,
}: {
  readonly storyId: string;
  readonly onAddStep: (storyId: string, title: string, caption: string) => void;
}) {
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  return (
    <details className="add">
      <summary>Add step from this view</summary>
      <label className="field">
        Step title
        <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        Caption
        <textarea rows={3} value={caption} onChange={(e) => setCaption(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={title.trim() === '' || caption.trim() === ''}
        onClick={() => {
          onAddStep(storyId, title.trim(), caption.trim());
          setTitle('');
          setCaption('');
        }}
      >
        Add step
      </button>
    </details>
  );
}

/** The story's title, renamed in place: Enter or leaving the field keeps it, Escape undoes. */
export function StoryTitle({
  story,
  onEdit,
}: {
  readonly story: Story;
  readonly onEdit: (edit: (stories: readonly Story[]) => readonly Story[]) => void;
}) {
  const [draft, setDraft] = useState<{ id: string; text: string } | null>(null);
  const text = draft?.id === story.id ? draft.text : story.title;
  const keep = () => {
    if (draft !== null && draft.id === story.id && draft.text.trim() !== story.title)
      onEdit((all) => st.renameStory(all, story.id, draft.text));
    setDraft(null);
  };
  return (
    <label className="field">
      Story title
      <input
        value={text}
        onChange={(e) => setDraft({ id: story.id, text: e.target.value })}
        onBlur={keep}
        onKeyDown={(e) => {
          if (e.key === 'Enter') keep();
          else if (e.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
}

// Stories: pick one, present it, add the current view as a step, reorder, caption, and save
// the dataset file with its stories.
import { useState } from 'react';
import type { Dataset, Story } from '../../data/schema.ts';
import * as st from '../../state/stories.ts';
import { navigate, storyStepSearch } from '../kit/pageParams.ts';
import { download } from '../export/exportImage.ts';
import { LinkButton } from '../kit/LinkButton.tsx';

interface Props {
  readonly dataset: Dataset;
  readonly stories: readonly Story[];
  readonly onEdit: (edit: (stories: readonly Story[]) => readonly Story[]) => void;
  readonly onAddStep: (storyId: string, title: string, caption: string) => void;
}

export function StoryPanel({ dataset, stories, onEdit, onAddStep }: Props) {
  const [chosen, setChosen] = useState(stories[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const story = stories.find((s) => s.id === chosen) ?? stories[0];

  return (
    <section className="panel story" aria-label="Stories">
      <h2>Story</h2>
      <div className="row wrap">
        {stories.length > 0 && (
          <select
            aria-label="Story"
            value={story?.id ?? ''}
            onChange={(e) => setChosen(e.target.value)}
          >
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          onClick={() =>
            onEdit((all) => {
              const next = st.newStory(all, 'New story');
              setChosen(next[next.length - 1]?.id ?? '');
              return next;
            })
          }
        >
          New story
        </button>
      </div>
      {story !== undefined && (
        <>
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
          <button
            type="button"
            disabled={story.steps.length === 0}
            onClick={() => navigate(storyStepSearch(story.id, 0, false))}
          >
            Present
          </button>
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
                onAddStep(story.id, title.trim(), caption.trim());
                setTitle('');
                setCaption('');
              }}
            >
              Add step
            </button>
          </details>
        </>
      )}
      <button
        type="button"
        onClick={() =>
          download(
            `${dataset.title.replace(/[^\w-]+/g, '-').toLowerCase()}.json`,
            st.datasetWithStories(dataset, stories),
            'application/json',
          )
        }
      >
        Save dataset with stories
      </button>
    </section>
  );
}

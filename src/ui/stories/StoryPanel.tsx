// Stories: pick one, present it, download it as slides, add the current view as a step,
// reorder, caption, and save the dataset file with its stories.
import { useState } from 'react';
import type { Dataset, Story } from '../../data/schema.ts';
import * as st from '../../state/stories.ts';
import { navigate, storyStepSearch } from '../kit/pageParams.ts';
import { download } from '../export/exportImage.ts';
import { AddStepForm, StepList, StoryTitle } from './StoryParts.tsx';
import { DeckDownloads } from './DeckDownloads.tsx';

interface Props {
  readonly dataset: Dataset;
  readonly stories: readonly Story[];
  readonly onEdit: (edit: (stories: readonly Story[]) => readonly Story[]) => void;
  readonly onAddStep: (storyId: string, title: string, caption: string) => void;
}

export function StoryPanel({ dataset, stories, onEdit, onAddStep }: Props) {
  const [chosen, setChosen] = useState(stories[0]?.id ?? '');
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
          <StoryTitle story={story} onEdit={onEdit} />
          <StepList story={story} onEdit={onEdit} />
          <button
            type="button"
            disabled={story.steps.length === 0}
            onClick={() => navigate(storyStepSearch(story.id, 0, false))}
          >
            Present
          </button>
          <DeckDownloads dataset={dataset} story={story} />
          <AddStepForm storyId={story.id} onAddStep={onAddStep} />
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

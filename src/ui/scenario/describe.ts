// An intervention in words, with the dataset's labels and country names.
import { labeller } from '../kit/labels.ts';
import type { Dataset } from '../../data/schema.ts';
import { countryName } from '../../core/countries.ts';
import { describeIntervention, type Intervention } from '../../core/scenario.ts';

export function describe(dataset: Dataset, i: Intervention): string {
  return describeIntervention(i, { node: labeller(dataset), country: countryName });
}

/** Definitions shown on /methodology/: one sentence per kind and per position. */
import type { EntryKind, Position } from '../schema/vocabulary';

export const KIND_DEFINITIONS: Record<EntryKind, string> = {
  letter: 'A letter sent by or to an official, company or group, including open letters.',
  statement: 'A public statement, press release, post or remarks given to the press.',
  speech: 'A speech or address delivered by an identified speaker.',
  testimony: 'Evidence given to a legislature or inquiry, including hearings where it was heard.',
  law: 'An enacted statute.',
  bill: 'A bill before a legislature that has not (or not yet) become law.',
  regulation: 'A rule, order, decision or resolution by a regulator, executive or council that binds or directs.',
  'court-case': 'A court case, ruling or legal investigation.',
  communique: 'A joint statement issued by several governments, usually after a ministerial meeting.',
  report: 'A report, paper or study by researchers, officials or a commission.',
  proposal: 'A proposal for a law, rule or technical scheme that was made public but not adopted as such.',
  announcement: 'A product or policy announcement, such as a company switching on encryption by default.',
  incident: 'Something that happened rather than was said: a breach, a leak, a compromise.',
  event: 'A summit, meeting or conference, recorded as a whole.',
};

export const POSITION_DEFINITIONS: Record<Position, string> = {
  'for-access':
    'The document asks for, requires or creates a means for authorities to obtain the content of encrypted communications or data, or asks companies not to deploy encryption that would prevent it.',
  'against-access':
    'The document opposes such access, or deploys or defends encryption that no one but the users can unlock.',
  mixed:
    'The document supports some forms of access and opposes others, or sets out competing positions without choosing.',
  neutral:
    'The document bears on the debate but takes no stand on exceptional access (for example a technical finding or a procedural ruling).',
};

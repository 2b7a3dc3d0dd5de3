/**
 * The controlled vocabularies of the record. Each list is the single source for the schema, the validator's
 * did-you-mean hints, the methodology page and the facet pages.
 */

/** What kind of event an entry records. Defined for readers on the methodology page. */
export const ENTRY_KINDS = [
  'letter',
  'statement',
  'speech',
  'testimony',
  'law',
  'bill',
  'regulation',
  'court-case',
  'communique',
  'report',
  'proposal',
  'announcement',
  'incident',
  'event',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Kinds that move through a legislative or regulatory process and so carry a `status`. */
export const KINDS_WITH_STATUS = ['law', 'bill', 'regulation', 'proposal'] as const satisfies readonly EntryKind[];
/** Kinds that may have no `document` (an event or incident need not be a document); every other kind needs one. */
export const KINDS_WITHOUT_DOCUMENT = ['event', 'incident'] as const satisfies readonly EntryKind[];

/**
 * The `document` identifier fields that only some kinds of document have, and the kinds that may carry each
 * (`number`, `event`, `place`, dates, authors and recipients fit any document).
 */
export const DOCUMENT_FIELD_KINDS = {
  statute: ['law', 'regulation'],
  code: ['law', 'regulation'],
  chamber: ['bill', 'law', 'testimony', 'speech', 'statement', 'report'],
  session: ['bill', 'law', 'testimony', 'report'],
  docket: ['court-case', 'regulation', 'proposal', 'report'],
  reporter: ['court-case'],
  committee: ['testimony', 'report', 'bill', 'event', 'statement'],
  procedure: ['bill', 'law', 'regulation', 'proposal', 'report', 'statement'],
} as const satisfies Record<string, readonly EntryKind[]>;

/** Kinds for which a `status` is required, not just allowed. */
export const KINDS_REQUIRING_STATUS = ['law', 'bill', 'regulation'] as const satisfies readonly EntryKind[];

export const KIND_LABELS: Record<EntryKind, string> = {
  letter: 'Letter',
  statement: 'Statement',
  speech: 'Speech',
  testimony: 'Testimony',
  law: 'Law',
  bill: 'Bill',
  regulation: 'Regulation',
  'court-case': 'Court case',
  communique: 'Communiqué',
  report: 'Report',
  proposal: 'Proposal',
  announcement: 'Announcement',
  incident: 'Incident',
  event: 'Event',
};

/** How an actor takes part in an entry. */
export const ACTOR_ROLES = [
  'author',
  'signatory',
  'recipient',
  'speaker',
  'sponsor',
  'respondent',
  'subject',
  'court',
  'party',
  'publisher',
  'host',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Typed links between entries. The reverse of each is derived, never typed. */
export const RELATIONS = ['responds-to', 'follows', 'amends', 'supersedes', 'implements', 'cites', 'part-of'] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, { forward: string; reverse: string }> = {
  'responds-to': { forward: 'Responds to', reverse: 'Responded to by' },
  follows: { forward: 'Follows', reverse: 'Followed by' },
  amends: { forward: 'Amends', reverse: 'Amended by' },
  supersedes: { forward: 'Supersedes', reverse: 'Superseded by' },
  implements: { forward: 'Implements', reverse: 'Implemented by' },
  cites: { forward: 'Cites', reverse: 'Cited by' },
  'part-of': { forward: 'Part of', reverse: 'Includes' },
};

/** Where an entry stands on exceptional (lawful) access to encrypted content. See /methodology/. */
export const POSITIONS = ['for-access', 'against-access', 'mixed', 'neutral'] as const;
export type Position = (typeof POSITIONS)[number];

export const POSITION_LABELS: Record<Position, string> = {
  'for-access': 'For exceptional access',
  'against-access': 'Against exceptional access',
  mixed: 'Mixed',
  neutral: 'Neutral',
};

/**
 * Legislative and regulatory states a `status` can hold, and the steps of its history. `stalled` is for a measure
 * still formally alive that is not moving; a bill that died with its Congress or Parliament is `expired`.
 */
export const STATUS_STATES = [
  'introduced',
  'reported',
  'passed',
  'position-adopted',
  'in-negotiation',
  'enacted',
  'issued',
  'in-force',
  'amended',
  'repealed',
  'expired',
  'struck-down',
  'withdrawn',
  'stalled',
  'unknown',
] as const;
export type StatusState = (typeof STATUS_STATES)[number];

export const ACTOR_KINDS = [
  'person',
  'government',
  'agency',
  'legislature',
  'court',
  'company',
  'ngo',
  'alliance',
  'media',
  'academic',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** An actor's kind as its page names it (`one`) and as the list of actors heads its group (`many`). */
export const ACTOR_KIND_LABELS: Record<ActorKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  government: { one: 'Government', many: 'Governments' },
  agency: { one: 'Agency', many: 'Agencies and ministries' },
  legislature: { one: 'Legislature', many: 'Legislatures and committees' },
  court: { one: 'Court', many: 'Courts' },
  company: { one: 'Company', many: 'Companies' },
  ngo: { one: 'NGO', many: 'Non-governmental organisations' },
  alliance: { one: 'Alliance', many: 'Alliances' },
  media: { one: 'Media', many: 'Media' },
  academic: { one: 'Academic', many: 'Academic bodies' },
};

export const SOURCE_TYPES = ['primary', 'secondary'] as const;

/**
 * How an editor read a source: the page at its address, an archived copy of that address, or a copy elsewhere (a
 * mirror or repost, which is a lead to the original and never makes the source `checked`).
 */
export const SEEN_AS = ['page', 'archive', 'copy'] as const;

export const STATUS_LABELS: Record<StatusState, string> = {
  introduced: 'Introduced',
  reported: 'Reported by committee',
  passed: 'Passed',
  'position-adopted': 'Position adopted',
  'in-negotiation': 'In negotiation',
  enacted: 'Enacted',
  issued: 'Issued',
  'in-force': 'In force',
  amended: 'Amended',
  repealed: 'Repealed',
  expired: 'Expired',
  'struck-down': 'Struck down',
  withdrawn: 'Withdrawn',
  stalled: 'Stalled',
  unknown: 'Status unknown',
};

/**
 * ISO 3166-1 alpha-2 country codes. The United Kingdom is written `UK` (the code ISO 3166 reserves for it at
 * its request, and the one its own government and the EU use), not `GB`.
 */
const ISO_3166_ALPHA2 = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
  'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS ' +
  'RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW ' +
  'TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Groupings that are not countries. */
export const SUPRANATIONAL = { EU: 'European Union', FVEY: 'Five Eyes', INTL: 'International' } as const;

export const JURISDICTIONS = [
  ...ISO_3166_ALPHA2.filter((c) => c !== 'GB'),
  'UK',
  ...Object.keys(SUPRANATIONAL),
] as readonly string[];

/** Codes people type that mean another code. */
export const JURISDICTION_ALIASES: Record<string, string> = { GB: 'UK' };

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function nameOf(code: string): string {
  if (code in SUPRANATIONAL) return SUPRANATIONAL[code as keyof typeof SUPRANATIONAL];
  return regionNames.of(code === 'UK' ? 'GB' : code) ?? code;
}

/** Every jurisdiction's name, looked up once when the module loads (Intl takes microseconds a call). */
const JURISDICTION_NAMES = new Map(JURISDICTIONS.map((code) => [code, nameOf(code)]));

/** "United States", "United Kingdom", "Five Eyes". */
export function jurisdictionName(code: string): string {
  return JURISDICTION_NAMES.get(code) ?? nameOf(code);
}

/** How an actor takes part in a dossier's procedure (shown as "actors by role" on the dossier page). */
export const DOSSIER_ROLES = [
  'sponsor',
  'author',
  'rapporteur',
  'negotiator',
  'issuer',
  'recipient',
  'regulator',
  'court',
  'claimant',
  'respondent',
  'reviewer',
  'critic',
] as const;
export type DossierRole = (typeof DOSSIER_ROLES)[number];

export const DOSSIER_ROLE_LABELS: Record<DossierRole, string> = {
  sponsor: 'Sponsors',
  author: 'Authors and proposers',
  rapporteur: 'Rapporteurs',
  negotiator: 'Negotiators',
  issuer: 'Issued by',
  recipient: 'Addressed to',
  regulator: 'Regulators',
  court: 'Courts and judges',
  claimant: 'Claimants and applicants',
  respondent: 'Respondents',
  reviewer: 'Reviewers',
  critic: 'Critics',
};

/** An actor's stance on the measure a dossier follows, as the entry it cites shows it. */
export const DOSSIER_STANCES = ['supports', 'opposes', 'mixed'] as const;
export type DossierStance = (typeof DOSSIER_STANCES)[number];
export const DOSSIER_STANCE_LABELS: Record<DossierStance, string> = {
  supports: 'supports it',
  opposes: 'opposes it',
  mixed: 'mixed',
};

/**
 * What the record knows about a dossier's current stage. `settled`: the stage is where the procedure stands, with
 * nothing pending (a law in force, a case closed). `pending`: the next step is awaited. `unknown`: no source read
 * says what happened after the stage was last confirmed.
 */
export const DOSSIER_OUTCOMES = ['settled', 'pending', 'unknown'] as const;
export type DossierOutcome = (typeof DOSSIER_OUTCOMES)[number];

/** The fixed categories of a jurisdiction's position summary, in the order pages show them. */
export const POSITION_CATEGORIES = [
  'access-mandate',
  'technical-assistance',
  'key-disclosure',
  'e2ee-restrictions',
  'export-controls',
] as const;
export type PositionCategory = (typeof POSITION_CATEGORIES)[number];

export const POSITION_CATEGORY_LABELS: Record<PositionCategory, { label: string; definition: string }> = {
  'access-mandate': {
    label: 'Lawful access or decryption mandate',
    definition:
      'A legal duty on providers to be able to give the authorities access to communications or data, or to decrypt them.',
  },
  'technical-assistance': {
    label: 'Powers to compel technical assistance',
    definition: 'Powers to order a provider to give technical help to an investigation or to build a capability.',
  },
  'key-disclosure': {
    label: 'Key disclosure',
    definition: 'A duty on a person or provider to hand over keys or passwords, or the information needed to decrypt.',
  },
  'e2ee-restrictions': {
    label: 'Restrictions on end-to-end encryption',
    definition:
      'Rules that limit end-to-end encrypted services: scanning or traceability duties, or a requirement to remove protection.',
  },
  'export-controls': {
    label: 'Export and import controls',
    definition: 'Controls on exporting or importing encryption products and technology.',
  },
};

/** A position value: what the record shows for a category, as of the summary's date. */
export const POSITION_VALUES = ['in-force', 'proposed', 'rejected', 'lapsed', 'none-known'] as const;
export type PositionValue = (typeof POSITION_VALUES)[number];

export const POSITION_VALUE_LABELS: Record<PositionValue, { label: string; definition: string }> = {
  'in-force': { label: 'In force', definition: 'A law, rule or power of this kind is in force.' },
  proposed: { label: 'Proposed', definition: 'A measure of this kind has been proposed and is not (yet) in force.' },
  rejected: {
    label: 'Proposed, not adopted',
    definition: 'A measure of this kind was proposed and rejected, withdrawn or left to die.',
  },
  lapsed: { label: 'No longer in force', definition: 'A measure of this kind was in force and has lapsed or ended.' },
  'none-known': {
    label: 'None in the record',
    definition: 'The record holds no entry on a measure of this kind here; that is not a finding that none exists.',
  },
};

/** Members of the groupings, for the position summaries of the EU and the Five Eyes. */
export const GROUP_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  EU: 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
  FVEY: ['AU', 'CA', 'NZ', 'UK', 'US'],
};

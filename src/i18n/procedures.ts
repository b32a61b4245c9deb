/**
 * Messages of the procedures (issue 16): proposals, signals and pilots (002), in Dutch and English.
 * A refusal that comes from an article quotes it (Dutch source) with its place: `quote`, `source`.
 */
import { str, type Catalog, type Params } from './catalog.ts';

const nothing = { nl: ' Er is niets gewijzigd.', en: ' Nothing was changed.' } as const;
const q = (p: Params) => (p.quote ? ` "${str(p, 'quote')}" (${str(p, 'source')})` : '');
const ask = { nl: (p: Params) => (p.holders ? ` Vraag het ${str(p, 'holders')}.` : ''), en: (p: Params) => (p.holders ? ` Ask ${str(p, 'holders')}.` : '') };

/** Stage words, nl and en. */
export const STAGE_WORDS = {
  SUBMITTED: { nl: 'ingediend, op de lijst van de Fysieke overlegtafel', en: "submitted, on the Fysieke overlegtafel's list" },
  PROVISIONAL: { nl: 'voorlopig voorstel', en: 'provisional proposal' },
  WORKED_OUT: { nl: 'uitgewerkt voorstel', en: 'worked-out proposal' },
  ADOPTED: { nl: 'aangenomen door de Gemeente', en: 'adopted by the municipality' },
  NOT_ADOPTED: { nl: 'niet aangenomen door de Gemeente', en: 'not adopted by the municipality' },
} as const;

/** Next-step words, nl and en; `{due}` is filled in. */
export const STEP_WORDS = {
  AWAIT_TABLE: { nl: 'de Fysieke overlegtafel bespreekt het en kan er een voorlopig voorstel van maken', en: 'the Fysieke overlegtafel discusses it and may make it a provisional proposal' },
  REACTIONS: { nl: 'partijen reageren tot en met {due}', en: 'parties react until {due} inclusive' },
  AWAIT_WORKED_OUT: { nl: 'de reactietermijn is voorbij; de Fysieke overlegtafel merkt het aan als uitgewerkt voorstel', en: 'the reaction period is over; the Fysieke overlegtafel marks it as a worked-out proposal' },
  AWAIT_VOTE: { nl: 'partijen stemmen voor of tegen', en: 'parties vote for or against' },
  VOTING: { nl: 'de stemming loopt tot en met {due}', en: 'the vote runs until {due} inclusive' },
  AWAIT_DECISION: { nl: 'de Gemeente besluit', en: 'the municipality decides' },
  CLOSED: { nl: 'afgesloten', en: 'closed' },
} as const;

/** Kind words, nl and en. */
export const KIND_WORDS = {
  PROPOSAL: { nl: 'Voorstel', en: 'Proposal' },
  SIGNAL: { nl: 'Signaal', en: 'Signal' },
  PILOT: { nl: 'Pilot', en: 'Pilot' },
} as const;

/** Proposal messages by code. */
export const procedureMessages = {
  PROPOSAL_SUBMITTED: {
    nl: (p) => `${str(p, 'kindWord')} ${str(p, 'label')} ingediend bij het ${str(p, 'committee')}${p.party ? ` namens ${str(p, 'party')}` : ''}: het staat op de lijst van de Fysieke overlegtafel.${p.confidential ? ' Het is vertrouwelijk en wordt niet gepubliceerd (002 art. 5.7).' : ''}`,
    en: (p) => `${str(p, 'kindWord')} ${str(p, 'label')} submitted to the ${str(p, 'committee')}${p.party ? ` for ${str(p, 'party')}` : ''}: it is on the Fysieke overlegtafel's list.${p.confidential ? ' It is confidential and will not be published (002 art. 5.7).' : ''}`,
  },
  PILOT_SUBMITTED: {
    nl: (p) => `Pilotaanvraag ${str(p, 'label')} ingediend bij het ${str(p, 'committee')} (${str(p, 'from')} tot en met ${str(p, 'until')}; ${str(p, 'providers')}). De Gemeente besluit of zij instemt (002 art. 10.4).`,
    en: (p) => `Pilot request ${str(p, 'label')} submitted to the ${str(p, 'committee')} (${str(p, 'from')} to ${str(p, 'until')}; ${str(p, 'providers')}). The municipality decides whether it consents (002 art. 10.4).`,
  },
  PROPOSAL_CONFIDENTIAL_NOTE: {
    nl: () => 'Vertrouwelijk: in het kanaal, de herinneringen en de agenda-feed staat alleen het nummer (002 art. 5.7).',
    en: () => 'Confidential: the channel, the reminders and the calendar feed show only its number (002 art. 5.7).',
  },
  REACTION_RECORDED: {
    nl: (p) => `Reactie van ${str(p, 'party')} op voorstel ${str(p, 'label')} ${p.replaced ? 'bijgewerkt' : 'vastgelegd'}. ${str(p, 'reacted')} van ${str(p, 'parties')} partijen hebben gereageerd; reageren kan tot en met ${str(p, 'due')}.`,
    en: (p) => `${str(p, 'party')}'s reaction to proposal ${str(p, 'label')} ${p.replaced ? 'updated' : 'recorded'}. ${str(p, 'reacted')} of ${str(p, 'parties')} parties have reacted; reactions are open until ${str(p, 'due')} inclusive.`,
  },
  PROPOSAL_WORKED_OUT: {
    nl: (p) => `Voorstel ${str(p, 'label')} is aangemerkt als uitgewerkt voorstel (002 art. 5.6). Gereageerd: ${str(p, 'reactions') || 'niemand'}. Partijen kunnen nu voor of tegen stemmen (art. 9.1): /gremium peiling openen ${str(p, 'committee')} vraag="..." sluit=<datum> voorstel=${str(p, 'ref')}`,
    en: (p) => `Proposal ${str(p, 'label')} is marked as a worked-out proposal (002 art. 5.6). Reactions from: ${str(p, 'reactions') || 'nobody'}. Parties may now vote for or against (art. 9.1): /gremium poll open ${str(p, 'committee')} question="..." closes=<date> proposal=${str(p, 'ref')}`,
  },
  PROPOSAL_ADOPTED: {
    nl: (p) => `De Gemeente heeft voorstel ${str(p, 'label')} aangenomen${p.ratio ? ` (stemverhouding ${str(p, 'ratio')})` : ''}; het voorstel is gesloten. Gevolg (002 art. 9.3): "${str(p, 'adopted')}" En: "${str(p, 'leave')}"`,
    en: (p) => `The municipality adopted proposal ${str(p, 'label')}${p.ratio ? ` (vote ratio ${str(p, 'ratio')})` : ''}; the proposal is closed. Consequence (002 art. 9.3): the municipality enters into the agreements with the providers who say they want to take part; providers who no longer want to take part leave under the framework agreement's terms. ("${str(p, 'adopted')}")`,
  },
  PROPOSAL_NOT_ADOPTED: {
    nl: (p) => `De Gemeente heeft voorstel ${str(p, 'label')} niet aangenomen${p.ratio ? ` (stemverhouding ${str(p, 'ratio')})` : ''}; het voorstel is gesloten. Gevolg (002 art. 9.2): "${str(p, 'notAdopted')}" Aanbieders kunnen zich dan niet uitspreken over het Uitgewerkte voorstel.`,
    en: (p) => `The municipality did not adopt proposal ${str(p, 'label')}${p.ratio ? ` (vote ratio ${str(p, 'ratio')})` : ''}; the proposal is closed. Consequence (002 art. 9.2): the agreements and the framework agreement do not change. ("${str(p, 'notAdopted')}")`,
  },
  PILOT_CONSENTED: {
    nl: (p) => `De Gemeente stemt in met pilot ${str(p, 'label')} (002 art. 10.4). Aanbieders mogen in de pilot afwijken van de afspraken (art. 10.1).`,
    en: (p) => `The municipality consents to pilot ${str(p, 'label')} (002 art. 10.4). Providers may depart from the agreements within the pilot (art. 10.1).`,
  },
  PILOT_REFUSED: {
    nl: (p) => `De Gemeente stemt niet in met pilot ${str(p, 'label')} (002 art. 10.4); de pilot is gesloten.`,
    en: (p) => `The municipality does not consent to pilot ${str(p, 'label')} (002 art. 10.4); the pilot is closed.`,
  },
  PROPOSALS_TITLE: { nl: (p) => `Open voorstellen${p.committee ? ` (${str(p, 'committee')})` : ''}`, en: (p) => `Open proposals${p.committee ? ` (${str(p, 'committee')})` : ''}` },
  PROPOSALS_NONE: { nl: (p) => `Er staan geen voorstellen open${p.committee ? ` bij het ${str(p, 'committee')}` : ''}.`, en: (p) => `No proposals are open${p.committee ? ` at the ${str(p, 'committee')}` : ''}.` },
  PROPOSAL_LINE: {
    nl: (p) => `${str(p, 'kindWord')} ${str(p, 'label')} (${str(p, 'committee')}): ${str(p, 'stage')}; volgende stap: ${str(p, 'step')}`,
    en: (p) => `${str(p, 'kindWord')} ${str(p, 'label')} (${str(p, 'committee')}): ${str(p, 'stage')}; next step: ${str(p, 'step')}`,
  },
  PROPOSAL_REACTIONS_LINE: {
    nl: (p) => `Gereageerd: ${str(p, 'reacted') || 'nog niemand'}${p.notReacted ? `; nog niet: ${str(p, 'notReacted')}` : ''}`,
    en: (p) => `Reacted: ${str(p, 'reacted') || 'nobody yet'}${p.notReacted ? `; not yet: ${str(p, 'notReacted')}` : ''}`,
  },
  PROPOSAL_PILOT_LINE: {
    nl: (p) => `Periode ${str(p, 'from')} tot en met ${str(p, 'until')}; aanbieders: ${str(p, 'providers')}`,
    en: (p) => `Period ${str(p, 'from')} to ${str(p, 'until')}; providers: ${str(p, 'providers')}`,
  },
  PROPOSAL_SOURCE_LINE: { nl: (p) => `Bron: "${str(p, 'quote')}" (${str(p, 'source')})`, en: (p) => `Source (Dutch): "${str(p, 'quote')}" (${str(p, 'source')})` },
  // Refusals.
  UNKNOWN_PROPOSAL: {
    nl: (p) => `Ik ken geen voorstel "${str(p, 'ref')}"${p.committee ? ` bij het ${str(p, 'committee')}` : ''}. "Welke voorstellen staan open?" geeft de lijst.`,
    en: (p) => `I don't know a proposal "${str(p, 'ref')}"${p.committee ? ` at the ${str(p, 'committee')}` : ''}. "Which proposals are open?" gives the list.`,
  },
  NOT_COMMITTEE_PARTY: {
    nl: (p) => `Alleen een partij van het ${str(p, 'committee')} (een lid, of de secretaris) mag dit.${ask.nl(p)}${nothing.nl}`,
    en: (p) => `Only a party of the ${str(p, 'committee')} (a member, or the secretary) may do this.${ask.en(p)}${nothing.en}`,
  },
  NOT_PROCEDURE_MANAGER: {
    nl: (p) => `Alleen de secretaris of voorzitter van het ${str(p, 'committee')} (of een beheerder) legt deze stap van de procedure vast.${ask.nl(p)}${nothing.nl}`,
    en: (p) => `Only the secretary or chair of the ${str(p, 'committee')} (or an administrator) records this step of the procedure.${ask.en(p)}${nothing.en}`,
  },
  NOT_A_PARTY: {
    nl: (p) => `${p.organisation ? `${str(p, 'organisation')} is geen partij met een lid in het ${str(p, 'committee')}, of u spreekt er niet voor` : `U heeft geen lidzetel in het ${str(p, 'committee')}; de secretaris legt een reactie vast met namens=<partij>`}.${nothing.nl}`,
    en: (p) => `${p.organisation ? `${str(p, 'organisation')} is no party with a member in the ${str(p, 'committee')}, or you do not speak for it` : `You hold no member seat in the ${str(p, 'committee')}; the secretary records a reaction with for=<party>`}.${nothing.en}`,
  },
  PROPOSAL_NOT_WORKED_OUT: {
    nl: (p) => `Over voorstel ${str(p, 'title')} wordt nog niet gestemd: ${p.due ? `partijen kunnen er nog tot en met ${str(p, 'due')} op reageren ("${str(p, 'reactions')}", 002 art. 5.6), en gestemd wordt alleen over een uitgewerkt voorstel:` : 'het is nog geen uitgewerkt voorstel:'}${q(p)}.${nothing.nl}`,
    en: (p) => `Proposal ${str(p, 'title')} cannot be voted on yet: ${p.due ? `parties can react to it until ${str(p, 'due')} inclusive (002 art. 5.6), and a vote is held only on a worked-out proposal:` : 'it is not a worked-out proposal yet:'}${q(p)}.${nothing.en}`,
  },
  PROPOSAL_ALREADY_VOTED: {
    nl: (p) => `Over voorstel ${str(p, 'title')} is al een stemming geopend.${q(p)}${nothing.nl}`,
    en: (p) => `A vote on proposal ${str(p, 'title')} has already been opened.${q(p)}${nothing.en}`,
  },
  CONFIDENTIAL_IN_QUESTION: {
    nl: (p) => `Voorstel ${str(p, 'label')} is vertrouwelijk; de titel komt niet in de vraag, want de peiling staat in het kanaal.${q(p)} Noem het voorstel met voorstel=${str(p, 'label')}.${nothing.nl}`,
    en: (p) => `Proposal ${str(p, 'label')} is confidential; its title may not stand in the question, since the poll is posted in the channel.${q(p)} Name it with proposal=${str(p, 'label')}.${nothing.en}`,
  },
  REACTIONS_STILL_OPEN: {
    nl: (p) => `De reactietermijn loopt nog tot en met ${str(p, 'due')}; pas daarna merkt de Fysieke overlegtafel het voorstel aan als uitgewerkt.${q(p)}${nothing.nl}`,
    en: (p) => `The reaction period runs until ${str(p, 'due')} inclusive; only then does the Fysieke overlegtafel mark the proposal worked out.${q(p)}${nothing.en}`,
  },
  NOT_PROVISIONAL: {
    nl: (p) => `Dit voorstel is geen voorlopig voorstel (meer); het is nu: ${STAGE_WORDS[str(p, 'stage') as keyof typeof STAGE_WORDS]?.nl ?? str(p, 'stage')}.${q(p)}${nothing.nl}`,
    en: (p) => `This proposal is not (or no longer) a provisional proposal; it is now: ${STAGE_WORDS[str(p, 'stage') as keyof typeof STAGE_WORDS]?.en ?? str(p, 'stage')}.${q(p)}${nothing.en}`,
  },
  REACTIONS_CLOSED: {
    nl: (p) => `De reactietermijn is op ${str(p, 'due')} gesloten.${q(p)}${nothing.nl}`,
    en: (p) => `The reaction period closed on ${str(p, 'due')}.${q(p)}${nothing.en}`,
  },
  NOT_DECIDABLE: {
    nl: (p) => `De Gemeente besluit over een uitgewerkt voorstel waarover niet meer gestemd wordt; dit voorstel is nu: ${STAGE_WORDS[str(p, 'stage') as keyof typeof STAGE_WORDS]?.nl ?? str(p, 'stage')}.${q(p)}${nothing.nl}`,
    en: (p) => `The municipality decides on a worked-out proposal whose vote has ended; this proposal is now: ${STAGE_WORDS[str(p, 'stage') as keyof typeof STAGE_WORDS]?.en ?? str(p, 'stage')}.${q(p)}${nothing.en}`,
  },
  PROPOSAL_CLOSED: {
    nl: (p) => `Over dit voorstel heeft de Gemeente al besloten (${STAGE_WORDS[str(p, 'stage') as keyof typeof STAGE_WORDS]?.nl ?? str(p, 'stage')}).${nothing.nl}`,
    en: (p) => `The municipality has already decided on this proposal (${STAGE_WORDS[str(p, 'stage') as keyof typeof STAGE_WORDS]?.en ?? str(p, 'stage')}).${nothing.en}`,
  },
  PILOT_PLAN_INCOMPLETE: {
    nl: (p) => `Een pilot heeft een afgebakende periode (tot na van) en ten minste één deelnemende aanbieder nodig.${q(p)}${nothing.nl}`,
    en: (p) => `A pilot needs a bounded period (until after from) and at least one participating provider.${q(p)}${nothing.en}`,
  },
  INVALID_OUTCOME: {
    nl: (p) => `"${str(p, 'value')}" is geen besluit; typ aangenomen of niet-aangenomen (een pilot: ingestemd of geweigerd).`,
    en: (p) => `"${str(p, 'value')}" is no decision; type adopted or not-adopted (a pilot: consented or refused).`,
  },
} satisfies Catalog;

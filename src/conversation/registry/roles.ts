/** Role words people type, in Dutch and English, to the seat role. */
import type { SeatRole } from '../../domain/registry/words.ts';

/** Accepted role words (lowercase) to the role. */
export const ROLE_INPUT: Readonly<Record<string, SeatRole>> = {
  lid: 'MEMBER', member: 'MEMBER', adviseur: 'ADVISER', adviser: 'ADVISER', advisor: 'ADVISER',
  voorzitter: 'CHAIR', chair: 'CHAIR', secretaris: 'SECRETARY', secretary: 'SECRETARY',
  agendacommissie: 'AGENDA_COMMITTEE', 'agenda-committee': 'AGENDA_COMMITTEE', agenda_committee: 'AGENDA_COMMITTEE',
};

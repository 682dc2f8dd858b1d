/** A match as the default archive's build writes it down, before it becomes a record. */
export interface MatchSpec {
  id: string;
  date: string;
  competition: string;
  stage?: string;
  venue: string;
  ground: 'home' | 'away' | 'neutral';
  opponent: string;
  status?: 'played' | 'postponed';
  kickOff?: string;
  fullTime?: [number, number];
  halfTime?: [number, number];
  afterExtraTime?: [number, number];
  shootout?: { score: [number, number]; kicks: Array<{ team: 'liverpool' | 'opponent'; takerId: string; outcome: 'scored' | 'saved' | 'missed'; order?: number }> };
  goals?: Array<{ minute: number; addedTime?: number; scorerId: string; team: 'liverpool' | 'opponent'; penalty?: boolean; header?: boolean }>;
  sourceIds: string[];
  tags?: string[];
  notes?: string;
}

import { clubKey, clubName } from './teamNames';

/**
 * The short names results sheets use (football-data's "Man City", "Nott'm Forest", "Spurs")
 * for the clubs Liverpool met in the Premier League of the era, by the name the archive uses.
 */
const ALIASES: Record<string, readonly string[]> = {
  'AFC Bournemouth': ['Bournemouth'],
  'Brighton & Hove Albion': ['Brighton', 'Brighton and Hove Albion', 'Brighton & Hove'],
  'Cardiff City': ['Cardiff'],
  'Huddersfield Town': ['Huddersfield'],
  'Hull City': ['Hull'],
  'Ipswich Town': ['Ipswich'],
  'Leeds United': ['Leeds'],
  'Leicester City': ['Leicester'],
  'Luton Town': ['Luton'],
  'Manchester City': ['Man City', 'Man. City', 'Manchester C'],
  'Manchester United': ['Man United', 'Man Utd', 'Man. United', 'Manchester Utd'],
  'Newcastle United': ['Newcastle', 'Newcastle Utd'],
  'Norwich City': ['Norwich'],
  'Nottingham Forest': ["Nott'm Forest", 'Nottm Forest', 'Notts Forest', 'Forest'],
  'Queens Park Rangers': ['QPR'],
  'Sheffield United': ['Sheffield Utd', 'Sheff Utd'],
  'Stoke City': ['Stoke'],
  'Swansea City': ['Swansea'],
  'Tottenham Hotspur': ['Tottenham', 'Spurs'],
  'West Bromwich Albion': ['West Brom', 'WBA'],
  'West Ham United': ['West Ham'],
  'Wolverhampton Wanderers': ['Wolves', 'Wolverhampton'],
  Liverpool: ['Liverpool FC', 'LFC'],
};

const CANONICAL = new Map<string, string>(
  Object.entries(ALIASES).flatMap(([name, aliases]) => [name, ...aliases].map((alias) => [clubKey(alias), name] as [string, string])),
);

/** The archive's name for a club however a sheet spells it: "Man City" is Manchester City; an unknown club keeps its plain name. */
export function canonicalClub(name: string): string {
  return CANONICAL.get(clubKey(name)) ?? clubName(name);
}

/** The key two spellings of one club share, aliases included: "Man City" and "Manchester City FC" agree. */
export function clubIdentity(name: string): string {
  return clubKey(canonicalClub(name));
}

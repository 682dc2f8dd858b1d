/** A goal as typed on one line: "54 Wijnaldum", "90+6 Minamino", "23' Salah pen", "61 Maguire og". */
export interface GoalLine {
  minute: number;
  addedTime?: number;
  penalty: boolean;
  ownGoal: boolean;
  header: boolean;
  /** The rest of the line: what the scorer is found by. */
  scorer: string;
}

const FLAGS: Record<string, 'penalty' | 'ownGoal' | 'header'> = {
  pen: 'penalty',
  p: 'penalty',
  penalty: 'penalty',
  og: 'ownGoal',
  'o.g.': 'ownGoal',
  header: 'header',
  h: 'header',
};

/** Reads a goal line; undefined until it starts with a minute. */
export function parseGoalLine(line: string): GoalLine | undefined {
  const match = /^\s*(\d{1,3})\s*(?:\+\s*(\d{1,2}))?\s*['’′]?(?:\s+|$)(.*)$/.exec(line);
  if (!match) return undefined;
  const goal: GoalLine = { minute: Number(match[1]), penalty: false, ownGoal: false, header: false, scorer: '' };
  if (match[2]) goal.addedTime = Number(match[2]);
  const words: string[] = [];
  for (const word of (match[3] ?? '').split(/\s+/).filter(Boolean)) {
    const flag = FLAGS[word.toLowerCase().replace(/^\(|\)$/g, '')];
    if (flag) goal[flag] = true;
    else words.push(word);
  }
  goal.scorer = words.join(' ');
  return goal;
}

/** A minute as the line and the goal's minute box write it: 54, 90+6. */
export function minuteText(goal: { minute: number; addedTime?: number | undefined }): string {
  return goal.addedTime ? `${goal.minute}+${goal.addedTime}` : String(goal.minute);
}

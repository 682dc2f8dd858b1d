import { parse } from 'csv-parse/sync';
for (const t of ['a,b\r\n1,2\r\n3,4\r\n', 'a,b\r\n1,"x\r\ny"\r\n3,4\r\n', 'a,b\r\n1,2\r\n\r\n3,4', 'a,b\n1,2\n3,4\n']) {
  const r = parse(t, { info: true, bom: true, skip_empty_lines: true }) as unknown as Array<{ info: { lines: number; empty_lines: number } }>;
  console.log(JSON.stringify(t), r.map((x) => [x.info.lines, x.info.empty_lines]));
}

import { z } from 'zod';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
const o = z.strictObject({ b: z.number(), a: z.string().optional(), c: z.iso.date() }).superRefine(() => {});
console.log(JSON.stringify(o.parse({ c: '2020-01-01', a: 'x', b: 1 })));
try { console.log(JSON.stringify(z.toJSONSchema(o)).slice(0,300)); } catch (e) { console.log('ERR', (e as Error).message); }
const t = 'a,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n';
console.log(parse(t, { columns: true, info: true, bom: true, skip_empty_lines: true }));
console.log(JSON.stringify(stringify([['a', 1, 'x,y', 'é"q']], { bom: true, record_delimiter: '\r\n', quoted_match: /^[\s]/ })));

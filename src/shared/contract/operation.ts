import type { z } from 'zod';

/** One operation of the contract: what it takes and what it answers. */
export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function operation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Operation<I, O> {
  return { input, output };
}

/** Operations in groups: `quotes.create` is group `quotes`, operation `create`. */
export type Contract = Record<string, Record<string, Operation>>;

export type InputOf<Op> = Op extends Operation<infer I, z.ZodType> ? z.input<I> : never;
export type ParsedInputOf<Op> = Op extends Operation<infer I, z.ZodType> ? z.output<I> : never;
export type OutputOf<Op> = Op extends Operation<z.ZodType, infer O> ? z.output<O> : never;

export function channelName(group: string, name: string): string {
  return `${group}.${name}`;
}

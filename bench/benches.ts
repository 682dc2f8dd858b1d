import type { BenchContext } from './harness';
import { searchBench } from './search.bench';
import { writeCostBench } from './writeCost.bench';

export interface Bench {
  name: string;
  run(ctx: BenchContext): void | Promise<void>;
}

/** Registered benchmarks; append yours here. */
export const benches: Bench[] = [searchBench, writeCostBench];

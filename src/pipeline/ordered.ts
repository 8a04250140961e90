/**
 * Maps `source` through `work` with up to `window` calls in flight and yields the results in input order.
 * It reads ahead only while fewer than `window` results wait to be consumed, so a slow consumer slows the reading
 * (backpressure), and it yields a result as soon as it and all before it are done.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const input = source[Symbol.asyncIterator]();
  const queue: Promise<R>[] = [];
  let reading: Promise<IteratorResult<T>> | undefined;
  let ended = false;
  try {
    while (!ended || queue.length > 0) {
      if (!ended && reading === undefined && queue.length < window) reading = input.next();
      const head = queue[0];
      const next = reading === undefined ? undefined
        : head === undefined ? await reading
        : await Promise.race([reading, head.then(() => undefined, () => undefined)]);
      if (next !== undefined) {
        reading = undefined;
        if (next.done === true) ended = true;
        else {
          const result = work(next.value);
          result.catch(() => {});
          queue.push(result);
        }
        continue;
      }
      yield await queue.shift()!;
    }
  } finally {
    await input.return?.();
  }
}

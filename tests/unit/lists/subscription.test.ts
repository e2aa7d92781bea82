// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  RETRY_MS,
  isDue,
  newSubscription,
  updateSubscription,
  type FetchLike,
  type ListSubscription,
} from '../../../src/lists/subscription';

const URL = 'http://127.0.0.1:8080/list.txt';
const GOOD = '! Title: Promos\n! Expires: 1 day\nexample.com##.promo\n||ads.example^\n';
const HOUR = 3_600_000;

/** A server answering in turn with each response; records the request headers it got. */
function server(...answers: (Response | Error)[]): FetchLike & { headers: Record<string, string>[] } {
  const headers: Record<string, string>[] = [];
  const fetchList = (async (_url: string, init: RequestInit) => {
    headers.push({ ...(init.headers as Record<string, string>) });
    const answer = answers.shift();
    if (!answer || answer instanceof Error) throw answer ?? new Error('no answer left');
    return answer;
  }) as FetchLike & { headers: Record<string, string>[] };
  fetchList.headers = headers;
  return fetchList;
}

async function subscribed(now = 1_000): Promise<ListSubscription> {
  const result = await updateSubscription(
    newSubscription(URL, now),
    now,
    server(
      new Response(GOOD, { headers: { etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' } }),
    ),
  );
  if (result.kind !== 'updated') throw new Error(result.kind);
  return result.subscription;
}

describe('updateSubscription', () => {
  it('first fetch: rules, counts, validators and the next update from `! Expires:`', async () => {
    const fetchList = server(new Response(GOOD, { headers: { etag: '"v1"' } }));
    const result = await updateSubscription(newSubscription(URL, 0), 1_000, fetchList);
    expect(result.kind).toBe('updated');
    if (result.kind !== 'updated') return;
    expect(result.lines).toEqual(['example.com##.promo']);
    expect(result.subscription).toMatchObject({
      title: 'Promos',
      updatedAt: 1_000,
      etag: '"v1"',
      ruleCount: 1,
      networkCount: 1,
      failure: null,
      nextUpdateAt: 1_000 + 24 * HOUR,
    });
    expect(fetchList.headers[0]).toEqual({});
  });

  it('asks conditionally once a copy is held; a 304 keeps the copy and schedules the next check', async () => {
    const held = await subscribed();
    const fetchList = server(new Response(null, { status: 304 }));
    const result = await updateSubscription(held, 5_000, fetchList);
    expect(fetchList.headers[0]).toEqual({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
    expect(result.kind).toBe('unchanged');
    expect(result.subscription).toMatchObject({
      updatedAt: 1_000,
      checkedAt: 5_000,
      ruleCount: 1,
      failure: null,
    });
    expect(result.subscription.nextUpdateAt).toBe(5_000 + 24 * HOUR);
  });

  it.each([
    ['a server that is down', new TypeError('Failed to fetch'), /did not answer/],
    ['a 500', new Response('oops', { status: 500 }), /500/],
    ['a login page', new Response('<!doctype html><title>Portal</title>'), /web page/],
    ['garbage text', new Response('lorem ipsum dolor\nsit amet'), /no line/],
  ])('%s keeps the last good copy, says why, and retries within the hour', async (_name, answer, reason) => {
    const held = await subscribed();
    const result = await updateSubscription(held, 9_000, server(answer));
    expect(result.kind).toBe('failed');
    expect(result.subscription.failure).toMatch(reason);
    expect(result.subscription).toMatchObject({ updatedAt: 1_000, ruleCount: 1, etag: '"v1"' });
    expect(result.subscription.nextUpdateAt).toBe(9_000 + RETRY_MS);
  });

  it('a success after a failure clears the note', async () => {
    const held = await subscribed();
    const failed = await updateSubscription(held, 2_000, server(new Response('', { status: 502 })));
    const again = await updateSubscription(failed.subscription, 3_000, server(new Response(GOOD)));
    expect(again.kind).toBe('updated');
    expect(again.subscription.failure).toBeNull();
  });

  it('is due when its time has come', () => {
    const subscription = newSubscription(URL, 100);
    expect(isDue(subscription, 100)).toBe(true);
    expect(isDue({ ...subscription, nextUpdateAt: 200 }, 100)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  isLoopbackUrl,
  normalizeOrigin,
  normalizeServerUrl,
  originPattern,
} from '../../../src/settings/origins';

describe('normalizeOrigin', () => {
  it.each([
    ['news.example.com', 'https://news.example.com'],
    ['https://www.coindesk.com/markets/2024/01/01/x/', 'https://www.coindesk.com'],
    ['  http://blog.example.org:8080/a?b#c ', 'http://blog.example.org:8080'],
    ['HTTPS://Forklog.COM', 'https://forklog.com'],
  ])('%s → %s', (input, origin) => expect(normalizeOrigin(input)).toBe(origin));

  it.each(['', 'not a site', 'javascript:alert(1)', 'ftp://files.example.com', 'chrome://settings'])(
    'rejects %j',
    (input) => expect(normalizeOrigin(input)).toBeNull(),
  );
});

describe('normalizeServerUrl', () => {
  it('defaults loopback hosts to http and others to https, and drops the trailing slash', () => {
    expect(normalizeServerUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(normalizeServerUrl('127.0.0.1:2737/')).toBe('http://127.0.0.1:2737');
    expect(normalizeServerUrl('translate.example.com/api/')).toBe('https://translate.example.com/api');
  });
  it('refuses credentials, queries and other schemes', () => {
    expect(normalizeServerUrl('https://user:pw@translate.example.com')).toBeNull();
    expect(normalizeServerUrl('https://translate.example.com/?key=1')).toBeNull();
    expect(normalizeServerUrl('file:///etc/passwd')).toBeNull();
  });
});

describe('isLoopbackUrl and originPattern', () => {
  it('counts only the loopback hosts the manifest already grants', () => {
    expect(isLoopbackUrl('http://localhost:5000')).toBe(true);
    expect(isLoopbackUrl('http://127.0.0.1:2737/apy')).toBe(true);
    expect(isLoopbackUrl('https://localhost:5000')).toBe(false);
    expect(isLoopbackUrl('http://192.168.1.20:5000')).toBe(false);
    expect(isLoopbackUrl('http://localhost.example.com')).toBe(false);
  });
  it('builds port-less match patterns', () => {
    expect(originPattern('https://translate.example.com:8443/api')).toBe('https://translate.example.com/*');
    expect(originPattern('http://192.168.1.20:5000')).toBe('http://192.168.1.20/*');
  });
});

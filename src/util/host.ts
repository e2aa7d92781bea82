/** Second-level labels under which registrations happen (bbc.co.uk, binance.com.br), kept short on purpose. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go']);

/**
 * Approximate registrable domain, without the public suffix list: 'de.beincrypto.com' → 'beincrypto.com',
 * 'www.bbc.co.uk' → 'bbc.co.uk'; IP addresses and two-label hosts unchanged.
 */
export function registrableHost(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const last = labels[labels.length - 1] ?? '';
  if (labels.length <= 2 || /^\d+$/.test(last)) return labels.join('.');
  const keep = SECOND_LEVEL.has(labels[labels.length - 2] ?? '') && last.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

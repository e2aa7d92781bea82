import type { Site, SiteDefinition } from './types';
import beincrypto from './beincrypto';
import binance from './binance';
import bingx from './bingx';
import bitcoinCom from './bitcoin-com';
import bitcoinist from './bitcoinist';
import bitget from './bitget';
import bitsMedia from './bits-media';
import btcEcho from './btc-echo';
import bybit from './bybit';
import coinbase from './coinbase';
import coindesk from './coindesk';
import coingecko from './coingecko';
import coinmarketcap from './coinmarketcap';
import cointelegraph from './cointelegraph';
import cryptoCom from './crypto-com';
import cryptoNews from './crypto-news';
import cryptonews from './cryptonews';
import cryptopolitan from './cryptopolitan';
import cryptoslate from './cryptoslate';
import decrypt from './decrypt';
import forklog from './forklog';
import fxstreet from './fxstreet';
import gate from './gate';
import htx from './htx';
import kraken from './kraken';
import kucoin from './kucoin';
import mexc from './mexc';
import newsbtc from './newsbtc';
import okx from './okx';
import theblock from './theblock';
import uToday from './u-today';

/**
 * The catalogue: one entry per site file of this folder, keyed by file name (= id), sorted.
 * Listed explicitly rather than globbed: wxt.config.ts loads this in Node at build time.
 * tests/unit/sites/catalogue.test.ts checks that every file is listed under its own name.
 */
const DEFINITIONS: Record<string, SiteDefinition> = {
  beincrypto,
  binance,
  bingx,
  'bitcoin-com': bitcoinCom,
  bitcoinist,
  bitget,
  'bits-media': bitsMedia,
  'btc-echo': btcEcho,
  bybit,
  coinbase,
  coindesk,
  coingecko,
  coinmarketcap,
  cointelegraph,
  'crypto-com': cryptoCom,
  'crypto-news': cryptoNews,
  cryptonews,
  cryptopolitan,
  cryptoslate,
  decrypt,
  forklog,
  fxstreet,
  gate,
  htx,
  kraken,
  kucoin,
  mexc,
  newsbtc,
  okx,
  theblock,
  'u-today': uToday,
};

export const SITES: Site[] = Object.entries(DEFINITIONS).map(([id, site]) => ({ id, ...site }));

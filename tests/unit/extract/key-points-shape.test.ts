// The publisher's key-points box recognised by its shape, in many languages and in layouts whose
// class names mean nothing (CSS-module hashes, utility classes, none), and its look-alikes.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPublisherKeyPoints } from '../../../src/extract/key-points';

interface Story {
  lang: string;
  label: string;
  title: string;
  points: [string, string];
  body: [string, string];
}

// The same news in each language: the points restate the body in other words, as publishers do.
const STORIES: Story[] = [
  {
    lang: 'en',
    label: 'Key takeaways',
    title: 'Bitcoin tops $70,000 as ETF inflows surge',
    points: [
      'Bitcoin rose above $70,000 for the first time in three weeks.',
      'Spot bitcoin ETFs recorded their largest daily inflows since March.',
    ],
    body: [
      'Bitcoin rose 4% on Tuesday to trade above $70,000 for the first time in three weeks, as spot bitcoin ETFs recorded their largest daily inflows since March.',
      'Analysts said the move was driven by falling rate expectations and short liquidations on derivatives exchanges, which pushed prices higher.',
    ],
  },
  {
    lang: 'fr',
    label: 'Points clés',
    title: 'Le bitcoin dépasse 70 000 dollars',
    points: [
      'Le bitcoin a dépassé 70 000 dollars pour la première fois depuis trois semaines.',
      'Les ETF bitcoin au comptant ont enregistré leurs plus fortes entrées depuis mars.',
    ],
    body: [
      'Le bitcoin a progressé de 4 % mardi et a dépassé 70 000 dollars pour la première fois depuis trois semaines, alors que les ETF bitcoin au comptant ont enregistré leurs plus fortes entrées depuis mars.',
      "Selon les analystes, la hausse s'explique par la baisse des anticipations de taux et par des liquidations de positions vendeuses sur les plateformes de dérivés.",
    ],
  },
  {
    lang: 'es',
    label: 'Puntos clave',
    title: 'El bitcoin supera los 70.000 dólares',
    points: [
      'El bitcoin superó los 70.000 dólares por primera vez en tres semanas.',
      'Los ETF de bitcoin al contado registraron sus mayores entradas desde marzo.',
    ],
    body: [
      'El bitcoin subió un 4 % el martes y superó los 70.000 dólares por primera vez en tres semanas, mientras los ETF de bitcoin al contado registraron sus mayores entradas desde marzo.',
      'Los analistas atribuyen el movimiento a la caída de las expectativas de tipos y a las liquidaciones de posiciones cortas en los mercados de derivados.',
    ],
  },
  {
    lang: 'pt',
    label: 'Pontos principais',
    title: 'Bitcoin supera US$ 70 mil',
    points: [
      'O bitcoin superou os 70 mil dólares pela primeira vez em três semanas.',
      'Os ETFs de bitcoin à vista registraram as maiores entradas desde março.',
    ],
    body: [
      'O bitcoin subiu 4% na terça-feira e superou os 70 mil dólares pela primeira vez em três semanas, enquanto os ETFs de bitcoin à vista registraram as maiores entradas desde março.',
      'Segundo analistas, o movimento foi impulsionado pela queda nas expectativas de juros e por liquidações de posições vendidas nas corretoras de derivativos.',
    ],
  },
  {
    lang: 'it',
    label: 'Punti chiave',
    title: 'Il bitcoin supera i 70.000 dollari',
    points: [
      'Il bitcoin ha superato i 70.000 dollari per la prima volta in tre settimane.',
      'Gli ETF spot sul bitcoin hanno registrato i maggiori afflussi da marzo.',
    ],
    body: [
      'Il bitcoin è salito del 4% martedì e ha superato i 70.000 dollari per la prima volta in tre settimane, mentre gli ETF spot sul bitcoin hanno registrato i maggiori afflussi da marzo.',
      'Secondo gli analisti, il rialzo è stato spinto dal calo delle attese sui tassi e dalla liquidazione di posizioni corte sulle piattaforme di derivati.',
    ],
  },
  {
    lang: 'de',
    label: 'Das Wichtigste',
    title: 'Bitcoin steigt über 70.000 Dollar',
    points: [
      'Bitcoin stieg erstmals seit drei Wochen über 70.000 Dollar.',
      'Spot-Bitcoin-ETFs verzeichneten die größten Zuflüsse seit März.',
    ],
    body: [
      'Bitcoin stieg am Dienstag um 4 Prozent und notierte erstmals seit drei Wochen über 70.000 Dollar, während Spot-Bitcoin-ETFs die größten Zuflüsse seit März verzeichneten.',
      'Analysten zufolge wurde die Bewegung von sinkenden Zinserwartungen und der Auflösung von Leerverkaufspositionen an Derivatebörsen getragen.',
    ],
  },
  {
    lang: 'ru',
    label: 'Главное',
    title: 'Биткоин превысил $70 000',
    points: [
      'Биткоин впервые за три недели поднялся выше 70 000 долларов.',
      'Спотовые биткоин-ETF зафиксировали крупнейший приток с марта.',
    ],
    body: [
      'Во вторник биткоин подорожал на 4% и впервые за три недели поднялся выше 70 000 долларов, а спотовые биткоин-ETF зафиксировали крупнейший приток с марта.',
      'Аналитики связывают рост с ожиданиями снижения ставок и ликвидацией коротких позиций на биржах деривативов, что подтолкнуло цены вверх.',
    ],
  },
  {
    lang: 'tr',
    label: 'Önemli noktalar',
    title: 'Bitcoin 70.000 doları aştı',
    points: [
      'Bitcoin üç hafta sonra ilk kez 70.000 doların üzerine çıktı.',
      "Spot bitcoin ETF'leri marttan bu yana en büyük girişleri kaydetti.",
    ],
    body: [
      "Bitcoin salı günü yüzde 4 yükselerek üç hafta sonra ilk kez 70.000 doların üzerine çıktı ve spot bitcoin ETF'leri marttan bu yana en büyük girişleri kaydetti.",
      'Analistlere göre yükselişte faiz beklentilerinin düşmesi ve türev borsalarındaki kısa pozisyonların tasfiyesi etkili oldu.',
    ],
  },
  {
    lang: 'ja',
    label: 'この記事のポイント',
    title: 'ビットコイン、7万ドルを突破',
    points: [
      'ビットコインは3週間ぶりに7万ドルを上回った。',
      '現物ビットコインETFには3月以来最大の資金が流入した。',
    ],
    body: [
      'ビットコインは火曜日に4%上昇し、3週間ぶりに7万ドルを上回った。現物ビットコインETFには3月以来最大の資金が流入した。',
      'アナリストによると、金利低下への期待とデリバティブ取引所でのショートポジションの清算が上昇を後押しした。',
    ],
  },
  {
    lang: 'ko',
    label: '핵심 요약',
    title: '비트코인, 7만 달러 돌파',
    points: [
      '비트코인이 3주 만에 처음으로 7만 달러를 넘어섰다.',
      '현물 비트코인 ETF에는 3월 이후 최대 규모의 자금이 유입됐다.',
    ],
    body: [
      '비트코인이 화요일 4% 상승하며 3주 만에 처음으로 7만 달러를 넘어섰다. 현물 비트코인 ETF에는 3월 이후 최대 규모의 자금이 유입됐다.',
      '분석가들은 금리 인하 기대와 파생상품 거래소의 숏 포지션 청산이 상승을 이끌었다고 분석했다.',
    ],
  },
  {
    lang: 'vi',
    label: 'Điểm chính',
    title: 'Bitcoin vượt mốc 70.000 USD',
    points: [
      'Bitcoin vượt mốc 70.000 USD lần đầu tiên sau ba tuần.',
      'Các quỹ ETF bitcoin giao ngay ghi nhận dòng tiền vào lớn nhất kể từ tháng Ba.',
    ],
    body: [
      'Bitcoin tăng 4% vào thứ Ba và vượt mốc 70.000 USD lần đầu tiên sau ba tuần, trong khi các quỹ ETF bitcoin giao ngay ghi nhận dòng tiền vào lớn nhất kể từ tháng Ba.',
      'Theo các nhà phân tích, đà tăng được thúc đẩy bởi kỳ vọng lãi suất giảm và việc thanh lý các vị thế bán khống trên các sàn phái sinh.',
    ],
  },
  {
    lang: 'id',
    label: 'Poin penting',
    title: 'Bitcoin tembus 70.000 dolar',
    points: [
      'Bitcoin naik di atas 70.000 dolar untuk pertama kalinya dalam tiga minggu.',
      'ETF bitcoin spot mencatat arus masuk terbesar sejak Maret.',
    ],
    body: [
      'Bitcoin naik 4% pada hari Selasa dan diperdagangkan di atas 70.000 dolar untuk pertama kalinya dalam tiga minggu, sementara ETF bitcoin spot mencatat arus masuk terbesar sejak Maret.',
      'Menurut para analis, kenaikan ini didorong oleh ekspektasi penurunan suku bunga dan likuidasi posisi short di bursa derivatif.',
    ],
  },
  {
    lang: 'zh',
    label: '要点',
    title: '比特币突破7万美元',
    points: ['比特币三周以来首次突破7万美元。', '现货比特币ETF录得自3月以来最大资金流入。'],
    body: [
      '比特币周二上涨4%，三周以来首次突破7万美元，现货比特币ETF录得自3月以来最大资金流入。',
      '分析师表示，降息预期升温以及衍生品交易所空头头寸被清算推动了此轮上涨。',
    ],
  },
];

function page(lang: string, body: string): Document {
  return new JSDOM(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`).window.document;
}

const items = (points: readonly string[]) => points.map((p) => `<li>${p}</li>`).join('');
const paragraphs = (body: readonly string[], attrs = '') => body.map((p) => `<p${attrs}>${p}</p>`).join('');

/** Three layouts without a meaningful class name, each with an optional label above the list. */
const LAYOUTS: Record<string, (s: Story, label: string) => string> = {
  'hashed classes': (s, label) =>
    `<div class="css-1x2y3z"><h1 class="sc-aXZVg">${s.title}</h1><div class="css-9k2j1a">${label && `<span class="css-u8t6r">${label}</span>`}<ul class="css-4hs8q">${items(s.points)}</ul></div><div class="css-q1w2e3">${paragraphs(s.body, ' class="css-p0o9i8"')}</div></div>`,
  'utility classes': (s, label) =>
    `<main class="mx-auto max-w-3xl px-4"><h1 class="text-3xl font-bold">${s.title}</h1><div class="my-6 rounded-lg border bg-gray-50 p-4">${label && `<p class="font-semibold">${label}</p>`}<ul class="list-disc pl-5">${items(s.points)}</ul></div><div class="prose">${paragraphs(s.body)}</div></main>`,
  'no classes': (s, label) =>
    `<div><h1>${s.title}</h1>${label && `<h2>${label}</h2>`}<ul>${items(s.points)}</ul><div>${paragraphs(s.body)}</div></div>`,
};

describe('the key-points box by its shape', () => {
  const cases = STORIES.flatMap((s) => Object.keys(LAYOUTS).map((layout) => [s.lang, layout, s] as const));
  it.each(cases)('%s, %s, without a label', (_lang, layout, story) => {
    const d = page(story.lang, LAYOUTS[layout]!(story, ''));
    expect(extractPublisherKeyPoints(d.body)?.points).toEqual(story.points);
  });

  it.each(cases)('%s, %s, with its label', (_lang, layout, story) => {
    const d = page(story.lang, LAYOUTS[layout]!(story, story.label));
    const found = extractPublisherKeyPoints(d.body);
    expect(found?.points).toEqual(story.points);
    // The block handed back holds the label too, so it is left out of the text to summarize.
    expect(found?.blocks.some((b) => b.textContent?.includes(story.label))).toBe(true);
  });

  it('takes a box at the top of the body, after a short standfirst', () => {
    const s = STORIES[0]!;
    const d = page(
      'en',
      `<article><h1>${s.title}</h1><p>Prices rallied on Tuesday.</p><div><ul>${items(s.points)}</ul>${paragraphs(s.body)}</div></article>`,
    );
    expect(extractPublisherKeyPoints(d.body)?.points).toEqual(s.points);
  });

  it('takes a labelled ordered list with one item, which the shape alone would not', () => {
    const s = STORIES[3]!;
    const d = page(
      'pt',
      `<article><h1>${s.title}</h1><div><strong>Pontos principais</strong></div><ol><li>${s.points[0]}</li></ol>${paragraphs(s.body)}</article>`,
    );
    expect(extractPublisherKeyPoints(d.body)?.points).toEqual([s.points[0]]);
  });
});

describe('look-alikes of the key-points box', () => {
  const s = STORIES[0]!;
  const body = paragraphs(s.body);

  it('a table of contents: its items link to anchors in the page, labelled or not', () => {
    const toc = `<ul>${s.points.map((p, i) => `<li><a href="#part-${i}">${p}</a></li>`).join('')}</ul>`;
    expect(extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1>${toc}${body}`).body)).toBeNull();
    expect(
      extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1><h2>In this article</h2>${toc}${body}`).body),
    ).toBeNull();
  });

  it('a list of related links under the headline', () => {
    const related = `<ul><li><a href="/news/ether-falls">Ether falls below $3,000 as traders rotate into bitcoin</a></li><li><a href="/news/sol-etf">Solana ETF filings pile up at the SEC ahead of the deadline</a></li></ul>`;
    expect(extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1>${related}${body}`).body)).toBeNull();
  });

  it('teaser cards with pictures', () => {
    const cards = `<ul>${s.points.map((p) => `<li><img src="t.jpg" alt="">${p}</li>`).join('')}</ul>`;
    expect(extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1>${cards}${body}`).body)).toBeNull();
  });

  it('a list inside the body that is part of the text', () => {
    const after = `<h1>${s.title}</h1>${body}<ul>${items(s.points)}</ul>`;
    expect(extractPublisherKeyPoints(page('en', after).body)).toBeNull();
    // Even at the top: a sentence leading into the list with ":" makes it part of the text.
    const leadIn = `<h1>${s.title}</h1><p>Traders pointed to two reasons for the rally:</p><ul>${items(s.points)}</ul>${body}`;
    expect(extractPublisherKeyPoints(page('en', leadIn).body)).toBeNull();
  });

  it('a list of sentences under the headline that does not restate the article', () => {
    const other = `<ul><li>The city council approved a new budget for road repairs on Monday.</li><li>Heavy rain is expected across the region for the rest of the week.</li></ul>`;
    expect(extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1>${other}${body}`).body)).toBeNull();
  });

  it('a "Key takeaways" list at the very end: a recap, taken only when labelled and when no box opens the article', () => {
    const recap = `<h2>Key takeaways</h2><ul><li>Bitcoin trades above $70,000 again after three weeks.</li><li>Falling rate expectations and short liquidations drove the move.</li></ul>`;
    const top = `<div><ul>${items(s.points)}</ul></div>`;
    expect(
      extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1>${top}${body}${recap}`).body)?.points,
    ).toEqual(s.points);
    expect(extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1>${body}${recap}`).body)?.points).toEqual([
      'Bitcoin trades above $70,000 again after three weeks.',
      'Falling rate expectations and short liquidations drove the move.',
    ]);
    const unlabelledEnd = `<ul><li>Bitcoin trades above $70,000 again after three weeks.</li><li>Falling rate expectations and short liquidations drove the move.</li></ul>`;
    expect(
      extractPublisherKeyPoints(page('en', `<h1>${s.title}</h1>${body}${unlabelledEnd}`).body),
    ).toBeNull();
  });
});

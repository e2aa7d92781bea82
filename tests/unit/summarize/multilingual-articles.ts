// Short crypto news articles written for these tests, in languages the corpus covers little.
// Each mixes in the lines a summary must never pick (promotions, "see also", captions, disclaimers).
import type { SummaryInput } from '../../../src/summarize/summarize';

export const FRENCH: SummaryInput = {
  lang: 'fr',
  title: 'Le bitcoin repasse au-dessus de 70 000 $ après des entrées record dans les ETF',
  paragraphs: [
    'Le bitcoin a dépassé mardi le seuil de 70 000 $ pour la première fois depuis trois semaines, porté par des entrées record dans les ETF au comptant américains.',
    'Selon les données de Farside Investors, les fonds ont attiré environ 1,1 milliard de dollars en une seule séance. Le fonds de BlackRock représente à lui seul près de la moitié de ces flux.',
    'Voir aussi : Comment fonctionnent les ETF bitcoin au comptant ?',
    'Les analystes de K33 Research estiment que la demande institutionnelle reste soutenue malgré la hausse des rendements obligataires. Ils notent toutefois que le marché des contrats à terme montre des signes de surchauffe.',
    'Inscrivez-vous dès maintenant et recevez un bonus de bienvenue de 50 USDT.',
    "Le taux de financement des contrats perpétuels a atteint son plus haut niveau depuis mars, ce qui accroît le risque d'une correction rapide.",
    'Photo : Shutterstock',
    'Avertissement : cet article ne constitue pas un conseil en investissement.',
  ],
};

export const SPANISH: SummaryInput = {
  lang: 'es',
  title: 'Ethereum activa la actualización Pectra en su red principal',
  paragraphs: [
    'La red de Ethereum activó el miércoles la actualización Pectra, el cambio más importante del protocolo desde Dencun en marzo de 2024.',
    'Pectra eleva el saldo efectivo máximo de los validadores de 32 a 2048 ETH, lo que permite consolidar miles de validadores.',
    'Regístrate hoy y obtén un bono de hasta 500 USDT para operar futuros.',
    'La propuesta EIP-7702 permite que las cuentas normales ejecuten temporalmente la lógica de un contrato inteligente. Los desarrolladores esperan que esto mejore la experiencia de las carteras.',
    '¿Qué significa esto para el precio de ETH?',
    'El precio de ETH subió un 4 % en las horas posteriores a la activación, hasta los 2.050 dólares.',
    'Aviso legal: este contenido no constituye asesoramiento financiero.',
  ],
};

export const RUSSIAN: SummaryInput = {
  lang: 'ru',
  title: 'Биржевые резервы биткоина упали до минимума с 2018 года',
  paragraphs: [
    'Количество биткоинов на счетах централизованных бирж сократилось до 2,3 млн BTC, что является минимумом с 2018 года.',
    'По данным CryptoQuant, за последний месяц с бирж было выведено более 90 тыс. BTC. Аналитики связывают отток с ростом спроса со стороны спотовых ETF.',
    'Читайте также: Как работают спотовые биткоин-ETF',
    'Крупные держатели, т. е. кошельки с балансом от 1000 BTC, за неделю увеличили свои позиции на 3 %.',
    'Зарегистрируйтесь и получите бонус до 1000 USDT.',
    'Сокращение предложения на биржах исторически предшествовало росту цены, однако эксперты призывают к осторожности.',
    'Источник: CryptoQuant',
    'Не является инвестиционной рекомендацией.',
  ],
};

export const CHINESE: SummaryInput = {
  lang: 'zh',
  title: '以太坊 Dencun 升级上线,二层网络手续费大幅下降',
  paragraphs: [
    '以太坊于3月13日在主网激活了 Dencun 升级,这是自上海升级以来最重要的一次网络更新。',
    '此次升级引入了 EIP-4844,为二层网络提供了一种名为 blob 的临时数据空间,其费用远低于普通的调用数据。',
    '延伸阅读:什么是以太坊二层网络?',
    '升级完成后数小时内,Arbitrum、Optimism 和 Base 等二层网络的交易手续费下降了90%以上。',
    '立即交易 ETH/USDT,新用户注册即送100 USDT 赠金。',
    '分析师认为,更低的费用将吸引更多用户和开发者使用以太坊生态中的二层网络。',
    '免责声明:本文不构成投资建议。',
  ],
};

export const JAPANESE: SummaryInput = {
  lang: 'ja',
  title: 'ビットコイン現物ETFへの資金流入が過去最高を記録',
  paragraphs: [
    '米国のビットコイン現物ETFには木曜日、1日としては過去最高となる約10億ドルの資金が流入した。',
    'ブラックロックのETFが流入額の半分以上を占め、機関投資家の需要の強さが改めて示された。',
    '関連記事:ビットコイン現物ETFとは何か',
    'アナリストは、金利低下への期待がリスク資産全体への資金流入を後押ししていると指摘している。',
    '今すぐ登録して最大100USDTのボーナスを獲得しよう。',
    '一方で、短期的な過熱感から価格が調整する可能性もあると警告する声もある。',
  ],
};

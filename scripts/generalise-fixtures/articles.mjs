// Article text of the generalisation fixtures (tests/fixtures/generalise). Every article is a real one
// from the shared corpus (../shared/corpus/articles, number in `source`), translated for the fixture
// where its language differs; key points and paragraphs keep the source's order and facts.
export const ARTICLES = {
  // 013, CryptoPotato, 2024-03-28
  dogeMetric: {
    source: '013',
    pt: {
      title: 'Importante para o Dogecoin: esta métrica salta quase 100% em meio ao rali do DOGE',
      keyLabel: 'Resumo',
      keyPoints: [
        'O preço do Dogecoin passou de US$ 0,20, com a capitalização de mercado perto de US$ 30 bilhões, impulsionado pelo volume de negociação e pelos endereços ativos.',
        'O rali coincide com movimentos especulativos de baleias e com o apoio de figuras públicas como Elon Musk.',
      ],
      paragraphs: [
        'O Dogecoin (DOGE), muitas vezes citado como a primeira meme coin, destaca-se atualmente como um dos ativos de melhor desempenho do mercado.',
        'Seu preço subiu mais de 30% na semana, superando a marca de US$ 0,20 pela primeira vez desde dezembro de 2021. A capitalização de mercado do DOGE se aproxima dos US$ 30 bilhões, o que a torna a nona maior criptomoeda.',
        'Indicadores importantes do ecossistema do ativo também dispararam. Segundo a IntoTheBlock, o volume diário agregado de transações acima de US$ 100 mil saltou quase 100%, e os endereços ativos diários subiram 13%.',
        'O volume de negociação do DOGE nas últimas 24 horas foi impressionante: os dados da CoinGecko mostram que chegou a US$ 5,5 bilhões, acima do SOL da Solana (US$ 4,1 bilhões) e do XRP da Ripple (US$ 1,9 bilhão).',
      ],
    },
  },
  // 022, Cointelegraph (copy on decpost.com), 2025-05-15
  ethFiveThousand: {
    source: '022',
    it: {
      title: 'Tre motivi per cui il prezzo di Ethereum potrebbe salire a 5.000 dollari nel 2025',
      keyLabel: 'Punti chiave',
      keyPoints: [
        "Un rialzo di lungo periodo di ETH dipende dall'approvazione della SEC per la creazione in natura degli ETF e per lo staking.",
        "L'adozione dell'IA e la crescita dei layer-2 di Ethereum devono spingere l'attività onchain per ripristinare il meccanismo deflazionistico di burn.",
      ],
      paragraphs: [
        'Ether (ETH) è salito del 43,6% tra il 7 e il 14 maggio, ma il prezzo attuale di 2.600 dollari resta lontano dal picco del 2021 di 4.868 dollari.',
        "Alcuni analisti sostengono che lo slancio rialzista attuale sia solo l'inizio di un trend molto più ampio e aggressivo, il che rende più probabile un rally a breve termine fino a 5.000 dollari.",
        'Tuttavia, i catalizzatori per un nuovo massimo storico di ETH nel 2025 restano incerti, soprattutto di fronte a una concorrenza sempre più intensa.',
        'Gli investitori istituzionali guardano soprattutto alle decisioni della SEC sugli ETF spot, perché lo staking al loro interno renderebbe il prodotto più interessante rispetto alla semplice esposizione al prezzo.',
      ],
    },
  },
  // 025, AMBCrypto (copy on holdornot.com), 2023-11-21
  litecoinWhales: {
    source: '025',
    tr: {
      title: 'Litecoin: Yatırımcılar balina hareketlerini neden yakından izlemeli',
      keyLabel: 'Öne çıkanlar',
      keyPoints: [
        'Litecoin son yedi günde yüzde 3’ten fazla değer kaybetti.',
        'Ölçümler ve piyasa göstergeleri LTC için düşüş yönünü işaret etti.',
      ],
      paragraphs: [
        'Balinalar, Litecoin [LTC] dahil çoğu kripto paranın piyasasını şekillendirmede her zaman büyük rol oynadı. Son dönemde balina hareketleri ile LTC fiyatı arasında ilginç bir bağlantı ortaya çıktı.',
        'Geçen hafta Litecoin yatırımcıları için pek iyi geçmedi. CoinMarketCap verilerine göre LTC son yedi günde yüzde 3’ten fazla düştü ve yazının yazıldığı sırada 69,81 dolardan işlem görüyordu.',
        'Fiyat düşerken popüler kripto analisti Ali, bir tweetinde LTC fiyatı ile balina varlıkları arasındaki ilginç ilişkiye dikkat çekti.',
        'Tweete göre balina varlıkları her arttığında coinin fiyatı da onu izliyor. Bu nedenle balina varlıklarının takibi, LTC fiyatının hangi yöne gidebileceğinin önemli bir göstergesi olabilir.',
      ],
    },
  },
  // 008, MoneyCheck
  ethReserves: {
    source: '008',
    ja: {
      title: 'イーサリアム価格は3,100ドルで底堅さ、取引所の準備高は過去最低に',
      keyLabel: 'この記事のポイント',
      keyPoints: [
        'イーサリアムは3,100ドルを上回って推移し、3,220ドルが重要な抵抗線となっている',
        '取引所の準備高が歴史的な低水準となり、保有者による蓄積が強いことを示している',
      ],
      paragraphs: [
        '暗号資産市場では、イーサリアムが3,100ドルを上回る水準を維持する一方、取引所の準備高がかつてない低さまで減少しており、市場構造の変化を示唆している。',
        '主要な取引所のデータによると、イーサリアムの保有量は着実に減少しており、2021年末に始まった傾向が続いている。取引所の供給量はイーサリアム取引の初期以来の水準まで落ち込んだ。',
        '直近の値動きでは、イーサリアムは3,021ドルの安値から回復し、買い手が価格を3,120ドル超まで押し上げた。24時間で2.3%の上昇だが、週間では3.3%の下落となっている。',
        'テクニカル指標は短期的に複雑な様相を示している。1時間足チャートでは弱気のトレンドラインが形成され、3,250ドルに強い抵抗がある。',
      ],
    },
  },
  // 012, Benzinga, 2025-05
  dogeShib: {
    source: '012',
    ko: {
      title: '도지코인·시바이누 7일간 25% 넘게 급등: 무슨 일이 벌어지고 있나',
      keyLabel: '핵심 요약',
      keyPoints: [
        '시바이누는 지난 24시간 동안 1,460만 SHIB를 소각했고, 도지코인 선물 미결제약정은 이번 주 크게 늘었다.',
        '트레이더들은 SHIB가 주요 패턴을 돌파했다고 보며, DOGE는 지지선이 유지되면 0.27달러를 노린다.',
      ],
      paragraphs: [
        '도지코인(DOGE)과 시바이누(SHIB)는 지난 한 주 동안 25% 이상 상승했다. 비트코인이 사상 최고가 부근에 머물면서 밈코인 전반에 상승 동력이 붙었다.',
        '트레이더 타디그레이드는 도지코인이 보통 가장 폭발적인 국면인 사이클 3의 마지막 단계에 들어서고 있으며 모멘텀이 빠르게 쌓이고 있다고 지적했다.',
        '렉트 캐피털은 DOGE가 반감기 이전의 주요 저항 구간을 새로운 지지선으로 다시 시험하고 있다고 강조했다. 이 수준이 유지되면 다음 목표는 0.27달러다.',
        '한편 크립토구루는 시바이누가 하락 채널을 깔끔하게 돌파해 68% 움직임을 보였다고 밝혔다.',
      ],
    },
  },
  // 021, Cointelegraph (copy on decpost.com), 2025-05-15
  dogeAddresses: {
    source: '021',
    vi: {
      title: 'Địa chỉ hoạt động của Dogecoin tăng vọt 528%: giá DOGE có đi theo?',
      keyLabel: 'Điểm chính',
      keyPoints: [
        'Số địa chỉ hoạt động của Dogecoin tăng 528% lên 469.477.',
        'Hợp đồng mở của hợp đồng tương lai DOGE tăng 70% lên 1,65 tỷ USD, cho thấy mối quan tâm đầu cơ mạnh.',
      ],
      paragraphs: [
        'Ngày 13 tháng 5, Dogecoin (DOGE) ghi nhận số địa chỉ hoạt động tăng 528%, từ 74.640 lên 469.477, cho thấy hoạt động mạng lưới sôi động và sự quan tâm ngày càng lớn của nhà đầu tư.',
        'Đợt tăng này diễn ra sau khi 21Shares cập nhật hồ sơ xin mở quỹ ETF Dogecoin giao ngay và được Ủy ban Chứng khoán và Giao dịch Hoa Kỳ (SEC) xác nhận đã tiếp nhận.',
        'Hồ sơ nhằm theo dõi giá DOGE, tương tự các nỗ lực của Bitwise và Grayscale, gợi ý khả năng được chấp nhận rộng rãi hơn.',
        'Tin tức này thúc đẩy sự lạc quan trên thị trường, dẫn đến hoạt động mạng lưới của đồng memecoin tăng lên.',
      ],
    },
  },
  // 004, MarketBit
  etfOutflows: {
    source: '004',
    id: {
      title: 'ETF Bitcoin Catat Arus Keluar US$1,2 Miliar: Apa Artinya bagi BTC',
      keyLabel: 'Yang perlu diketahui',
      keyPoints: [
        'ETF Bitcoin mencatat arus keluar bersih sekitar US$1,2 miliar menurut data pelacakan aliran dana.',
        'Penarikan ini menandakan pergeseran sentimen institusional jangka pendek, meski arus keluar ETF tidak selalu meramalkan penurunan harga yang berkelanjutan.',
      ],
      paragraphs: [
        'Dana yang diperdagangkan di bursa (ETF) Bitcoin mencatat arus keluar bersih sekitar US$1,2 miliar, salah satu episode penarikan paling tajam sejak produk ETF Bitcoin spot AS diluncurkan pada awal 2024.',
        'Arus keluar ETF mencerminkan penebusan oleh investor, yakni proses ketika pemegang saham menjual kembali kepemilikan ETF mereka kepada dana sehingga total aset kelolaan berkurang.',
        'Penarikan bersih US$1,2 miliar ini menempatkan episode tersebut di antara peristiwa arus keluar terbesar untuk ETF Bitcoin spot yang terdaftar di AS.',
        'Laporan terpisah dari Crypto.News menyebut angkanya mendekati US$1,26 miliar dan mencatat bahwa penyedia analitik on-chain Santiment menandai penarikan itu sebagai potensi sinyal beli kontrarian.',
      ],
    },
  },
  // 003, FXStreet via Mitrade, 2024-01-17
  cardanoWhales: {
    source: '003',
    ar: {
      title: 'توقعات سعر كاردانو: صمود حيتان ADA قد يطلق موجة تعافٍ بنسبة 30%',
      keyLabel: 'أبرز النقاط',
      keyPoints: [
        'تراجع سعر كاردانو بنسبة 17.6% خلال الشهر الماضي لكنه لا يزال فوق مستوى الدعم عند 0.53 دولار.',
        'جمعت حيتان ADA أصولاً بقيمة 85 مليون دولار خلال الأسابيع الأربعة الأخيرة رغم الهبوط.',
      ],
      paragraphs: [
        'كاد سعر كاردانو أن يؤكد نموذجاً انعكاسياً صاعداً قبل نحو أربعة أسابيع، لكنه أخفق بسبب الإشارات الهبوطية في السوق الأوسع.',
        'يتداول سعر كاردانو عند 0.53 دولار وقت كتابة هذا التقرير، ويستقر بعد تراجع بنسبة 17.61% خلال الأسابيع الأربعة الماضية.',
        'ومع ذلك، وبما أن السعر لا يزال أعلى بكثير من مستوى وقف الخسارة عند 0.43 دولار، فإن لديه فرصة لاستعادة السعر المستهدف عند 0.68 دولار.',
        'أما إذا انقلبت الأمور وسيطرت الإشارات الهبوطية، فقد يتراجع ADA، وقد يؤدي كسر دعم 0.51 دولار إلى إرسال العملة البديلة نحو 0.43 دولار.',
      ],
    },
  },
  // 009, MoneyCheck
  ethWhales: {
    source: '009',
    en: {
      title: 'Ethereum (ETH) Price: Whales Go on Buying Spree as $3,000 Target Comes Into Focus',
      keyLabel: 'Key takeaways',
      keyPoints: [
        'Ethereum found support at $2,440 and is showing fresh upward momentum',
        'Whales have added over 670K ETH to their holdings in the past nine days',
      ],
      paragraphs: [
        'Ethereum has been showing signs of recovery, with the price finding solid support at $2,440 and beginning a fresh upward trajectory. The second-largest cryptocurrency by market cap is currently trading at $2,580, representing a 2% gain in the early Asian session on Thursday.',
        'The price has moved above several key levels, including $2,500 and $2,520, and is now trading above the 100-hourly Simple Moving Average. This movement comes while Bitcoin recently traded to a new all-time high.',
        'Technical indicators are pointing to growing bullish momentum. A connecting bullish trend line is forming with support at $2,500 on the hourly chart of ETH/USD. The hourly MACD is gaining momentum in the bullish zone, while the RSI is now above the 50 zone.',
        'Data shows that Ethereum whales have been actively accumulating the cryptocurrency. Addresses holding between 10,000 and 100,000 ETH have expanded their balance by over 670,000 ETH in just the past nine days.',
      ],
    },
  },
  // 001, FXStreet, 2020-02-12
  powellBulls: {
    source: '001',
    en: {
      title: "Bitcoin bulls inspired by Jay Powell's comments: $11,000 is the next major aim",
      keyLabel: 'In brief',
      keyPoints: [
        'Bitcoin bulls have become louder with their enthusiastic forecasts.',
        'BTC/USD needs to stay above $10,000 to retain bullish bias.',
      ],
      paragraphs: [
        "BTC/USD is changing hands at $10,273, off the recent high reached at $10,485. The first digital currency has gained over 5% in recent 24 hours amid a strong bullish rally across the market. Notably, Bitcoin's market share dropped below 63% to 62.6% as many top altcoins demonstrated more spectacular results.",
        'Only 11% of Bitcoin holders are losing money at the current prices, which is a positive signal for the market. However, the overall picture looks neutral at this stage as the market is likely to consolidate gains after a sharp price increase on Tuesday.',
        "The Chairman of the Federal Reserves System Jerome Powell stressed the importance of digital payment privacy, speaking in the Congress on Tuesday. Apart from that, he confirmed that the central bank was considering the idea of a digital dollar and named Facebook's Libra project as a factor that forced then to speed up the process.",
        'Panelists of "Bitcoin Alert" on CNBC\'s "Fast Money" put more fuel to the fire with another portion of optimistic forecasts. They cited irresponsible money-printing policies of global central banks, flight to safety and upcoming halving as the main reasons for Bitcoin\'s long-term growth.',
      ],
    },
  },
  // 002, FXStreet (BeInCrypto query), 2023-05-07
  memeCoins: {
    source: '002',
    pt: {
      title: 'O que a recente alta das meme coins significa para Bitcoin e Ethereum',
      keyLabel: 'Pontos principais',
      keyPoints: [
        'Ralis de preço das meme coins costumam sinalizar um topo próximo nos preços de Bitcoin e Ethereum.',
        'Baby Doge Coin, Dogelon Mars e Wojak estão entre as 10 maiores meme coins por capitalização que estão em alta.',
      ],
      paragraphs: [
        'As meme coins inspiradas em memes da internet e as moedas com tema Shiba Inu estão em alta. Depois do rali de três dígitos do PEPE na última semana, a maioria das meme coins começou a render ganhos para os detentores.',
        '@00forrest, especialista e trader de criptomoedas, argumenta que os ralis de preço das meme coins costumam anteceder um pico de ciclo em Bitcoin e Ethereum.',
        'Junto com o PEPE, meme coins com tema Shiba Inu como Baby Doge Coin (BabyDoge), Dogelon Mars (ELON) e Wojak (WOJAK) iniciaram seus ralis de preço.',
        'O volume de negociação do PEPE superou o de Dogecoin, Shiba Inu e Baby Doge Coin na última semana com sua forte alta. O especialista observou que os picos das meme coins estão correlacionados com os picos de Bitcoin e Ethereum.',
      ],
    },
  },
  // 007, CoinDesk (mirror on 4coinz.com), 2025-08-26
  etherTreasury: {
    source: '007',
    ja: {
      title: 'イーサと ETH トレジャリー企業は急落後に割安:スタンダードチャータード',
      keyLabel: '要点',
      keyPoints: [
        '6月以降、イーサのトレジャリー企業は供給量の2.6%を、ETH ETFはさらに2.3%を購入したとスタンダードチャータードのジェフ・ケンドリック氏は述べた。',
        'ケンドリック氏はイーサが年末までに7,500ドルに達すると予想し、最近の下落を絶好の買い場とみている。',
      ],
      paragraphs: [
        'スタンダードチャータードのデジタル資産リサーチ責任者ジェフ・ケンドリック氏は火曜日、イーサ(ETH)とETHトレジャリー企業は現在の水準で割安だとメールでコメントした。',
        '6月初め以降、イーサのトレジャリー企業は流通するETH全体の2.6%を購入した。同期間のETF流入と合わせると、両者で流通量の4.9%を買い入れたことになるという。',
        'その結果、時価総額2位の暗号資産は24日の日曜日に4,955ドルの史上最高値を更新したとケンドリック氏は述べた。',
        'これらの流入は大きいが、ケンドリック氏によれば重要なのはまだ始まったばかりだという点だ。同氏は以前、トレジャリー企業が最終的に流通ETHの10%を保有すると予想していた。',
      ],
    },
  },
};

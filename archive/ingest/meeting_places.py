"""The places meetings were held, by their names in the languages the archive reads and
the landmarks that stand for them, and the newspapers named after a city, for
`meeting_mentions` and `meeting_context`. Curated data, written in lower case and read on
the folded body (`prefilter.fold`).
"""

# Curated: the places meetings were held, with their names in other languages and the
# landmarks that stand for them. Keys are the reference data's city or country names.
# Newspapers named after a city: "the Washington Post reported" places no meeting in
# Washington. Their names are taken out of the text before its places are read.
NEWSPAPER_NAMES = (
    r"washington post|washington times|new york times|new york post|los angeles times"
    r"|ワシントン・?ポスト|ワシントン・?タイムズ|ニューヨーク・?タイムズ|ロサンゼルス・?タイムズ"
    r"|워싱턴\s?포스트|워싱턴\s?타임스|뉴욕\s?타임스|로스앤젤레스\s?타임스"
    r"|华盛顿邮报|華盛頓郵報|华盛顿时报|華盛頓時報|纽约时报|紐約時報|洛杉矶时报|洛杉磯時報"
)

PLACE_NAMES = {
    "Washington": (
        r"washington|ワシントン|워싱턴|华盛顿|華盛頓|washington dc|white house|pentagon"
        r"|ホワイトハウス|国防総省|백악관|펜타곤|白宫|白宮|五角大楼|五角大樓"
        r"|gedung putih|casa blanca|pentágono"
    ),
    "Arlington": r"pentagon|国防総省|펜타곤|五角大楼|五角大樓|pentágono",
    "Tokyo": r"tokyo|東京|도쿄|东京|tokio",
    # The President's club in Florida, where leaders met in 2017 and 2018.
    "Palm Beach": (
        r"palm beach|mar-a-lago|mar a lago|パームビーチ|マール・ア・ラーゴ|マーアーラゴ|マララゴ"
        r"|팜비치|마라라고|마러라고|棕榈滩|棕櫚灘|海湖庄园|海湖莊園"
    ),
    "New York": r"new york|ニューヨーク|뉴욕|纽约|紐約|nueva york",
    "Honolulu": r"honolulu|hawaii|ホノルル|ハワイ|호놀룰루|하와이|夏威夷|檀香山",
    "Hiroshima": r"hiroshima|広島|히로시마|广岛|廣島",
    "Osaka": r"osaka|大阪|오사카",
    "Singapore": r"singapore|シンガポール|싱가포르|新加坡|singapura|singapur",
    "Seoul": r"seoul|ソウル|서울|首尔|首爾|seúl",
    "Manila": r"manila|マニラ|마닐라|马尼拉|馬尼拉",
    "Jakarta": r"jakarta|ジャカルタ|자카르타|雅加达|雅加達|yakarta",
    "Bangkok": r"bangkok|バンコク|방콕|曼谷",
    "Kuala Lumpur": r"kuala lumpur|クアラルンプール|쿠알라룸푸르|吉隆坡",
    "Phnom Penh": r"phnom penh|プノンペン|프놈펜|金边|金邊",
    "Lima": r"lima|リマ|리마",
    # Places of the 2006-2010 meetings added to the reference data this session.
    "Hanoi": r"hanoi|hà nội|ハノイ|하노이|河内",
    "Sydney": r"sydney|シドニー|시드니|悉尼",
    "Kyoto": r"kyoto|京都|교토",
    "Toronto": r"toronto|トロント|토론토|多伦多|多倫多",
    "Yokohama": r"yokohama|横浜|요코하마|横滨|橫濱",
    "Ottawa": r"ottawa|オタワ|오타와|渥太华|渥太華",
    "Toyako": r"toyako|lake toya|洞爺湖|洞爷湖|도야코",
    "Heiligendamm": r"heiligendamm|ハイリゲンダム|하일리겐담|海利根达姆|海利根達姆",
    "Vientiane": r"vientiane|ビエンチャン|비엔티안|万象|萬象",
    "Vancouver": r"vancouver|バンクーバー|밴쿠버|温哥华|溫哥華",
    "Guam": r"guam|グアム|괌|关岛|關島",
    "Melbourne": r"melbourne|メルボルン|멜버른|墨尔本|墨爾本",
    "New Delhi": r"new delhi|ニューデリー|뉴델리|新德里|nueva delhi",
    "Camp David": r"camp david|キャンプ・デービッド|キャンプデービッド|캠프 데이비드|戴维营|大衛營",
    "Myanmar": r"myanmar|naypyidaw|ミャンマー|ネピドー|미얀마|네피도|缅甸|緬甸",
    "Brazil": r"brazil|brasil|ブラジル|브라질|巴西",
    "Peru": r"peru|perú|ペルー|페루|秘鲁|秘魯",
    "Indonesia": r"indonesia|インドネシア|인도네시아|印度尼西亚|印尼",
    "Italy": r"italy|italia|イタリア|이탈리아|意大利",
    "Germany": r"germany|jerman|alemania|ドイツ|독일|德国|德國",
    "Canada": r"canada|kanada|canadá|カナダ|캐나다|加拿大",
    "United Kingdom": r"united kingdom|britain|inggris|reino unido|英国|영국|英國",
    "France": r"france|prancis|francia|フランス|프랑스|法国|法國",
    "Philippines": r"philippines|filipina|filipinas|フィリピン|필리핀|菲律宾|菲律賓",
    "Australia": r"australia|オーストラリア|豪州|호주|澳大利亚|澳大利亞",
    "Cambodia": r"cambodia|kamboja|camboya|カンボジア|캄보디아|柬埔寨",
    "Malaysia": r"malaysia|malasia|マレーシア|말레이시아|马来西亚|馬來西亞",
    "Thailand": r"thailand|tailandia|タイ王国|태국|泰国|泰國",
    "Laos": r"laos|ラオス|라오스|老挝|寮國",
    "Argentina": r"argentina|アルゼンチン|아르헨티나|阿根廷",
    # The cities of the G7's and other meetings, in the scripts a Latin name is not found in.
    "London": r"london|londres|londra|ロンドン|런던|伦敦|倫敦",
    "Brussels": r"brussels|bruselas|bruxelles|brussel|ブリュッセル|브뤼셀|布鲁塞尔|布魯塞爾",
    "San Francisco": r"san francisco|サンフランシスコ|샌프란시스코|旧金山|舊金山",
    "Munich": r"munich|münchen|múnich|monaco di baviera|ミュンヘン|뮌헨|慕尼黑",
    "Paris": r"paris|parís|parigi|パリ|파리|巴黎",
    "Karuizawa": r"karuizawa|軽井沢|가루이자와|轻井泽|輕井澤",
    "Shima": r"ise-shima|ise shima|伊勢志摩|이세시마|伊势志摩",
    "Bali": r"bali|バリ島|발리|巴厘岛|巴厘島",
    "Brisbane": r"brisbane|ブリスベン|브리즈번|布里斯班",
    "Buenos Aires": r"buenos aires|ブエノスアイレス|부에노스아이레스|布宜诺斯艾利斯",
    "Liverpool": r"liverpool|リバプール|리버풀|利物浦",
    "Capri": r"capri|カプリ|카프리|卡普里",
    "The Hague": r"the hague|la haya|l'aia|den haag|ハーグ|헤이그|海牙",
    "Wilmington": r"wilmington|ウィルミントン|윌밍턴|威尔明顿|威爾明頓",
    "Carbis Bay": r"carbis bay|cornwall|コーンウォール|콘월|康沃尔|康瓦爾",
    "Biarritz": r"biarritz|ビアリッツ|비아리츠|比亚里茨|比亞里茨",
    "Saint Petersburg": (
        r"saint petersburg|st. petersburg|st petersburg|san petersburgo|san pietroburgo"
        r"|サンクトペテルブルク|상트페테르부르크|圣彼得堡|聖彼得堡"
    ),
}

from common import add, page, bare, paras, ul, ol, codebox, COPY_JS
from legit_en import CAM_JS, GAME_JS, PUSH_ONLOAD, PUSH_SOFT, CD_JS, SIREN_JS

L = "ja"


def A(slug, url, cat, note, html_text, repo=None):
    add("ja-" + slug, "allow", url, cat, L, note, repo or ("site:" + url.split("/")[2]), html_text)


NAV = (("ホーム", "/"), ("会社概要", "/company"), ("お問い合わせ", "/contact"))

# ---------------------------------------------------------------- 語の衝突
A("recipe-apple-pie", "https://cookpad.com/recipe/1234567", "ordinary-recipe",
  "クックパッド風レシピ: アップルパイ、「Apple」「りんご」、印刷ボタン",
  page(L, "簡単！サクサクアップルパイ レシピ", "<h1>簡単！サクサクアップルパイ</h1>" + paras(
      "紅玉りんご（Apple）を使った定番のアップルパイ。冷凍パイシートで手軽に作れます。",
      "ポイント：りんごは水分が出なくなるまでしっかり煮詰めてください。") + "<h2>材料（4人分）</h2>" + ul("りんご 2個", "砂糖 大さじ4", "バター 20g", "冷凍パイシート 2枚")
      + "<h2>作り方</h2>" + ol("りんごを薄切りにして砂糖とバターで煮る", "パイシートに並べる", "200℃のオーブンで25分焼く") + '<button class="btn" onclick="window.print()">印刷する</button>',
      "クックパッド", (("レシピ", "/recipe"), ("つくれぽ", "/tsukurepo"))))
A("recipe-ringo-jam", "https://www.kurashiru.com/recipes/ringo-jam", "ordinary-recipe",
  "レシピ動画: りんごジャム、「警告」ではなく「注意：やけど」、タイマー",
  page(L, "りんごジャムの作り方 | クラシル", "<h1>電子レンジで簡単 りんごジャム</h1>" + paras(
      "注意：加熱直後は大変熱くなっています。やけどに十分ご注意ください。", "保存期限：冷蔵で2週間。")
      + '<video controls src="ringo.mp4" width="480"></video>', "クラシル", (("レシピ", "/recipes"),)))
A("shop-mado-cleaning", "https://www.osouji-honpo.jp/mado/", "ordinary-shop",
  "ハウスクリーニング: 窓・サッシ清掃「Windows クリーン」、今すぐお電話、フリーダイヤル",
  page(L, "窓ガラス・サッシ清掃 | おそうじ本舗", "<h1>窓ガラス・サッシのクリーニング</h1>" + paras(
      "結露でカビが発生したサッシもプロの技術でピカピカに。「Windowsクリーンコース」は窓3枚から。",
      "お見積り無料！今すぐお電話ください：<strong>0120-000-123</strong>（受付時間 9:00〜18:00 年中無休）")
      + '<a class="btn" href="tel:0120000123">電話で相談する</a>', "おそうじ本舗", NAV, "株式会社HITOWAライフパートナー"))
A("travel-amazon", "https://www.his-j.com/tour/amazon/", "ordinary-travel",
  "旅行会社: アマゾン川クルーズツアー、予防接種の注意、申込期限",
  page(L, "アマゾン川クルーズ 8日間 | HIS", "<h1>アマゾン川クルーズとイグアスの滝 8日間</h1>" + paras(
      "マナウスからアマゾン川を下るクルーズ。ピンクイルカとの出会いも。",
      "ご注意：黄熱の予防接種が推奨されます。出発の10日前までに接種してください。",
      "お申込み期限：出発の30日前まで。お問い合わせ 050-0000-1201（HIS 中南米デスク）"), "HIS", NAV))
A("sports-defender", "https://soccer.yahoo.co.jp/jleague/news/defender", "ordinary-sports",
  "サッカーニュース: 「ディフェンダー」「エッジ」、速報バナー",
  page(L, "日本代表DF、右足負傷で離脱 - スポーツナビ", '<div style="background:#c00;color:#fff;padding:6px">速報</div><h1>日本代表ディフェンダー、右足負傷で全治6週間</h1>' + paras(
      "所属クラブは7日、センターバックの選手が右ハムストリングを負傷したと発表した。",
      "監督は「エッジの効いた守備を見せていただけに残念」と話した。"), "スポーツナビ", (("サッカー", "/soccer"), ("野球", "/npb"))))
A("snowboard-edge", "https://www.murasaki.jp/blog/edge-tuning", "ordinary-shop",
  "スノーボードショップ: エッジ（Edge）チューンナップ、Defender ワックス商品名",
  page(L, "エッジチューンナップのすすめ | ムラサキスポーツ", "<h1>シーズン前にエッジのメンテナンスを</h1>" + paras(
      "サビたエッジはターンの安定性を大きく損ないます。店頭でのチューンナップは3,300円から。",
      "おすすめ：撥水ワックス「DEFENDER」。") , "ムラサキスポーツ", NAV))
A("medical-influenza", "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/kenkou/kekkaku-kansenshou/infulenza/", "ordinary-medical",
  "厚労省インフルエンザ: ウイルス、感染、警報レベル、すぐに医療機関へ",
  page(L, "インフルエンザ（総合ページ）｜厚生労働省", "<h1>インフルエンザ（総合ページ）</h1>" + paras(
      "インフルエンザは、インフルエンザウイルスに感染することによって起こる病気です。",
      "流行警報レベルを超えた地域があります。発熱などの症状がある場合は、早めに医療機関を受診してください。",
      "急な呼吸困難など緊急の場合は119番に電話してください。"), "厚生労働省", (("政策", "/policy"), ("統計", "/stat"))))
A("medical-norovirus-hokenjo", "https://www.city.osaka.lg.jp/kenko/page/noro.html", "ordinary-medical",
  "保健所: ノロウイルス食中毒警報、感染拡大防止、電話相談",
  page(L, "ノロウイルスによる感染性胃腸炎に注意しましょう｜大阪市", "<h1>ノロウイルスに注意</h1>" + paras(
      "現在、感染性胃腸炎の患者数が警報レベルに達しています。",
      "感染を防ぐため、手洗いを徹底してください。ご相談は保健所（06-6647-0000）へ。"), "大阪市", NAV))
A("vet-virus-vaccine", "https://www.anicom-vet.jp/vaccine/", "ordinary-medical",
  "動物病院: 犬のウイルス感染症ワクチン、予約電話、期限",
  page(L, "混合ワクチンについて | どうぶつ病院", "<h1>犬の混合ワクチン</h1>" + paras(
      "パルボウイルスやジステンパーウイルスなど、命に関わる感染症を予防します。",
      "前回接種から1年が期限の目安です。ご予約はお電話で 03-0000-5521。"), "どうぶつ病院", NAV))
A("jma-keihou", "https://www.jma.go.jp/bosai/warning/", "ordinary-weather",
  "気象庁 警報・注意報: 大雨警報、特別警報、直ちに命を守る行動",
  page(L, "気象警報・注意報 | 気象庁", "<h1>気象警報・注意報</h1>" + paras(
      '<strong style="color:#c0f">大雨特別警報</strong>：○○県南部。直ちに命の安全を確保してください。',
      "<strong style='color:#f00'>大雨警報（土砂災害）</strong>、洪水警報、暴風警報が発表されています。",
      "警報の発表基準は市町村ごとに定めています。") + "<table><tr><th>地域</th><th>警報</th></tr><tr><td>○○市</td><td>大雨・洪水</td></tr></table>",
      "気象庁", (("防災情報", "/bosai"), ("天気予報", "/forecast"))))
A("jma-eew-kaisetsu", "https://www.data.jma.go.jp/eew/data/nc/", "ordinary-disaster",
  "気象庁 緊急地震速報の解説: 緊急、報知音（チャイム）を再生、身を守る",
  page(L, "緊急地震速報とは | 気象庁", "<h1>緊急地震速報について</h1>" + paras(
      "緊急地震速報は、地震の発生直後に、各地での強い揺れの到達時刻や震度を予想し、可能な限り素早く知らせる情報です。",
      "テレビやラジオでは特徴的な報知音（チャイム）とともに「緊急地震速報です。強い揺れに警戒してください。」と伝えます。",
      "報知音を聞いてみる：") + '<button class="btn" id="play">報知音を再生</button>', "気象庁", NAV, script=SIREN_JS))
A("library-kigen", "https://www.library.city.chiba.jp/guide/kashidashi.html", "ordinary-library",
  "図書館: 返却期限、延滞、貸出停止、電話延長",
  page(L, "貸出・返却・延長 | 千葉市図書館", "<h1>貸出・返却について</h1>" + paras(
      "貸出期間は2週間です。返却期限を過ぎた資料がある場合、新たな貸出ができなくなります。",
      "延長は1回まで、インターネットまたはお電話（043-000-0001）で受け付けます。"), "千葉市図書館", NAV))
A("locksmith-kagi", "https://www.kagi110.jp/", "ordinary-shop",
  "鍵屋: 鍵の緊急トラブル24時間、0120、今すぐ駆けつけ",
  page(L, "鍵のトラブル 24時間受付 | カギの110番", "<h1>鍵をなくした！開かない！すぐに駆けつけます</h1>" + paras(
      "玄関・車・金庫の鍵開けに最短15分で到着。",
      "お急ぎの方はお電話で：<strong>0120-000-110</strong>（24時間365日受付・通話無料）",
      "作業前に必ずお見積りをご提示します。"), "カギの110番", NAV))
A("rock-band-live", "https://eplus.jp/sf/detail/rockband-tour2026", "ordinary-shop",
  "ライブ情報: バンド名「ロック」「アラート」、チケット申込期限、公演中止のお知らせ",
  page(L, "RED ALERT 全国ツアー2026 | イープラス", "<h1>RED ALERT LIVE TOUR 2026「感染注意」</h1>" + paras(
      "ロックバンドRED ALERTの全国ツアー。先行抽選受付は12月14日23:59まで。",
      "※ 大阪公演は会場の都合により中止となりました。払い戻し期限：1月31日"), "イープラス", NAV))
A("windows-reform", "https://www.lixil.co.jp/lineup/window/inplus/", "ordinary-shop",
  "窓リフォーム: 「ウィンドウ」「内窓」、補助金期限",
  page(L, "内窓インプラス | LIXIL", "<h1>内窓インプラス</h1>" + paras(
      "今ある窓の内側に取り付けるだけで、断熱・防音・結露対策。",
      "先進的窓リノベ事業の補助金は予算上限に達し次第終了します。お早めにご相談ください。"), "LIXIL", NAV))
A("kumo-kaminari", "https://tenki.jp/thunder/", "ordinary-weather",
  "天気サイト: 雷注意報、警戒、落雷",
  page(L, "雷（レーダー）- tenki.jp", "<h1>雷レーダー</h1>" + paras(
      "関東甲信で雷注意報が発表されています。落雷や突風に注意してください。",
      "屋外にいる場合は、直ちに建物の中に避難してください。"), "tenki.jp", NAV))
A("pc-school-windows11", "https://www.aviva.co.jp/course/windows11/", "ordinary-school",
  "パソコン教室: Windows 11講座、シニア向け、無料体験電話",
  page(L, "Windows 11 講座 | パソコン教室", "<h1>はじめてのWindows 11講座</h1>" + paras(
      "マウスの使い方からメール、インターネットの安全な使い方まで。偽の警告画面やサポート詐欺の見分け方も学べます。",
      "無料体験のお申し込みはお電話で 0120-000-555（10時〜19時）。"), "パソコン教室アビバ", NAV))
A("hospital-kansen", "https://www.tokyo-med.ac.jp/visit/", "ordinary-medical",
  "病院: 面会制限、感染対策、発熱外来への電話",
  page(L, "面会について | 東京医科大学病院", "<h1>面会制限のお知らせ</h1>" + paras(
      "新型コロナウイルス感染症およびインフルエンザの流行に伴い、面会を制限しております。",
      "発熱のある方は、来院前に必ずお電話（03-0000-6111）でご相談ください。"), "東京医科大学病院", NAV))

# ---------------------------------------------------------------- 公式サポート・窓口
def sup(slug, url, cat, title, brand, body, note):
    A(slug, url, cat, note, page(L, title, "<h1>%s</h1>" % title + body, brand, (("サポート", "/support"), ("よくある質問", "/faq"), ("お問い合わせ", "/contact"))))


sup("ms-support-ja", "https://support.microsoft.com/ja-jp/contactus", "ordinary-support", "Microsoft サポートへのお問い合わせ", "Microsoft",
    paras("お困りの内容をご入力ください。チャットまたはお電話でサポートいたします。", "日本マイクロソフト カスタマー インタラクション センター 0120-54-2244（平日 9:00〜18:00）",
          "マイクロソフトのエラーメッセージや警告メッセージに電話番号が含まれることはありません。"), "日本マイクロソフト公式の問い合わせページ、0120番号")
sup("apple-support-ja", "https://support.apple.com/ja-jp/contact", "ordinary-support", "Apple サポートへのお問い合わせ", "Apple",
    paras("Apple サポートに電話する：0120-277-535（アップルコンタクトセンター）", "Apple Account がロックされた場合は、iforgot.apple.com で手続きしてください。"), "Appleサポート電話窓口")
sup("ntt-east-113", "https://www.ntt-east.co.jp/contact/", "ordinary-support", "故障・お問い合わせ窓口", "NTT東日本",
    paras("電話・インターネットの故障は 113（局番なし）へ。携帯電話からは 0120-000-113。", "受付時間 24時間（9:00〜17:00以外は録音受付）",
          "NTT東日本の社員を名乗る不審な電話にご注意ください。"), "NTT東日本 故障窓口 113")
sup("au-157", "https://www.au.com/support/inquiry/", "ordinary-support", "お問い合わせ | au", "au",
    paras("auお客さまセンター：157（au携帯電話から・通話料無料）、0077-7-111（一般電話から）。", "紛失・盗難の際は24時間受付。すぐに利用停止の手続きをしてください。"), "au 157 窓口 紛失・盗難")
sup("docomo-151", "https://www.docomo.ne.jp/support/inquiry/", "ordinary-support", "ドコモの窓口・お問い合わせ", "NTTドコモ",
    paras("ドコモ インフォメーションセンター 151（ドコモの携帯電話から）／0120-800-000（一般電話から）。", "紛失・盗難などのお手続き：0120-524-360（24時間）"), "ドコモ 151 窓口、紛失24時間")
sup("softbank-157", "https://www.softbank.jp/support/contact/", "ordinary-support", "お問い合わせ | ソフトバンク", "ソフトバンク",
    paras("ソフトバンクカスタマーサポート 157（ソフトバンク携帯電話から・無料）", "遠隔サポート（有料）：お客さまの画面を専任スタッフが確認して操作をご案内します。"), "ソフトバンク窓口と遠隔サポート案内")
sup("mufg-funshitsu", "https://www.bk.mufg.jp/tsukau/kaigai/funshitsu.html", "bank-hotline", "キャッシュカード・通帳の紛失・盗難", "三菱UFJ銀行",
    paras("紛失・盗難に気づいたら、すぐにご連絡ください。<strong>0120-860-777</strong>（24時間365日）", "銀行員が暗証番号をお尋ねすることは絶対にありません。"), "三菱UFJ銀行 紛失・盗難 0120 24時間")
sup("yucho-direct-help", "https://www.jp-bank.japanpost.jp/direct/pc/dr_pc_help.html", "bank-hotline", "ゆうちょダイレクト ヘルプデスク", "ゆうちょ銀行",
    paras("ログインできない・ロックされた場合：ゆうちょダイレクトサービスセンター 0120-992-504", "不正送金被害が発生しています。身に覚えのない取引はすぐにご連絡ください。"), "ゆうちょ ロック解除・不正送金 窓口")
sup("rakuten-card-fusei", "https://www.rakuten-card.co.jp/security/", "bank-hotline", "不正利用が疑われる場合", "楽天カード",
    paras("カードの不正利用を検知した場合、お取引を一時的に保留し、ご登録の電話番号にご連絡する場合があります。", "紛失・盗難 0120-86-6910（24時間）"), "楽天カード 不正検知 電話")
sup("fmv-support", "https://www.fmworld.net/support/contact/", "remote-support-vendor", "富士通パソコン サポート窓口", "FMV",
    paras("富士通パーソナル製品に関するお問い合わせ窓口 0120-950-222", "「PCリモートサービス」：専門スタッフがお客様のパソコンを遠隔操作でサポートします（有料・要申込）。"), "富士通 FMV サポート・遠隔操作サービス")
sup("nec-121", "https://www.121ware.com/support/contact/", "remote-support-vendor", "121コンタクトセンター", "NEC LAVIE",
    paras("121コンタクトセンター 0120-977-121（9:00〜19:00）", "リモートサポートサービス：画面共有で操作を案内します。お客様が接続番号を入力して開始します。"), "NEC 121 遠隔サポート")
sup("google-account-ja", "https://support.google.com/accounts/answer/6294825?hl=ja", "ordinary-support", "Google アカウントのセキュリティ通知", "Google",
    paras("「重大なセキュリティ通知」メールが届いた場合は、Google アカウントのセキュリティ診断で確認してください。", "Google がお電話でパスワードや確認コードをお尋ねすることはありません。"), "Google セキュリティ通知のヘルプ")

# ---------------------------------------------------------------- セキュリティ製品
def vendor(slug, url, brand, title, body, note):
    A(slug, url, "ordinary-security-vendor", note, page(L, title, "<h1>%s</h1>" % title + body, brand, (("製品", "/products"), ("サポート", "/support"), ("更新", "/renew"))))


vendor("virusbuster", "https://www.trendmicro.com/ja_jp/consumer/products/virusbuster-cloud.html", "トレンドマイクロ", "ウイルスバスター クラウド",
       paras("ウイルス、ランサムウェア、詐欺サイトからあなたを守ります。", "画面例：「脅威を3件検出しました。すべて隔離されました。」", "3年版 12,300円。有効期限が近づくと更新のご案内をお送りします。")
       + '<a class="btn" href="/buy">購入する</a> <a href="/trial">30日間無料体験版</a>', "ウイルスバスター製品ページ: 脅威検出の画面例、更新、有効期限")
vendor("norton-ja", "https://jp.norton.com/products/norton-360", "ノートン", "ノートン 360",
       paras("ウイルス対策、VPN、ダークウェブモニタリング。", "スキャン画面：「2件の脅威が見つかりました」→「解決済み」", "自動延長サービス：期限前に自動で更新されます。"), "ノートン製品ページ: 脅威、期限、自動延長")
vendor("mcafee-ja", "https://www.mcafee.com/ja-jp/antivirus.html", "マカフィー", "マカフィー リブセーフ",
       paras("ウイルス・マルウェアからパソコンとスマホを保護。", "詐欺メッセージ検出機能で、怪しいSMSを警告します。"), "マカフィー製品ページ")
vendor("eset-ja", "https://eset-info.canon-its.jp/home/", "ESET", "ESET HOME セキュリティ",
       paras("フィッシング詐欺、ランサムウェア、偽サイトをブロック。", "キヤノンITソリューションズ サポートセンター 050-0000-4180"), "ESET（キヤノンITS）製品ページ、サポート電話")
vendor("kaspersky-ja", "https://www.kaspersky.co.jp/premium", "カスペルスキー", "カスペルスキー プレミアム",
       paras("ウイルス、ハッキング、詐欺から守る。", "専門家によるリモートサポート付き。"), "カスペルスキー製品ページ、リモートサポート")
vendor("zero-sourcenext", "https://www.sourcenext.com/product/security/", "ソースネクスト", "ウイルスセキュリティZERO",
       paras("更新料0円のウイルス対策ソフト。Windows 11対応。", "ダウンロード版をすぐにインストールできます。") + '<a class="btn" href="zero_setup.exe">ダウンロード</a>',
       "ソースネクスト ウイルス対策 ダウンロード")
vendor("windows-security-ja", "https://support.microsoft.com/ja-jp/windows/windows-security-app", "Microsoft", "Windows セキュリティ アプリでのウイルスと脅威の防止",
       paras("Windows セキュリティは、マルウェア、ウイルス、セキュリティの脅威をデバイスで継続的にスキャンします。",
             "脅威が見つかった場合は「脅威が見つかりました。推奨される操作を開始してください。」と表示されます。", "Microsoft Defender ウイルス対策は Windows 11 に組み込まれています。"),
       "MS公式ヘルプ: Windows セキュリティ、「脅威が見つかりました」の表示例")
vendor("fsecure-ja", "https://www.f-secure.com/jp/internet-security", "エフセキュア", "エフセキュア インターネット セキュリティ",
       paras("ネットバンキングを保護し、有害なサイトをブロック。", "今なら30%オフ（12月31日まで）"), "F-Secure 製品ページ")

# ---------------------------------------------------------------- CAPTCHA / 確認ページ
A("cf-ja", "https://www.4gamer.net/games/999/", "captcha", "Cloudflare 確認画面（日本語）: 人間であることを確認します",
  bare(L, "しばらくお待ちください…", '<div style="max-width:600px;margin:80px auto"><h1>www.4gamer.net</h1><h2>人間であることを確認します。これには数秒かかる場合があります。</h2><div style="border:1px solid #ccc;padding:16px;width:300px"><input type="checkbox"> 人間であることを確認します</div><p>続行する前に、www.4gamer.net は接続のセキュリティを確認する必要があります。</p><p class="small">Ray ID: 8f2a1c0d9e7b4c33 · Cloudflare によるパフォーマンスとセキュリティ</p></div>'),
  repo="site:www.cloudflare.com")
A("recaptcha-form-ja", "https://www.city.sapporo.jp/form/inquiry", "captcha", "市の問い合わせフォーム: 私はロボットではありません",
  page(L, "お問い合わせフォーム | 札幌市", "<h1>お問い合わせフォーム</h1><form><p><textarea placeholder='お問い合わせ内容'></textarea></p><div style='border:1px solid #ccc;width:300px;padding:12px'><input type=checkbox> 私はロボットではありません <span class=small>reCAPTCHA</span></div><button class=btn>送信</button></form><p>お電話の場合：011-000-1234</p>", "札幌市", NAV))
A("gazou-ninsho-ticket", "https://t.pia.jp/pia/ticketInformation.do", "captcha", "チケット申込: 画像認証（表示されている文字を入力）、残り時間",
  page(L, "画像認証 | チケットぴあ", "<h1>画像認証</h1><p>不正な大量購入防止のため、画像に表示されている文字を入力してください。</p><img src='captcha.png' alt='認証画像'><p><input placeholder='文字を入力'></p><p>このページの有効時間は残り10分です。</p><button class=btn>次へ</button>", "チケットぴあ", ()))
A("yahoo-login-captcha", "https://login.yahoo.co.jp/config/login", "captcha", "Yahoo! JAPAN ログイン: 不正アクセス防止の画像認証",
  page(L, "ログイン - Yahoo! JAPAN ID", "<h1>ログイン</h1><p>セキュリティ保護のため、画像認証を行ってください。</p><div style='border:1px solid #ccc;padding:10px;width:300px'>「信号機」が写っている画像をすべて選択<br><img src=a.jpg alt=''><img src=b.jpg alt=''></div><button class=btn>確認</button>", "Yahoo! JAPAN", ()))
A("5ch-kakunin", "https://egg.5ch.net/test/bbs.cgi", "captcha", "掲示板 書き込み確認: hCaptcha と投稿確認",
  bare(L, "書き込み確認", "<h1>書き込み確認</h1><p>投稿者は、投稿に関して発生する責任が全て投稿者に帰すことを承諾します。</p><div style='border:1px solid #ccc;width:300px;padding:10px'><input type=checkbox> 私は人間です <span class=small>hCaptcha</span></div><button>上記全てを承諾して書き込む</button>"))
A("akamai-denied-ja", "https://www.uniqlo.com/jp/ja/", "captcha", "アクセス拒否ページ: Reference #、再試行",
  bare(L, "Access Denied", "<h1>Access Denied</h1><p>You don't have permission to access this server.</p><p>アクセスが一時的に制限されています。しばらくしてから再度お試しください。</p><p>Reference #18.2f3a4b5c.1733580000.abcd</p>"), repo="site:www.akamai.com")
A("rakuten-robot", "https://login.account.rakuten.com/sso/authorize", "captcha", "楽天ログイン: ボット対策のスライダー認証",
  page(L, "楽天会員ログイン", "<h1>楽天会員ログイン</h1><p>セキュリティ確認：スライダーを右端まで動かしてください。</p><input type=range style='width:300px'><button class=btn>次へ</button>", "楽天", ()))

# ---------------------------------------------------------------- 導入手順（コピー）
def docs(slug, url, title, h1, intro, cmds, note, extra=""):
    body = "<h1>%s</h1>" % h1 + paras(*intro) + "".join(("<p>%s</p>" % lbl) + codebox(c, "コピー", "コピーしました") for lbl, c in cmds) + extra
    A(slug, url, "install-docs-copy", note, page(L, title, body, title.split(" ")[0], (("ドキュメント", "/docs"), ("ブログ", "/blog")), script=COPY_JS))


docs("homebrew-ja", "https://brew.sh/ja/", "Homebrew — macOS 用パッケージマネージャー", "Homebrew",
     ["Homebrew のインストール：macOS のターミナルか Linux のシェルプロンプトに以下を貼り付けてください。"],
     [("インストール", '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"')], "Homebrew 日本語: ターミナルに貼り付け curl|bash")
docs("rustup-ja", "https://www.rust-lang.org/ja/tools/install", "Rust をインストール - Rust プログラミング言語", "Rust をインストール",
     ["macOS や Linux などの Unix 系 OS を使っているなら、ターミナルで以下のコマンドを実行してください。", "Windows の場合は rustup-init.exe をダウンロードして実行してください。"],
     [("コマンド", "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh")], "Rust 公式日本語: curl|sh と rustup-init.exe")
docs("scoop-qiita", "https://qiita.com/example/items/scoop-windows-setup", "Scoop で Windows の開発環境を一発構築 - Qiita", "Scoop で Windows の開発環境を構築する",
     ["Win+X キーを押して「ターミナル」を開き、以下を貼り付けて Enter を押します。", "実行ポリシーの変更を求められたら Y を入力します。"],
     [("1", "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser"), ("2", "irm get.scoop.sh | iex")], "Qiita記事: Win+X ターミナル、irm|iex を貼り付け")
docs("choco-ja", "https://zenn.dev/example/articles/chocolatey-install", "Chocolatey の導入手順 - Zenn", "Chocolatey を入れる",
     ["管理者として PowerShell を開きます（スタートを右クリック→ターミナル（管理者））。", "以下をコピーして貼り付け、Enter。"],
     [("コマンド", "Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))")],
     "Zenn記事: 管理者PowerShell、iex DownloadString")
docs("bun-ja", "https://bun.sh/docs/installation", "Bun のインストール", "Bun のインストール",
     ["Windows では PowerShell に貼り付けてください。"], [("Windows", 'powershell -c "irm bun.sh/install.ps1|iex"'), ("macOS/Linux", "curl -fsSL https://bun.sh/install | bash")],
     "Bun 日本語手順: powershell -c irm|iex")
docs("deno-ja", "https://deno.land/manual/getting_started/installation", "Deno のインストール", "Deno のインストール",
     ["以下のいずれかのコマンドでインストールできます。"], [("PowerShell", "irm https://deno.land/install.ps1 | iex"), ("Shell", "curl -fsSL https://deno.land/install.sh | sh")], "Deno: irm|iex")
docs("winget-ja", "https://learn.microsoft.com/ja-jp/windows/package-manager/winget/", "WinGet ツールを使用したアプリケーションのインストールと管理", "WinGet の使用",
     ["Windows キー + R を押して「ファイル名を指定して実行」を開き、cmd と入力して Enter。", "次のコマンドを入力します。"],
     [("例", "winget install --id Git.Git -e --source winget")], "Microsoft Learn 日本語: Win+R cmd Enter、winget")
docs("univ-winr-ipconfig", "https://www.iimc.kyoto-u.ac.jp/ja/services/kuins/faq/ipconfig.html", "IPアドレスの確認方法（Windows） | 京都大学 情報環境機構", "IPアドレスの確認方法",
     ["1. キーボードの「Windows」キーを押しながら「R」キーを押します。", "2. 「ファイル名を指定して実行」に cmd と入力し、OK をクリックします。", "3. 次のコマンドを貼り付けて Enter キーを押します。"],
     [("コマンド", "ipconfig /all")], "大学情報環境機構: Win+R、cmd、貼り付け、Enter",
     extra="<p>わからない場合は情報環境機構サポート窓口（075-000-9000）までお問い合わせください。</p>")

# ---------------------------------------------------------------- ダウンロード
def dl(slug, url, title, text, fname, note):
    A(slug, url, "software-download", note, page(L, title, "<h1>%s</h1>" % title + paras(*text) + '<a class="btn" id="dl" href="%s" download>ダウンロード</a>' % fname,
      title.split(" ")[0], (("ダウンロード", "/download"), ("サポート", "/support")),
      script="document.getElementById('dl').addEventListener('click',function(){document.getElementById('dl').textContent='ダウンロードを開始しました';});"))


dl("madonomori-vlc", "https://forest.watch.impress.co.jp/library/software/vlcmedia/", "「VLC media player」定番の無料動画プレイヤー - 窓の杜",
   ["対応OS：Windows 11/10", "ソフト種別：フリーソフト", "窓の杜から安全にダウンロードできます。"], "vlc-3.0.21-win64.exe", "窓の杜（名前に「窓」）: Windows用ダウンロード")
dl("lhaplus", "https://forest.watch.impress.co.jp/library/software/lhaplus/", "「Lhaplus」圧縮・解凍ソフト - 窓の杜", ["Windows 用の定番アーカイバ。"], "lhaplus_124.exe", "Lhaplus ダウンロード")
dl("line-pc", "https://line.me/ja/download", "LINE ダウンロード", ["PC版LINE（Windows）", "最新版にアップデートしてください。"], "LineInst.exe", "LINE PC版ダウンロード: 最新版にアップデート")
dl("zoom-ja", "https://zoom.us/ja/download", "ダウンロードセンター - Zoom", ["Zoom Workplace デスクトップアプリ（Windows 64ビット）", "最初のミーティングの開始時または参加時に自動でダウンロードされます。"], "ZoomInstallerFull.exe", "Zoom 日本語ダウンロードセンター")
dl("etax-software", "https://www.e-tax.nta.go.jp/download/", "e-Taxソフトのダウンロード | 国税庁", ["e-Taxソフト（Windows版）", "最新バージョンへの更新をお願いします。更新しないと申告データを送信できない場合があります。"], "etax_setup.exe", "国税庁 e-Taxソフト: 更新、Windows版")
dl("jpki-client", "https://www.jpki.go.jp/download/win.html", "利用者クライアントソフト（Windows版） | 公的個人認証サービス", ["マイナンバーカードで電子申請を行うためのソフトです。", "必ず最新版をダウンロードしてください。"], "JPKIClient.exe", "公的個人認証 利用者クライアントソフト")

# ---------------------------------------------------------------- 会議・カメラ
def meet(slug, url, title, brand, text, note, cat="video-call"):
    A(slug, url, cat, note, page(L, title, "<h1>%s</h1>" % title + paras(*text)
      + '<video id="v" autoplay muted playsinline width="480" style="background:#000"></video><p id="st"></p><button class="btn" id="cam">カメラとマイクをオンにする</button> <button class="btn">参加する</button>',
      brand, (), script=CAM_JS))


meet("zoom-join-ja", "https://app.zoom.us/wc/81234567890/join?lang=ja", "ミーティングに参加", "Zoom", ["お名前を入力してください。", "電話で参加：+81 3 0000 0000（ミーティングID 812 3456 7890）"], "Zoom Web 参加: カメラ・電話参加番号")
meet("teams-ja", "https://teams.microsoft.com/l/meetup-join/19:meeting_ja", "ビデオとオーディオのオプションを選択", "Microsoft Teams", ["定例会議", "電話で参加：+81 3-0000-0000 会議ID 123 456 789#"], "Teams 参加前画面 日本語")
meet("city-online-soudan", "https://www.city.fukuoka.lg.jp/online-soudan/", "オンライン相談窓口 | 福岡市", "福岡市", ["市役所に来庁せずに、ビデオ通話で相談できます。", "予約時刻になったら「参加する」を押してください。カメラとマイクの許可が必要です。"], "市のオンライン相談: カメラ許可")
meet("online-shinryo", "https://clinics.medley.life/online", "オンライン診療の待合室 | CLINICS", "CLINICS", ["医師の準備ができるまでお待ちください。", "カメラとマイクを確認してください。体調が急変した場合は119番へ。"], "オンライン診療 待合室")
meet("eikaiwa-lesson", "https://nativecamp.net/lesson/room", "レッスンルーム | ネイティブキャンプ", "NativeCamp", ["講師が入室するまでお待ちください。", "マイクテストを行ってください。"], "オンライン英会話 レッスンルーム")

# ---------------------------------------------------------------- ゲーム
def game(slug, url, title, text, note):
    A(slug, url, "game", note, page(L, title, "<h1>%s</h1>" % title + paras(*text) + '<canvas id="g" width="640" height="360"></canvas><br><button class="btn" id="play">全画面でプレイ</button>',
      title.split(" ")[0], (("ゲーム一覧", "/games"), ("ランキング", "/ranking")), script=GAME_JS))


game("tetris-like", "https://games.yahoo.co.jp/game/blocks", "ブロック落としゲーム - Yahoo!ゲーム", ["矢印キーで操作、スペースで落下。効果音が鳴ります。"], "ブロックゲーム: 矢印キー抑止、全画面、音")
game("shogi", "https://shogiwars.heroz.jp/", "将棋ウォーズ", ["持ち時間10分。時間切れに注意！", "駒音あり。"], "将棋: 持ち時間カウント、駒音、全画面")
game("typing", "https://typing.sushida.net/", "寿司打 タイピング", ["制限時間内にお寿司を食べよう！", "音が出ます。"], "タイピングゲーム: 制限時間、音")
game("dasshutsu", "https://www.unityroom.com/games/escape-room", "脱出ゲーム「閉ざされた部屋」 - unityroom", ["部屋から脱出せよ！警告：このゲームには大きな音が含まれます。", "マウスをロックして操作します。Escで解除。"], "脱出ゲーム: 警告（大きな音）、ポインタロック")
game("rhythm", "https://www.taiko-web.jp/", "太鼓の達人風 リズムゲーム", ["キーボードのF/Jでドン、D/Kでカッ。", "フルスクリーン推奨。"], "リズムゲーム: キー捕捉、音")

# ---------------------------------------------------------------- プッシュ通知
def push(slug, url, title, brand, article, soft, note, onload=False):
    box = ('<div id="soft" style="position:fixed;top:10px;left:50%%;transform:translateX(-50%%);background:#fff;border:1px solid #ccc;padding:14px;width:360px">%s<br><button class="btn" id="allow">許可する</button> <button id="later">後で</button></div>' % soft)
    A(slug, url, "push-optin", note, page(L, title, article + box, brand, (("ニュース", "/news"), ("天気", "/weather")), script=PUSH_SOFT + ("\n" + PUSH_ONLOAD if onload else "")))


push("weathernews-jishin", "https://weathernews.jp/quake/", "地震情報 - ウェザーニュース", "ウェザーニュース", "<h1>地震情報</h1><p>12月7日 14:02頃 震度4 茨城県南部</p>", "地震・津波の速報をプッシュ通知で受け取りますか？", "ウェザーニュース 地震速報プッシュ", onload=True)
push("yahoo-news-ja", "https://news.yahoo.co.jp/articles/abc", "大雪警報 交通に影響 - Yahoo!ニュース", "Yahoo!ニュース", "<h1>北陸で大雪警報 交通機関に影響</h1><p>気象台は不要不急の外出を控えるよう呼びかけている。</p>", "速報ニュースの通知を受け取りますか？", "ニュース速報プッシュ（大雪警報記事）", onload=True)
push("blog-ja", "https://ameblo.jp/example-blog/entry-1.html", "今日の晩ごはん | アメブロ", "Ameba", "<h1>今日の晩ごはん</h1><p>鍋にしました。</p>", "新着記事の通知を受け取りますか？", "ブログ更新通知")
push("bousai-city", "https://www.bousai.metro.tokyo.lg.jp/", "東京都防災ホームページ", "東京都防災", "<h1>東京都防災ホームページ</h1><p>避難情報・気象警報を確認できます。</p>", "避難情報の発令をブラウザ通知で受け取りますか？", "自治体防災サイト 避難情報通知")
push("shop-restock", "https://www.yodobashi.com/product/100000001/", "ヨドバシ.com - 商品ページ", "ヨドバシ.com", "<h1>ゲーム機 本体</h1><p>在庫なし</p>", "入荷したら通知でお知らせします。", "EC 再入荷通知")

# ---------------------------------------------------------------- カウントダウン
def cd(slug, url, title, brand, text, secs, note):
    A(slug, url, "countdown-shop", note, page(L, title, "<h1>%s</h1>" % title + paras(*text) + '<p style="font-size:28px;color:#c00">終了まで <span id="cd"></span></p><button class="btn">カートに入れる</button>',
      brand, (("セール", "/sale"), ("カート", "/cart")), script=CD_JS % secs))


cd("rakuten-ss", "https://event.rakuten.co.jp/campaign/supersale/", "楽天スーパーSALE", "楽天市場", ["半額以下の商品多数！", "期間限定ポイント最大44倍。"], 80000, "楽天スーパーSALE カウントダウン")
cd("amazon-timesale", "https://www.amazon.co.jp/gp/goldbox", "タイムセール", "Amazon.co.jp", ["数量限定。お早めに！"], 3600, "Amazon.co.jp タイムセール（Amazonが本物のホスト）")
cd("ticket-kounyu", "https://l-tike.com/order/confirm", "購入手続き", "ローチケ", ["座席を確保しました。画面を閉じたり戻るボタンを押したりしないでください。", "残り時間内にお支払い方法を選択してください。"], 600, "チケット購入 残り時間・画面を閉じないで")
cd("fukubukuro", "https://www.muji.com/jp/ja/store/cmdty/fukubukuro", "福袋 予約受付", "無印良品", ["予約受付は12月10日23:59まで。抽選販売。"], 250000, "福袋予約 締切カウントダウン")
cd("osechi", "https://www.takashimaya.co.jp/shopping/osechi/", "おせち料理 ご予約", "高島屋", ["早期割引は本日まで！", "お届け日：12月31日"], 30000, "おせち予約 早期割引締切")

# ---------------------------------------------------------------- 防災・サイレン
A("bousai-musen-shiken", "https://www.city.yokohama.lg.jp/bousai/musen/shiken.html", "ordinary-disaster",
  "防災行政無線 試験放送: サイレン音を再生、これはテストです",
  page(L, "防災行政無線の試験放送 | 横浜市", "<h1>防災行政無線の試験放送について</h1>" + paras(
      "毎月1回、午前11時に試験放送を行います。「これは、テストです」と3回繰り返します。",
      "国民保護サイレン（Jアラート）の音を確認できます：") + '<button class="btn" id="play">サイレンを聞く</button>', "横浜市", NAV, script=SIREN_JS))
A("kokuminhogo-jalert", "https://www.kokuminhogo.go.jp/siren/", "ordinary-disaster",
  "国民保護ポータル: 弾道ミサイル警報、サイレン音、直ちに避難",
  page(L, "国民保護に係る警報のサイレン音 | 国民保護ポータルサイト", "<h1>国民保護に係る警報のサイレン音</h1>" + paras(
      "弾道ミサイル発射などの緊急時には、防災行政無線で特別なサイレン音とともに「ミサイル発射。ミサイル発射。建物の中、又は地下に避難してください。」と放送されます。",
      "サイレン音を再生する：") + '<button class="btn" id="play">再生</button>', "内閣官房", NAV, script=SIREN_JS))
A("tsunami-keihou", "https://www.jma.go.jp/bosai/map.html#contents=tsunami", "ordinary-disaster",
  "気象庁 津波警報: 大津波警報、直ちに高台へ避難（赤い帯）",
  page(L, "津波警報・注意報 | 気象庁", '<div style="background:#c00;color:#fff;padding:10px;font-size:22px">大津波警報 ― ただちに高台へ避難してください</div>' + paras(
      "予想される津波の高さ：3m。到達予想時刻 14:35。", "ここなら安心と思わず、より高い場所を目指して避難してください。"), "気象庁", NAV))
A("city-bousai-app", "https://www.city.sendai.jp/bousai/app.html", "ordinary-disaster",
  "市の防災アプリ案内: 警報音で避難指示をお知らせ、アプリをダウンロード",
  page(L, "仙台市防災アプリのご案内", "<h1>仙台市防災アプリ</h1>" + paras(
      "避難指示や緊急地震速報を、警報音とともにスマートフォンでお知らせします。",
      "App Store または Google Play からダウンロードしてください。") + '<a class="btn" href="https://apps.apple.com/jp/app/id000">App Store</a> <a class="btn" href="https://play.google.com/store/apps/details?id=jp.sendai.bousai">Google Play</a>',
      "仙台市", NAV))
A("nhk-eew-test", "https://www3.nhk.or.jp/news/special/saigai/", "ordinary-disaster",
  "NHK 防災: 緊急地震速報のチャイム、身を守って",
  page(L, "NHK 災害・防災情報", "<h1>緊急地震速報が出たら</h1>" + paras(
      "チャイム音が鳴ったら、まず身を守ってください。", "「緊急地震速報です。強い揺れに警戒してください。」") + '<button class="btn" id="play">チャイムを聞く</button>', "NHK", NAV, script=SIREN_JS))

# ---------------------------------------------------------------- 注意喚起
def aware(slug, url, title, brand, body, note):
    A(slug, url, "awareness-news", note, page(L, title, "<h1>%s</h1>" % title + body, brand, NAV))


aware("ipa-nise-keikoku", "https://www.ipa.go.jp/security/anshin/measures/fakealert.html", "偽のセキュリティ警告に表示された番号に電話をかけないで", "IPA 安心相談窓口",
      paras("パソコンでウェブサイトを閲覧中、突然「ウイルスに感染しています」という警告画面と警告音が鳴り、電話をかけるよう促される相談が多く寄せられています。",
            "表示例：「Windows Defender セキュリティセンター　このPCへのアクセスはブロックされました　サポートに連絡してください：050-XXXX-XXXX」",
            "このような警告は偽物です。電話をかけず、ブラウザを終了してください。"), "IPA: 偽警告の表示例（番号伏字）")
aware("police-support-sagi", "https://www.keishicho.metro.tokyo.lg.jp/kurashi/tokushu/support_sagi.html", "サポート詐欺に注意！", "警視庁",
      paras("「トロイの木馬に感染しました」「今すぐ電話してください」などの偽の警告画面と、大音量の警告音・音声で不安をあおります。",
            "画面に表示された電話番号には絶対に電話しないでください。電子マネーでの支払いを求められたら詐欺です。", "相談：警察相談専用電話 #9110"), "警視庁 サポート詐欺注意喚起")
aware("kokusen-one-click", "https://www.kokusen.go.jp/soudan_topics/data/oneclick.html", "ワンクリック請求に注意", "国民生活センター",
      paras("アダルトサイトで「年齢確認」ボタンを押しただけで「会員登録が完了しました。料金10万円を3日以内にお支払いください」と表示される相談が寄せられています。",
            "画面に「あなたのIPアドレス・端末情報を記録しました」と表示されても、個人が特定されることはありません。", "絶対に支払ったり、連絡したりしないでください。消費者ホットライン188。"), "国民生活センター ワンクリック請求の表示例を引用")
aware("trendmicro-clickfix-ja", "https://www.trendmicro.com/ja_jp/jp-security/25/c/expertview-20250312-01.html", "偽のCAPTCHA認証に注意 ― 「Windows+R」を押させる手口", "トレンドマイクロ セキュリティブログ",
      paras("「ロボットではないことを確認してください」と表示し、「1. Windowsキー+Rを押す 2. Ctrl+Vを押す 3. Enterを押す」という手順を示します。",
            "貼り付けられるのは <code>mshta https://[伏字]/verify.hta</code> のようなコマンドです。", "正規のCAPTCHAがキー操作を求めることはありません。"), "トレンドマイクロ ClickFix 解説（コマンド伏字）")
aware("microsoft-ja-sagi", "https://support.microsoft.com/ja-jp/windows/tech-support-scams-ja", "マイクロソフトを装った詐欺から身を守る", "Microsoft サポート",
      paras("詐欺師は偽のエラーメッセージを表示し、ブラウザーを全画面にして閉じられないようにすることがあります。",
            "マイクロソフトのエラーや警告メッセージに電話番号が表示されることはありません。"), "MS 日本語 詐欺注意ページ")
aware("bank-chuui", "https://www.smbc.co.jp/security/support-sagi.html", "サポート詐欺にご注意ください", "三井住友銀行",
      paras("偽の警告画面に表示された番号へ電話すると、遠隔操作ソフトを入れさせられ、インターネットバンキングで不正送金される被害が発生しています。",
            "当行が遠隔操作ソフトのインストールをお願いすることはありません。"), "銀行の注意喚起")
aware("nhk-news-sagi", "https://www3.nhk.or.jp/news/html/20261201/k10000000.html", "「ウイルス感染」偽警告で高齢者が被害 サポート詐欺相次ぐ", "NHK NEWS WEB",
      paras("パソコンに突然「ウイルスに感染しました」と表示され、警告音とともに「マイクロソフトサポート」を名乗る電話番号が示された。",
            "70代の女性は電話をかけ、コンビニで電子マネー30万円分を購入させられたという。"), "NHK 報道: 偽警告の再現")
aware("caa-notification", "https://www.caa.go.jp/notice/entry/chuui_notification/", "「許可」を押すと届く偽の通知に注意", "消費者庁",
      paras("「ロボットでない場合は『許可』をクリック」「動画を再生するには『許可』を押してください」などと表示し、通知を許可させる手口です。",
            "許可すると、ウイルス感染を装う偽の通知が繰り返し届きます。設定から通知を解除してください。"), "消費者庁: 通知許可を悪用する手口の解説")

# ---------------------------------------------------------------- 料金・支払い
def bill(slug, url, title, brand, body, note):
    A(slug, url, "bill-payment", note, page(L, title, "<h1>%s</h1>" % title + body, brand, (("料金", "/ryokin"), ("お手続き", "/tetsuzuki"), ("お問い合わせ", "/contact"))))


bill("suido-teishi", "https://www.waterworks.metro.tokyo.lg.jp/kurashi/ryokin/teishi.html", "水道料金のお支払いがない場合の給水停止について", "東京都水道局",
     paras("お支払期限を過ぎても水道料金のお支払いがない場合、督促状を送付し、なお未払いの場合は給水を停止することがあります。",
           "お支払い方法：口座振替、クレジットカード、コンビニエンスストア。", "お客さまセンター 03-0000-0001（月〜土 8:30〜20:00）"), "水道局 給水停止・期限・コンビニ払い")
bill("denki-kigen", "https://www.tepco.co.jp/ep/private/payment/", "電気料金のお支払い", "東京電力エナジーパートナー",
     paras("お支払期日：検針日の翌日から30日目。期日を過ぎると延滞利息がかかります。", "お支払いがない場合、送電を停止することがあります。"), "電気料金 期日・送電停止")
bill("nhk-jushinryo", "https://pid.nhk.or.jp/jushinryo/", "受信料のお支払い", "NHK",
     paras("受信料の未払いがある場合、割増金を請求することがあります。", "NHKふれあいセンター 0120-151515。NHKを名乗る不審な電話・SMSにご注意ください。"), "NHK 受信料 割増金・不審電話注意")
bill("keitai-mibarai", "https://www.docomo.ne.jp/charge/unpaid/", "料金未払いによる利用停止について", "NTTドコモ",
     paras("お支払期限を過ぎても料金のお支払いが確認できない場合、ご利用を停止させていただきます。", "お支払い後、回線は通常1時間以内に再開します。"), "携帯 未払い・利用停止")
bill("kokuho-tokusoku", "https://www.city.setagaya.lg.jp/kokuho/tainou.html", "国民健康保険料を滞納すると", "世田谷区",
     paras("納期限までに納付がない場合、督促状を送付します。滞納が続くと、法律に基づき財産の差押えを行うことがあります。", "納付相談：03-0000-5432"), "国保 滞納・差押え（法的措置の語）")
bill("gas-ryokin", "https://www.tokyo-gas.co.jp/ryokin/", "ガス料金のお支払い", "東京ガス",
     paras("今月のご請求額：5,832円　お支払期限：12月25日", "コンビニ払込票でのお支払いも可能です。"), "ガス料金 請求額・期限")

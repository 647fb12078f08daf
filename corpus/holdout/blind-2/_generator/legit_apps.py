"""Legitimate download pages, games, remote-support vendors, players, slides and kiosks."""
from kit import legit, site, doc, p, li, q, js

# ------------------------------------------------------------------ software / driver downloads
AUTO_DL = "setTimeout(function(){location.href=%s;},%d);"
CLICK_DL = """document.querySelectorAll('a.dl').forEach(function(a){a.addEventListener('click',function(){
  var t=document.getElementById('thanks'); if(t){t.hidden=false;}
});});"""

DLS = [
    # slug, lang, url, brand, title, h1, lead, files [(label, path)], auto, extra
    ("ja-dl-canon-driver", "ja", "https://canon.jp/support/software/os/select/ij/tr8630a", "Canon", "TR8630a プリンタードライバー（Windows）",
     "TR8630a series MP Drivers Ver.1.02（Windows）", "Windows 11 / 10 用のプリンタードライバーです。ダウンロード後、ファイルをダブルクリックしてインストールしてください。",
     [("ダウンロード（tr86-win-mp-1_02-ea34_2.exe / 52MB）", "/dl/tr86-win-mp-1_02-ea34_2.exe")], 0,
     "ご注意：インストール中はパソコンの電源を切らないでください。"),
    ("ja-dl-epson-scan", "ja", "https://www.epson.jp/dl_soft/file/41234/", "エプソン", "Epson Scan 2 Windows版 ダウンロード",
     "Epson Scan 2 Ver.6.5.4.0 for Windows", "スキャナードライバーの更新版です。以前のバージョンをアンインストールする必要はありません。",
     [("同意してダウンロード", "/dl_soft/file/41234/escan2_654.exe")], 0, "ソフトウェア使用許諾契約書に同意のうえダウンロードしてください。"),
    ("ja-dl-elecom-mouse", "ja", "https://www.elecom.co.jp/support/download/peripheral/mouse/assistant/", "ELECOM", "エレコム マウスアシスタント ダウンロード",
     "エレコム マウスアシスタント5 for Windows / Mac", "ボタンの割り当てを変更できるユーティリティーです。",
     [("Windows版（.exe）", "/dl/MouseAssistant5_win.exe"), ("macOS版（.dmg）", "/dl/MouseAssistant5_mac.dmg")], 0, ""),
    ("ja-dl-lhaplus", "ja", "https://forest.watch.impress.co.jp/library/software/lhaplus/download_10889.html", "窓の杜", "「Lhaplus」ダウンロード - 窓の杜",
     "「Lhaplus」v1.74 のダウンロードを開始します", "ダウンロードが自動で開始されない場合は、下のボタンを押してください。",
     [("ダウンロード（lhaplus_174.exe）", "/library/lhaplus/lhaplus_174.exe")], 3000, "窓の杜ではウイルスチェックを行ってから公開しています。"),
    ("ja-dl-vector-soft", "ja", "https://www.vector.co.jp/download/file/winnt/util/fh712345.html", "Vector", "ダウンロード：かんたん家計簿 for Windows - Vector",
     "かんたん家計簿 for Windows 3.2 のダウンロード", "ダウンロードは数秒後に開始されます。",
     [("ダウンロードページへ", "/download/file/kakeibo32.zip"), ("インストーラー（.msi）", "/download/file/kakeibo32.msi")], 2500, ""),
    ("ja-dl-mynumber-client", "ja", "https://www.jpki.go.jp/download/win.html", "公的個人認証サービス ポータルサイト", "利用者クライアントソフト ダウンロード（Windows版）",
     "JPKI利用者ソフト（Windows版）", "マイナンバーカードを使って e-Tax などに申請するためのソフトです。",
     [("JPKI利用者ソフト（JPKIAPInstaller.msi）", "/download/JPKIAPInstaller.msi")], 0, "お問い合わせ：マイナンバー総合フリーダイヤル 0120-000-178"),
    ("ja-dl-etax-software", "ja", "https://www.e-tax.nta.go.jp/download/e-taxSoftDownloadSite.htm", "e-Tax", "e-Taxソフト ダウンロードコーナー",
     "e-Taxソフトのインストール", "共通プログラムをダウンロードしてインストールしてください。", [("共通プログラム（etax_setup.exe）", "/download/etax_setup.exe")], 0,
     "e-Tax・作成コーナーヘルプデスク 0570-000-201"),
    ("ja-dl-store-app-microsoft", "ja", "https://apps.microsoft.com/detail/9wzdncrfj364?hl=ja-jp", "Microsoft Store", "Skype - Windows に無料でダウンロードしてインストール | Microsoft Store",
     "Microsoft Store アプリを入手", "インストーラーをダウンロードすると Microsoft Store が開きます。",
     [("ダウンロード（.exe）", "/store/installer/Skype%20Installer.exe")], 0, ""),
    ("ja-dl-zoom-ja", "ja", "https://zoom.us/ja/download", "Zoom", "ダウンロードセンター - Zoom",
     "Zoom Workplace デスクトップアプリ", "Windows 用 64 ビット版。会議への参加はブラウザーからもできます。", [("ダウンロード（ZoomInstallerFull.msi）", "/client/latest/ZoomInstallerFull.msi")], 0, ""),
    ("en-dl-nvidia-app", "en", "https://www.nvidia.com/en-us/software/nvidia-app/", "NVIDIA", "NVIDIA App for Windows: Update Drivers",
     "NVIDIA App", "Keep your drivers up to date and optimize your games. Windows 10 and 11.", [("Download Now", "/content/NVIDIA_app_v11.0.exe")], 0, ""),
    ("en-dl-intel-dsa", "en", "https://www.intel.com/content/www/us/en/support/intel-driver-support-assistant.html", "Intel", "Intel Driver & Support Assistant",
     "Auto-detect and install drivers", "The Intel Driver & Support Assistant keeps your system up to date.", [("Download now", "/support/Intel-Driver-and-Support-Assistant-Installer.exe")], 0,
     "Only download drivers from intel.com or your computer maker."),
    ("en-dl-obs", "en", "https://obsproject.com/download", "OBS Studio", "Download | OBS",
     "OBS Studio 31.0", "Free and open source software for video recording and live streaming.", [("Windows Installer (.exe)", "/downloads/OBS-Studio-31.0-Windows-Installer.exe"), ("macOS (.dmg)", "/downloads/obs-studio-31.0-macos.dmg"), ("Linux (Flatpak)", "/downloads/flatpak")], 0, ""),
    ("en-dl-sourceforge-wait", "en", "https://sourceforge.net/projects/keepass/files/latest/download", "SourceForge", "Download KeePass from SourceForge.net",
     "Your download will start shortly...", "Problems downloading? Please use this direct link, or try another mirror.", [("direct link", "/projects/keepass/KeePass-2.57-Setup.exe")], 5000, ""),
    ("en-dl-winget-msix", "en", "https://github.com/microsoft/winget-cli/releases", "GitHub", "Releases · microsoft/winget-cli",
     "Windows Package Manager 1.9", "Assets", [("Microsoft.DesktopAppInstaller_8wekyb3d8bbwe.msixbundle", "/releases/download/v1.9/Microsoft.DesktopAppInstaller_8wekyb3d8bbwe.msixbundle"), ("Source code (zip)", "/archive/v1.9.zip")], 0, ""),
    ("en-dl-hp-smart", "en", "https://support.hp.com/us-en/drivers/printers", "HP Support", "Official HP Drivers and Software Download",
     "Software and driver downloads", "Identify your printer and we'll find the right driver for Windows or macOS.", [("Download HP Smart (.msix)", "/drivers/HPSmart.msix"), ("HP Easy Start for macOS (.dmg)", "/drivers/HPEasyStart.dmg")], 0,
     "Need more help? Chat or call HP at 1-800-555-0148."),
    ("en-dl-chrome-thanks", "en", "https://www.google.com/chrome/thank-you.html?platform=win64", "Google Chrome", "Thank you for downloading Chrome",
     "Thanks for downloading Chrome!", "If your download didn't start, download Chrome manually. Then open ChromeSetup.exe at the bottom of your screen.", [("Download Chrome manually", "/chrome/install/ChromeSetup.exe")], 1500, ""),
    ("en-dl-libreoffice", "en", "https://www.libreoffice.org/download/download-libreoffice/", "LibreOffice", "Download LibreOffice",
     "LibreOffice 25.2 for Windows (64-bit)", "Selected: Windows x86_64 (Windows 7 or newer required).", [("Download (.msi, 352 MB)", "/donate/dl/win-x86_64/LibreOffice_25.2_Win_x86-64.msi")], 0, ""),
    ("en-dl-signal-desktop", "en", "https://signal.org/download/windows/", "Signal", "Signal for Windows",
     "Download Signal for Windows", "Signal Desktop requires the app on your phone to link.", [("Download for Windows", "/desktop/signal-desktop-win-7.40.exe")], 0, ""),
]
for slug, lang, url, brand, title, h1, lead, files, auto, extra in DLS:
    links = "".join('<p><a class="b dl" href="%s" download>%s</a></p>' % (q(path), q(lbl)) for lbl, path in files)
    thanks = '<p id="thanks" hidden>%s</p>' % ("ダウンロードを開始しました。" if lang == "ja" else "Your download has started.")
    body = "<h1>%s</h1>%s%s%s%s" % (q(h1), p(q(lead)), links, thanks, p(q(extra)) if extra else "")
    script = CLICK_DL + ("\n" + AUTO_DL % (js(files[0][1]), auto) if auto else "")
    kinds = sorted({f[1].rsplit(".", 1)[-1] for f in files})
    legit(slug, lang, url, "software-download", "%s download page (%s)%s" % (brand, "/".join(kinds), ", auto-starts download" if auto else ""),
          site(lang, title, brand, body, script=script))

# ------------------------------------------------------------------ games
GAME_JS = """var c=document.getElementById('g'), x=c.getContext('2d'), keys={};
addEventListener('keydown',function(e){if(['ArrowUp','ArrowDown','ArrowLeft','ArrowRight',' '].indexOf(e.key)>=0){e.preventDefault();}keys[e.key]=true;});
addEventListener('keyup',function(e){keys[e.key]=false;});
var ac; function blip(f){ac=ac||new AudioContext();var o=ac.createOscillator();o.frequency.value=f;o.connect(ac.destination);o.start();o.stop(ac.currentTime+0.08);}
document.getElementById('fs').onclick=function(){c.requestFullscreen().then(function(){%s});};
c.addEventListener('click',function(){blip(440);%s});
(function loop(){x.fillStyle='#000';x.fillRect(0,0,c.width,c.height);x.fillStyle='#0f0';x.fillText(%s,20,30);requestAnimationFrame(loop);})();"""
GAMES = [
    ("ja-game-unityroom-fps", "ja", "https://unityroom.com/games/neon-corridor", "unityroom", "ネオンコリドー | フリーゲーム投稿サイト unityroom",
     "ネオンコリドー", "WASDで移動、マウスで視点。クリックでマウスがロックされます（Escで解除）。", "navigator.keyboard&&navigator.keyboard.lock(['KeyW','KeyA','KeyS','KeyD']);", "c.requestPointerLock();", "ネオンコリドー"),
    ("ja-game-freem-rpg", "ja", "https://www.freem.ne.jp/win/game/31234", "ふりーむ！", "勇者と魔王の村 - ふりーむ！",
     "勇者と魔王の村（ブラウザ版）", "音が出ます。音量に注意してください。矢印キーで移動、スペースで決定。", "", "", "勇者と魔王の村"),
    ("ja-game-tetris-like", "ja", "https://www.asobu.example.jp/games/blocks", "あそぶ.jp", "落ちものパズル | あそぶ.jp",
     "落ちものパズル", "全画面ボタンで大きな画面で遊べます。BGMあり。", "navigator.keyboard&&navigator.keyboard.lock();", "", "SCORE 0"),
    ("ja-game-nintendo-demo", "ja", "https://www.nintendo.com/jp/games/web/taiken/", "任天堂", "ブラウザで体験 | 任天堂",
     "ブラウザで体験版", "全画面表示にすると、より楽しめます。", "", "", "PRESS START"),
    ("ja-game-pazuru-kids", "ja", "https://kids.nhk.or.jp/game/puzzle/", "NHKキッズ", "パズルであそぼう | NHK for School",
     "パズルであそぼう", "おとがでるよ。おうちのひとといっしょにあそんでね。", "", "", "パズル"),
    ("ja-game-mahjong", "ja", "https://game.mahjongsoul.com/index.html", "雀魂", "雀魂 -じゃんたま-",
     "雀魂 -じゃんたま-", "全画面推奨。効果音とボイスが再生されます。", "navigator.keyboard&&navigator.keyboard.lock(['Escape']);", "", "ロード中..."),
    ("ja-game-typing", "ja", "https://typing.twi1.me/game/1", "タイピング練習", "寿司打風タイピング | タイピング練習",
     "タイピング練習（お手軽コース）", "キーボードの入力はすべてこのゲームが受け取ります。Escで中断。", "navigator.keyboard&&navigator.keyboard.lock();", "", "スペースキーでスタート"),
    ("en-game-krunker", "en", "https://krunker.io/", "Krunker", "Krunker",
     "Krunker.io", "Click to play. Mouse is captured while you play; press Esc to release.", "navigator.keyboard&&navigator.keyboard.lock(['KeyW','KeyA','KeyS','KeyD','Escape']);", "c.requestPointerLock();", "CLICK TO PLAY"),
    ("en-game-poki", "en", "https://poki.com/en/g/subway-surfers", "Poki", "Subway Surfers - Play it Online at Poki",
     "Subway Surfers", "Use arrow keys. Sound on for the best experience.", "", "", "TAP TO START"),
    ("en-game-itch-jam", "en", "https://someone.itch.io/siren-song", "itch.io", "Siren Song by someone",
     "Siren Song", "A short horror game. Headphones recommended; loud sounds and flashing lights.", "navigator.keyboard&&navigator.keyboard.lock();", "c.requestPointerLock();", "RUN"),
    ("en-game-chess", "en", "https://lichess.org/training", "lichess.org", "Puzzles - lichess.org",
     "Puzzle training", "Move sounds are on. Press f for full screen.", "", "", "Your turn"),
    ("en-game-wordle-like", "en", "https://www.nytimes.com/games/wordle/index.html", "The New York Times Games", "Wordle - The New York Times",
     "Wordle", "Guess the word in 6 tries. Keyboard input is captured by the board.", "", "", "W O R D L E"),
    ("en-game-gba-emulator", "en", "https://www.retrogames.cc/play/tetris", "RetroGames", "Play Tetris online",
     "Tetris (GB)", "Press Enter to start. Full screen and game-pad supported.", "navigator.keyboard&&navigator.keyboard.lock();", "", "PUSH START"),
    ("en-game-slither", "en", "https://slither.io/", "slither.io", "slither.io",
     "slither.io", "Move with the mouse, click to speed up.", "", "c.requestPointerLock();", "Play"),
]
for slug, lang, url, brand, title, h1, help_, kbl, pl, label in GAMES:
    body = '<h1>%s</h1><p>%s</p><canvas id="g" width="640" height="360" tabindex="0"></canvas><p><button id="fs" class="b">%s</button></p>' % (
        q(h1), q(help_), "全画面" if lang == "ja" else "Full screen")
    mech = ["full screen", "sound", "arrow keys"] + (["keyboard.lock"] if kbl else []) + (["pointer lock"] if pl else [])
    legit(slug, lang, url, "game", "Browser game: " + ", ".join(mech), site(lang, title, brand, body, script=GAME_JS % (kbl, pl, js(label)), bar="#222"))

# ------------------------------------------------------------------ remote-support vendors (official)
REMOTE = [
    ("ja-remote-teamviewer-qs", "ja", "https://www.teamviewer.com/ja/download/windows/", "TeamViewer", "Windows用 TeamViewer をダウンロード",
     "Windows 用 TeamViewer QuickSupport", "サポート担当者にパソコンの画面を見てもらうためのアプリです。表示された ID とパスワードを、信頼できる相手にだけ伝えてください。",
     "/download/TeamViewerQS_x64.exe", "ご注意：突然の電話や警告画面で「TeamViewer を入れて」と言われた場合は詐欺の可能性があります。"),
    ("ja-remote-anydesk", "ja", "https://anydesk.com/ja/downloads/windows", "AnyDesk", "Windows 用 AnyDesk をダウンロード",
     "Windows 用 AnyDesk", "高速なリモートデスクトップ。ダウンロード後すぐに使えます。", "/downloads/AnyDesk.exe", "AnyDesk は、知らない人にアクセスを許可しないよう呼びかけています。"),
    ("ja-remote-nec-121", "ja", "https://121ware.com/support/remote/", "NEC 121ware", "リモートサポートサービス | 121ware.com",
     "リモートサポートサービス（有料）", "お電話でお申し込みのうえ、担当者がお伝えする接続番号を入力してください。", "/support/remote/121remote.exe",
     "お申し込み：121コンタクトセンター 0120-000-121（9:00〜19:00）"),
    ("ja-remote-buffalo", "ja", "https://www.buffalo.jp/support/other/remote.html", "バッファロー", "リモートサポート | バッファロー",
     "リモートサポート接続ページ", "サポートセンターとお電話がつながっている方のみ、以下のボタンから接続してください。", "/support/remote/BuffaloRemote.exe",
     "修理・サポートセンター 0570-000-018"),
    ("en-remote-teamviewer", "en", "https://www.teamviewer.com/en/download/windows/", "TeamViewer", "Download TeamViewer for Windows",
     "TeamViewer for Windows", "Remote access and support over the internet. Free for personal use.", "/download/TeamViewer_Setup_x64.exe",
     "Never give access to someone who contacted you unexpectedly."),
    ("en-remote-gotoassist", "en", "https://www.fastsupport.com/", "GoTo Resolve", "FastSupport - Join a support session",
     "Join a support session", "Enter the 9-digit support key your technician gave you.", "/download/GoToResolveCustomer.exe", ""),
    ("en-remote-splashtop-sos", "en", "https://www.splashtop.com/sos", "Splashtop", "Splashtop SOS app download",
     "Splashtop SOS", "Run the SOS app and read the session code to your IT support technician.", "/sos/SplashtopSOS.exe", ""),
    ("en-remote-quickassist", "en", "https://support.microsoft.com/en-us/windows/solve-pc-problems-over-a-remote-connection", "Microsoft Support", "Solve PC problems over a remote connection",
     "Quick Assist", "Quick Assist lets someone you trust share your screen. Press Windows logo key + Ctrl + Q to open it.", "/quickassist/MicrosoftCorporationII.QuickAssist.msix",
     "Microsoft will never make unsolicited phone calls to ask you to run Quick Assist."),
]
for slug, lang, url, brand, title, h1, lead, path, warn in REMOTE:
    body = '<h1>%s</h1>%s<p><a class="b" href="%s" download>%s</a></p>%s' % (q(h1), p(q(lead)), q(path), "ダウンロード" if lang == "ja" else "Download", '<p class="note">%s</p>' % q(warn) if warn else "")
    legit(slug, lang, url, "remote-support-vendor", "%s official remote-support download" % brand, site(lang, title, brand, body))

# ------------------------------------------------------------------ media players
PLAYERS = [
    ("ja-player-tver", "ja", "https://tver.jp/episodes/ep1234", "TVer", "ドラマ 第1話 | TVer", "第1話 見逃し配信", "配信終了まであと3日"),
    ("ja-player-radiko", "ja", "https://radiko.jp/#!/live/TBS", "radiko", "TBSラジオ | radiko", "ただいま放送中", "音声が自動で再生されます"),
    ("en-player-twitch", "en", "https://www.twitch.tv/somechannel", "Twitch", "somechannel - Twitch", "LIVE", "Click to unmute"),
    ("en-player-ted", "en", "https://www.ted.com/talks/some_talk", "TED", "How scams hijack your attention | TED Talk", "How scams hijack your attention", "Autoplay is on"),
]
PLAYER_JS = "var v=document.getElementById('v');v.muted=false;v.play().catch(function(){v.muted=true;v.play();});document.getElementById('fs').onclick=function(){v.requestFullscreen();};"
for slug, lang, url, brand, title, h1, tip in PLAYERS:
    body = '<h1>%s</h1><video id="v" src="/media/stream.m3u8" autoplay width="640" height="360" controls></video><p>%s <button id="fs">%s</button></p>' % (q(h1), q(tip), "全画面" if lang == "ja" else "Full screen")
    legit(slug, lang, url, "media-player", "Player: autoplay with sound, full-screen button", site(lang, title, brand, body, script=PLAYER_JS, bar="#111"))

# ------------------------------------------------------------------ slides and kiosks
KIOSK_JS = """document.getElementById('start').onclick=function(){document.documentElement.requestFullscreen();navigator.keyboard&&navigator.keyboard.lock(['Escape','F11']);};
document.addEventListener('contextmenu',function(e){e.preventDefault();});
var idle;function reset(){clearTimeout(idle);idle=setTimeout(function(){location.href=%s;},120000);}addEventListener('pointerdown',reset);reset();"""
SLIDES_JS = """var i=0,s=document.querySelectorAll('.s');function show(){s.forEach(function(e,k){e.style.display=k==i?'block':'none';});}
addEventListener('keydown',function(e){if(e.key=='ArrowRight'||e.key==' '){i=Math.min(i+1,s.length-1);e.preventDefault();}if(e.key=='ArrowLeft'){i=Math.max(i-1,0);}if(e.key=='f'){document.documentElement.requestFullscreen();}show();});show();"""
KIOSKS = [
    ("ja-kiosk-shiyakusho", "ja", "https://kiosk.city.example.lg.jp/uketsuke/", "市役所 受付番号発券", "受付番号発券機",
     "<h1>ご用件をお選びください</h1><button class='big'>住民票・印鑑証明</button><button class='big'>マイナンバーカード</button><button class='big'>国民健康保険</button><p>画面に触れて操作してください。</p>"),
    ("ja-kiosk-hospital", "ja", "https://saiken.hospital.example.jp/kiosk/", "再来受付機", "再来受付",
     "<h1>診察券をかざしてください</h1><p>保険証の確認が必要な方は受付窓口へお越しください。</p>"),
    ("ja-kiosk-museum-guide", "ja", "https://www.kahaku.go.jp/exhibitions/kiosk/", "国立科学博物館 館内案内", "館内案内",
     "<h1>館内案内</h1><p>見たい展示をタッチしてください。音声ガイドが流れます。</p><button class='big'>恐竜</button><button class='big'>宇宙</button>"),
    ("en-kiosk-library-checkout", "en", "https://selfcheck.library.example.org/", "Self Checkout", "Library Self Checkout",
     "<h1>Scan your library card</h1><p>Place items on the pad. Do not remove items until the screen says Done.</p>"),
]
for slug, lang, url, brand, title, body in KIOSKS:
    b = body + '<button id="start" class="b">%s</button>' % ("開始" if lang == "ja" else "Start")
    legit(slug, lang, url, "slides-kiosk", "Kiosk: full screen + keyboard.lock(Escape) on start, no context menu, idle reset",
          doc(lang, title, b, ".big{display:block;font-size:28px;margin:10px;padding:18px 30px;width:80%}", KIOSK_JS % js(url)))
SLIDES = [
    ("ja-slides-speakerdeck", "ja", "https://speakerdeck.com/someone/sapoto-sagi-taisaku", "Speaker Deck", "サポート詐欺の手口と対策 - Speaker Deck",
     ["サポート詐欺の手口と対策", "偽の警告画面「ウイルスに感染しています」", "表示された番号には電話しない", "Esc長押しで全画面を解除"]),
    ("ja-slides-google", "ja", "https://docs.google.com/presentation/d/1abc/present", "Google スライド", "社内研修 情報セキュリティ - Google スライド",
     ["情報セキュリティ研修 2026", "不審なメールの見分け方", "Win+R で貼り付けさせる偽CAPTCHAに注意", "困ったら情報システム部へ"]),
    ("en-slides-revealjs", "en", "https://revealjs.com/demo/", "reveal.js", "reveal.js – The HTML Presentation Framework",
     ["reveal.js", "Press F for full screen", "Use arrow keys to navigate", "THE END"]),
    ("en-slides-conf-talk", "en", "https://talks.example.dev/clickfix-2026/", "Talks", "ClickFix in 2026 - conference slides",
     ["ClickFix in 2026", "Fake CAPTCHA: Win+R, Ctrl+V, Enter", "mshta and PowerShell one-liners", "Defenses: block Run dialog paste"]),
]
for slug, lang, url, brand, title, slides in SLIDES:
    b = "".join('<section class="s"><h1>%s</h1></section>' % q(s) for s in slides)
    legit(slug, lang, url, "slides-kiosk", "Slide deck: arrow keys captured, F for full screen, quoted scam wording",
          doc(lang, title, b, ".s{height:90vh;display:flex;align-items:center;justify-content:center;font-size:30px}", SLIDES_JS))

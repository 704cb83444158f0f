package printed

// IsCode reports whether w is an ISO 4217 code this package knows: three
// upper-case ASCII letters listed in currencyCodes.
func IsCode(w string) bool {
	if len(w) != 3 {
		return false
	}
	for i := range 3 {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	for i := 0; i+3 <= len(currencyCodes); i += 4 {
		if currencyCodes[i:i+3] == w {
			return true
		}
	}
	return false
}

// symbolCurrency returns the ISO code of a currency sign, or the candidates
// when the sign stands for several.
func symbolCurrency(sym string) (code string, candidates []string) {
	switch sym {
	case "$", "US$":
		return "USD", nil
	case "€":
		return "EUR", nil
	case "£":
		return "GBP", nil
	}
	return "", nil
}

// currencyBefore matches a currency written before a number at the current
// token: a sign ("$", "US$", "US $", "€") or an ISO code ("USD"). It
// returns the code, the text as printed and the number of tokens, without
// consuming them.
func (p *parser) currencyBefore() (code, text string, n int, err error) {
	t := p.tok(0)
	switch t.kind {
	case tSym:
		s := p.text(t)
		if s == "%" {
			return "", "", 0, nil
		}
		code, cands := symbolCurrency(s)
		if code == "" {
			return "", "", 0, currencyError(t.pos, s, cands)
		}
		return code, s, 1, nil
	case tWord:
		s := p.text(t)
		if IsCode(s) {
			return s, s, 1, nil
		}
		if s == "US" {
			if u := p.tok(1); u.kind == tSym && p.text(u) == "$" {
				return "USD", p.in[t.pos:u.end], 2, nil
			}
		}
	}
	return "", "", 0, nil
}

// currencyAfter matches a currency written after a number: an ISO code or a
// currency name ("US dollars", "euros").
func (p *parser) currencyAfter() (code, text string, n int, err error) {
	t := p.tok(0)
	if t.kind != tWord {
		return "", "", 0, nil
	}
	if s := p.text(t); IsCode(s) {
		return s, s, 1, nil
	}
	for _, c := range currencyNames {
		if k := p.matchPhrase(c.name); k > n {
			code, n = c.code, k
		}
	}
	if n == 0 {
		return "", "", 0, nil
	}
	return code, p.in[t.pos:p.tok(n-1).end], n, nil
}

type currencyName struct{ name, code string }

var currencyNames = [...]currencyName{
	{"united states dollars", "USD"}, {"us dollars", "USD"}, {"dollars", "USD"},
	{"euros", "EUR"}, {"euro", "EUR"}, {"swiss francs", "CHF"},
}

func currencyError(pos int, s string, candidates []string) *Error {
	if len(candidates) > 0 {
		return &Error{Offset: pos, Reason: `"` + s + `" is used for several currencies`, Candidates: candidates, Err: ErrAmbiguous}
	}
	return &Error{Offset: pos, Reason: `unknown currency sign "` + s + `"`, Err: ErrUnknown}
}

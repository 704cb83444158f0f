package convention

import (
	"testing"
	"time"
)

// A publishedCount is a number of States that a source printed for a day:
// parties to the Convention, Member States of the United Nations, or
// signatories of the Convention.
type publishedCount struct {
	day    string // the day the figure describes
	n      int
	source string // document symbol or address, and its date
}

// partyCounts are the numbers of parties that UN sources reported, each
// with its source. Sources from which a party's date bounds were derived
// (party_dates_evidence.csv: Xinhua 2 Dec 2015, the Grenada and Tonga
// notices) are left out, so that no row checks the data against itself.
var partyCounts = []publishedCount{
	{"2004-02-17", 1, "UNIS/CP/465, 17 Feb 2004: Kenya so far the only ratification"},
	{"2005-09-15", 30, "UN press release L/T/4389, 15 Sep 2005: Ecuador deposits the thirtieth ratification"},
	{"2006-11-29", 80, "UNODC media advisory, 29 Nov 2006, https://www.unodc.org/unodc/en/press/releases/press_release_2006_11_29.html"},
	// The release dates Portugal's ratification "Friday, 27 September";
	// the UN Treaty Collection, and the calendar, say Friday 28 September.
	{"2007-09-28", 100, "UNIS/CP/548, 2 Oct 2007: 100 with Portugal's ratification"},
	{"2008-12-05", 129, "UNODC, International Anti-Corruption Day, 5 Dec 2008 (UN Member States on the Record, http://www.un.int/wcm/content/site/portal/lang/en/home/pid/7842): currently 129"},
	{"2012-12-09", 164, "UNODC Executive Director, International Anti-Corruption Day, 9 Dec 2012, https://www.unodc.org/lpo-brazil/en/frontpage/2012/12/09-mensagem-do-diretor-executivo-do-unodc-sobre-o-dia-internacional-de-luta-contra-a-corrupcao.html"},
	{"2013-11-18", 168, "UNODC, 18 Nov 2013, https://www.unodc.org/islamicrepublicofiran/en/worlds-biggest-anti-corruption-gathering-in-panama-city.html"},
	{"2013-11-25", 168, "UNODC Executive Director, opening of COSP5, 25 Nov 2013, https://unodc.org/unodc/en/speeches/2013/opening-statement-conference-of-the-states-parties-to-the-un-convention-against-corruption-251113.html"},
	{"2015-12-14", 178, "UNIS/CP/895, 14 Dec 2015: tenth anniversary of entry into force"},
	// The Secretary welcomed Bhutan and the Holy See as the newest parties:
	// the UN counted Bhutan from its deposit of 21 September 2016.
	{"2016-11-14", 180, "CAC/COSP/IRG/2016/9/Add.1, 28 Nov 2016, para. 4 (resumed seventh session of the Implementation Review Group, 14-16 Nov 2016)"},
	{"2017-11-06", 183, "UNODC Executive Director, opening of COSP7, 6 Nov 2017, http://unodc.org/unodc/en/press/releases/2017/November/remarks-of-the-executive-director--un-office-on-drugs-and-crime-unodc--yury-fedotov_-seventh-session-of-the-conference-of-the-states-parties-to-the-united-nations-convention-against-corruption.html"},
	{"2018-12-07", 186, "UNODC, 7 Dec 2018, https://unodc.org/lpo-brazil/en/frontpage/2018/12/anti-corruption-action-essential-to-building-peace--protecting-human-rights--ensuring-sustainable-development.html"},
	{"2018-12-09", 186, "UNODC Executive Director, International Anti-Corruption Day, 9 Dec 2018, http://www.anticorruptionday.org/actagainstcorruption/en/about-the-campaign/ed-message-on-anti-corruption-day-2018.html"},
	{"2019-12-14", 186, "UNIS/CP/1085, 14 Dec 2019"},
	{"2019-12-16", 186, "UNODC, opening of COSP8, 16 Dec 2019, https://unodc.org/unodc/en/frontpage/2019/December/fight-corruption-to-achieve-sustainable-development-progress_-un-convention-against-corruption-conference-begins-in-abu-dhabi.html"},
	{"2019-12-20", 186, "UNIS/CP/1091, 20 Dec 2019"},
	{"2023-12-08", 190, "UNIS/CP/1164, 8 Dec 2023"},
	{"2023-12-11", 190, "UNIS/CP/1167, 11 Dec 2023; UNODC, opening of COSP10, 11 Dec 2023"},
	{"2024-04-20", 190, "UN Treaty Collection, MTDSG XVIII-14, status as at 20 Apr 2024"},
}

// memberCounts are the numbers of UN Member States that sources reported.
// Counts for a year ("in 1950 the UN had 60") are read as the count at the
// year's end.
var memberCounts = []publishedCount{
	{"1945-12-31", 51, "filaw.com, 191 Member States of the United Nations (updated 27 Sep 2002), http://www.filaw.com/nations/UNMemberStates.html"},
	{"1950-12-31", 60, "filaw.com, ibid."},
	{"1960-12-31", 99, "filaw.com, ibid."},
	{"1965-12-31", 118, "A. Mabogunje, Introduction (Taylor & Francis, 10.4324/9781315658483-1): 51 to 118 between 1945 and 1965"},
	{"1970-12-31", 127, "filaw.com, ibid."},
	{"1971-12-31", 132, "A. Mabogunje, ibid.: 132 by 1971"},
	{"1980-12-31", 154, "filaw.com, ibid."},
	{"2000-09-05", 189, "BBC, 6 Sep 2000: Tuvalu the 189th member (cited in un_members.csv)"},
	{"2002-09-09", 189, "CBC, 10 Sep 2002, https://www.cbc.ca/news/world/switzerland-becomes-newest-un-member-1.349175: Switzerland the 190th"},
	{"2002-09-10", 190, "CBC, ibid."},
	{"2002-09-27", 191, "filaw.com, ibid. (updated 27 Sep 2002); intlawgrrls.com, 27 Sep 2010: East Timor the 191st"},
	{"2002-11-30", 191, "nationsencyclopedia.com, United Nations membership: 191 as of November 2002"},
	{"2006-06-27", 191, "Reuters, 28 Jun 2006 (redorbit.com): the 191-nation General Assembly"},
	{"2006-06-28", 192, "GA/10479, 28 Jun 2006 (unis.unvienna.org/unis/en/pressrels/2006/ga10479.html); SG/SM/10545"},
	{"2011-07-13", 192, "AFP via ynewisnews.blogspot.com, 15 Jul 2011: the 192-member body admits South Sudan"},
	{"2011-07-14", 193, "BBC, 14 Jul 2011, https://www.bbc.com/news/world-africa-14151390"},
	{"2021-06-02", 193, "GA/12329, 2 Jun 2021: the 193-member Assembly"},
}

// signatoryCounts are numbers of signatories the UN reported.
var signatoryCounts = []publishedCount{
	{"2004-02-11", 100, "UNIS/CP/465, 17 Feb 2004: the Central African Republic the 100th signatory, on 11 Feb 2004"},
	{"2006-11-29", 140, "UNODC media advisory, 29 Nov 2006"},
	{"2008-01-16", 140, "UNIS/NAR/1020, 16 Jan 2008"},
}

// TestPublishedCounts checks that every count a source published lies
// within the count the data give for that day, and equals it where the
// data are exact.
func TestPublishedCounts(t *testing.T) {
	check := func(t *testing.T, kind string, rows []publishedCount, count func(time.Time) Count) {
		for _, r := range rows {
			t.Run(kind+" "+r.day, func(t *testing.T) {
				got := count(utcDay(r.day))
				if got.Min() > r.n || r.n > got.Max() {
					t.Errorf("%s at %s: data give %v, %s published %d", kind, r.day, got, r.source, r.n)
				}
			})
		}
	}
	check(t, "parties", partyCounts, PartiesAt)
	check(t, "members", memberCounts, MembersAt)
	check(t, "signatories", signatoryCounts, func(d time.Time) Count {
		var c Count
		for s := range States() {
			if sig, ok := s.Signature(); ok && !sig.After(d) {
				c.Certain++
			}
		}
		return c
	})
	// How many published counts the data settle exactly: all of them, but
	// the Member States of 1965, when Indonesia had announced its
	// withdrawal and sources count it differently.
	inexact := 0
	for _, r := range partyCounts {
		if PartiesAt(utcDay(r.day)).Possible != 0 {
			inexact++
		}
	}
	for _, r := range memberCounts {
		if MembersAt(utcDay(r.day)).Possible != 0 {
			inexact++
		}
	}
	if inexact != 1 {
		t.Errorf("%d published counts fall on days the data do not settle, want 1 (1965)", inexact)
	}
}

// TestPublishedCountsInConflict pins the published figures that the data
// contradict, with the reason; a change of the data that settles one of
// them fails here and should move the row to partyCounts or memberCounts.
func TestPublishedCountsInConflict(t *testing.T) {
	tests := []struct {
		publishedCount
		count func(time.Time) Count
		data  int
		why   string
	}{
		{
			publishedCount{"2008-01-16", 107, "UNIS/NAR/1020, 16 Jan 2008; UN News, Jan 2008, https://news.un.org/en/story/2008/01/245972"},
			PartiesAt, 108,
			"the Bahamas deposited on 10 Jan 2008 (UNTC); the figure seems to predate it (the Daily Star, same week, printed 105)",
		},
		{
			publishedCount{"2013-12-09", 171, "UNODC Executive Director, International Anti-Corruption Day, 9 Dec 2013, https://unodc.org/islamicrepublicofiran/en/message-from-unodc-executive-director-on-international-anti-corruption-day.html"},
			PartiesAt, 169,
			"UNODC itself printed 168 two weeks earlier, and UNTC shows only Czechia (29 Nov 2013) in between; 171 was reached with Oman (9 Jan 2014) and the State of Palestine (2 Apr 2014)",
		},
		{
			publishedCount{"1989-12-31", 157, "filaw.com, 191 Member States of the United Nations (updated 27 Sep 2002)"},
			MembersAt, 159,
			"no admission or merger between Brunei (21 Sep 1984, the 159th) and Namibia (23 Apr 1990) in the UN's list",
		},
	}
	for _, tt := range tests {
		got := tt.count(utcDay(tt.day))
		if got != (Count{Certain: tt.data}) {
			t.Errorf("%s: data give %v, want %d (published %d by %s; %s)", tt.day, got, tt.data, tt.n, tt.source, tt.why)
		}
	}
}

package needstest_test

import (
	"testing"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/needs"
	"github.com/uncac-go/uncac/needs/needstest"
)

var seeds = []uint64{0, 1, 2, 42, 2021}

// TestFirstCycleAgrees tallies the synthetic first cycle with package needs
// and checks every figure of paragraphs 1 and 2 of the 2021 report.
func TestFirstCycleAgrees(t *testing.T) {
	for _, seed := range seeds {
		ns := needstest.FirstCycle(seed)
		if err := needs.ValidateUnique(ns); err != nil {
			t.Fatalf("seed %d: ValidateUnique: %v", seed, err)
		}
		s := needs.TallySlice(ns)
		check := func(what string, got, want needs.Count) {
			t.Helper()
			if got != want {
				t.Errorf("seed %d: %s = %+v, want %+v", seed, what, got, want)
			}
		}
		check("Total", s.Total(), needs.Count{Needs: 3680, States: 118})
		check("Article(46)", count(s, needs.Filter{Article: 46}), needs.Count{Needs: 200, States: 74})
		check("Article(44)", count(s, needs.Filter{Article: 44}), needs.Count{Needs: 185, States: 63})
		check("Article(50)", count(s, needs.Filter{Article: 50}), needs.Count{Needs: 182, States: 63})
		for _, r := range []needs.Ranking[convention.Article]{
			s.RankArticles(needs.Filter{Chapter: convention.InternationalCooperation}),
			s.RankArticles(needs.Filter{}),
		} {
			top := r.Top(3)
			if len(top) != 3 || top[0].Key != 46 || top[1].Key != 44 || top[2].Key != 50 ||
				top[0].Rank != 1 || top[1].Rank != 2 || top[2].Rank != 3 {
				t.Errorf("seed %d: Top(3) = %v, want articles 46, 44, 50 ranked 1, 2, 3", seed, top)
			}
		}
		for _, ch := range []convention.Chapter{convention.Criminalization, convention.InternationalCooperation} {
			top := s.RankCategories(needs.Filter{Chapter: ch}).Top(3)
			want := []needs.Category{needs.LegislativeDrafting, needs.CapacityBuilding, needs.GoodPractices}
			if len(top) != 3 {
				t.Fatalf("seed %d: %v: Top(3) = %v", seed, ch, top)
			}
			for i := range want {
				if top[i].Key != want[i] {
					t.Errorf("seed %d: %v: category ranked %d = %v, want %v", seed, ch, i+1, top[i].Key, want[i])
				}
			}
		}
		// Only chapters III and IV, every State at least one need.
		if got := count(s, needs.Filter{Chapter: convention.Criminalization}).Needs + count(s, needs.Filter{Chapter: convention.InternationalCooperation}).Needs; got != 3680 {
			t.Errorf("seed %d: needs in chapters III and IV = %d, want 3680", seed, got)
		}
		for _, e := range s.RankStates(needs.Filter{}) {
			st := e.Key
			if p, ok := st.Party(); !ok || p.Date.Latest.Year() >= 2015 || !st.Group().IsValid() {
				t.Errorf("seed %d: %v is not a State party in a regional group by 2015", seed, st)
			}
		}
		t.Logf("seed %d: top articles %v", seed, s.RankArticles(needs.Filter{}).Top(8))
	}
}

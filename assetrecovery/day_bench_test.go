package assetrecovery

import (
	"testing"
	"time"
)

var sinkInt int64

// BenchmarkDayNumber compares dayNumber with time.Time.Date, which Sum
// would otherwise call for every event.
func BenchmarkDayNumber(b *testing.B) {
	ts := make([]time.Time, 1024)
	for i := range ts {
		ts[i] = time.Date(2000+i%20, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
	}
	b.Run("dayNumber", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range ts {
				d, y := dayNumber(t)
				sinkInt += d + int64(y)
			}
		}
	})
	b.Run("Date", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range ts {
				y, m, d := t.Date()
				sinkInt += int64(y + int(m) + d)
			}
		}
	})
}

// Package claim checks the figures a report states against the figures the
// data gives.
//
// A printed number is not a point. "3,680" means 3,680; "$43 million" means
// any amount that rounds to 43 at the million; "nearly 500" means a little
// under 500; "36 per cent" of 11 States is possible only for 4 of them. The
// package reads each stated literal as an exact interval of rational numbers
// (math/big, no floating point), pairs it with a computed value in a Claim,
// and Check returns a Report saying, for every figure, what the literal
// allows, what the data gives, whether it holds, and by how much it is off.
//
// The package knows numbers, money phrases and words, not any domain: it
// imports no other package of this module, never imports testing, and does
// no I/O.
package claim

// Package assetrecovery models the recovery of stolen assets under chapter V
// of the United Nations Convention against Corruption: the currencies and
// exact amounts involved, the cases that trace assets from identification to
// return, and the totals that reports print.
package assetrecovery

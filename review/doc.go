// Package review models the Implementation Review Mechanism of the United
// Nations Convention against Corruption: the review cycles and the chapters
// they cover.
package review

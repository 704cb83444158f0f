package convention

// The shapes of the generated tables in tables.go. The tables are never
// handed out: accessors copy what they need from them.

type chapterInfo struct {
	name        string // "chapter IV"
	title       string
	first, last Article
}

type articleInfo struct {
	name       string // "article 46"
	short      string // "art. 46"
	title      string
	chapter    Chapter
	paragraphs uint8
	obligation Obligation // the strongest among the article's provisions
	first, end uint16     // the article's rows in provisionTable
}

type provisionInfo struct {
	ref        Ref
	obligation Obligation
	modal      string
	short      string // "art. 46(9)(b)"
	long       string // "article 46, paragraph 9 (b)"
}

// Package apilist lists the exported API of the module's packages, one line
// per exported identifier or struct field, in the style of the Go project's
// api/go1.*.txt files. The root package's test compares the listing with
// api.txt so that every change to the API shows up as a diff of that file.
package apilist

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
)

// Line is one entry of the listing.
type Line struct {
	Pkg   string // the import path relative to the module root, "convention"
	Text  string // what follows "pkg P, ": "func ParseRef(string) (Ref, error)"
	Field bool   // a struct field or interface method, not an identifier of its own
}

func (l Line) String() string { return "pkg " + l.Pkg + ", " + l.Text }

// List returns the exported API of every package under root, except
// internal/, examples/ and testdata/ trees, sorted.
func List(root string) ([]Line, error) {
	var lines []Line
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		base := d.Name()
		if rel != "." && (strings.HasPrefix(base, ".") || base == "internal" || base == "examples" || base == "testdata") {
			return filepath.SkipDir
		}
		ls, err := listDir(path, rel)
		if err != nil {
			return err
		}
		lines = append(lines, ls...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(lines, func(a, b Line) int { return strings.Compare(a.String(), b.String()) })
	return slices.CompactFunc(lines, func(a, b Line) bool { return a.String() == b.String() }), nil
}

func listDir(dir, rel string) ([]Line, error) {
	fset := token.NewFileSet()
	entries, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var lines []Line
	for _, name := range entries {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "main" {
			return nil, nil
		}
		pkg := rel
		if pkg == "." {
			pkg = f.Name.Name
		}
		lines = append(lines, fileLines(fset, pkg, f)...)
	}
	return lines, nil
}

func fileLines(fset *token.FileSet, pkg string, f *ast.File) []Line {
	var lines []Line
	add := func(field bool, format string, args ...any) {
		lines = append(lines, Line{Pkg: pkg, Text: fmt.Sprintf(format, args...), Field: field})
	}
	expr := func(e ast.Expr) string { return exprString(fset, e) }
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				continue
			}
			if d.Recv == nil {
				add(false, "func %s%s", d.Name.Name, signature(fset, d.Type))
				continue
			}
			recv := d.Recv.List[0].Type
			if !ast.IsExported(recvName(recv)) {
				continue
			}
			add(false, "method (%s) %s%s", expr(recv), d.Name.Name, signature(fset, d.Type))
		case *ast.GenDecl:
			var iotaType string // the type of the last typed const, for iota runs
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if !s.Name.IsExported() {
						continue
					}
					name := s.Name.Name
					if s.TypeParams != nil {
						name += fieldListString(fset, s.TypeParams, "[", "]", true)
					}
					switch t := s.Type.(type) {
					case *ast.StructType:
						add(false, "type %s struct", name)
						for _, fl := range t.Fields.List {
							if len(fl.Names) == 0 {
								if ast.IsExported(recvName(fl.Type)) {
									add(true, "type %s struct, embedded %s", s.Name.Name, expr(fl.Type))
								}
								continue
							}
							for _, n := range fl.Names {
								if n.IsExported() {
									add(true, "type %s struct, %s %s", s.Name.Name, n.Name, expr(fl.Type))
								}
							}
						}
					case *ast.InterfaceType:
						add(false, "type %s interface", name)
						for _, m := range t.Methods.List {
							for _, n := range m.Names {
								if n.IsExported() {
									add(true, "type %s interface, %s%s", s.Name.Name, n.Name, signature(fset, m.Type.(*ast.FuncType)))
								}
							}
							if len(m.Names) == 0 {
								add(true, "type %s interface, embedded %s", s.Name.Name, expr(m.Type))
							}
						}
					default:
						if s.Assign.IsValid() {
							add(false, "type %s = %s", name, expr(s.Type))
						} else {
							add(false, "type %s %s", name, expr(s.Type))
						}
					}
				case *ast.ValueSpec:
					kind := "var"
					if d.Tok == token.CONST {
						kind = "const"
					}
					typ := ""
					if s.Type != nil {
						typ = expr(s.Type)
						iotaType = typ
					} else if d.Tok == token.CONST && len(s.Values) == 0 {
						typ = iotaType
					} else if len(s.Values) == 1 {
						typ = guessType(s.Values[0])
						iotaType = typ
					}
					for _, n := range s.Names {
						if !n.IsExported() {
							continue
						}
						if typ == "" {
							add(false, "%s %s", kind, n.Name)
						} else {
							add(false, "%s %s %s", kind, n.Name, typ)
						}
					}
				}
			}
		}
	}
	return lines
}

// guessType names the type of an untyped declaration's value where it is
// plain from the syntax: errors.New gives error, a conversion T(x) gives T.
func guessType(e ast.Expr) string {
	switch v := e.(type) {
	case *ast.CallExpr:
		if sel, ok := v.Fun.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "errors" && sel.Sel.Name == "New" {
				return "error"
			}
		}
		if id, ok := v.Fun.(*ast.Ident); ok && len(v.Args) == 1 {
			return id.Name
		}
	case *ast.BasicLit:
		switch v.Kind {
		case token.INT:
			return "untyped int"
		case token.STRING:
			return "untyped string"
		case token.FLOAT:
			return "untyped float"
		}
	}
	return ""
}

func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvName(t.X)
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.IndexListExpr:
		return recvName(t.X)
	case *ast.SelectorExpr:
		return t.Sel.Name
	}
	return ""
}

func exprString(fset *token.FileSet, e ast.Expr) string {
	var b bytes.Buffer
	printer.Fprint(&b, fset, e)
	return b.String()
}

// signature prints a function type without parameter names.
func signature(fset *token.FileSet, t *ast.FuncType) string {
	s := ""
	if t.TypeParams != nil {
		s += fieldListString(fset, t.TypeParams, "[", "]", true)
	}
	s += fieldListString(fset, t.Params, "(", ")", false)
	if t.Results != nil && len(t.Results.List) > 0 {
		r := fieldListString(fset, t.Results, "(", ")", false)
		if len(t.Results.List) == 1 && len(t.Results.List[0].Names) <= 1 {
			r = r[1 : len(r)-1]
		}
		s += " " + r
	}
	return s
}

func fieldListString(fset *token.FileSet, fl *ast.FieldList, open, close string, keepNames bool) string {
	var parts []string
	if fl != nil {
		for _, f := range fl.List {
			typ := exprString(fset, f.Type)
			n := max(len(f.Names), 1)
			if keepNames && len(f.Names) > 0 {
				names := make([]string, len(f.Names))
				for i, id := range f.Names {
					names[i] = id.Name
				}
				parts = append(parts, strings.Join(names, ", ")+" "+typ)
				continue
			}
			for range n {
				parts = append(parts, typ)
			}
		}
	}
	return open + strings.Join(parts, ", ") + close
}

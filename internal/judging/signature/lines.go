package signature

import "go.yaml.in/yaml/v3"

// assignLines copies line numbers from the YAML node tree onto the decoded
// signature's matchers and fixtures, so validation can say where a problem
// is, and returns the lines of the top-level keys. The struct was decoded
// strictly from the same text, so the two trees have the same shape.
func assignLines(sig *Signature, root *yaml.Node) map[string]int {
	keys := map[string]int{}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return keys
	}
	for k, val := range pairs(root.Content[0]) {
		keys[k.Value] = k.Line
		switch k.Value {
		case "match":
			if sig.Match != nil {
				matcherLines(sig.Match, val)
			}
		case "fixtures":
			fixtureLines(&sig.Fixtures, val)
		}
	}
	return keys
}

func matcherLines(m *Matcher, n *yaml.Node) {
	m.Line = n.Line
	for k, val := range pairs(n) {
		switch k.Value {
		case "all":
			listLines(m.All, val)
		case "any":
			listLines(m.Any, val)
		case "not":
			if m.Not != nil {
				matcherLines(&m.Not.Matcher, val)
			}
		}
	}
}

func listLines(ms []*Matcher, n *yaml.Node) {
	for i, item := range n.Content {
		if i < len(ms) && ms[i] != nil {
			matcherLines(ms[i], item)
		}
	}
}

func fixtureLines(fx *Fixtures, n *yaml.Node) {
	for k, val := range pairs(n) {
		list := fx.Positive
		if k.Value == "negative" {
			list = fx.Negative
		} else if k.Value != "positive" {
			continue
		}
		for i, item := range val.Content {
			if i < len(list) {
				list[i].Line = item.Line
			}
		}
	}
}

// pairs yields a mapping node's keys and values.
func pairs(n *yaml.Node) func(yield func(k, v *yaml.Node) bool) {
	return func(yield func(k, v *yaml.Node) bool) {
		if n == nil || n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if !yield(n.Content[i], n.Content[i+1]) {
				return
			}
		}
	}
}
